// What the pane does through the port besides inserting: live change notices, assessment marks,
// jumping to a cell, and Office's language and theme.
import type { Assessment, Issue } from "../../src/domain/entry";
import { officeHostInfo } from "../../src/excel";
import { MARK_FILL } from "../../src/excel/assessment";
import { createExcelHost } from "../../src/playground/host";
import { FIXTURE_PLAN, FIXTURE_UNIT } from "../workbook/fixture-plan";
import { cellsOf, makeBench } from "./workbook-fixture";

const request = { plan: FIXTURE_PLAN, unit: FIXTURE_UNIT, language: "vi" as const };

function issue(indicatorId: string, part: Issue["part"], severity: Issue["severity"], code: string): Issue {
  return { code, severity, indicatorId, part, message: { vi: "x", en: "x" } };
}

test("onEntriesChanged names the indicators whose inputs a person changed, and stops after unsubscribe", async () => {
  const { host, port } = makeBench();
  const { sheetName } = await port.insertTemplate(request);
  const heard: string[][] = [];
  const stop = await port.onEntriesChanged((ids) => heard.push(ids));
  host.user.type(sheetName, "G11", "25%"); // growth's value
  host.user.type(sheetName, "K14", "Quyết định số 12"); // zero-incidents' evidence
  await host.idle();
  expect(heard).toEqual([["growth"], ["zero-incidents"]]);

  await stop();
  host.user.type(sheetName, "G10", "90");
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
  host.user.type(sheetName, "G10", "27001"); // row 10 is now "points"
  await host.idle();
  expect(heard).toEqual([["points"]]);
});

test("showAssessment marks only what the formulas cannot show, clears old marks, keeps the sheet protected", async () => {
  const { host, port } = makeBench();
  const { sheetName } = await port.insertTemplate(request);
  const first: Assessment[] = [
    {
      indicatorId: "growth",
      status: "shortfall",
      value: 0.1,
      completion: 0.5,
      issues: [issue("growth", "explanation", "error", "explanation.required")],
    },
    {
      indicatorId: "points",
      status: "invalid",
      value: null,
      completion: null,
      issues: [
        issue("points", "value", "error", "value.not-a-number"),
        issue("points", "evidence", "warning", "evidence.missing"),
      ],
    },
  ];
  await port.showAssessment(first);
  let cells = cellsOf(host, sheetName);
  const inputFill = cells.get("D7")!.fill;
  expect(cells.get("J11")!.fill).toBe(MARK_FILL.error);
  expect(cells.get("K12")!.fill).toBe(MARK_FILL.warning);
  // The status formula already says "invalid": no mark on the value cell itself.
  expect(cells.get("G12")!.fill).not.toBe(MARK_FILL.error);
  expect(host.snapshot().sheets.find((s) => s.name === sheetName)!.protected).toBe(true);

  await port.showAssessment([{ ...first[0]!, issues: [] }]);
  cells = cellsOf(host, sheetName);
  expect(cells.get("J11")!.fill).toBe(inputFill);
  expect(cells.get("K12")!.fill).toBe(inputFill);
  expect(host.snapshot().sheets.find((s) => s.name === sheetName)!.protected).toBe(true);
});

test("goTo selects the indicator's cell of the part asked for", async () => {
  const { host, port } = makeBench();
  const { sheetName } = await port.insertTemplate(request);
  await port.goTo("incidents", "review");
  expect(host.snapshot().selection).toEqual({ sheet: sheetName, address: "M13" });
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

test("showAssessment on a sheet a person protected with a password says so and marks nothing", async () => {
  const { host, port } = makeBench();
  const { sheetName } = await port.insertTemplate(request);
  await host.excel.run(async (ctx) => {
    const p = ctx.workbook.worksheets.getItem(sheetName).protection;
    p.unprotect();
    p.protect({}, "khoá");
    await ctx.sync();
  });
  const marks = [
    {
      indicatorId: "growth",
      status: "shortfall" as const,
      value: 0.1,
      completion: 0.5,
      issues: [issue("growth", "explanation", "error", "explanation.required")],
    },
  ];
  await expect(port.showAssessment(marks)).rejects.toMatchObject({ code: "protected" });
  expect(cellsOf(host, sheetName).get("J11")!.fill).not.toBe(MARK_FILL.error);
});
