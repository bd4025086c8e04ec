// The ministry's verification rules, pure: from what was read of a file (a template's cells, a
// submission's sealed JSON and findings) and the ministry's own plan, to the file's report. Every
// status is recomputed from the values (stored statuses are never trusted); every way the file
// departs from the plan is named. No file system here: read-file.ts reads, this decides.
import type { Assessment, CellValue, Entry, Issue, Status } from "../../../domain/entry";
import type { Indicator, Plan, UnitProfile } from "../../../domain/plan";
import { coveredIndicators, coversIndicator } from "../../../domain/coverage";
import type { Submission } from "../../../domain/submission";
import { entryFromSealed } from "../../../domain/submission";
import { assessReport } from "../../../domain/assess";
import { previousEdits } from "../../../domain/prefill";
import { REGISTRATION_KIND, asRegistration } from "../../../domain/registration";
import { PARAM_KEYS, targetParams } from "../../../workbook/formulas";
import {
  judgeOf,
  judgingOf,
  sameTargetShown,
  targetText,
  unitTargetMap,
  type Judge,
} from "../../../domain/whose-target";
import type { TemplateRead } from "../../../workbook/read";
import { scoreReport, type ScoringScheme } from "../../../domain/scoring";
import type { EntryReport, FileIssue, FileReport } from "../file-report";

/** What `template --from` repairs, told wherever such damage is found. */
const REPAIR = {
  vi: "Lệnh self-assess template --from TỆP --out TỆP-MỚI.xlsx dựng lại mẫu, giữ mọi số liệu đã nhập theo đúng dòng của chỉ tiêu.",
  en: "self-assess template --from FILE --out NEW.xlsx rebuilds the template, keeping every value typed with its indicator.",
};

/** What was read of a submission (the submission reader's SubmissionRead is one). */
export interface SubmissionRead {
  submission: Submission;
  hashVerified: boolean;
  storedHash: string;
  findings: FileIssue[];
}

/**
 * Who the file is from, as the ministry settled it (unit-authority.ts: the normalised code, the
 * roster's type) with what that found (a normalised code, a type that differs, a signature); the
 * file's own unit when absent.
 */
export interface SettledWho {
  unit: UnitProfile;
  issues: FileIssue[];
}

/** What a read gives beyond the report: the entries and plan, for export to build a submission. */
export interface ReadDetail {
  report: FileReport;
  plan: Plan | null;
  entries: Entry[];
  assessments: Assessment[];
  language: "vi" | "en";
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

/**
 * What the report must answer (coverage.ts, the rule the pane uses), with a warning naming the
 * fields when the unit chose only some, so the ministry sees what was left out.
 */
function coverage(
  plan: Plan,
  unit: UnitProfile,
  fields: readonly string[] | undefined,
): { applies: (ind: Indicator) => boolean; issues: FileIssue[] } {
  const applies = coversIndicator(plan, { unitType: unit.unitType, fields });
  if (fields === undefined) return { applies, issues: [] };
  const all = coveredIndicators(plan, { unitType: unit.unitType }).length;
  const some = coveredIndicators(plan, { unitType: unit.unitType, fields }).length;
  const names = (lang: "vi" | "en") =>
    fields.map((f) => plan.fields.find((d) => d.id === f)?.name[lang] ?? f).join(", ");
  return {
    applies,
    issues: [
      fileIssue(
        "coverage.fields-chosen",
        `the report covers only the fields the unit chose (${names("en")}): ${some} of the ${all} indicators of its unit type`,
        `báo cáo chỉ gồm các lĩnh vực đơn vị đã chọn (${names("vi")}): ${some} trong ${all} chỉ tiêu của loại đơn vị`,
        "warning",
      ),
    ],
  };
}

/** previous.edited per row: a prefilled "Năm trước" figure that no longer is what was prefilled. */
function editedPrevious(prefilled: Submission["prefilled"], entries: Entry[]): Map<string, Issue[]> {
  const out = new Map<string, Issue[]>();
  for (const i of previousEdits(prefilled, entries))
    out.set(i.indicatorId, [...(out.get(i.indicatorId) ?? []), i]);
  return out;
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

/** The report of a file that was read: its counts, the stored statuses that differ, its score. */
function finish(
  read: Pick<
    FileReport,
    | "file"
    | "kind"
    | "unit"
    | "plan"
    | "hash"
    | "createdAt"
    | "language"
    | "fileIssues"
    | "entries"
    | "fields"
    | "prefilled"
    | "registration"
  >,
  scheme: ScoringScheme | null,
  plan: Plan,
  assessments: Assessment[],
): FileReport {
  const report: FileReport = {
    ...read,
    rejected: null,
    receivedAt: null,
    score: null,
    errors: 0,
    warnings: 0,
    ms: 0,
  };
  report.fileIssues.push(...storedDiffers(report.entries));
  let errors = report.fileIssues.filter((i) => i.severity === "error").length;
  let warnings = report.fileIssues.length - errors;
  for (const e of report.entries)
    for (const i of e.issues) {
      if (i.severity === "error") errors++;
      else warnings++;
    }
  report.errors = errors;
  report.warnings = warnings;
  // A registration's values are commitments: nothing to score (D37).
  if (scheme && !report.registration) {
    const s = scoreReport(scheme, plan, assessments);
    report.score = {
      points: s.points,
      maxPoints: s.maxPoints,
      percent: s.percent,
      // An example scheme's band is a guide, and says so wherever the ministry shows it.
      band: s.band
        ? s.example
          ? { vi: `${s.band.label.vi} (theo thang điểm ví dụ)`, en: `${s.band.label.en} (example scheme)` }
          : { vi: s.band.label.vi, en: s.band.label.en }
        : null,
      example: s.example,
    };
  }
  return report;
}

/** Whether a row's parameter cells hold what the layout writes for the plan's indicator (D9). */
export function sameParams(
  cells: readonly CellValue[],
  ind: Indicator,
  year?: number,
  judge: Judge = judgeOf(ind, undefined),
): boolean {
  const want = targetParams(ind, year, judge);
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

/** A submission read against the ministry's plan `p` for it (whose hash is `planHash`). */
export function verifySubmission(
  file: string,
  read: SubmissionRead,
  p: Plan,
  planHash: string,
  scheme: ScoringScheme | null,
  who: SettledWho = { unit: read.submission.unit, issues: [] },
): ReadDetail {
  const sub = read.submission;
  // A growth row's base level (D29) too: recomputed with it, as the unit's sheet computed it.
  const entries: Entry[] = sub.entries.map(entryFromSealed);
  const covered = coverage(p, who.unit, sub.fields);
  // Recomputed with the unit's own targets as sealed (D33); `check --targets` compares them with
  // the ministry's file.
  const assessed = assessReport(p, entries, covered.applies, {
    ...who.unit,
    unitTargets: unitTargetMap(sub.unitTargets?.targets),
  });
  // A registration's values are commitments, read as such (D37).
  const registration = sub.kind === REGISTRATION_KIND;
  const assessments = registration ? asRegistration(p, assessed) : assessed;
  const stored = new Map<string, Status | null>(sub.entries.map((e) => [e.indicatorId, e.status]));
  const report = finish(
    {
      file,
      kind: "submission",
      unit: who.unit,
      plan: { id: sub.plan.id, version: sub.plan.version, bundledVersion: p.version },
      hash: { stored: read.storedHash, computed: sub.hash, verified: read.hashVerified },
      createdAt: sub.createdAt,
      language: "vi",
      fileIssues: [
        ...who.issues,
        ...read.findings,
        ...planChecks("submission", sub.plan, p, planHash),
        ...covered.issues,
      ],
      ...(sub.fields ? { fields: sub.fields } : {}),
      ...(sub.prefilled ? { prefilled: sub.prefilled } : {}),
      ...(sub.unitTargets ? { unitTargets: sub.unitTargets } : {}),
      ...(registration ? { registration: true as const } : {}),
      entries: entryReports(assessments, entries, stored, editedPrevious(sub.prefilled, entries)),
    },
    scheme,
    p,
    assessments,
  );
  return { report, plan: p, entries, assessments, language: "vi" };
}

/** A template read against the ministry's plan for it (whose hash is `planHash`). */
export function verifyTemplate(
  file: string,
  t: TemplateRead,
  plan: Plan,
  planHash: string,
  scheme: ScoringScheme | null,
  who: SettledWho = { unit: t.meta.unit, issues: [] },
): ReadDetail {
  const meta = t.meta;
  const fileIssues: FileIssue[] = [...who.issues];
  fileIssues.push(
    ...planChecks(
      "template",
      { id: meta.planId, version: meta.planVersion, catalogHash: meta.catalogHash },
      plan,
      planHash,
    ),
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
    const targetEdited = (id: string, message: Issue["message"]) =>
      add(id, {
        code: "template.target-edited",
        severity: "error",
        indicatorId: id,
        part: "template",
        message,
      });
    // The hidden parameter cells the sheet's formulas read (DECISIONS D9): a person who unhid and
    // edited one changed what the sheet shows, never what is decided here (assessed from the plan).
    // Whose target judges each row (src/domain/whose-target.ts): the unit's own as recorded, the
    // plan's, or none (a contribution, reported).
    const judging = judgingOf(plan, who.unit.unitType, unitTargetMap(meta.unitTargets?.targets));
    const applies = (ind: Indicator, lang: "vi" | "en") =>
      targetText(ind, judgeOf(ind, judging), lang).replace("\n", "; ");
    for (const [id, cells] of t.params) {
      const ind = byId.get(id);
      if (!ind || sameParams(cells, ind, who.unit.year, judgeOf(ind, judging))) continue;
      targetEdited(id, {
        en: `The hidden target parameters of ${id} (the hidden columns named SA_PARAMS) were edited, so the sheet's status may not be the plan's; the target ${applies(ind, "en")} applies. ${REPAIR.en}`,
        vi: `Tham số mục tiêu ẩn của ${id} (các cột ẩn có tên SA_PARAMS) đã bị sửa nên đánh giá trên trang tính có thể sai với kế hoạch; áp dụng mục tiêu ${applies(ind, "vi")}. ${REPAIR.vi}`,
      });
    }
    for (const [id, shown] of t.grid.targets) {
      const ind = byId.get(id);
      if (!ind || shown === "") continue;
      if (
        !sameTargetShown(shown, ind, judgeOf(ind, judging)) &&
        !extra.get(id)?.some((i) => i.code === "template.target-edited")
      )
        targetEdited(id, {
          en: `The target of ${id} was edited to "${shown}"; the target ${applies(ind, "en")} applies. ${REPAIR.en}`,
          vi: `Mục tiêu của ${id} đã bị sửa thành "${shown}"; áp dụng mục tiêu ${applies(ind, "vi")}. ${REPAIR.vi}`,
        });
    }
    // The deadline column is plan text like the target (D28): whether a row is due is decided
    // from the plan's deadline, so an edited deadline is reported and never trusted.
    for (const [id, shown] of t.grid.deadlines) {
      const ind = byId.get(id);
      if (!ind || shown.trim() === String(ind.deadlineYear)) continue;
      targetEdited(id, {
        en: `The deadline of ${id} was edited to "${shown}"; the plan's deadline ${ind.deadlineYear} applies. ${REPAIR.en}`,
        vi: `Hạn của ${id} đã bị sửa thành "${shown}"; áp dụng hạn của kế hoạch là năm ${ind.deadlineYear}. ${REPAIR.vi}`,
      });
    }
  }
  if (meta.planVersion === plan.version && meta.unit.unitType === who.unit.unitType) {
    // A row deleted from the table is no longer named: its indicator would read as left empty.
    const present = new Set(t.grid.entries.map((e) => e.indicatorId));
    for (const id of meta.indicatorIds)
      if (!present.has(id))
        add(id, {
          code: "template.row-deleted",
          severity: "error",
          indicatorId: id,
          part: "template",
          message: {
            en: `The row of ${id} was deleted from the template, so its value cannot be read (it is not an empty value). ${REPAIR.en}`,
            vi: `Dòng của chỉ tiêu ${id} đã bị xóa khỏi mẫu nên không đọc được số liệu (không phải bỏ trống). ${REPAIR.vi}`,
          },
        });
  }
  const moved = [...extra.values()].filter((l) =>
    l.some((i) => i.message.en.includes("hidden target parameters")),
  ).length;
  if (moved >= 2)
    fileIssues.push(
      fileIssue(
        "template.rows-moved",
        `the hidden target parameters (the columns named SA_PARAMS) of ${moved} rows no longer match their indicators: the table was probably sorted or its rows moved without those columns. The plan's targets apply. ${REPAIR.en}`,
        `tham số mục tiêu ẩn (các cột có tên SA_PARAMS) của ${moved} dòng không còn khớp chỉ tiêu: có lẽ bảng đã được sắp xếp hoặc di chuyển dòng mà không kèm các cột đó. Áp dụng mục tiêu của kế hoạch. ${REPAIR.vi}`,
      ),
    );
  const below = t.below ?? [];
  if (below.length > 0) {
    const shown = below
      .slice(0, 5)
      .map((c) => `${c.address} ${JSON.stringify(c.text.length > 40 ? `${c.text.slice(0, 40)}…` : c.text)}`)
      .join(", ");
    const more = below.length > 5 ? ` (+${below.length - 5})` : "";
    fileIssues.push(
      fileIssue(
        "template.rows-below",
        `${below.length} cells below the table hold something that is not read (rows added under the table belong to no indicator): ${shown}${more}. Type values in the table's rows.`,
        `${below.length} ô bên dưới bảng có nội dung không được đọc (dòng thêm dưới bảng không thuộc chỉ tiêu nào): ${shown}${more}. Nhập số liệu vào các dòng của bảng.`,
        "warning",
      ),
    );
  }
  const entries = t.grid.entries;
  for (const i of previousEdits(meta.prefilled, entries)) add(i.indicatorId, i);
  const covered = coverage(plan, who.unit, meta.fields);
  fileIssues.push(...covered.issues);
  const assessed = assessReport(plan, entries, covered.applies, {
    ...who.unit,
    unitTargets: unitTargetMap(meta.unitTargets?.targets),
  });
  // A registration template's values are commitments, read as such (D37).
  const registration = meta.kind === REGISTRATION_KIND;
  const assessments = registration ? asRegistration(plan, assessed) : assessed;
  const report = finish(
    {
      file,
      kind: "template",
      unit: who.unit,
      plan: { id: meta.planId, version: meta.planVersion, bundledVersion: plan.version },
      hash: null,
      createdAt: meta.createdAt,
      language: meta.language,
      fileIssues,
      ...(meta.fields ? { fields: meta.fields } : {}),
      ...(meta.prefilled ? { prefilled: meta.prefilled } : {}),
      ...(meta.unitTargets ? { unitTargets: meta.unitTargets } : {}),
      ...(registration ? { registration: true as const } : {}),
      entries: entryReports(assessments, entries, t.storedStatuses, extra),
    },
    scheme,
    plan,
    assessments,
  );
  return { report, plan, entries, assessments, language: meta.language };
}
