// Cell values across the Office boundary. Reading: Office gives numbers, strings, booleans, "" for
// empty and an error's text ("#DIV/0!") with valueType "Error". Writing: Office reads a string the
// way Excel reads typing ("=x" becomes a formula, "-x" too, "80%" a number), so text is written with
// a leading apostrophe, which Excel keeps as "this is text" and does not show. In a cell formatted
// "@" (Text) the format already keeps text verbatim, so there the string goes as it is, unless it
// starts with an apostrophe itself (the prefix character in any format: docs/excel.md, first hour).
import type { CellErrorCode, CellValue } from "../domain/entry";
import { CELL_ERROR_CODES } from "../domain/entry";
import { isCellError } from "../domain/entry";

export const TEXT_FORMAT = "@";

const ERRORS = new Set<string>(CELL_ERROR_CODES);

export function toCellValue(value: unknown, valueType: string | undefined): CellValue {
  if (valueType === "Empty" || value === "" || value === null || value === undefined) return null;
  if (valueType === "Error") {
    const code = String(value);
    return { error: (ERRORS.has(code) ? code : "#VALUE!") as CellErrorCode };
  }
  if (typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** What to put in a `formulas`/`values` array so the cell ends up holding exactly this value. */
export function toInput(
  value: CellValue | undefined,
  numberFormat: string | undefined,
): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "boolean") return value;
  if (isCellError(value)) return value.error;
  if (value === "") return "";
  // A leading apostrophe is Excel's prefix character even in a Text cell: it is doubled there.
  return numberFormat === TEXT_FORMAT && !value.startsWith("'") ? value : "'" + value;
}
