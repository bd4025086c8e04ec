// What a report must answer: the one rule the template, the pane's check, the CLI's export, the
// ministry's check and consolidate all use (issue #12 item 7). A report covers the plan's
// indicators that name the unit's type, narrowed to the fields the unit chose. The choice of fields
// is recorded in the template's metadata and sealed into the submission, so the ministry judges the
// same rows the pane did; a file that records no choice covers every field (older files, and every
// full report). Plan order is kept so the template reads like the plan.
//
// Unknown field ids are not an exception here: the pane and the CLI call validateFieldSelection
// first and show its messages; the rule ignores ids the plan does not have, so a stale selection
// saved with an older plan version still yields the indicators that exist.
import type { Indicator, Plan, UnitType } from "./plan";

/** Who reports and what they chose to report on. */
export interface Coverage {
  unitType: UnitType;
  /** The fields chosen, in plan order; absent when the report covers every field. */
  fields?: readonly string[] | undefined;
}

/** The indicators a report of this coverage must answer, in plan order. */
export function coveredIndicators(plan: Plan, coverage: Coverage): Indicator[] {
  const wanted = coverage.fields === undefined ? undefined : new Set(coverage.fields);
  return plan.indicators.filter(
    (ind) => ind.appliesTo.includes(coverage.unitType) && (wanted === undefined || wanted.has(ind.field)),
  );
}

/** The same rule as a test on one indicator (for assessReport). */
export function coversIndicator(plan: Plan, coverage: Coverage): (ind: Indicator) => boolean {
  const ids = new Set(coveredIndicators(plan, coverage).map((i) => i.id));
  return (ind) => ids.has(ind.id);
}

/**
 * The field choice as it is recorded: the chosen fields that hold an indicator of the unit type,
 * in plan order, or undefined when that is every such field (a full report records no choice).
 */
export function recordedFields(
  plan: Plan,
  unitType: UnitType,
  fields: readonly string[] | undefined,
): string[] | undefined {
  if (fields === undefined) return undefined;
  const chosen = new Set(fields);
  const held = plan.fields
    .map((f) => f.id)
    .filter((f) => plan.indicators.some((i) => i.field === f && i.appliesTo.includes(unitType)));
  const kept = held.filter((f) => chosen.has(f));
  return kept.length === held.length ? undefined : kept;
}

/** Indicators of a unit type, optionally narrowed to fields: coveredIndicators in the older words. */
export function selectIndicators(plan: Plan, unitType: UnitType, fields?: readonly string[]): Indicator[] {
  return coveredIndicators(plan, { unitType, fields });
}
