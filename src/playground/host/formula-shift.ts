// Moves a formula's relative references the way Excel does when a formula is copied or filled:
// A1 becomes A2 one row down, $A$1 stays. Text inside "..." is left alone, and so are function
// names and defined names that merely look like references (LOG10( or SA_IDS).
import { columnIndex, columnLetters, MAX_COLUMNS, MAX_ROWS } from "./address";

const REF = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/y;

export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"') {
      const end = closingQuote(formula, i, '"');
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch === "'") {
      // A quoted sheet name: copy it, then the reference after "!" is handled on the next turn.
      const end = closingQuote(formula, i, "'");
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const prev = i > 0 ? formula[i - 1]! : "";
    if (!/[A-Za-z0-9_.]/.test(prev)) {
      REF.lastIndex = i;
      const m = REF.exec(formula);
      if (m) {
        const next = formula[REF.lastIndex] ?? "";
        if (!/[A-Za-z0-9_.(!]/.test(next)) {
          out += moved(m, dRow, dCol);
          i = REF.lastIndex;
          continue;
        }
      }
    }
    // Copy one identifier-ish run at once so "SA_IDS1" is not split into "SA_" + "IDS1".
    if (/[A-Za-z0-9_.]/.test(ch)) {
      let j = i;
      while (j < formula.length && /[A-Za-z0-9_.]/.test(formula[j]!)) j++;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function closingQuote(s: string, start: number, q: string): number {
  let j = start + 1;
  while (j < s.length) {
    if (s[j] === q) {
      if (s[j + 1] === q) {
        j += 2;
        continue;
      }
      return j + 1;
    }
    j++;
  }
  return s.length;
}

function moved(m: RegExpExecArray, dRow: number, dCol: number): string {
  const [, colAbs, letters, rowAbs, digits] = m;
  let col = columnIndex(letters!);
  let row = Number(digits) - 1;
  if (!colAbs) col += dCol;
  if (!rowAbs) row += dRow;
  if (col < 0 || row < 0 || col >= MAX_COLUMNS || row >= MAX_ROWS) return "#REF!";
  return `${colAbs}${columnLetters(col)}${rowAbs}${row + 1}`;
}
