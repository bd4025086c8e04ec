// Unit types as the plan declares them. The code knows no unit type by name: names, code rules and
// clusters are the plan's data (schema v2); what a unit's code must look like is in unit-code.ts.
import type { Plan, Text, UnitTypeDef } from "./plan";

/** The plan's definition of a unit type, or undefined when the plan does not declare that id. */
export function unitTypeOf(plan: Plan, id: string): UnitTypeDef | undefined {
  return plan.unitTypes.find((u) => u.id === id);
}

/** The unit type's name as the plan gives it; the bare id when the plan does not declare it. */
export function unitTypeName(plan: Plan, id: string): Text {
  return unitTypeOf(plan, id)?.name ?? { vi: id, en: id };
}

/** "a, b, c": the plan's unit type ids, for messages that list the valid choices. */
export function unitTypeIds(plan: Plan): string {
  return plan.unitTypes.map((u) => u.id).join(", ");
}

/** Null when the unit type is one of the plan's; otherwise a message naming the valid ones. */
export function unitTypeProblem(plan: Plan, id: string): Text | null {
  if (unitTypeOf(plan, id)) return null;
  return {
    vi: `Loại đơn vị "${id}" không có trong kế hoạch ${plan.id}. Chọn một trong: ${unitTypeIds(plan)}.`,
    en: `Unit type "${id}" is not in plan ${plan.id}. Choose one of: ${unitTypeIds(plan)}.`,
  };
}
