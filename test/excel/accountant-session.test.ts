// Issue #13's acceptance, in the host: a full accountant session (type, fix, explain, review, export)
// makes no call Microsoft lists as clearing Excel's undo stack after the insert; the live check waits
// for a cell being edited and then succeeds; "27.000" is never a silent 27 in en-US or vi-VN; marks
// follow typing without the add-in writing.
import type { Assessment } from "../../src/domain/entry";
import { createExcelPort } from "../../src/excel";
import { createExcelHost } from "../../src/playground/host";
import type { CultureName, ExcelHost } from "../../src/playground/host";
import { MARK_FILL } from "../../src/workbook/marks";
import { assessSnapshot, sealSnapshot } from "../../src/taskpane/facade";
import { toBase64 } from "../../src/taskpane/exporter";
import { defaultReportPrint } from "../../src/domain/report-print";
import { buildSubmissionWorkbook } from "../../src/xlsx/submission-workbook";
import { FIXTURE_PLAN, FIXTURE_UNIT } from "../workbook/fixture-plan";
import { cellsOf } from "./workbook-fixture";

const request = { plan: FIXTURE_PLAN, unit: FIXTURE_UNIT, language: "vi" as const };
const WARNING = `#${MARK_FILL.warning}`;
const ERROR = `#${MARK_FILL.error}`;

function bench(culture: CultureName, excelApi = "1.11") {
  const host = createExcelHost({ culture, excelApi });
  const port = createExcelPort(host.excel, {
    now: () => "2026-01-01T00:00:00.000Z",
    generator: "test",
    requirements: host.office.context.requirements,
  });
  return { host, port };
}

/** The pane's live check: read the report (a batch started by an event), assess it. */
async function liveCheck(port: ReturnType<typeof bench>["port"]): Promise<Assessment[]> {
  const snapshot = await port.readReport();
  return assessSnapshot(FIXTURE_PLAN, snapshot!);
}

const issuesOf = (assessments: Assessment[], id: string) =>
  assessments.find((a) => a.indicatorId === id)!.issues;

function fills(host: ExcelHost, sheet: string, ...addresses: string[]): (string | null)[] {
  const cells = cellsOf(host, sheet);
  return addresses.map((a) => cells.get(a)?.fill ?? null);
}

test("insert may clear the undo stack (and the pane says so first); the whole session after it clears nothing", async () => {
  const { host, port } = bench("vi-VN");
  const preview = await port.previewInsert(request);
  expect(preview.clearsUndo).toBe(true);
  host.resetCounters();
  const { sheetName } = await port.insertTemplate(request);
  const atInsert = new Set(host.undoClears().map((c) => c.member));
  expect([...atInsert].sort()).toEqual(["Worksheet.visibility", "WorksheetProtection.protect"]);

  host.resetCounters();
  // The pane: listens to the sheet and checks again after every edit; reads how Excel reads typing.
  const checks: Promise<Assessment[]>[] = [];
  await port.onEntriesChanged(() => checks.push(liveCheck(port)));
  expect(await port.entrySettings()).toMatchObject({ culture: "vi-VN", decimalSeparator: "," });
  let assessed = await liveCheck(port);

  // Type as a Vietnamese accountant types: 0,8 into a percent cell (Excel stores 0.8%), a growth
  // of 25%, 27.000 points, a date, "Không áp dụng" typed decomposed, a yes/no.
  host.user.type(sheetName, "F10", "0,8");
  host.user.type(sheetName, "F11", "25%");
  host.user.type(sheetName, "F12", "27.000");
  host.user.type(sheetName, "F13", "2");
  host.user.type(sheetName, "F14", "0");
  host.user.type(sheetName, "F15", "42");
  host.user.type(sheetName, "F16", "31/12/2023");
  host.user.type(sheetName, "F17", "Không áp dụng".normalize("NFD"));
  await host.idle();
  assessed = await checks[checks.length - 1]!;
  expect(assessed.find((a) => a.indicatorId === "share-online")!.value).toBe(0.008);
  const slip = issuesOf(assessed, "share-online").find((i) => i.code === "value.implausible")!;
  expect(slip.suggestion).toBe(0.8);
  expect(assessed.find((a) => a.indicatorId === "policy")!.status).toBe("not-applicable");
  // The sheet marks them by itself: the slip (warning) and the explanations owed (errors).
  expect(fills(host, sheetName, "F10", "I10", "I12", "I17")).toEqual([WARNING, ERROR, ERROR, ERROR]);

  // Fix: the pane's one click writes the suggested value; explain: the accountant types reasons.
  await port.writeValue("share-online", slip.suggestion!);
  host.user.type(sheetName, "I12", "Chỉ số năm nay tính lại theo hướng dẫn mới");
  host.user.type(sheetName, "I17", "Đơn vị không ban hành quy chế riêng");
  host.user.type(sheetName, "J10", "Báo cáo số 12/BC-STTTT");
  await host.idle();
  assessed = await checks[checks.length - 1]!;
  expect(assessed.flatMap((a) => a.issues).filter((i) => i.severity === "error")).toEqual([]);
  expect(fills(host, sheetName, "F10", "I10", "I12", "I17")).not.toContain(ERROR);
  expect(fills(host, sheetName, "F10")).not.toContain(WARNING);

  // Review, and jump to a cell, as the reviewer does in the pane.
  await port.writeReview("points", { decision: "returned", comment: "Bổ sung căn cứ tính điểm" });
  await port.writeReview("share-online", { decision: "accepted", comment: "" });
  await port.goTo("points", "review");

  // Export: seal the report, build the submission workbook, open it in a new window.
  const snapshot = (await port.readReport())!;
  const submission = await sealSnapshot(
    FIXTURE_PLAN,
    snapshot,
    assessSnapshot(FIXTURE_PLAN, snapshot),
    "",
    defaultReportPrint("vi"),
  );
  await port.openNewWorkbook(toBase64(await buildSubmissionWorkbook(submission, FIXTURE_PLAN, "vi")));
  await host.idle();

  expect(host.openedWorkbooks).toHaveLength(1);
  expect(host.undoClears()).toEqual([]);
  expect(host.undoClears("web")).toEqual([]);
  expect(host.undoClears("desktop")).toEqual([]);
});

test("a re-insert and an upgrade clear the undo stack only by protecting and unprotecting (the sheet stays very hidden)", async () => {
  const { host, port } = bench("vi-VN");
  await port.insertTemplate(request);
  host.resetCounters();
  await port.insertTemplate(request);
  await port.insertTemplate({ ...request, plan: { ...FIXTURE_PLAN, version: "1.1.0" } });
  expect([...new Set(host.undoClears().map((c) => c.member))].sort()).toEqual([
    "WorksheetProtection.protect",
    "WorksheetProtection.unprotect",
  ]);
});

test("the live check started while a person types in the next cell waits for Enter, then reads that cell too", async () => {
  const { host, port } = bench("vi-VN");
  const { sheetName } = await port.insertTemplate(request);
  host.user.type(sheetName, "F12", "27.001");
  host.user.startEditing(sheetName, "F13");
  let done = false;
  const check = liveCheck(port).then((a) => {
    done = true;
    return a;
  });
  await new Promise((r) => setTimeout(r, 50));
  expect(done).toBe(false);
  host.user.stopEditing("2");
  const assessed = await check;
  expect(assessed.find((a) => a.indicatorId === "points")!.value).toBe(27001);
  expect(assessed.find((a) => a.indicatorId === "incidents")!.value).toBe(2);
});

describe("27.000 is never a silent 27", () => {
  test("in vi-VN Excel it is twenty-seven thousand", async () => {
    const { host, port } = bench("vi-VN");
    const { sheetName } = await port.insertTemplate(request);
    host.user.type(sheetName, "F12", "27.000");
    const assessed = await liveCheck(port);
    expect(assessed.find((a) => a.indicatorId === "points")!.value).toBe(27000);
    expect(issuesOf(assessed, "points").map((i) => i.code)).not.toContain("value.implausible");
  });

  test("in en-US Excel it is 27: the pane warns with 27000, the cell is marked, the check view says how to type", async () => {
    const { host, port } = bench("en-US");
    const { sheetName } = await port.insertTemplate(request);
    host.user.type(sheetName, "F12", "27.000");
    const assessed = await liveCheck(port);
    expect(assessed.find((a) => a.indicatorId === "points")!.value).toBe(27);
    const warning = issuesOf(assessed, "points").find((i) => i.code === "value.implausible")!;
    expect(warning).toMatchObject({ severity: "warning", suggestion: 27000 });
    expect(fills(host, sheetName, "F12")).toEqual([WARNING]);
    expect(await port.entrySettings()).toMatchObject({
      culture: "en-US",
      decimalSeparator: ".",
      dateOrder: "MDY",
    });
  });

  test("and 27,000 typed in vi-VN (where the comma is the decimal separator) is warned of too", async () => {
    const { host, port } = bench("vi-VN");
    const { sheetName } = await port.insertTemplate(request);
    host.user.type(sheetName, "F12", "27,000");
    const warning = issuesOf(await liveCheck(port), "points").find((i) => i.code === "value.implausible")!;
    expect(warning.suggestion).toBe(27000);
  });
});
