// Names, custom XML parts, sheet visibility, onChanged events, formula fill (copyFrom) and the
// snapshot's conditional-format colours, as the playground and the adapter rely on them.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   these tests read proxies before load and sync on purpose: the host must throw there as Office does. */
import { createExcelHost } from "../../src/playground/host";
import type { WorksheetChangedArgs } from "../../src/playground/host";

test("names resolve to ranges and feed formulas; duplicates are refused", async () => {
  const host = createExcelHost({ sheets: ["Báo cáo"] });
  await host.excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Báo cáo");
    ws.getRange("A1:A3").values = [[1], [2], [3]];
    ctx.workbook.names.add("SA_X", "='Báo cáo'!$A$1:$A$3");
    ws.getRange("B1").formulas = [["=SUM(SA_X)"]];
    const b1 = ws.getRange("B1").load("values");
    const named = ctx.workbook.names.getItem("sa_x").getRange().load("address");
    await ctx.sync();
    expect(b1.values).toEqual([[6]]);
    expect(named.address).toBe("'Báo cáo'!A1:A3");
    ctx.workbook.names.add("SA_X", "='Báo cáo'!$A$1");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });
});

test("custom XML parts are found by namespace and read back after a sync", async () => {
  const host = createExcelHost();
  await host.excel.run(async (ctx) => {
    ctx.workbook.customXmlParts.add('<meta xmlns="urn:a"><v>1</v></meta>');
    ctx.workbook.customXmlParts.add('<other xmlns="urn:b"/>'.replace("/>", "></other>"));
    const parts = ctx.workbook.customXmlParts.getByNamespace("urn:a").load("items/id");
    await ctx.sync();
    expect(parts.items).toHaveLength(1);
    const xml = parts.items[0]!.getXml();
    expect(() => xml.value).toThrow(/has not been loaded/);
    await ctx.sync();
    expect(xml.value).toContain("<v>1</v>");
  });
});

test("the last visible sheet cannot be hidden; a very-hidden sheet keeps its cells", async () => {
  const host = createExcelHost({ sheets: ["A", "Meta"] });
  await host.excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Meta").visibility = "VeryHidden";
    await ctx.sync();
    ctx.workbook.worksheets.getItem("A").visibility = "Hidden";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });
  expect(host.snapshot().sheets.map((s) => s.visibility)).toEqual(["Visible", "VeryHidden"]);
});

test("onChanged fires after the request for API writes and for typing, with the changed address", async () => {
  const host = createExcelHost();
  const seen: WorksheetChangedArgs[] = [];
  await host.excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Sheet1").onChanged.add(async (args) => {
      seen.push(args as unknown as WorksheetChangedArgs);
    });
    await ctx.sync();
    ctx.workbook.worksheets.getItem("Sheet1").getRange("B2:C3").values = [
      [1, 2],
      [3, 4],
    ];
    await ctx.sync();
    expect(seen).toHaveLength(0); // events arrive later, never inside the request
  });
  host.user.type("Sheet1", "D4", "x");
  await host.idle();
  expect(seen.map((s) => [s.address, s.triggerSource])).toEqual([
    ["B2:C3", "ThisLocalAddin"],
    ["D4", "Unknown"],
  ]);
});

test("copyFrom fills a formula down, moving relative references and keeping absolute ones", async () => {
  const host = createExcelHost();
  await host.excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Sheet1");
    ws.getRange("A1:A3").values = [[1], [2], [3]];
    ws.getRange("B1").formulas = [['=A1*$A$1&"A1"']];
    ws.getRange("B1:B3").copyFrom("B1", "Formulas");
    const r = ws.getRange("B1:B3").load("formulas,values");
    await ctx.sync();
    expect(r.formulas).toEqual([['=A1*$A$1&"A1"'], ['=A2*$A$1&"A1"'], ['=A3*$A$1&"A1"']]);
    expect(r.values).toEqual([["1A1"], ["2A1"], ["3A1"]]);
  });
});

test("the snapshot shows a conditional format's fill where its formula holds", async () => {
  const host = createExcelHost();
  await host.excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Sheet1");
    ws.getRange("A1:B2").values = [
      ["Đạt", 1],
      ["Chưa đạt", 2],
    ];
    const cf = ws.getRange("A1:B2").conditionalFormats.add("Custom");
    cf.custom.rule.formula = '=$A1="Đạt"';
    cf.custom.format.fill.color = "#C6EFCE";
    await ctx.sync();
  });
  const fills = Object.fromEntries(host.snapshot().sheets[0]!.cells.map((c) => [c.address, c.fill]));
  expect(fills).toEqual({ A1: "#C6EFCE", B1: "#C6EFCE", A2: null, B2: null });
});

test("Range.text shows values under the template's number formats", async () => {
  const host = createExcelHost();
  await host.excel.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:F1");
    r.numberFormat = [["#,##0.##########", "#,##0.##########", "0.0%", "#,##0", "dd/mm/yyyy", "@"]];
    r.values = [[27000, 1.5, 0.855, 1234.5, 45000, "=x"]];
    r.load("text");
    await ctx.sync();
    // "#,##0.##" keeps the decimal point of a whole number, as Excel does ("27,000."): the template
    // hides it with a conditional number format (src/workbook/marks.ts).
    expect(r.text).toEqual([["27,000.", "1.5", "85.5%", "1,235", "15/03/2023", "=x"]]);
  });
});
