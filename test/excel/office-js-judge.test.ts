// Microsoft's Excel client library judges the adapter (issue #13): the insert, re-insert, upgrade,
// read, review, fix, go-to and export batches run on npm @microsoft/office-js in Chromium, with its
// requirement-set check on at the manifest's ExcelApi 1.9; every batch passes and every request
// it sends is under Excel's 5 MB. A call above the set, planted in the batches, fails the judge.
import type { Plan, UnitProfile } from "../../src/domain/plan";
import { getPlan } from "../../src/catalog/index";
import { selectIndicators } from "../../src/domain/applicability";
import { REQUEST_LIMIT_BYTES } from "../../src/playground/host";
import type { ReportSnapshot } from "../../src/workbook/port";
import { assessSnapshot, sealSnapshot } from "../../src/taskpane/facade";
import { toBase64 } from "../../src/taskpane/exporter";
import { defaultReportPrint } from "../../src/domain/report-print";
import { buildSubmissionWorkbook } from "../../src/xlsx/submission-workbook";
import { createExcelPort } from "../../src/excel";
import { startJudge } from "./officejs/judge";
import type { Judge, Outcome } from "./officejs/judge";

let judge: Judge;
beforeAll(async () => {
  judge = await startJudge({ culture: "vi-VN" });
}, 300_000);
afterAll(() => judge?.close());

const unit: UnitProfile = {
  name: "Sở Thông tin và Truyền thông tỉnh Thử",
  code: "000.00.00.H26",
  unitType: "provincial-department",
  year: 2023,
};

function passed<T>(what: string, o: Outcome<T>): T {
  expect({ what, error: o.error ?? null }).toEqual({ what, error: null });
  for (const r of o.requests) expect(r.utf8Bytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
  return o.ok as T;
}

describe.each(["kh-1097-2023", "ct-67-2020"])("plan %s on Microsoft's client library", (planId) => {
  const plan = getPlan(planId)!;
  const request = { plan, unit, language: "vi" as const };

  test("insert, re-insert, upgrade, read, fix, review, go to, export: every batch passes", async () => {
    judge.reset({ culture: "vi-VN" });
    const preview = passed("preview", await judge.run("previewInsert", [request]));
    expect(preview).toMatchObject({ mode: "new", clearsUndo: true });
    const inserted = await judge.run("insertTemplate", [request]);
    passed("insert", inserted);
    expect(inserted.requests.length).toBe(2);
    passed("re-insert", await judge.run("insertTemplate", [request]));
    const upgraded: Plan = { ...plan, version: `${plan.version}-next` };
    passed("upgrade", await judge.run("insertTemplate", [{ ...request, plan: upgraded }]));

    const rows = selectIndicators(plan, unit.unitType);
    const first = rows[0]!;
    judge.host.user.type("Tự đánh giá", "F10", "80");
    passed("fix", await judge.run("writeValue", [first.id, 1]));
    passed(
      "review",
      await judge.run("writeReview", [first.id, { decision: "returned", comment: "Bổ sung" }]),
    );
    passed("go to", await judge.run("goTo", [first.id, "review"]));
    expect(passed("entry settings at 1.9", await judge.run("entrySettings", []))).toBeNull();

    const snapshot = passed<ReportSnapshot>("read", await judge.run("readReport", []));
    expect(snapshot.meta.planVersion).toBe(upgraded.version);
    expect(snapshot.entries.find((e) => e.indicatorId === first.id)).toMatchObject({
      value: 1,
      review: { decision: "returned", comment: "Bổ sung" },
    });
    // The same workbook read straight from the host says the same: the bridge neither adds nor loses.
    const direct = await createExcelPort(judge.host.excel).readReport();
    expect(direct).toEqual(snapshot);

    const submission = await sealSnapshot(
      upgraded,
      snapshot,
      assessSnapshot(upgraded, snapshot),
      "",
      defaultReportPrint("vi"),
    );
    const base64 = toBase64(await buildSubmissionWorkbook(submission, upgraded, "vi"));
    passed("export", await judge.run("openNewWorkbook", [base64]));
    expect(judge.host.openedWorkbooks).toEqual([base64]);
  }, 300_000);
});

test("where the host has ExcelApi 1.12, how Excel reads typing is read with the members of 1.11 and 1.12", async () => {
  judge.reset({ culture: "vi-VN", excelApi: "1.12" });
  const settings = passed("entry settings", await judge.run("entrySettings", [], { excelApi: "1.12" }));
  expect(settings).toEqual({
    culture: "vi-VN",
    decimalSeparator: ",",
    thousandsSeparator: ".",
    dateOrder: "DMY",
  });
}, 120_000);

test("a planted call above ExcelApi 1.9 (Range.getMergedAreasOrNullObject, 1.13) fails the judge before any request", async () => {
  judge.reset({ culture: "vi-VN" });
  const plan = getPlan("kh-1097-2023")!;
  const planted = await judge.run("insertTemplate", [{ plan, unit, language: "vi" }], { plant: true });
  expect(planted.error).toEqual({
    code: "ApiNotFound",
    message: expect.stringMatching(/Range\.getMergedAreasOrNullObject.*ExcelApi 1\.13/) as string,
  });
  expect(planted.requests).toEqual([]);
  expect(judge.host.snapshot().sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  // Where 1.13 is declared the client sends the same call (the host, which has no such member, says
  // so): it is the requirement-set check that failed above, not the call itself.
  const declared = await judge.run("readReport", [], { plant: true, excelApi: "1.13" });
  expect(declared.requests.length).toBeGreaterThan(0);
  expect(declared.error).toEqual({ code: "NotImplemented", message: "Range.GetMergedAreasOrNullObject" });
}, 120_000);
