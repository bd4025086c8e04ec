// What a cell shows and what the formula bar holds, in the culture of the computer the workbook is
// typed on (the host's typing culture: vi-VN shows 80,0% and 1.250, en-US 80.0% and 1,250). The
// host's shown text (Range.text) follows Excel's format language with en-US separators; here those
// separators become the culture's, so what the grid shows is what the same person would type back.
import type { CellSnapshot, Culture } from "../host";
import { displayText } from "../host/display";
import { isPercentFormat } from "../host/typing";

/** A date format (d, m or y outside quoted text): its separators are the format's own. */
function isDateFormat(numberFormat: string): boolean {
  return /[dmy]/i.test(numberFormat.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, ""));
}

/** The en-US separators of a formatted number as the culture writes them. */
export function localizeNumber(text: string, culture: Culture): string {
  if (culture.decimalSeparator === "." && culture.thousandsSeparator === ",") return text;
  return text.replace(/(?<=\d)[.,]/g, (ch) =>
    ch === "." ? culture.decimalSeparator : culture.thousandsSeparator,
  );
}

/** What the cell shows. */
export function shownText(cell: CellSnapshot | undefined, culture: Culture): string {
  if (!cell) return "";
  if (typeof cell.value !== "number" || (isDateFormat(cell.numberFormat) && cell.value >= 1))
    return cell.text;
  return localizeNumber(cell.text, culture);
}

/** What the formula bar shows: the formula, or what a person types to get the same value again. */
export function editText(cell: CellSnapshot | undefined, culture: Culture): string {
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  const v = cell.value;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v !== "number") return String(v);
  if (isDateFormat(cell.numberFormat) && v >= 1 && Number.isInteger(v))
    return displayText(v, culture.shortDate);
  // A percentage is typed with its sign, in full: 0.8125 in a 0.0% cell is 81,25%.
  if (isPercentFormat(cell.numberFormat)) return localizeNumber(plain(v * 100), culture) + "%";
  return localizeNumber(plain(v), culture);
}

/** A number without binary noise (15 significant digits, as Excel keeps) and without grouping. */
function plain(n: number): string {
  return String(Number(n.toPrecision(15)));
}
