// A block of cells as Excel and LibreOffice put it on the clipboard as plain text: fields separated
// by tabs, rows ended by CRLF (LF and CR alone are read too), and a field that holds a tab, a line
// break or starts with a quote written between quotes, with inner quotes doubled. Pure.

/**
 * The rows of a clipboard text. A final line break ends the last row (it does not start an empty
 * one); empty text is no rows. A quote that is never closed is kept as text, as Excel keeps it.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  // Whether anything of the current row has been read (so "a\t" at the end still makes a row).
  let open = false;
  while (i < text.length) {
    open = true;
    let field: string;
    if (text[i] === '"') {
      const quoted = readQuoted(text, i);
      if (quoted) {
        field = quoted.value;
        i = quoted.end;
        // Text after the closing quote, up to the separator, is kept as it stands.
        const rest = nextSeparator(text, i);
        field += text.slice(i, rest);
        i = rest;
      } else {
        const end = nextSeparator(text, i);
        field = text.slice(i, end);
        i = end;
      }
    } else {
      const end = nextSeparator(text, i);
      field = text.slice(i, end);
      i = end;
    }
    row.push(field);
    if (i >= text.length) break;
    const sep = text[i];
    if (sep === "\t") {
      i++;
      // A tab at the very end still ends a field: the row has one more, empty field.
      if (i >= text.length) row.push("");
      continue;
    }
    // A line break: CRLF, LF or CR.
    i += sep === "\r" && text[i + 1] === "\n" ? 2 : 1;
    rows.push(row);
    row = [];
    open = false;
  }
  if (open) rows.push(row);
  return rows;
}

/** The text that puts `rows` on the clipboard as Excel does (CRLF after every row). */
export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(quoteIfNeeded).join("\t") + "\r\n").join("");
}

function quoteIfNeeded(field: string): string {
  return /[\t\r\n]/.test(field) || field.startsWith('"') ? `"${field.replace(/"/g, '""')}"` : field;
}

function nextSeparator(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const ch = text[j];
    if (ch === "\t" || ch === "\n" || ch === "\r") return j;
  }
  return text.length;
}

/** A field between quotes starting at `start`, or null when the quote is never closed. */
function readQuoted(text: string, start: number): { value: string; end: number } | null {
  let value = "";
  let j = start + 1;
  while (j < text.length) {
    const close = text.indexOf('"', j);
    if (close < 0) return null;
    value += text.slice(j, close);
    if (text[close + 1] === '"') {
      value += '"';
      j = close + 2;
    } else return { value, end: close + 1 };
  }
  return null;
}

/** Rows padded to the widest, so the block is a rectangle (a short row's missing fields are empty). */
export function rectangular(rows: readonly (readonly string[])[]): string[][] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
}
