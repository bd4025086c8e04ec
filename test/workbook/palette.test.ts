// One status palette for every workbook we write (src/workbook/palette.ts): the template's
// conditional formats, the submission's report sheet and the consolidated matrix show a status in
// the same colours, and each also says it in words.
import ExcelJS from "exceljs";
import { STATUSES, type Status } from "../../src/domain/entry";
import { STATUS_LABELS } from "../../src/domain/status-labels";
import { argb, STATUS_COLOURS } from "../../src/workbook/palette";
import { consolidate } from "../../src/cli/ministry/consolidate-model";
import { writeConsolidatedWorkbook } from "../../src/cli/ministry/consolidate-workbook";
import { usePlans } from "../../src/cli/ministry/plans";
import type { FileReport } from "../../src/cli/ministry/file-report";
import { plan1097, sampleEntries, sampleSubmissionFile, sampleUnit } from "../ministry/fixtures/submissions";
import { fixtureLayout } from "./fixture-plan";

const solid = (c: ExcelJS.Cell) => (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

test("every status has its own fill, so invalid (a correction) never looks like a shortfall (an explanation)", () => {
  const fills = STATUSES.map((s) => STATUS_COLOURS[s].fill);
  expect(new Set(fills).size).toBe(STATUSES.length);
  expect(STATUS_COLOURS.invalid.fill).not.toBe(STATUS_COLOURS.shortfall.fill);
});

test("the template colours each status but missing with the palette, by its label", () => {
  const spec = fixtureLayout();
  // The marks (src/workbook/marks.ts) are rules of their own, with no status.
  const byStatus = new Map(
    spec.conditionalFormats.flatMap((f) => (f.status === undefined ? [] : [[f.status, f] as const])),
  );
  expect([...byStatus.keys()].sort()).toEqual(STATUSES.filter((s) => s !== "missing").sort());
  for (const [s, f] of byStatus) {
    expect({ fill: f.fill, font: f.fontColor }).toEqual(STATUS_COLOURS[s]);
    expect(f.formula).toContain(`"${STATUS_LABELS.vi[s]}"`);
  }
});

test("the submission's report sheet and the consolidated matrix use the same colours, beside the status in words", async () => {
  const plan = plan1097();
  const unit = sampleUnit(1);
  const entries = sampleEntries(plan, unit.unitType);
  entries[0] = { ...entries[0]!, value: "abc" }; // invalid
  const { submission, bytes } = await sampleSubmissionFile(plan, unit, entries);

  const sub = new ExcelJS.Workbook();
  await sub.xlsx.load(bytes as unknown as ArrayBuffer);
  const report = sub.worksheets[0]!;
  const seen = new Set<Status>();
  report.eachRow((row) => {
    const label = row.getCell(7).value;
    const status = STATUSES.find((s) => STATUS_LABELS.vi[s] === label);
    if (!status) return;
    seen.add(status);
    expect(solid(row.getCell(7))).toBe(argb(STATUS_COLOURS[status].fill));
  });
  expect(seen.has("invalid")).toBe(true);

  usePlans([plan]);
  const file: FileReport = {
    file: "a.xlsx",
    rejected: null,
    kind: "submission",
    unit,
    plan: { id: plan.id, version: plan.version, bundledVersion: plan.version },
    hash: { stored: submission.hash, computed: submission.hash, verified: true },
    createdAt: submission.createdAt,
    receivedAt: null,
    language: "vi",
    fileIssues: [],
    entries: submission.entries.map((e) => ({
      indicatorId: e.indicatorId,
      value: e.value,
      status: e.status,
      storedStatus: e.status,
      completion: e.completion,
      explanation: e.explanation,
      evidence: e.evidence,
      review: e.review,
      issues: [],
    })),
    score: null,
    errors: 0,
    warnings: 0,
    ms: 1,
  };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(writeConsolidatedWorkbook(consolidate([file], null), "vi") as unknown as ArrayBuffer);
  const matrix = wb.worksheets[0]!;
  const ids = (matrix.getRow(1).values as unknown[]).slice(1);
  let checked = 0;
  for (const e of submission.entries) {
    const col = ids.indexOf(e.indicatorId) + 1;
    if (col <= 0) continue;
    const { fill, numFmt, value } = matrix.getRow(3).getCell(col);
    expect((fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBe(
      argb(STATUS_COLOURS[e.status].fill),
    );
    // The status in words: the label itself, or the number format's suffix.
    expect(`${numFmt ?? ""} ${String(value)}`).toContain(STATUS_LABELS.vi[e.status]);
    checked++;
  }
  expect(checked).toBe(submission.entries.length);
});
