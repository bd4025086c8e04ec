// What the pane does through the port besides inserting: live change notices, jumping to a cell,
// how this Excel reads typing, and Office's language and theme.
import { createExcelPort, officeHostInfo } from "../../src/excel";
import { createExcelHost } from "../../src/playground/host";
import { FIXTURE_PLAN, FIXTURE_UNIT } from "../workbook/fixture-plan";
import { makeBench, setProtected } from "./workbook-fixture";

const request = { plan: FIXTURE_PLAN, unit: FIXTURE_UNIT, language: "vi" as const };

test("onEntriesChanged names the indicators whose inputs a person changed, and stops after unsubscribe", async () => {
  const { host, port } = makeBench();
  const { sheetName } = await port.insertTemplate(request);
  const heard: string[][] = [];
  const stop = await port.onEntriesChanged((ids) => heard.push(ids));
  host.user.type(sheetName, "F11", "25%"); // growth's value
  host.user.type(sheetName, "J14", "Quyết định số 12"); // zero-incidents' evidence
  await host.idle();
  expect(heard).toEqual([["growth"], ["zero-incidents"]]);

  await stop();
  host.user.type(sheetName, "F10", "90");
  await host.idle();
  expect(heard).toHaveLength(2);
});

test("onEntriesChanged follows the rows after an upgrade moves them", async () => {
  const { host, port } = makeBench();
  const { sheetName } = await port.insertTemplate(request);
  const heard: string[][] = [];
  await port.onEntriesChanged((ids) => heard.push(ids));
  await port.insertTemplate({
    ...request,
    plan: { ...FIXTURE_PLAN, version: "1.1.0", indicators: FIXTURE_PLAN.indicators.slice(2) },
  });
  await host.idle();
  heard.length = 0;
  host.user.type(sheetName, "F10", "27001"); // row 10 is now "points"
  await host.idle();
  expect(heard).toEqual([["points"]]);
});

test("goTo selects the indicator's cell of the part asked for", async () => {
  const { host, port } = makeBench();
  const { sheetName } = await port.insertTemplate(request);
  await port.goTo("incidents", "review");
  expect(host.snapshot().selection).toEqual({ sheet: sheetName, address: "L13" });
  await expect(port.goTo("no-such", "value")).rejects.toThrow(/no-such/);
});

test("actions on a workbook without a template say so in both languages", async () => {
  const { port } = makeBench();
  expect(await port.readReport()).toBeNull();
  await expect(port.goTo("growth", "value")).rejects.toMatchObject({
    code: "no-template",
    text: {
      vi: expect.stringContaining("chưa có biểu mẫu"),
      en: expect.stringContaining("no self-assessment template"),
    },
  });
});

test("officeHostInfo takes the display language and a dark theme from Office", () => {
  const host = createExcelHost({ displayLanguage: "en-US" });
  expect(officeHostInfo(host.office)).toEqual({ displayLanguage: "en-US", theme: "light" });
  const dark = { context: { displayLanguage: "vi-VN", officeTheme: { bodyBackgroundColor: "#1F1F1F" } } };
  expect(officeHostInfo(dark as unknown as typeof Office)).toEqual({
    displayLanguage: "vi-VN",
    theme: "dark",
  });
});

test("openNewWorkbook hands the file to Excel.createWorkbook", async () => {
  const { host, port } = makeBench();
  await port.openNewWorkbook("UEsDBAoAAAAAAA==");
  expect(host.openedWorkbooks).toEqual(["UEsDBAoAAAAAAA=="]);
  await expect(port.openNewWorkbook("not a workbook")).rejects.toMatchObject({ code: "InvalidArgument" });
});

test("onEntriesChanged follows whole-column, whole-row and multi-area changes", async () => {
  const { host, port } = makeBench();
  const { sheetName } = await port.insertTemplate(request);
  const heard: string[][] = [];
  await port.onEntriesChanged((ids) => heard.push([...ids].sort()));
  const after = async (act: () => void) => {
    heard.length = 0;
    act();
    await host.idle();
    return heard;
  };
  // Delete on a multi-selection of input cells: one event, "F10,J14".
  expect(await after(() => host.user.clear(sheetName, "F10,J14"))).toEqual([
    ["share-online", "zero-incidents"],
  ]);
  // Whole columns and rows can only be cleared on an unprotected sheet (they hold locked cells).
  await setProtected(host, sheetName, false);
  const all = ["growth", "incidents", "points", "rank-idi", "share-online", "zero-incidents"];
  const ids = (await port.readReport())!.entries.map((e) => e.indicatorId).sort();
  expect(ids).toEqual(expect.arrayContaining(all));
  expect(await after(() => host.user.clear(sheetName, "I:I"))).toEqual([ids]);
  expect(await after(() => host.user.clear(sheetName, "J11:L11,I12"))).toEqual([["growth", "points"]]);
  // Columns outside the inputs (the hidden parameters) are not the report's entries.
  expect(await after(() => host.user.clear(sheetName, "Q:Q"))).toEqual([]);
});

test("entrySettings reads Excel's culture where ExcelApi 1.11 exists, and nothing below it", async () => {
  const vi = createExcelHost({ excelApi: "1.12", culture: "vi-VN" });
  const port = createExcelPort(vi.excel, { requirements: vi.office.context.requirements });
  expect(await port.entrySettings()).toEqual({
    culture: "vi-VN",
    decimalSeparator: ",",
    thousandsSeparator: ".",
    dateOrder: "DMY",
  });
  const en = createExcelHost({ excelApi: "1.11", culture: "en-US" });
  expect(
    await createExcelPort(en.excel, { requirements: en.office.context.requirements }).entrySettings(),
  ).toEqual({
    culture: "en-US",
    decimalSeparator: ".",
    thousandsSeparator: ",",
    dateOrder: "MDY",
  });
  const old = createExcelHost();
  expect(
    await createExcelPort(old.excel, { requirements: old.office.context.requirements }).entrySettings(),
  ).toBeNull();
  expect(await createExcelPort(old.excel).entrySettings()).toBeNull();
});
