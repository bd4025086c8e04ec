// How a value of each type is shown in every workbook we write: the template's value cells and the
// consolidated matrix. Excel format codes; the vi-VN or English separators come from the reader's
// Excel, not from the code.
import type { ValueType } from "../domain/plan";

export const NUMBER_FORMATS: Record<ValueType, string> = {
  percent: "0.0%",
  rate: "0.0%",
  number: "#,##0.##########",
  integer: "#,##0",
  rank: "0",
  date: "dd/mm/yyyy",
  // Yes/no answers are text or TRUE/FALSE.
  done: "General",
};

/**
 * The value's format followed by a label, e.g. `0.0%" · Đạt"`: the consolidated matrix shows each
 * unit's status beside its value this way. A yes/no answer is text, which only "@" formats.
 */
export function labelledFormat(type: ValueType, label: string): string {
  const base = type === "done" ? "@" : NUMBER_FORMATS[type];
  return `${base}" · ${label.replace(/"/g, "")}"`;
}
