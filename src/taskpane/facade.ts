// The pane's facade: the one place it calls into src/domain and src/catalog, in the pane's own
// terms, so the views stay small and a change of a domain signature touches one file.
import type { Assessment, CellValue, Entry } from "../domain/entry";
import { isCellError } from "../domain/entry";
import type { Indicator, Plan, Text, UnitType } from "../domain/plan";
import { formatValue } from "../domain/format";
import { typedIndicator } from "../domain/growth";
import { assessReport, formulaInputIssue, shortName } from "../domain/assess";
import { countByField, type FieldCount } from "../domain/applicability";
import { coveredIndicators, coversIndicator } from "../domain/coverage";
import { summarize, type Summary } from "../domain/summary";
import { scoreReport, type Score, type ScoringScheme } from "../domain/scoring";
import { expectedUnitCode as expectedCode, unitCodeProblem as codeProblem } from "../domain/unit-code";
import { getPlan, listPlans, parsePlanFile, type PlanFileResult } from "../catalog";
import exampleScheme from "../catalog/scoring/example-scheme.json";
import type { Language, ReportMeta, ReportSnapshot } from "../workbook/port";
import { judgeOf, targetText, unitTargetMap } from "../domain/whose-target";
import { REGISTRATION_KIND, asRegistration } from "../domain/registration";
import { sealReport } from "../domain/seal-report";
import type { Submission, UnitTargets } from "../domain/submission";
import {
  REPORT_PRINT_LIMITS,
  defaultReportPrint,
  tidyReportPrint,
  type ReportPrint,
} from "../domain/report-print";
import { GENERATORS } from "../domain/version";

// Plans the person loaded from a file in Setup; a loaded plan replaces a bundled plan of the same
// id, as --plan-file does in the CLI. They are remembered in the pane's storage (checked again when
// read back), so a workbook made under a ministry's own plan still opens after Excel restarts.
const STORE_KEY = "self-assess.loaded-plans";
const loaded: Plan[] = restore();

function restore(): Plan[] {
  try {
    const texts = JSON.parse(globalThis.localStorage?.getItem(STORE_KEY) ?? "[]") as unknown;
    if (!Array.isArray(texts)) return [];
    return texts.flatMap((t) => {
      const r = typeof t === "string" ? parsePlanFile(t) : null;
      return r?.ok ? [r.plan] : [];
    });
  } catch {
    return [];
  }
}

function remember(): void {
  try {
    globalThis.localStorage?.setItem(STORE_KEY, JSON.stringify(loaded.map((p) => JSON.stringify(p))));
  } catch {
    // Storage full or forbidden (some webviews): the plan stays loaded for this session only.
  }
}

export function planList(): Plan[] {
  const bundled = listPlans()
    .map((p) => getPlan(p.id))
    .filter((p): p is Plan => p !== undefined && !loaded.some((l) => l.id === p.id));
  return [...loaded, ...bundled];
}

/** How the plan list names a plan: its number and the year it is for ("67/CT-BTTTT (2020)"). */
export function planLabel(plan: Plan): string {
  return `${plan.documentNumber} (${plan.period?.year ?? plan.date.slice(0, 4)})`;
}

/**
 * The years a plan speaks to: from its reporting year to its last target's deadline. A report for a
 * year outside them is allowed (a plan may be carried over) but the pane says so.
 */
export function planYears(plan: Plan): { from: number; to: number } {
  const from = plan.period?.year ?? Number(plan.date.slice(0, 4));
  const last = Math.max(from, ...plan.indicators.map((i) => i.deadlineYear));
  return { from, to: last };
}

export function planById(id: string): Plan | null {
  return loaded.find((p) => p.id === id) ?? getPlan(id) ?? null;
}

/** Checks a plan file's text (a ministry's own plan) and, when it is valid, offers it in Setup. */
export function loadPlanFile(text: string): PlanFileResult {
  const r = parsePlanFile(text);
  if (r.ok) {
    const at = loaded.findIndex((p) => p.id === r.plan.id);
    if (at >= 0) loaded.splice(at, 1);
    loaded.unshift(r.plan);
    remember();
  }
  return r;
}

/** The unit types the plan declares, in its order, for the Setup list. */
export function unitTypes(plan: Plan): { id: UnitType; label: Text }[] {
  return plan.unitTypes.map((u) => ({ id: u.id, label: u.name }));
}

/** What a code of this unit type looks like, as a sentence for the code field's hint. */
export function expectedUnitCode(plan: Plan, unitType: UnitType): Text | null {
  const e = expectedCode(plan, unitType);
  const sentence = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  return e ? { vi: sentence(e.vi), en: sentence(e.en) } : null;
}

/** A sentence saying what is wrong with the code for this unit type of this plan, or null. */
export function unitCodeProblem(plan: Plan, unitType: UnitType, code: string): Text | null {
  return codeProblem(plan, unitType, code);
}

export function applicableIndicators(plan: Plan, unitType: UnitType, fields?: string[]): Indicator[] {
  return coveredIndicators(plan, { unitType, fields });
}

export function applicableByField(plan: Plan, unitType: UnitType): FieldCount[] {
  return countByField(plan, unitType);
}

/**
 * Assessments in template row order. What the report must answer is the ministry's rule
 * (domain/coverage.ts: the unit type and the fields the template records), not the rows the sheet
 * happens to hold, so a deleted row is missing here as it is at the ministry.
 */
export function assessSnapshot(plan: Plan, snapshot: ReportSnapshot): Assessment[] {
  const { unit, fields } = snapshot.meta;
  const row = new Map(snapshot.meta.indicatorIds.map((id, i) => [id, i]));
  const stt = sttOf(snapshot);
  const all = assessReport(
    plan,
    snapshot.entries,
    coversIndicator(plan, { unitType: unit.unitType, fields }),
    {
      unitType: unit.unitType,
      year: unit.year,
      stt,
      unitTargets: unitTargetMap(snapshot.meta.unitTargets?.targets),
    },
  );
  // A formula typed into an input is an error here as at the ministry; the value it shows was
  // assessed as usual, so fixing it by keeping that value changes nothing else.
  for (const f of snapshot.formulaInputs ?? []) {
    const ind = indicatorOf(plan, f.indicatorId);
    const a = all.find((x) => x.indicatorId === f.indicatorId);
    if (ind && a) a.issues.push(formulaInputIssue(ind, f.part, f.address, stt.get(f.indicatorId)));
  }
  const at = (a: Assessment) => row.get(a.indicatorId) ?? Number.MAX_SAFE_INTEGER;
  // A registration template's values are commitments, read as the ministry reads them (D37).
  const read = snapshot.meta.kind === REGISTRATION_KIND ? asRegistration(plan, all) : all;
  return read.sort((a, b) => at(a) - at(b));
}

/** Each indicator's STT: its row number in the template, as the sheet's first column shows it. */
export function sttOf(snapshot: ReportSnapshot): Map<string, number> {
  return new Map(snapshot.meta.indicatorIds.map((id, i) => [id, i + 1]));
}

/**
 * How the pane names an indicator to a person: "5. Số xã có điểm phục vụ…" (STT and the name, as
 * the sheet shows them); the name alone for a row the template does not hold.
 */
export function rowName(plan: Plan, snapshot: ReportSnapshot | null, id: string, lang: Language): string {
  const ind = indicatorOf(plan, id);
  const name = ind ? shortName(ind.text[lang]) : id;
  const at = snapshot?.meta.indicatorIds.indexOf(id) ?? -1;
  return at >= 0 ? `${at + 1}. ${name}` : name;
}

export function indicatorOf(plan: Plan, id: string): Indicator | undefined {
  return plan.indicators.find((i) => i.id === id);
}

/** A cell value as the sheet would show it to this person. */
/**
 * A cell's value as the sheet shows it: what was typed in the value or "Năm trước" cell, or a fix
 * for it. On a growth row those cells hold levels (issue #12 item 4), so a level shows as one.
 */
export function showValue(value: CellValue, ind: Indicator | undefined, lang: Language): string {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "number") return ind ? formatValue(value, typedIndicator(ind), lang) : String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

/** Last year's value as the sheet would show it, or null when the entry has none (issue #12 adds it). */
export function previousValue(entry: Entry, ind: Indicator | undefined, lang: Language): string | null {
  return entry.previous === undefined ? null : showValue(entry.previous, ind, lang);
}

export { isOpenReturn, localIsoNow, needsReview, showDateTime } from "../domain/review";

/** The row's target as the sheet's target cell says it: the unit's own and the plan's (D33). */
export function showTarget(
  ind: Indicator,
  meta: Pick<ReportMeta, "unitTargets"> | undefined,
  lang: Language,
): string {
  const unitTargets = unitTargetMap(meta?.unitTargets?.targets);
  return targetText(ind, judgeOf(ind, { unitTargets }), lang).replace("\n", " · ");
}

/** Each of the unit's own targets as the target cell will show it, named by its indicator. */
export function unitTargetLines(plan: Plan, unitTargets: UnitTargets, lang: Language): string[] {
  return unitTargets.targets.flatMap((t) => {
    const ind = indicatorOf(plan, t.indicatorId);
    return ind ? [`${shortName(ind.text[lang])}: ${showTarget(ind, { unitTargets }, lang)}`] : [];
  });
}

export function summaryOf(plan: Plan, assessments: Assessment[]): Summary {
  return summarize(plan, assessments);
}

// The bundled example scheme; a cluster's own schemes join this list when the catalog offers them.
// Bundled data: test/domain/scoring.test.ts proves it reads unchanged through ScoringSchemeSchema.
const SCHEMES: ScoringScheme[] = [exampleScheme as ScoringScheme];

export function scoringSchemes(): ScoringScheme[] {
  return SCHEMES;
}

export function scoreOf(schemeId: string, plan: Plan, assessments: Assessment[]): Score | null {
  const scheme = SCHEMES.find((s) => s.id === schemeId);
  return scheme ? scoreReport(scheme, plan, assessments) : null;
}

export const PANE_GENERATOR = GENERATORS.addin;

export type { ReportPrint };
export { REPORT_PRINT_LIMITS };

/**
 * The print choices an export starts from: the template's language, the plan's issuer as addressee,
 * and what this computer remembers of the unit's earlier exports.
 */
export function initialPrint(
  plan: Plan,
  snapshot: ReportSnapshot,
  remembered: Partial<ReportPrint>,
): ReportPrint {
  const language = snapshot.meta.language;
  return { ...defaultReportPrint(language, plan.issuer[language]), ...remembered, language };
}

/** Another report language: the addressee follows it while it is still the plan's issuer. */
export function withLanguage(plan: Plan, print: ReportPrint, language: Language): ReportPrint {
  const issuerNamed = print.recipient === plan.issuer[print.language] || print.recipient.trim() === "";
  return { ...print, language, ...(issuerNamed ? { recipient: plan.issuer[language] } : {}) };
}

/** The sealed submission of the report as the pane assessed it, scored under the chosen scheme. */
export function sealSnapshot(
  plan: Plan,
  snapshot: ReportSnapshot,
  assessments: Assessment[],
  schemeId: string,
  print: ReportPrint,
): Promise<Submission> {
  return sealReport({
    print: tidyReportPrint(print),
    plan,
    unit: snapshot.meta.unit,
    entries: snapshot.entries,
    assessments,
    ...(snapshot.meta.fields ? { fields: snapshot.meta.fields } : {}),
    ...(snapshot.meta.prefilled ? { prefilled: snapshot.meta.prefilled } : {}),
    ...(snapshot.meta.unitTargets ? { unitTargets: snapshot.meta.unitTargets } : {}),
    // A registration is sealed as one, never scored (D37).
    ...(snapshot.meta.kind ? { kind: snapshot.meta.kind } : {}),
    // No choice yet: the first scheme, as Summary shows it.
    scheme: snapshot.meta.kind
      ? null
      : schemeId
        ? (SCHEMES.find((s) => s.id === schemeId) ?? null)
        : (SCHEMES[0] ?? null),
    generator: PANE_GENERATOR,
  });
}
