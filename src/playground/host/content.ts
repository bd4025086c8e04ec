// What a cell holds, and how text written to it is interpreted. Office's `values` setter reads a
// string the way Excel reads typing: "=..." is a formula, "+x"/"-x" are formulas unless they are
// numbers, "80%" is 0.8, TRUE is a boolean, an ISO date is a date serial, and a leading apostrophe
// makes the rest text (in any format). A cell formatted "@" (Text) keeps the rest verbatim.
import type { CellErrorCode } from "../../domain/entry";
import { CELL_ERROR_CODES } from "../../domain/entry";

export type Content =
  | { t: "n"; v: number }
  | { t: "s"; v: string; quoted?: boolean }
  | { t: "b"; v: boolean }
  | { t: "e"; v: CellErrorCode }
  | { t: "f"; f: string };

export const TEXT_FORMAT = "@";

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Interpreted {
  content: Content | null;
  /** A number format Excel applies by itself to a General cell (typing 80% formats it 0%). */
  impliedFormat?: string;
}

/**
 * Interprets what the API writes to a cell (Range.values, Range.formulas): numbers in the invariant
 * style, ISO dates; locale-shaped dates stay text, as Office documents. Typing is another path,
 * read with the computer's regional settings: src/playground/host/typing.ts.
 */
export function interpret(input: unknown, numberFormat: string): Interpreted {
  if (input === null || input === undefined || input === "") return { content: null };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { content: { t: "e", v: "#NUM!" } };
    return { content: { t: "n", v: input } };
  }
  if (typeof input === "boolean") return { content: { t: "b", v: input } };
  if (typeof input !== "string") return { content: { t: "s", v: String(input) } };
  // The apostrophe is Excel's prefix character whatever the format (as in typing.ts).
  if (input.startsWith("'")) return { content: { t: "s", v: input.slice(1), quoted: true } };
  if (numberFormat === TEXT_FORMAT) return { content: { t: "s", v: input } };
  if (input.startsWith("=")) return { content: { t: "f", f: input } };
  const s = input.trim();
  if (NUMBER.test(s)) return { content: { t: "n", v: Number(s) } };
  if (GROUPED.test(s)) return { content: { t: "n", v: Number(s.replace(/,/g, "")) } };
  if (s.endsWith("%")) {
    const body = s.slice(0, -1).trim();
    if (NUMBER.test(body)) return { content: { t: "n", v: Number(body) / 100 }, impliedFormat: "0%" };
  }
  if (input.startsWith("+") || input.startsWith("-")) return { content: { t: "f", f: "=" + input } };
  const upper = s.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { content: { t: "b", v: upper === "TRUE" } };
  const err = CELL_ERROR_CODES.find((c) => c === upper);
  if (err) return { content: { t: "e", v: err } };
  const iso = ISO_DATE.exec(s);
  if (iso) {
    const serial = dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (serial !== null) return { content: { t: "n", v: serial }, impliedFormat: "yyyy-mm-dd" };
  }
  return { content: { t: "s", v: input } };
}

const DAY_MS = 86400000;
const EPOCH = Date.UTC(1899, 11, 30);

/** Excel's date serial (1900 system) for a calendar date, or null when the date does not exist. */
export function dateSerial(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  if (year < 1900) return null;
  return Math.round((ms - EPOCH) / DAY_MS);
}

export function serialToDate(serial: number): { y: number; m: number; d: number } {
  const dt = new Date(EPOCH + Math.floor(serial) * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** The content as HyperFormula reads it: text is always forced to stay text. */
export function toEngine(content: Content | null): string | number | boolean | null {
  if (content === null) return null;
  switch (content.t) {
    case "n":
    case "b":
      return content.v;
    case "s":
      return "'" + content.v;
    case "f":
      return content.f;
    case "e":
      return ERROR_FORMULAS[content.v] ?? "=NA()";
  }
}

// HyperFormula has no error literals; these formulas produce the same error value.
const ERROR_FORMULAS: Partial<Record<CellErrorCode, string>> = {
  "#N/A": "=NA()",
  "#DIV/0!": "=1/0",
  "#VALUE!": '="a"+1',
  "#NUM!": "=SQRT(-1)",
  "#NAME?": "=HOST_UNKNOWN_NAME()",
  "#REF!": "=INDEX(A1:A1,2)",
};
