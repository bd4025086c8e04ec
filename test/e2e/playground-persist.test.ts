// The playground keeps its workbook across reloads (the reviewer's "reopen the file" in the e2e
// tests rests on it). A workbook saved and restored must look and behave the same: values, formulas
// that still recalculate, formats, validation, protection, names, hidden sheets and XML parts.
import { createExcelHost, UserActionError, type ExcelHost } from "../../src/playground/host";
import { restoreWorkbook, saveWorkbook } from "../../src/playground/persist";
import { look } from "../playground/saved-file";

async function buildWorkbook(host: ExcelHost): Promise<void> {
  await host.excel.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.name = "Báo cáo";
    const meta = ctx.workbook.worksheets.add("Meta");
    meta.getRange("A1:B1").values = [["planId", "kh-1097-2023"]];
    meta.visibility = host.excel.SheetVisibility.veryHidden;
    sheet.getRange("A1:C1").values = [["Chỉ tiêu", "Giá trị", "Gấp đôi"]];
    sheet.getRange("A2").values = [["postal.service-points"]];
    sheet.getRange("B2").numberFormat = [["#,##0"]];
    sheet.getRange("B2").values = [[27000]];
    sheet.getRange("C2").formulas = [["=B2*2"]];
    sheet.getRange("D2").formulas = [["=Meta!B1"]];
    sheet.getRange("B2").format.fill.color = "#FFF2CC";
    sheet.getRange("B2").format.protection.locked = false;
    sheet.getRange("B2").dataValidation.rule = {
      decimal: { formula1: 0, operator: host.excel.DataValidationOperator.greaterThanOrEqualTo },
    };
    sheet.getRange("B2").dataValidation.prompt = {
      showPrompt: true,
      title: "Giá trị",
      message: "Nhập số ≥ 0",
    };
    ctx.workbook.names.add("SA_VALUES", sheet.getRange("B2"));
    ctx.workbook.customXmlParts.add('<meta xmlns="urn:self-assess"><plan>kh-1097-2023</plan></meta>');
    sheet.protection.protect({ allowFormatCells: false });
    await ctx.sync();
  });
}

describe("the playground workbook saved and reopened", () => {
  test("looks the same and still behaves like Excel", async () => {
    const before = createExcelHost();
    await buildWorkbook(before);
    const saved = saveWorkbook(before);

    const after = createExcelHost({ sheets: [] });
    restoreWorkbook(after, saved);
    expect(look(after)).toEqual(look(before));

    // Formulas are live again: typing into the input recalculates the sheet.
    after.user.type("Báo cáo", "B2", "30000");
    const cells = after.snapshot({ sheet: "Báo cáo" }).sheets.find((s) => s.name === "Báo cáo")!.cells;
    expect(cells.find((c) => c.address === "C2")?.value).toBe(60000);
    expect(cells.find((c) => c.address === "D2")?.value).toBe("kh-1097-2023");
    // Protection came back too: a locked cell refuses typing.
    expect(() => after.user.type("Báo cáo", "C2", "1")).toThrow(UserActionError);
    // New objects get ids of their own, not a restored one's.
    await after.excel.run(async (ctx) => {
      ctx.workbook.customXmlParts.add('<other xmlns="urn:x"></other>');
      await ctx.sync();
    });
    const ids = after.snapshot().customXmlParts.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("a save it cannot read is refused, so the page can start from an empty workbook", () => {
    for (const bad of ["", "{}", '{"version":2,"sheets":[]}', "not json"])
      expect(() => restoreWorkbook(createExcelHost({ sheets: [] }), bad)).toThrow();
  });
});
