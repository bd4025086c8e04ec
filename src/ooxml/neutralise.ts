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

// Characters an XML 1.0 document cannot hold (and so no cell can): C0 controls other than tab, LF
// and CR, U+FFFE/U+FFFF, and halves of surrogate pairs standing alone.
/* eslint-disable no-control-regex -- these are the control characters to remove */
const NOT_IN_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Every character NOT_IN_XML can match, surrogates paired or not: most texts have none. */
const MAYBE_NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
/* eslint-enable no-control-regex */

/** Text as a cell can store it; the sealed JSON keeps the original, readers compare through this. */
export function cellSafe(text: string): string {
  // One character class is a quick scan; the lookarounds are run only on text that may need them.
  return MAYBE_NOT_IN_XML.test(text) ? text.replace(NOT_IN_XML, "") : text;
}

/**
 * OOXML reads "_xHHHH_" in a string as the character U+HHHH, so text that contains such a sequence
 * literally must write its underscore as "_x005F_" (ExcelJS does not). Readers decode as Excel does.
 */
export function escapeUnderscoreHex(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_");
}
