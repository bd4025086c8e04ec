// How many indicators a unit type has per field, and whether a field selection is valid: what the
// Setup form and `template --fields` show before a template is made. Which indicators a report
// covers is decided in coverage.ts.
import type { Plan, Text, UnitType } from "./plan";
import { selectIndicators } from "./coverage";

export { selectIndicators };

export interface FieldCount {
  field: string;
  name: Text;
  count: number;
}

/**
 * How many indicators apply per field, in plan order, for the pane to show before inserting.
 * Fields with no indicator for this unit type are listed with 0, so the pane can grey them out
 * instead of leaving the user to wonder where a field went.
 */
export function countByField(plan: Plan, unitType: UnitType, fields?: readonly string[]): FieldCount[] {
  const wanted = fields === undefined ? undefined : new Set(fields);
  const counts = new Map<string, number>();
  for (const ind of selectIndicators(plan, unitType, fields))
    counts.set(ind.field, (counts.get(ind.field) ?? 0) + 1);
  return plan.fields
    .filter((f) => wanted === undefined || wanted.has(f.id))
    .map((f) => ({ field: f.id, name: f.name, count: counts.get(f.id) ?? 0 }));
}

/** Problems with a field selection, as messages a user can read; empty when the selection is fine. */
export function validateFieldSelection(plan: Plan, fields: readonly string[]): Text[] {
  if (fields.length === 0)
    return [
      {
        vi: "Chưa chọn lĩnh vực nào: hãy chọn ít nhất một lĩnh vực.",
        en: "No field is selected: choose at least one field.",
      },
    ];
  const known = new Set(plan.fields.map((f) => f.id));
  const list = plan.fields.map((f) => f.id).join(", ");
  return [...new Set(fields)]
    .filter((id) => !known.has(id))
    .map((id) => ({
      vi: `Lĩnh vực "${id}" không có trong kế hoạch ${plan.id}. Các lĩnh vực hợp lệ: ${list}.`,
      en: `Field "${id}" is not in plan ${plan.id}. Valid fields: ${list}.`,
    }));
}
