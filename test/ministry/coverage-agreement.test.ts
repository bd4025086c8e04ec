// One rule for what a report covers (issue #12 item 7, domain/coverage.ts): the pane's check and
// the ministry's check judge the same rows, on a report of some fields and on every unit type of
// both bundled plans and of the MoST 2026 fixture plan; the sealed submission carries the fields.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Assessment, Entry } from "../../src/domain/entry";
import type { Plan, UnitProfile, UnitType } from "../../src/domain/plan";
import { BUNDLED_PLANS } from "../../src/catalog/index";
import { coveredIndicators } from "../../src/domain/coverage";
import { planHash } from "../../src/domain/hash";
import { defaultReportPrint } from "../../src/domain/report-print";
import { parseSubmission, verifySubmissionHash } from "../../src/domain/submission";
import { GuardedPackage } from "../../src/ooxml/package";
import { LeanWorkbook } from "../../src/ooxml/lean-reader";
import { readTemplateLean } from "../../src/ooxml/lean-template";
import { makeTemplateFile } from "../../src/xlsx/template-file";
import { assessSnapshot, sealSnapshot } from "../../src/taskpane/facade";
import { verifySubmission, verifyTemplate } from "../../src/cli/ministry/rules/verify";
import type { FileReport } from "../../src/cli/ministry/file-report";
import { most2026Plan } from "../fixtures/plans/most-2026";
import { runCli } from "../cli/harness";
import { sampleEntries, sampleUnit } from "./fixtures/submissions";
import { fillTemplate } from "./fixtures/templates";

const unitOf = (unitType: UnitType, year: number): UnitProfile => ({
  name: "Đơn vị thử",
  code: "000.00.00.H01",
  unitType,
  year,
});

/** Honest entries with mistakes a unit makes: some values left empty, some shortfalls unexplained. */
function entriesFor(plan: Plan, unitType: UnitType, ids: Set<string>): Entry[] {
  const kept = sampleEntries(plan, unitType).filter((e) => ids.has(e.indicatorId));
  return kept.map((e, i) =>
    i % 5 === 4 || i === kept.length - 1
      ? { ...e, value: null }
      : i % 7 === 6
        ? { ...e, explanation: "" }
        : e,
  );
}

const errorsOf = (issues: readonly { severity: string }[]) =>
  issues.filter((i) => i.severity === "error").length;

function paneVerdict(assessments: Assessment[]) {
  return {
    statuses: Object.fromEntries(assessments.map((a) => [a.indicatorId, a.status])),
    errors: assessments.reduce((n, a) => n + errorsOf(a.issues), 0),
  };
}

function ministryVerdict(r: FileReport) {
  return {
    statuses: Object.fromEntries(r.entries.map((e) => [e.indicatorId, e.status])),
    errors: r.errors,
  };
}

async function bothVerdicts(plan: Plan, unitType: UnitType, fields?: string[]) {
  const unit = unitOf(unitType, plan.period?.year ?? 2023);
  const ids = new Set(coveredIndicators(plan, { unitType, fields }).map((i) => i.id));
  const made = await makeTemplateFile(
    { plan, unit, language: "vi", ...(fields ? { fields } : {}) },
    { generator: "test", createdAt: "2026-01-05T00:00:00.000Z" },
  );
  const bytes = await fillTemplate(Buffer.from(made.bytes), entriesFor(plan, unitType, ids));
  const pkg = new GuardedPackage(bytes);
  pkg.guardAll();
  const t = readTemplateLean(pkg, new LeanWorkbook(pkg));
  const hash = await planHash(plan);
  const snapshot = { meta: t.meta, entries: t.grid.entries, archived: [] };
  const paneAssessments = assessSnapshot(plan, snapshot);
  const pane = paneVerdict(paneAssessments);
  const template = verifyTemplate("t.xlsx", t, plan, hash, null).report;
  const sealed = await sealSnapshot(plan, snapshot, paneAssessments, "", defaultReportPrint("vi"));
  const parsed = parseSubmission(JSON.parse(JSON.stringify(sealed)));
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  const read = { submission: parsed.value, hashVerified: true, storedHash: sealed.hash, findings: [] };
  const submission = verifySubmission("s.xlsx", read, plan, hash, null).report;
  return { ids, t, pane, template, submission, sealed };
}

describe("the pane and the ministry judge the same rows", () => {
  it("on a report of the fields postal and telecom only: same rows, same errors, fields sealed", async () => {
    const plan = BUNDLED_PLANS.find((p) => p.id === "kh-1097-2023")!;
    const fields = ["postal", "telecom"];
    const r = await bothVerdicts(plan, "provincial-department", fields);
    const all = coveredIndicators(plan, { unitType: "provincial-department" }).length;
    expect(r.ids.size).toBeGreaterThan(0);
    expect(r.ids.size).toBeLessThan(all);
    expect(r.t.meta.fields).toEqual(fields);
    expect(Object.keys(r.pane.statuses).sort()).toEqual([...r.ids].sort());
    expect(ministryVerdict(r.template)).toEqual(r.pane);
    expect(ministryVerdict(r.submission)).toEqual(r.pane);
    expect(r.sealed.fields).toEqual(fields);
    expect(r.submission.fields).toEqual(fields);
    // The ministry is told what was left out, as a warning, not as 30 missing values.
    expect(r.submission.fileIssues.map((i) => [i.code, i.severity])).toContainEqual([
      "coverage.fields-chosen",
      "warning",
    ]);
  });

  it("the sealed field choice is part of the hash: changing it breaks the seal", async () => {
    const plan = BUNDLED_PLANS.find((p) => p.id === "kh-1097-2023")!;
    const { sealed } = await bothVerdicts(plan, "provincial-department", ["postal", "telecom"]);
    expect(await verifySubmissionHash(sealed)).toBe(true);
    expect(await verifySubmissionHash({ ...sealed, fields: ["postal"] })).toBe(false);
    const older: Record<string, unknown> = { ...sealed };
    delete older.fields;
    expect(await verifySubmissionHash(older)).toBe(false);
  });

  const cases = [...BUNDLED_PLANS, most2026Plan()].flatMap((plan) =>
    plan.unitTypes
      .filter((u) => coveredIndicators(plan, { unitType: u.id }).length > 0)
      .map((u) => [plan.id, u.id, plan] as const),
  );
  it.each(cases)("%s, every indicator of %s: same statuses and errors", async (_id, unitType, plan) => {
    const r = await bothVerdicts(plan, unitType);
    expect(r.t.meta.fields).toBeUndefined();
    expect(r.sealed.fields).toBeUndefined();
    expect(r.pane.errors).toBeGreaterThan(0);
    expect(ministryVerdict(r.template)).toEqual(r.pane);
    expect(ministryVerdict(r.submission)).toEqual(r.pane);
  });
});

describe("a report of some fields, end to end through the CLI", () => {
  const dir = mkdtempSync(join(tmpdir(), "sa-cover-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (...argv: string[]) => runCli(argv, dir, "2023-12-12T09:00:00.000Z");

  it("template --fields, fill, export and check: 0 errors at every step, and the fields sealed", async () => {
    const plan = BUNDLED_PLANS.find((p) => p.id === "kh-1097-2023")!;
    const unit = sampleUnit(3);
    const made = await cli(
      "template",
      "--plan",
      plan.id,
      "--unit-type",
      unit.unitType,
      "--unit-name",
      unit.name,
      "--unit-code",
      unit.code,
      "--year",
      String(unit.year),
      "--fields",
      "postal,telecom",
      "--out",
      "t.xlsx",
    );
    expect(made.code).toBe(0);
    const ids = new Set(
      coveredIndicators(plan, { unitType: unit.unitType, fields: ["postal", "telecom"] }).map((i) => i.id),
    );
    const honest = sampleEntries(plan, unit.unitType).filter((e) => ids.has(e.indicatorId));
    writeFileSync(join(dir, "t.xlsx"), await fillTemplate(readFileSync(join(dir, "t.xlsx")), honest));
    const exported = await cli("export", "t.xlsx", "--out", "s.xlsx", "--json", "s.json");
    expect(exported.code).toBe(0);
    const sealed = JSON.parse(readFileSync(join(dir, "s.json"), "utf8")) as {
      fields?: string[];
      entries: unknown[];
    };
    expect(sealed.fields).toEqual(["postal", "telecom"]);
    expect(sealed.entries).toHaveLength(ids.size);
    const checked = await cli("check", "s.xlsx", "--json");
    const [report] = JSON.parse(checked.out) as FileReport[];
    expect(report!.errors).toBe(0);
    expect(report!.entries.map((e) => e.indicatorId).sort()).toEqual([...ids].sort());
    expect(report!.fileIssues.map((i) => i.code)).toContain("coverage.fields-chosen");
  });
});
