// Text from a stranger's file, written into our outputs, must never become a formula in whatever
// opens them next (a spreadsheet, or a CSV saved from it). OWASP "CSV injection": a cell that
// starts with =, +, -, @, tab, CR or LF is prefixed with an apostrophe. Text that already starts
// with apostrophes before such a character gets one more, so unneutralise can undo it exactly.
// Pure: no Node APIs, so the browser-side export uses it too.

const RISKY = /^'*[=+\-@\t\r\n]/;

export function neutralise(text: string): string {
  return RISKY.test(text) ? `'${text}` : text;
}

/** Undoes neutralise, for readers comparing a sheet with the JSON it was written from. */
export function unneutralise(text: string): string {
  return text.startsWith("'") && RISKY.test(text) ? text.slice(1) : text;
}
