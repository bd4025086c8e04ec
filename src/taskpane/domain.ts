// The one place the pane calls into src/domain and src/catalog, in the pane's own terms, so the views
// stay small and a change of a domain signature touches one file.
import type { Assessment, CellValue } from "../domain/entry";
import { STATUSES, isCellError, type Status } from "../domain/entry";
import type { Indicator, Plan, Text, UnitType } from "../domain/plan";
import { UNIT_TYPES } from "../domain/plan";
import { formatTarget, formatValue } from "../domain/format";
import { assessReport } from "../domain/assess";
import type { Language, ReportSnapshot } from "../workbook/port";

export function planList(): Plan[] {
  return [];
}

export function planById(_id: string): Plan | null {
  return null;
}

export function unitTypes(): { id: UnitType; label: Text }[] {
  return UNIT_TYPES.map((id) => ({ id, label: { vi: id, en: id } }));
}

/** A sentence saying what is wrong with the code for this unit type, or null when it is fine. */
export function unitCodeProblem(_code: string, _unitType: UnitType): Text | null {
  return null;
}

export function applicableIndicators(plan: Plan, unitType: UnitType, fields?: string[]): Indicator[] {
  return plan.indicators.filter(
    (i) => i.appliesTo.includes(unitType) && (!fields || fields.includes(i.field)),
  );
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

export function showTarget(ind: Indicator, lang: Language): string {
  return formatTarget(ind, lang);
}

export interface FieldProgress {
  fieldId: string;
  name: Text;
  total: number;
  met: number;
  /** Share of the field's indicators met or exceeded, 0..1. */
  ratio: number;
}

export interface PaneSummary {
  fields: FieldProgress[];
  byStatus: Record<Status, number>;
  errors: number;
  warnings: number;
}

export function summaryOf(plan: Plan, assessments: Assessment[]): PaneSummary {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  let errors = 0;
  let warnings = 0;
  for (const a of assessments) {
    byStatus[a.status]++;
    for (const i of a.issues)
      if (i.severity === "error") errors++;
      else warnings++;
  }
  const fields = plan.fields
    .map((f) => {
      const mine = assessments.filter((a) => indicatorOf(plan, a.indicatorId)?.field === f.id);
      const met = mine.filter((a) => a.status === "met" || a.status === "exceeded").length;
      return {
        fieldId: f.id,
        name: f.name,
        total: mine.length,
        met,
        ratio: mine.length ? met / mine.length : 0,
      };
    })
    .filter((f) => f.total > 0);
  return { fields, byStatus, errors, warnings };
}

export interface SchemeChoice {
  id: string;
  name: Text;
}

export interface PaneScore {
  score: number;
  max: number;
  band: Text | null;
}

export function scoringSchemes(): SchemeChoice[] {
  return [];
}

export function scoreOf(_schemeId: string, _plan: Plan, _assessments: Assessment[]): PaneScore | null {
  return null;
}
