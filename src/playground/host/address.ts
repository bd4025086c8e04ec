// A1 addresses as Excel writes them: columns A..XFD, rows 1..1048576, an optional sheet prefix
// that is quoted when the name is not a plain word ('Báo cáo'!A1).

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** Zero-based, inclusive bounds of a rectangular range. */
export interface Bounds {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** Splits "'My sheet'!A1:B2" into the sheet name (unquoted) and the range part. */
export function splitSheet(address: string): { sheet: string | null; ref: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, ref: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2)
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: address.slice(bang + 1) };
}

/** Parses the range part of an address; null when it is not a valid A1 reference. */
export function parseRef(ref: string): Bounds | null {
  const parts = ref.trim().split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const a = parts[0]!;
  const b = parts[1] ?? a;
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const bounds = {
      r0: Number(ca[2]) - 1,
      c0: columnIndex(ca[1]!),
      r1: Number(cb[2]) - 1,
      c1: columnIndex(cb[1]!),
    };
    return normalise(bounds);
  }
  if (parts.length === 2) {
    const colA = COLUMN.exec(a);
    const colB = COLUMN.exec(b);
    if (colA && colB)
      return normalise({ r0: 0, r1: MAX_ROWS - 1, c0: columnIndex(colA[1]!), c1: columnIndex(colB[1]!) });
    const rowA = ROW.exec(a);
    const rowB = ROW.exec(b);
    if (rowA && rowB)
      return normalise({ r0: Number(rowA[1]) - 1, r1: Number(rowB[1]) - 1, c0: 0, c1: MAX_COLUMNS - 1 });
  }
  return null;
}

function normalise(b: Bounds): Bounds | null {
  const out = {
    r0: Math.min(b.r0, b.r1),
    r1: Math.max(b.r0, b.r1),
    c0: Math.min(b.c0, b.c1),
    c1: Math.max(b.c0, b.c1),
  };
  if (out.r0 < 0 || out.c0 < 0 || out.r1 >= MAX_ROWS || out.c1 >= MAX_COLUMNS) return null;
  return out;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "G10", "G10:H12", and as Excel writes them whole columns ("G:G") and whole rows ("5:5"). */
export function refOf(b: Bounds): string {
  if (b.r0 === 0 && b.r1 === MAX_ROWS - 1) return `${columnLetters(b.c0)}:${columnLetters(b.c1)}`;
  if (b.c0 === 0 && b.c1 === MAX_COLUMNS - 1) return `${b.r0 + 1}:${b.r1 + 1}`;
  const a = cellAddress(b.r0, b.c0);
  return b.r0 === b.r1 && b.c0 === b.c1 ? a : `${a}:${cellAddress(b.r1, b.c1)}`;
}

/** Quotes a sheet name the way Excel does in addresses and formulas. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !CELL.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function fullAddress(sheet: string, b: Bounds): string {
  return `${quoteSheet(sheet)}!${refOf(b)}`;
}

export function rows(b: Bounds): number {
  return b.r1 - b.r0 + 1;
}

export function columns(b: Bounds): number {
  return b.c1 - b.c0 + 1;
}

export function contains(outer: Bounds, r: number, c: number): boolean {
  return r >= outer.r0 && r <= outer.r1 && c >= outer.c0 && c <= outer.c1;
}

export function intersects(a: Bounds, b: Bounds): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function absoluteRef(b: Bounds): string {
  const cell = (r: number, c: number) => `$${columnLetters(c)}$${r + 1}`;
  return b.r0 === b.r1 && b.c0 === b.c1 ? cell(b.r0, b.c0) : `${cell(b.r0, b.c0)}:${cell(b.r1, b.c1)}`;
}
