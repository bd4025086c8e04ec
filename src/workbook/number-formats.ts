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
 * Whole numbers of a decimal type are shown with this format: under "#,##0.##########" Excel shows
 * 1000 as "1.000," in vi-VN (and 27 as "27."), with the decimal separator and no decimals after it
 * (LibreOffice drops the separator; Excel does not). The template applies it with a conditional
 * format while a value is whole (marks.ts); a workbook written with its values picks it per value.
 */
export const WHOLE_NUMBER_FORMAT = "#,##0";

/** The format of one known value: a whole number of a decimal type without the trailing separator. */
export function valueFormat(type: ValueType, value: unknown): string {
  if (type === "number" && typeof value === "number" && Number.isInteger(value)) return WHOLE_NUMBER_FORMAT;
  return NUMBER_FORMATS[type];
}

/**
 * The value's format followed by a label, e.g. `0.0%" · Đạt"`: the consolidated matrix shows each
 * unit's status beside its value this way. A yes/no answer is text, which only "@" formats. With the
 * value, a whole number of a decimal type gets WHOLE_NUMBER_FORMAT.
 */
export function labelledFormat(type: ValueType, label: string, value?: unknown): string {
  const base = type === "done" ? "@" : valueFormat(type, value);
  return `${base}" · ${label.replace(/"/g, "")}"`;
}
