// The pane's facade: the one place it calls into src/domain and src/catalog, in the pane's own
// terms, so the views stay small and a change of a domain signature touches one file.
import type { Assessment, CellValue, Entry } from "../domain/entry";
import { isCellError } from "../domain/entry";
import type { Indicator, Plan, Text, UnitType } from "../domain/plan";
import { UNIT_TYPES } from "../domain/plan";
import { formatTarget, formatValue } from "../domain/format";
import { assessReport } from "../domain/assess";
import { countByField, selectIndicators, type FieldCount } from "../domain/applicability";
import { summarize, type Summary } from "../domain/summary";
import { ScoringSchemeSchema, scoreReport, type Score, type ScoringScheme } from "../domain/scoring";
import { UNIT_TYPE_LABELS, checkUnitCode } from "../domain/unit";
import { getPlan, listPlans } from "../catalog";
import exampleScheme from "../catalog/scoring/example-scheme.json";
import type { Language, ReportSnapshot } from "../workbook/port";
import { sealReport } from "../domain/seal-report";
import type { Submission } from "../domain/submission";
import { GENERATORS } from "../domain/version";

export function planList(): Plan[] {
  return listPlans()
    .map((p) => getPlan(p.id))
    .filter((p): p is Plan => p !== undefined);
}

export function planById(id: string): Plan | null {
  return getPlan(id) ?? null;
}

export function unitTypes(): { id: UnitType; label: Text }[] {
  return UNIT_TYPES.map((id) => ({ id, label: UNIT_TYPE_LABELS[id] }));
}

/** A sentence saying what is wrong with the code for this unit type, or null when it is fine. */
export function unitCodeProblem(code: string, unitType: UnitType): Text | null {
  return checkUnitCode(code, unitType);
}

export function applicableIndicators(plan: Plan, unitType: UnitType, fields?: string[]): Indicator[] {
  return selectIndicators(plan, unitType, fields);
}

export function applicableByField(plan: Plan, unitType: UnitType): FieldCount[] {
  return countByField(plan, unitType);
}

/** Assessments in template row order; the template's own rows decide what applies. */
export function assessSnapshot(plan: Plan, snapshot: ReportSnapshot): Assessment[] {
  const inTemplate = new Set(snapshot.meta.indicatorIds);
  const all = assessReport(plan, snapshot.entries, (ind) => inTemplate.has(ind.id));
  const row = new Map(snapshot.meta.indicatorIds.map((id, i) => [id, i]));
  const at = (a: Assessment) => row.get(a.indicatorId) ?? Number.MAX_SAFE_INTEGER;
  return all.sort((a, b) => at(a) - at(b));
}

export function indicatorOf(plan: Plan, id: string): Indicator | undefined {
  return plan.indicators.find((i) => i.id === id);
}

/** A cell value as the sheet would show it to this person. */
export function showValue(value: CellValue, ind: Indicator | undefined, lang: Language): string {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "number") return ind ? formatValue(value, ind, lang) : String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

/** Last year's value as the sheet would show it, or null when the entry has none (issue #12 adds it). */
export function previousValue(entry: Entry, ind: Indicator | undefined, lang: Language): string | null {
  return entry.previous === undefined ? null : showValue(entry.previous, ind, lang);
}

export { isOpenReturn, localIsoNow, needsReview, showDateTime } from "../domain/review";

export function showTarget(ind: Indicator, lang: Language): string {
  return formatTarget(ind, lang);
}

export function summaryOf(plan: Plan, assessments: Assessment[]): Summary {
  return summarize(plan, assessments);
}

// The bundled example scheme; a cluster's own schemes join this list when the catalog offers them.
const SCHEMES: ScoringScheme[] = [ScoringSchemeSchema.parse(exampleScheme)];

export function scoringSchemes(): ScoringScheme[] {
  return SCHEMES;
}

export function scoreOf(schemeId: string, plan: Plan, assessments: Assessment[]): Score | null {
  const scheme = SCHEMES.find((s) => s.id === schemeId);
  return scheme ? scoreReport(scheme, plan, assessments) : null;
}

export const PANE_GENERATOR = GENERATORS.addin;

/** The sealed submission of the report as the pane assessed it, scored under the chosen scheme. */
export function sealSnapshot(
  plan: Plan,
  snapshot: ReportSnapshot,
  assessments: Assessment[],
  schemeId: string,
): Promise<Submission> {
  return sealReport({
    plan,
    unit: snapshot.meta.unit,
    entries: snapshot.entries,
    assessments,
    // No choice yet: the first scheme, as Summary shows it.
    scheme: schemeId ? (SCHEMES.find((s) => s.id === schemeId) ?? null) : (SCHEMES[0] ?? null),
    generator: PANE_GENERATOR,
  });
}
