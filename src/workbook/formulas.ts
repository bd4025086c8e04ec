// The status and completion formulas of a template row: DECISIONS D1 written in Excel, rule for
// rule, so the sheet says what src/domain/assess.ts says without the add-in. Target numbers and
// hard bounds are embedded as literals: the sheet's target text is for people; an edited target
// text changes nothing, and the ministry recomputes from its own plan anyway.
//
// Formulas use English function names, comma separators and A1 references without a leading "=",
// the form both ExcelJS (file) and Office.js (range.formulas after adding "=") accept.
import type { Indicator } from "../domain/plan";
import type { Status } from "../domain/entry";
import { hardBounds } from "../domain/bounds";
import { isoToSerial } from "../domain/excel-date";
import { TOLERANCE } from "../domain/assess";
import { DONE_TOKENS, NOT_APPLICABLE_TOKENS, NOT_DONE_TOKENS, STATUS_LABELS } from "../domain/status-labels";
import type { Language } from "./port";

/** An Excel string literal. */
export function xlString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * An Excel number literal that round-trips the double: JS's shortest digits, written out in plain
 * decimal because not every engine reads exponents in formulas (HyperFormula does not), and
 * parenthesised when negative so it can follow a comparison operator anywhere.
 */
export function xlNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  const plain = plainDecimal(Math.abs(n));
  return n < 0 ? `(-${plain})` : plain;
}

function plainDecimal(abs: number): string {
  const s = String(abs);
  const m = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const digits = m[1]! + (m[2] ?? "");
  const point = m[1]!.length + Number(m[3]);
  if (point <= 0) return `0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + "0".repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * The text of a value cell as the token comparison sees it: Excel's TRIM (ordinary spaces only,
 * inner runs folded), exactly what tokenKey in src/domain/parse.ts does.
 */
function cleaned(v: string): string {
  return `TRIM(${v})`;
}

function anyOf(t: string, tokens: readonly string[]): string {
  // Excel's "=" on text ignores case and respects accents (DECISIONS D1).
  return `OR(${tokens.map((k) => `${t}=${xlString(k)}`).join(",")})`;
}

function label(lang: Language, s: Status): string {
  return xlString(STATUS_LABELS[lang][s]);
}

/** Invalid when outside the hard bounds (DECISIONS D1 rule 6), as an Excel condition on v. */
function outOfBounds(ind: Indicator, v: string): string | null {
  const b = hardBounds(ind);
  const parts: string[] = [];
  if (b.min !== undefined) parts.push(`${v}<${xlNumber(b.min)}`);
  if (b.max !== undefined) parts.push(`${v}>${xlNumber(b.max)}`);
  if (b.whole) parts.push(`${v}<>INT(${v})`);
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : `OR(${parts.join(",")})`;
}

/**
 * "x = v" within the assessment's tolerance (TOLERANCE * max(1, |v|), src/domain/assess.ts): the
 * edges of "met" move out by it. The edge is computed here, in the same double arithmetic as the
 * assessment, and embedded as one literal (0.8 becomes 0.7999999992).
 */
function below(v: string, edge: number): string {
  return `${v}<${xlNumber(edge - tolerance(edge))}`;
}
function above(v: string, edge: number): string {
  return `${v}>${xlNumber(edge + tolerance(edge))}`;
}
function tolerance(edge: number): number {
  return TOLERANCE * Math.max(1, Math.abs(edge));
}

/** The comparison with the target of a number already known valid (rule 7). */
function versusTarget(ind: Indicator, v: string, lang: Language): string {
  const L = (s: Status) => label(lang, s);
  const t = ind.target;
  const shortMetExceeded = (lo: number, hi: number) =>
    `IF(${below(v, lo)},${L("shortfall")},IF(${above(v, hi)},${L("exceeded")},${L("met")}))`;
  const shortMetExceededLowerBetter = (lo: number, hi: number) =>
    `IF(${above(v, hi)},${L("shortfall")},IF(${below(v, lo)},${L("exceeded")},${L("met")}))`;
  switch (t.kind) {
    case "atLeast":
      return shortMetExceeded(t.value, t.value);
    case "range":
      return shortMetExceeded(t.low, t.high);
    case "moreThan":
      return `IF(${above(v, t.value)},${L("met")},${L("shortfall")})`;
    case "atMost":
      return shortMetExceededLowerBetter(t.value, t.value);
    case "rank":
      return shortMetExceededLowerBetter(t.best, t.worst);
    case "milestone":
      return `IF(${above(v, isoToSerial(t.by))},${L("shortfall")},${L("met")})`;
    case "done":
      return L("invalid");
  }
}

/** The status formula of the row whose value cell is at `v` (e.g. "G12"). */
export function statusFormula(ind: Indicator, v: string, lang: Language): string {
  const L = (s: Status) => label(lang, s);
  const t = cleaned(v);
  const head = `IF(ISERROR(${v}),${L("invalid")},IF(${t}="",${L("missing")},IF(${anyOf(t, NOT_APPLICABLE_TOKENS)},${L("not-applicable")},`;
  if (ind.target.kind === "done") {
    const body =
      `IF(ISLOGICAL(${v}),IF(${v},${L("met")},${L("shortfall")}),` +
      `IF(${anyOf(t, DONE_TOKENS)},${L("met")},IF(${anyOf(t, NOT_DONE_TOKENS)},${L("shortfall")},${L("invalid")})))`;
    return `${head}${body})))`;
  }
  const bounds = outOfBounds(ind, v);
  const numeric = bounds
    ? `IF(${bounds},${L("invalid")},${versusTarget(ind, v, lang)})`
    : versusTarget(ind, v, lang);
  // ISLOGICAL first: LibreOffice stores TRUE/FALSE as numbers, so ISNUMBER says yes there; ISLOGICAL
  // still catches a boolean Calc formats as one (typed in Calc). A boolean imported into a cell with
  // a number format reads as 0/1 in Calc: a known difference, see docs/template.md.
  return `${head}IF(ISLOGICAL(${v}),${L("invalid")},IF(ISNUMBER(${v}),${numeric},${L("invalid")})))))`;
}

/**
 * What completion divides, per target kind (src/domain/assess.ts): actual/target, or target/actual
 * when lower is better; a milestone or a yes/no completes 1 when met, 0 when not.
 */
export function completionTerms(
  ind: Indicator,
): { kind: "ratio"; target: number; lowerIsBetter: boolean } | { kind: "binary" } {
  const t = ind.target;
  switch (t.kind) {
    case "atLeast":
    case "moreThan":
      return { kind: "ratio", target: t.value, lowerIsBetter: false };
    case "range":
      return { kind: "ratio", target: t.low, lowerIsBetter: false };
    case "atMost":
      return { kind: "ratio", target: t.value, lowerIsBetter: true };
    case "rank":
      return { kind: "ratio", target: t.worst, lowerIsBetter: true };
    case "milestone":
    case "done":
      return { kind: "binary" };
  }
}

/**
 * The completion formula: a number only when the status compared the value with the target, else
 * empty text (the assessment's null). `status` is the row's status cell, `v` its value cell.
 */
export function completionFormula(ind: Indicator, v: string, status: string, lang: Language): string {
  const terms = completionTerms(ind);
  const L = (s: Status) => label(lang, s);
  const reached = `OR(${status}=${L("met")},${status}=${L("exceeded")})`;
  if (terms.kind === "binary") return `IF(${reached},1,IF(${status}=${L("shortfall")},0,""))`;
  const compared = `OR(${status}=${L("met")},${status}=${L("exceeded")},${status}=${L("shortfall")})`;
  const target = xlNumber(terms.target);
  // A ratio that would divide by zero is null in the assessment, empty here.
  if (terms.lowerIsBetter) return `IF(${compared},IF(${v}<>0,${target}/${v},""),"")`;
  if (terms.target === 0) return `""`;
  return `IF(${compared},${v}/${target},"")`;
}

/**
 * Custom validation of a numeric value cell: a number within the hard bounds, or a not-applicable
 * token. Excel caps validation formulas at 255 characters, so text is only TRIMmed here; the
 * status formula stays the exact rule. Done indicators get a list instead (see layout).
 */
export function valueValidationFormula(ind: Indicator, v: string): string {
  const bounds = outOfBounds(ind, v);
  return `IF(ISNUMBER(${v}),${bounds ? `NOT(${bounds})` : "TRUE"},${anyOf(`TRIM(${v})`, NOT_APPLICABLE_TOKENS)})`;
}
