// What a WorksheetChanged event's address covers. Excel sends one range ("G10", "G10:H12"), a whole
// column or row ("G:G", "5:5", after a paste or a delete of whole columns or rows), or a list of
// areas ("G10,G15", a multi-area paste or clear); the sheet name may come first.
import { colNumber } from "../workbook/a1";

interface Area {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const ALL = Number.MAX_SAFE_INTEGER;
const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i;
const COLUMN = /^\$?([A-Z]{1,3})$/i;
const ROW = /^\$?(\d{1,7})$/;

/** One area of an address, 0-based and inclusive; null when it is not one Excel would send. */
function area(part: string): Area | null {
  const ref = part.trim().split("!").pop()!.trim();
  const [a, b = a] = ref.split(":");
  let m: RegExpExecArray | null;
  let n: RegExpExecArray | null;
  if ((m = CELL.exec(a!)) && (n = CELL.exec(b!))) {
    const rows = [Number(m[2]) - 1, Number(n[2]) - 1];
    const cols = [colNumber(m[1]!) - 1, colNumber(n[1]!) - 1];
    return {
      top: Math.min(...rows),
      bottom: Math.max(...rows),
      left: Math.min(...cols),
      right: Math.max(...cols),
    };
  }
  if ((m = COLUMN.exec(a!)) && (n = COLUMN.exec(b!))) {
    const cols = [colNumber(m[1]!) - 1, colNumber(n[1]!) - 1];
    return { top: 0, bottom: ALL, left: Math.min(...cols), right: Math.max(...cols) };
  }
  if ((m = ROW.exec(a!)) && (n = ROW.exec(b!))) {
    const rows = [Number(m[1]) - 1, Number(n[1]) - 1];
    return { top: Math.min(...rows), bottom: Math.max(...rows), left: 0, right: ALL };
  }
  return null;
}

/** Splits a list of areas at commas outside quoted sheet names. */
function parts(address: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out.filter((p) => p.trim() !== "");
}

/**
 * Whether a 0-based row was changed in any of the 0-based `columns`, by the areas of `address`;
 * null when no area touches those columns (or the address cannot be read).
 */
export function changedRows(address: string, columns: readonly number[]): ((row: number) => boolean) | null {
  const hit = parts(address)
    .map(area)
    .filter((a): a is Area => a !== null && columns.some((c) => c >= a.left && c <= a.right));
  if (hit.length === 0) return null;
  return (row) => hit.some((a) => row >= a.top && row <= a.bottom);
}
