// Conditional formats over several areas, their priority and number formats; Excel's length limits
// on validation and conditional formats; whole-column and multi-area change events.
import { createExcelHost } from "../../src/playground/host";
import { codeOf } from "./code-of";

function cells(host: ReturnType<typeof createExcelHost>) {
  return new Map(host.snapshot().sheets[0]!.cells.map((c) => [c.address, c]));
}

describe("conditional formats", () => {
  test("a format over several areas reads its formula relative to the first area's top-left cell", async () => {
    const host = createExcelHost();
    await host.excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:A6").values = [[1], [2], [3], [4], [5], [6]];
      ws.getRange("B1:B6").values = [["x"], ["x"], ["x"], ["x"], ["x"], ["x"]];
      const f = ws.getRanges("B2,B4:B5").conditionalFormats.add("Custom");
      f.custom.rule.formula = "=$A2>3";
      f.custom.format.fill.color = "#FFE699";
      await ctx.sync();
    });
    const c = cells(host);
    const filled = ["B1", "B2", "B3", "B4", "B5", "B6"].filter((a) => c.get(a)!.fill === "#FFE699");
    expect(filled).toEqual(["B4", "B5"]);
  });

  test("a new format goes to the top priority, as Office's add() says; both formats' properties show", async () => {
    const host = createExcelHost();
    await host.excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.values = [[27]];
      r.numberFormat = [["#,##0.##########"]];
      const older = r.conditionalFormats.add("Custom");
      older.custom.rule.formula = "=A1>0";
      older.custom.format.fill.color = "#C6EFCE";
      older.custom.format.font.color = "#006100";
      const newer = r.conditionalFormats.add("Custom");
      newer.custom.rule.formula = "=A1=INT(A1)";
      newer.custom.format.fill.color = "#FFE699";
      newer.custom.format.numberFormat = "#,##0";
      await ctx.sync();
    });
    expect(cells(host).get("A1")).toMatchObject({ fill: "#FFE699", fontColor: "#006100", text: "27" });
  });

  test("without the conditional number format, '#,##0.##' shows the trailing point Excel shows", async () => {
    const host = createExcelHost();
    await host.excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      r.numberFormat = [["#,##0.##########", "#,##0.##########"]];
      r.values = [[27000, 1.25]];
      await ctx.sync();
    });
    expect(cells(host).get("A1")!.text).toBe("27,000.");
    expect(cells(host).get("B1")!.text).toBe("1.25");
  });
});

describe("Excel's length limits", () => {
  const write = (set: (ws: Excel.Worksheet) => void) => {
    const host = createExcelHost();
    return codeOf(
      host.excel.run(async (ctx) => {
        set(ctx.workbook.worksheets.getItem("Sheet1") as unknown as Excel.Worksheet);
        await ctx.sync();
      }),
    );
  };
  const long = (n: number) => "=" + "1+".repeat(Math.ceil(n / 2)).slice(0, n - 2) + "1";

  test("validation and conditional-format formulas up to 255 characters", async () => {
    expect(long(255)).toHaveLength(255);
    const rule = (f: string) => (ws: Excel.Worksheet) => {
      ws.getRange("A1").dataValidation.rule = { custom: { formula: f } };
    };
    expect(await write(rule(long(255)))).toBe("no error");
    expect(await write(rule(long(256)))).toBe("InvalidArgument");
    const cf = (f: string) => (ws: Excel.Worksheet) => {
      ws.getRange("A1").conditionalFormats.add("Custom").custom.rule.formula = f;
    };
    expect(await write(cf(long(255)))).toBe("no error");
    expect(await write(cf(long(256)))).toBe("InvalidArgument");
  });

  test("input messages up to 255 characters, error alerts up to 225, titles up to 32", async () => {
    const dv =
      (prompt: string, alert: string, title = "T") =>
      (ws: Excel.Worksheet) => {
        const v = ws.getRange("A1").dataValidation;
        v.rule = { wholeNumber: { operator: "GreaterThan", formula1: 0 } } as Excel.DataValidationRule;
        v.prompt = { showPrompt: true, title, message: prompt };
        v.errorAlert = {
          showAlert: true,
          style: "Stop",
          title,
          message: alert,
        } as Excel.DataValidationErrorAlert;
      };
    expect(await write(dv("p".repeat(255), "a".repeat(225)))).toBe("no error");
    expect(await write(dv("p".repeat(256), "a"))).toBe("InvalidArgument");
    expect(await write(dv("p", "a".repeat(226)))).toBe("InvalidArgument");
    expect(await write(dv("p", "a", "t".repeat(33)))).toBe("InvalidArgument");
  });

  test("a getRanges address list longer than the host takes is refused", async () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => `A${i * 2 + 1}`).join(",");
    expect(await write((ws) => ws.getRanges(list(100)).load("address"))).toBe("no error");
    expect(await write((ws) => ws.getRanges(list(500)).load("address"))).toBe("InvalidArgument");
  });
});

describe("change events", () => {
  test("Delete on whole columns and on several areas is one event naming them as Excel does", async () => {
    const host = createExcelHost();
    const heard: string[] = [];
    await host.excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:C3").values = [
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
      ];
      ws.onChanged.add(async (e) => {
        heard.push(e.address);
      });
      await ctx.sync();
    });
    await host.idle();
    heard.length = 0;
    host.user.clear("Sheet1", "B:B");
    host.user.clear("Sheet1", "2:2");
    host.user.clear("Sheet1", "A1,C3");
    await host.idle();
    expect(heard).toEqual(["B:B", "2:2", "A1,C3"]);
  });

  test("in a Text cell the leading apostrophe is still the prefix character", async () => {
    const host = createExcelHost();
    await host.excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A2");
      r.numberFormat = [["@"], ["@"]];
      r.values = [["'quoted"], ["''twice"]];
      await ctx.sync();
    });
    host.user.type("Sheet1", "A1", "'typed");
    expect(cells(host).get("A1")!.value).toBe("typed");
    expect(cells(host).get("A2")!.value).toBe("'twice");
  });
});
