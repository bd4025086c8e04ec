// What a value cell can hold, read the way DECISIONS D1 says (steps 1-5), and the number parser
// that turns text such as "27.000", "1,9" or "80 %" into a suggested number.
import type { CellValue } from "./entry";
import { isCellError } from "./entry";
import type { Indicator } from "./plan";
import { DONE_TOKENS, NOT_APPLICABLE_TOKENS, NOT_DONE_TOKENS } from "./status-labels";
import { daySerial } from "./excel-date";
import { percentSlip } from "./bounds";

// Spaces people paste from Word and the web: no-break, narrow no-break, figure and thin spaces.
const ODD_SPACES = /[\u00A0\u202F\u2007\u2009]/g;
const PLAIN = /^\d+$/;
// Thousands groups never start with 0: "0.500" is a decimal, "1.500" is fifteen hundred.
const VI_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;
const EN_GROUPED = /^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/;
const SPACE_GROUPED = /^[1-9]\d{0,2}(?: \d{3})+(?:[.,]\d+)?$/;
const DECIMAL_COMMA = /^\d*,\d+$/;
const DECIMAL_DOT = /^\d*\.\d+$/;
const ALL_DOTS = /\./g;
const ALL_COMMAS = /,/g;
const ALL_SPACES = / /g;
// Long enough for every double formatNumber writes (5e-324 spelled out is 326 characters).
const MAX_NUMBER_TEXT = 500;

/** The digits of `s` as JavaScript reads numbers ("1234.5"), or null when `s` is no number we accept. */
function canonicalDigits(s: string): string | null {
  if (PLAIN.test(s)) return s;
  if (VI_GROUPED.test(s)) return s.replace(ALL_DOTS, "").replace(",", ".");
  // A single comma with no dot is a decimal comma (vi-VN), so "27,000" is 27: see docs/domain.md.
  if (EN_GROUPED.test(s) && (s.indexOf(",") !== s.lastIndexOf(",") || s.includes(".")))
    return s.replace(ALL_COMMAS, "");
  if (SPACE_GROUPED.test(s)) return s.replace(ALL_SPACES, "").replace(",", ".");
  if (DECIMAL_COMMA.test(s)) return s.replace(",", ".");
  if (DECIMAL_DOT.test(s)) return s;
  return null;
}

/**
 * Reads a number written as text, in vi-VN or plain style. Never throws; null for anything else.
 * - "27.000" is 27000 and "1.234.567,5" is 1234567.5 (vi-VN: dot groups thousands, comma is decimal).
 * - "1,9" is 1.9; "95.5" is 95.5 (one dot not followed by exactly three digits is a decimal point).
 * - "1.900" is ambiguous; it is read the vi-VN way, as 1900.
 * - "1,234,567.5" and "1 234 567" are read as grouped numbers; a lone comma is always decimal.
 * - "80%" and "80 %" are 0.8; surrounding and no-break spaces are ignored; a leading - or + is a sign.
 */
export function parseNumberText(text: string): number | null {
  if (typeof text !== "string" || text.length > MAX_NUMBER_TEXT) return null;
  let s = text.replace(ODD_SPACES, " ").trim();
  let divisor = 1;
  if (s.endsWith("%")) {
    s = s.slice(0, -1).trimEnd();
    divisor = 100;
  }
  let sign = 1;
  const first = s.charAt(0);
  if (first === "-" || first === "\u2212") {
    sign = -1;
    s = s.slice(1);
  } else if (first === "+") {
    s = s.slice(1);
  }
  const digits = canonicalDigits(s);
  if (digits === null) return null;
  const n = (sign * Number(digits)) / divisor;
  if (!Number.isFinite(n)) return null;
  return n === 0 ? 0 : n;
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** Reads a date written as text ("31/12/2020", "2020-12-31") as an Excel serial, or null. */
export function parseDateText(text: string): number | null {
  if (typeof text !== "string" || text.length > 40) return null;
  const s = text.replace(ODD_SPACES, " ").trim();
  let m = DMY.exec(s);
  let serial = NaN;
  if (m) serial = daySerial(Number(m[3]), Number(m[2]), Number(m[1]));
  else if ((m = YMD.exec(s))) serial = daySerial(Number(m[1]), Number(m[2]), Number(m[3]));
  return Number.isNaN(serial) ? null : serial;
}

// Excel's TRIM: only the ordinary space is trimmed, and runs of it inside are collapsed to one.
// The template's formulas compare with TRIM, so the same text must give the same answer here.
const EDGE_SPACES = /^ +| +$/g;
const SPACE_RUNS = / {2,}/g;

/**
 * Text as Excel's `TRIM(LOWER(x))` sees it: case-insensitive, accent-sensitive (DECISIONS D1), and
 * composed (NFC), so a token typed decomposed (Unikey's "Unicode tổ hợp", src/domain/spellings.ts)
 * is the same token; the template's formulas list each spelling to say the same.
 */
export function tokenKey(text: string): string {
  return text.normalize("NFC").replace(EDGE_SPACES, "").replace(SPACE_RUNS, " ").toLowerCase();
}

type TokenMeaning = "notApplicable" | "done" | "notDone";
const TOKENS = new Map<string, TokenMeaning>();
for (const t of NOT_APPLICABLE_TOKENS) TOKENS.set(tokenKey(t), "notApplicable");
for (const t of DONE_TOKENS) TOKENS.set(tokenKey(t), "done");
for (const t of NOT_DONE_TOKENS) TOKENS.set(tokenKey(t), "notDone");

/** What a value cell holds, after DECISIONS D1 steps 1-5 (bounds and targets come later). */
export type CellReading =
  | { readonly kind: "empty" }
  | { readonly kind: "error"; readonly code: string }
  | { readonly kind: "notApplicable" }
  | { readonly kind: "done"; readonly done: boolean }
  | { readonly kind: "number"; readonly value: number }
  /** Text that reads as a number (or a date, on a date indicator): invalid, with a suggested fix. */
  | { readonly kind: "textNumber"; readonly text: string; readonly suggestion: number }
  /** Anything else the indicator cannot take; `shown` is how to quote it in a message. */
  | { readonly kind: "wrongType"; readonly shown: string };

const EMPTY: CellReading = Object.freeze({ kind: "empty" });
const NOT_APPLICABLE: CellReading = Object.freeze({ kind: "notApplicable" });
const DONE: CellReading = Object.freeze({ kind: "done", done: true });
const NOT_DONE: CellReading = Object.freeze({ kind: "done", done: false });

const MAX_SHOWN = 40;
/** Quotes what a person typed, cut short so one pasted page cannot flood a message. */
export function shownText(text: string): string {
  return text.length <= MAX_SHOWN ? text : text.slice(0, MAX_SHOWN - 1) + "…";
}

function suggestFromText(text: string, ind: Indicator): number | null {
  if (ind.valueType === "date") return parseDateText(text);
  const n = parseNumberText(text);
  if (n === null) return null;
  // "80" typed as text in a percent cell most likely meant 80%.
  if (!text.includes("%")) return percentSlip(ind, n) ?? n;
  return n;
}

/** Reads a cell for an indicator per DECISIONS D1 steps 1-5. Never throws, whatever it is given. */
export function readCell(value: CellValue, ind: Indicator): CellReading {
  if (value === null || value === undefined) return EMPTY;
  const isDone = ind.valueType === "done";
  if (typeof value === "number") {
    if (isDone) return { kind: "wrongType", shown: String(value) };
    return { kind: "number", value };
  }
  if (typeof value === "string") {
    const key = tokenKey(value);
    if (key === "") return EMPTY;
    const meaning = TOKENS.get(key);
    if (meaning === "notApplicable") return NOT_APPLICABLE;
    if (isDone) {
      if (meaning === "done") return DONE;
      if (meaning === "notDone") return NOT_DONE;
      return { kind: "wrongType", shown: shownText(value) };
    }
    const suggestion = suggestFromText(value, ind);
    if (suggestion !== null) return { kind: "textNumber", text: shownText(value), suggestion };
    return { kind: "wrongType", shown: shownText(value) };
  }
  if (typeof value === "boolean") {
    if (isDone) return value ? DONE : NOT_DONE;
    return { kind: "wrongType", shown: value ? "TRUE" : "FALSE" };
  }
  if (isCellError(value)) return { kind: "error", code: shownText(value.error) };
  return { kind: "wrongType", shown: typeof value };
}
