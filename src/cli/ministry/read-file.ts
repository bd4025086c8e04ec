// One file, start to finish: read it behind every defence, recompute every status from its values
// with the bundled plan (stored statuses are never trusted), and say what is wrong with it. Runs
// inside a pool worker (read-worker.ts); also callable in-process, e.g. by export for one file.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { Assessment, CellValue, Entry, Issue, Status } from "../../domain/entry";
import { CELL_ERROR_CODES } from "../../domain/entry";
import type { Indicator, Plan, UnitProfile } from "../../domain/plan";
import { assessReport } from "../../domain/assess";
import { canonicalJson, sha256Hex } from "../../domain/hash";
import { formatTarget } from "../../domain/format";
import { PARAM_KEYS, targetParams } from "../../workbook/formulas";
import { sameTargetText } from "../../xlsx/submission-reader";
import { scoreReport, type ScoringScheme } from "../../domain/scoring";
import { planById } from "./plans";
import { GuardedPackage } from "../../ooxml/package";
import { LeanWorkbook } from "../../ooxml/lean-reader";
import type { Limits } from "../../ooxml/limits";
import { reasonOf, reject } from "../../ooxml/rejection";
import { isSubmissionWorkbook, readSubmission } from "../../xlsx/submission-reader";
import { isTemplateWorkbook, readTemplateLean } from "../../ooxml/lean-template";
import type { EntryReport, FileIssue, FileReport } from "./file-report";
import { rejectedReport } from "./file-report";

/** What a read gives beyond the report: the entries and plan, for export to build a submission. */
export interface ReadDetail {
  report: FileReport;
  plan: Plan | null;
  entries: Entry[];
  assessments: Assessment[];
  language: "vi" | "en";
}

const planHashes = new Map<Plan, Promise<string>>();
export function catalogHashOf(plan: Plan): Promise<string> {
  let h = planHashes.get(plan);
  if (!h) {
    h = sha256Hex(canonicalJson(plan));
    planHashes.set(plan, h);
  }
  return h;
}

function readBounded(path: string, limits: Limits): { buf: Buffer; mtime: Date } {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    const code = (e as { code?: string }).code ?? "";
    reject("unreadable", `the file cannot be opened (${code})`, `không mở được tệp (${code})`);
  }
  try {
    const st = fstatSync(fd);
    const size = st.size;
    if (size > limits.maxFileBytes)
      reject(
        "file.too-large",
        `the file is ${(size / 1048576).toFixed(1)} MB, above the ${limits.maxFileBytes / 1048576} MB limit`,
        `tệp dung lượng ${(size / 1048576).toFixed(1)} MB, vượt giới hạn ${limits.maxFileBytes / 1048576} MB`,
      );
    const buf = Buffer.allocUnsafe(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return { buf: buf.subarray(0, off), mtime: st.mtime };
  } finally {
    closeSync(fd);
  }
}

function fileIssue(code: string, en: string, vi: string, severity: "error" | "warning" = "error"): FileIssue {
  return { code, severity, message: { en, vi } };
}

function planChecks(
  kind: string,
  claimed: { id: string; version: string; catalogHash: string },
  plan: Plan,
  bundledHash: string,
): FileIssue[] {
  if (claimed.version !== plan.version)
    return [
      fileIssue(
        "plan.version-mismatch",
        `the ${kind} was made from ${claimed.id} version ${claimed.version}, but the ministry's plan is version ${plan.version}; statuses are recomputed with version ${plan.version}`,
        `${kind === "template" ? "mẫu" : "bản nộp"} được lập theo ${claimed.id} phiên bản ${claimed.version}, còn kế hoạch của Bộ là phiên bản ${plan.version}; kết quả được tính lại theo phiên bản ${plan.version}`,
      ),
    ];
  if (claimed.catalogHash !== bundledHash)
    return [
      fileIssue(
        "plan.catalog-changed",
        `the ${kind} claims ${claimed.id} version ${claimed.version}, but its catalog differs from the ministry's copy (another plan file with the same version)`,
        `${kind === "template" ? "mẫu" : "bản nộp"} ghi ${claimed.id} phiên bản ${claimed.version} nhưng danh mục khác bản của Bộ (tệp kế hoạch khác cùng số phiên bản)`,
      ),
    ];
  return [];
}

function bundledPlan(id: string): Plan {
  const plan = planById(id);
  if (!plan)
    reject(
      "plan.unknown",
      `the file is made for plan ${JSON.stringify(id)}, which the ministry's catalog does not hold (give its plan file with --plan-file)`,
      `tệp được lập theo kế hoạch ${JSON.stringify(id)}, không có trong danh mục của Bộ (cung cấp tệp kế hoạch bằng --plan-file)`,
    );
  return plan;
}

function errorValue(v: string | number | boolean | null): CellValue {
  return typeof v === "string" && (CELL_ERROR_CODES as readonly string[]).includes(v)
    ? { error: v as (typeof CELL_ERROR_CODES)[number] }
    : v;
}

function appliesTo(unit: UnitProfile): (ind: Indicator) => boolean {
  return (ind) => ind.appliesTo.includes(unit.unitType);
}

function entryReports(
  assessments: Assessment[],
  entries: Entry[],
  stored: Map<string, Status | null>,
  extra: Map<string, Issue[]>,
): EntryReport[] {
  const byId = new Map<string, Entry>();
  for (const e of entries) if (!byId.has(e.indicatorId)) byId.set(e.indicatorId, e);
  return assessments.map((a) => {
    const e = byId.get(a.indicatorId);
    return {
      indicatorId: a.indicatorId,
      value: e?.value ?? null,
      status: a.status,
      storedStatus: stored.get(a.indicatorId) ?? null,
      completion: a.completion,
      explanation: e?.explanation ?? "",
      evidence: e?.evidence ?? "",
      review: e?.review ?? { decision: null, comment: "" },
      issues: [...a.issues, ...(extra.get(a.indicatorId) ?? [])],
    };
  });
}

function storedDiffers(entries: EntryReport[]): FileIssue[] {
  const ids = entries
    .filter((e) => e.storedStatus !== null && e.storedStatus !== e.status)
    .map((e) => e.indicatorId);
  if (ids.length === 0) return [];
  const shown = ids.length > 5 ? `${ids.slice(0, 5).join(", ")} (+${ids.length - 5})` : ids.join(", ");
  return [
    fileIssue(
      "status.recomputed",
      `the status the file shows differs from the recomputed one for ${shown}; the recomputed status counts`,
      `kết quả đánh giá ghi trong tệp khác kết quả tính lại ở ${shown}; kết quả tính lại được dùng`,
      "warning",
    ),
  ];
}

function finish(
  report: FileReport,
  scheme: ScoringScheme | null,
  plan: Plan,
  assessments: Assessment[],
): void {
  let errors = report.fileIssues.filter((i) => i.severity === "error").length;
  let warnings = report.fileIssues.length - errors;
  for (const e of report.entries)
    for (const i of e.issues) {
      if (i.severity === "error") errors++;
      else warnings++;
    }
  report.errors = errors;
  report.warnings = warnings;
  if (scheme) {
    const s = scoreReport(scheme, plan, assessments);
    report.score = {
      points: s.points,
      maxPoints: s.maxPoints,
      percent: s.percent,
      band: s.band ? { vi: s.band.label.vi, en: s.band.label.en } : null,
    };
  }
}

async function fromSubmission(
  file: string,
  wb: LeanWorkbook,
  scheme: ScoringScheme | null,
): Promise<ReadDetail> {
  let plan: Plan | null = null;
  const read = await readSubmission(wb, (sub) => {
    plan = bundledPlan(sub.plan.id);
    return plan.version === sub.plan.version ? plan : null;
  });
  const sub = read.submission;
  const p = plan ?? bundledPlan(sub.plan.id);
  const entries: Entry[] = sub.entries.map((e) => ({
    indicatorId: e.indicatorId,
    value: errorValue(e.value),
    explanation: e.explanation,
    evidence: e.evidence,
    review: e.review,
  }));
  const assessments = assessReport(p, entries, appliesTo(sub.unit));
  const stored = new Map<string, Status | null>(sub.entries.map((e) => [e.indicatorId, e.status]));
  const report: FileReport = {
    file,
    rejected: null,
    kind: "submission",
    unit: sub.unit,
    plan: { id: sub.plan.id, version: sub.plan.version, bundledVersion: p.version },
    hash: { stored: read.storedHash, computed: sub.hash, verified: read.hashVerified },
    createdAt: sub.createdAt,
    receivedAt: null,
    language: "vi",
    fileIssues: [...read.findings, ...planChecks("submission", sub.plan, p, await catalogHashOf(p))],
    entries: entryReports(assessments, entries, stored, new Map()),
    score: null,
    errors: 0,
    warnings: 0,
    ms: 0,
  };
  report.fileIssues.push(...storedDiffers(report.entries));
  finish(report, scheme, p, assessments);
  return { report, plan: p, entries, assessments, language: "vi" };
}

async function fromTemplate(
  file: string,
  pkg: GuardedPackage,
  wb: LeanWorkbook,
  scheme: ScoringScheme | null,
): Promise<ReadDetail> {
  const t = readTemplateLean(pkg, wb);
  const meta = t.meta;
  const plan = bundledPlan(meta.planId);
  const fileIssues: FileIssue[] = planChecks(
    "template",
    { id: meta.planId, version: meta.planVersion, catalogHash: meta.catalogHash },
    plan,
    await catalogHashOf(plan),
  );
  for (const p of t.metaProblems)
    fileIssues.push(
      fileIssue(
        "template.metadata",
        p.includes("differ")
          ? `the template's two metadata copies disagree (edited by hand?): ${p}`
          : `one of the template's two metadata copies is missing or unreadable, the other was used (some programs drop the custom XML part when saving): ${p}`,
        p.includes("differ")
          ? `hai bản thông tin mô tả của mẫu không khớp nhau (bị sửa tay?): ${p}`
          : `một trong hai bản thông tin mô tả của mẫu bị thiếu hoặc không đọc được, đã dùng bản còn lại (một số chương trình bỏ phần XML tùy biến khi lưu): ${p}`,
        p.includes("differ") ? "error" : "warning",
      ),
    );
  for (const p of t.grid.problems)
    fileIssues.push({
      code: `template.${p.code}`,
      severity: p.code === "row.no-id" || p.code === "review.unknown-decision" ? "warning" : "error",
      message: p.message,
    });
  const extra = new Map<string, Issue[]>();
  const add = (id: string, issue: Issue) => extra.set(id, [...(extra.get(id) ?? []), issue]);
  for (const f of t.grid.formulaInputs)
    add(f.indicatorId, {
      code: "template.formula-in-input",
      severity: "error",
      indicatorId: f.indicatorId,
      part: f.part,
      message: {
        en: `Cell ${f.address} (${f.indicatorId}) holds a formula (=${f.formula.slice(0, 60)}); an input cell must hold what the unit typed.`,
        vi: `Ô ${f.address} (${f.indicatorId}) chứa công thức (=${f.formula.slice(0, 60)}); ô nhập liệu phải chứa số liệu đơn vị nhập.`,
      },
    });
  if (meta.planVersion === plan.version) {
    const byId = new Map(plan.indicators.map((i) => [i.id, i]));
    // The hidden parameter cells the sheet's formulas read (DECISIONS D9): a person who unhid and
    // edited one changed what the sheet shows, never what is decided here (assessed from the plan).
    for (const [id, cells] of t.params) {
      const ind = byId.get(id);
      if (!ind || sameParams(cells, ind)) continue;
      add(id, {
        code: "template.target-edited",
        severity: "error",
        indicatorId: id,
        part: "template",
        message: {
          en: `The hidden target parameters of ${id} (columns N to T) were edited, so the sheet's status may not be the plan's; the plan's target ${formatTarget(ind, "en")} applies.`,
          vi: `Tham số mục tiêu ẩn của ${id} (cột N đến T) đã bị sửa nên đánh giá trên trang tính có thể sai với kế hoạch; áp dụng mục tiêu của kế hoạch ${formatTarget(ind, "vi")}.`,
        },
      });
    }
    for (const [id, shown] of t.grid.targets) {
      const ind = byId.get(id);
      if (!ind || shown === "") continue;
      if (!sameTargetText(shown, ind) && !extra.get(id)?.some((i) => i.code === "template.target-edited"))
        add(id, {
          code: "template.target-edited",
          severity: "error",
          indicatorId: id,
          part: "template",
          message: {
            en: `The target of ${id} was edited to "${shown}"; the plan's target ${formatTarget(ind, "en")} applies.`,
            vi: `Mục tiêu của ${id} đã bị sửa thành "${shown}"; áp dụng mục tiêu của kế hoạch ${formatTarget(ind, "vi")}.`,
          },
        });
    }
  }
  const entries = t.grid.entries;
  const assessments = assessReport(plan, entries, appliesTo(meta.unit));
  const report: FileReport = {
    file,
    rejected: null,
    kind: "template",
    unit: meta.unit,
    plan: { id: meta.planId, version: meta.planVersion, bundledVersion: plan.version },
    hash: null,
    createdAt: meta.createdAt,
    receivedAt: null,
    language: meta.language,
    fileIssues,
    entries: entryReports(assessments, entries, t.storedStatuses, extra),
    score: null,
    errors: 0,
    warnings: 0,
    ms: 0,
  };
  report.fileIssues.push(...storedDiffers(report.entries));
  finish(report, scheme, plan, assessments);
  return { report, plan, entries, assessments, language: meta.language };
}

/** Never throws: a file that cannot be read comes back with `rejected` set. */
export async function readFileDetail(
  file: string,
  limits: Limits,
  scheme: ScoringScheme | null,
): Promise<ReadDetail> {
  const started = performance.now();
  let detail: ReadDetail;
  let receivedAt: string | null = null;
  try {
    const { buf, mtime } = readBounded(file, limits);
    receivedAt = mtime.toISOString();
    const pkg = new GuardedPackage(buf, limits);
    pkg.guardAll();
    const wb = new LeanWorkbook(pkg);
    if (isSubmissionWorkbook(wb)) detail = await fromSubmission(file, wb, scheme);
    else if (isTemplateWorkbook(wb)) detail = await fromTemplate(file, pkg, wb, scheme);
    else
      reject(
        "not-a-report",
        "the workbook is neither a self-assessment template nor a submission (no SA_META or SA_SUBMISSION sheet; was a sheet renamed or deleted?)",
        "sổ tính không phải mẫu tự đánh giá hay bản nộp (không có trang SA_META hoặc SA_SUBMISSION; trang đã bị đổi tên hoặc xóa?)",
      );
  } catch (e) {
    detail = {
      report: rejectedReport(file, reasonOf(e), 0),
      plan: null,
      entries: [],
      assessments: [],
      language: "vi",
    };
  }
  detail.report.ms = performance.now() - started;
  detail.report.receivedAt = receivedAt;
  return detail;
}

/** Whether a row's parameter cells hold what the layout writes for the plan's indicator (D9). */
function sameParams(cells: readonly CellValue[], ind: Indicator): boolean {
  const want = targetParams(ind);
  return PARAM_KEYS.every((k, i) => {
    const got = cells[i] ?? null;
    const w = want[k];
    if (w === null) return got === null || got === "";
    if (typeof w === "string") return typeof got === "string" && got.trim().toUpperCase() === w;
    // Programs that save 15 significant digits (LibreOffice) round 0.7999999990000001 to
    // 0.799999999: not an edit.
    return typeof got === "number" && Math.abs(got - w) <= 1e-12 * Math.max(1, Math.abs(w));
  });
}
