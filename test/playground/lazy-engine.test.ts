// The playground's page loads HyperFormula on demand (src/playground/host/engine.ts, DECISIONS D35):
// a workbook without formulas opens and is read without it, anything that needs it waits for it,
// and once it is there the values are what the eager host computes. A formula typed in the moment
// before it loads is refused with a bilingual "try again", never stored uncomputed.
import * as hyperformula from "hyperformula";
import { createExcelHost } from "../../src/playground/host/create";
import {
  forgetFormulaEngine,
  formulaEngine,
  loadFormulaEngine,
  provideFormulaEngine,
} from "../../src/playground/host/engine";
import { UserActionError } from "../../src/playground/host/errors";
import { restoreWorkbook, saveWorkbook } from "../../src/playground/persist";

const value = (host: ReturnType<typeof createExcelHost>, address: string) =>
  host.snapshot({ sheet: "Sheet1" }).sheets[0]!.cells.find((c) => c.address === address)?.value;

beforeEach(() => forgetFormulaEngine());
afterAll(() => provideFormulaEngine(hyperformula));

describe("the formula engine on demand", () => {
  test("an empty workbook is read, and constants typed, without the engine", async () => {
    const host = createExcelHost({ culture: "vi-VN" });
    const loaded = await host.excel.run(async (ctx) => {
      const names = ctx.workbook.names;
      names.load("items");
      await ctx.sync();
      return names.items.length;
    });
    expect(loaded).toBe(0);
    host.user.type("Sheet1", "A1", "27.000");
    expect(value(host, "A1")).toBe(27000);
    expect(formulaEngine()).toBeNull();
  });

  test("a formula typed before the engine is there is refused in both languages, and stores nothing", () => {
    const host = createExcelHost({ culture: "vi-VN" });
    let error: unknown;
    try {
      host.user.type("Sheet1", "B1", "=1+1");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserActionError);
    expect((error as UserActionError).reason).toBe("busy");
    expect((error as UserActionError).text.vi).toMatch(/đang tải/);
    expect(value(host, "B1")).toBeUndefined();
  });

  test("a request that writes waits for the engine, which then holds what was typed before", async () => {
    const host = createExcelHost({ culture: "vi-VN" });
    host.user.type("Sheet1", "A1", "21");
    await host.excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("B1").formulas = [["=A1*2"]];
      await ctx.sync();
    });
    expect(formulaEngine()).not.toBeNull();
    expect(value(host, "B1")).toBe(42);
    host.user.type("Sheet1", "A1", "5");
    expect(value(host, "B1")).toBe(10);
  });

  test("a saved workbook with names and formulas opens without the engine and computes once it loads", async () => {
    provideFormulaEngine(hyperformula);
    const eager = createExcelHost({ culture: "vi-VN" });
    await eager.excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:A2").values = [[3], [4]];
      ctx.workbook.names.add("SA_Values", ws.getRange("A1:A2"));
      ws.getRange("B1").formulas = [["=SUM(SA_Values)"]];
      await ctx.sync();
    });
    const saved = saveWorkbook(eager);

    forgetFormulaEngine();
    const host = createExcelHost({ culture: "vi-VN", sheets: [] });
    restoreWorkbook(host, saved);
    expect(host.runtime.model.needsEngine()).toBe(true);
    expect(formulaEngine()).toBeNull();
    await loadFormulaEngine();
    expect(value(host, "B1")).toBe(7);
    expect(host.runtime.model.names.map((n) => n.name)).toEqual(["SA_Values"]);
  });
});
