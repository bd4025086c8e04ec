// Text from a stranger's file, written into our outputs, must never become a formula in whatever
// opens them next (a spreadsheet, or a CSV saved from it). OWASP "CSV injection": a cell that
// starts with =, +, -, @, tab, CR or LF is prefixed with an apostrophe. Pure: no Node APIs, so the
// browser-side export can use it too.

const TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r", "\n"]);

export function neutralise(text: string): string {
  return text.length > 0 && TRIGGERS.has(text[0]!) ? `'${text}` : text;
}

/** Undoes neutralise, for readers comparing a sheet with the JSON it was written from. */
export function unneutralise(text: string): string {
  return text.length > 1 && text[0] === "'" && TRIGGERS.has(text[1]!) ? text.slice(1) : text;
}
