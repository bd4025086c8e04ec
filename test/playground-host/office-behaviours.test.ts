// Behaviour of real Excel the host models beyond the proxies: calls that clear the undo stack,
// cell-edit mode, requirement sets compared as versions, and the regional settings of ExcelApi 1.11.
import { createExcelHost, UNDO_CLEARING } from "../../src/playground/host";
import { compareVersions } from "../../src/playground/host/requirements";
import { codeOf } from "./code-of";

describe("calls that clear the user's undo stack (Microsoft's 'Undo capabilities' table)", () => {
  test("protect, unprotect and sheet visibility are counted with their platforms; values and formats are not", async () => {
    const host = createExcelHost({ sheets: ["Sheet1", "Meta"] });
    await host.excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").values = [[1]];
      ws.getRange("A1").format.fill.color = "#FFFF00";
      ws.protection.protect();
      await ctx.sync();
      ws.protection.unprotect();
      ctx.workbook.worksheets.getItem("Meta").visibility = "VeryHidden";
      await ctx.sync();
    });
    expect(host.undoClears().map((c) => c.member)).toEqual([
      "WorksheetProtection.protect",
      "WorksheetProtection.unprotect",
      "Worksheet.visibility",
    ]);
    expect(host.undoClears("web").map((c) => c.member)).toEqual([
      "WorksheetProtection.protect",
      "WorksheetProtection.unprotect",
    ]);
    expect(host.undoClears("desktop")).toHaveLength(3);
    host.resetCounters();
    expect(host.undoClears()).toEqual([]);
  });

  test("the table is Microsoft's: rows and platforms as listed", () => {
    expect(UNDO_CLEARING.get("WorksheetProtection.protect")).toEqual(["web", "desktop"]);
    expect(UNDO_CLEARING.get("Worksheet.visibility")).toEqual(["desktop"]);
    expect(UNDO_CLEARING.get("NamedItem.comment")).toEqual(["web"]);
    expect(UNDO_CLEARING.has("Range.values")).toBe(false);
    expect(UNDO_CLEARING.size).toBe(90);
  });
});

describe("cell-edit mode", () => {
  test("a batch sent while a person edits a cell fails as Excel's does", async () => {
    const host = createExcelHost();
    host.user.startEditing("Sheet1", "B2");
    const code = await codeOf(
      host.excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
        await ctx.sync();
      }),
    );
    expect(code).toBe("InvalidOperationInCellEditMode");
    host.user.stopEditing();
  });

  test("with delayForCellEdit the batch waits and runs when the edit ends", async () => {
    const host = createExcelHost();
    host.user.startEditing("Sheet1", "B2");
    let ran = false;
    const delayed = host.excel
      .run({ delayForCellEdit: true }, async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("B2").load("values");
        await ctx.sync();
        ran = true;
        return r.values[0]![0];
      })
      .then((v) => v);
    await new Promise((r) => setTimeout(r, 20));
    expect(ran).toBe(false);
    host.user.stopEditing("42");
    await expect(delayed).resolves.toBe(42);
  });
});

describe("requirement sets", () => {
  test("versions are compared part by part: 1.10 is newer than 1.9", () => {
    expect(compareVersions("1.10", "1.9")).toBeGreaterThan(0);
    expect(compareVersions("1.9", "1.9")).toBe(0);
    expect(compareVersions("1.2", "1.10")).toBeLessThan(0);
    const host = createExcelHost({ excelApi: "1.10" });
    const is = host.office.context.requirements.isSetSupported.bind(host.office.context.requirements);
    expect(is("ExcelApi", "1.9")).toBe(true);
    expect(is("ExcelApi", "1.10")).toBe(true);
    expect(is("ExcelApi", "1.11")).toBe(false);
    expect(createExcelHost().office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
  });

  test("Application.cultureInfo (ExcelApi 1.11) answers the host's culture, and is refused below 1.11", async () => {
    const host = createExcelHost({ excelApi: "1.11", culture: "vi-VN" });
    const read = await host.excel.run(async (ctx) => {
      const app = ctx.workbook.application;
      const culture = app.cultureInfo.load("name,numberFormat/numberDecimalSeparator");
      app.load("decimalSeparator,thousandsSeparator");
      await ctx.sync();
      return [
        culture.name,
        culture.numberFormat.numberDecimalSeparator,
        app.decimalSeparator,
        app.thousandsSeparator,
      ];
    });
    expect(read).toEqual(["vi-VN", ",", ",", "."]);
    const old = createExcelHost();
    const code = await codeOf(
      old.excel.run(async (ctx) => {
        ctx.workbook.application.cultureInfo.load("name");
        await ctx.sync();
      }),
    );
    expect(code).toBe("ApiNotFound");
  });
});
