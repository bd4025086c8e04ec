// What the formula bar shows for a cell, the text a person would retype to get the same value.
// What a cell shows is the host's `text` (Office's Range.text), so the grid formats nothing itself.
import type { CellSnapshot } from "../host";

export function editText(cell: CellSnapshot | undefined): string {
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  if (typeof cell.value === "number" && /%|[dmy]/i.test(cell.numberFormat)) return cell.text;
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  return String(cell.value);
}
