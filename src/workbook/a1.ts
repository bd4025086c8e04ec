// A1 addresses: the only coordinate arithmetic the rooms share.

/** Column number (1-based) to letters: 1 → A, 27 → AA. */
export function colLetter(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters to column number: A → 1, AA → 27. */
export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

export interface RangeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Parses "B10:B42", "$B$10:$B$42", "'Tự đánh giá'!$B$10:$B$42" or "B10" into a box and the sheet
 * name if given. Returns null for anything else (a name pointing at #REF!, a whole column, ...).
 */
export function parseRange(ref: string): { sheet: string | null; box: RangeBox } | null {
  const m =
    /^(?:(?:'((?:[^']|'')+)'|([^'!:]+))!)?\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/i.exec(
      ref.trim(),
    );
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
  const c1 = colNumber(m[3]!);
  const r1 = Number(m[4]);
  const c2 = m[5] ? colNumber(m[5]) : c1;
  const r2 = m[6] ? Number(m[6]) : r1;
  return {
    sheet,
    box: { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) },
  };
}

/** A sheet name quoted for a reference: 'Tự đánh giá'!$B$10:$B$42. */
export function sheetRef(sheet: string, range: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${range}`;
}

/**
 * The formula as filling it down by `rows` rows leaves it (Excel's fill, Range.copyFrom): relative
 * row references move ("G12" becomes "G13" one row down), absolute rows ("$N$12") stay. Text inside
 * "..." or '...' and names that merely look like references (LOG10( or SA_IDS) are left alone.
 */
export function shiftRows(formula: string, rows: number): string {
  return formula.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'|[A-Za-z0-9_.$]+\(?/g, (token) => {
    if (token.startsWith('"') || token.startsWith("'")) return token;
    const m = /^(\$?[A-Za-z]{1,3})(\$?)(\d{1,7})$/.exec(token);
    if (!m || m[2] === "$") return token;
    return `${m[1]}${Number(m[3]) + rows}`;
  });
}

/**
 * The formula moved `rows` rows down (up when negative), as a fill moves it: relative row
 * references shift, absolute ones ($12) and text stay. The same tokens rowShape reads.
 */
export function moveRows(formula: string, rows: number): string {
  if (rows === 0) return formula;
  return formula.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'|[A-Za-z0-9_.$]+\(?/g, (token) => {
    if (token.startsWith('"') || token.startsWith("'")) return token;
    const m = /^(\$?[A-Za-z]{1,3})(\$?)(\d{1,7})$/.exec(token);
    if (!m || m[2] === "$") return token;
    return `${m[1]}${Number(m[3]) + rows}`;
  });
}
