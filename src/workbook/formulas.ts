// The status and completion formulas of a template row: DECISIONS D1 written in Excel, rule for
// rule, so the sheet says what src/domain/assess.ts says without the add-in. Target numbers and
// hard bounds are in the row's hidden, locked parameter cells (targetParams, DECISIONS D9), so the
// formulas are one shape per column: the sheet's target text is for people; an edited target text
// changes nothing, and the ministry recomputes from its own plan anyway.
//
// Formulas use English function names, comma separators and A1 references without a leading "=",
// the form both ExcelJS (file) and Office.js (range.formulas after adding "=") accept.
import type { Indicator } from "../domain/plan";
import type { Status } from "../domain/entry";
import { hardBounds } from "../domain/bounds";
import { spellings } from "../domain/spellings";
import { isNotDue, SHORTFALL_COMPLETION_MAX, targetRule, type TargetShape } from "../domain/target";
import { judgeOf, type Judge } from "../domain/whose-target";
import { typedIndicator } from "../domain/growth";
import { DONE_TOKENS, NOT_APPLICABLE_TOKENS, NOT_DONE_TOKENS, statusLabels } from "../domain/status-labels";
import type { DocumentKind } from "../domain/registration";
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
  // Excel's "=" on text ignores case and respects accents (DECISIONS D1), and tells a composed
  // letter from a decomposed one: each spelling of a token is listed (src/domain/spellings.ts).
  return `OR(${tokens
    .flatMap(spellings)
    .map((k) => `${t}=${xlString(k)}`)
    .join(",")})`;
}

/** The words a formula writes for each status: the template's language and document (D42). */
type Words = Record<Status, string>;

function label(w: Words, s: Status): string {
  return xlString(w[s]);
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

/** The parameter columns of a table row, in column order (DECISIONS D9). */
export const PARAM_KEYS = ["kind", "low", "high", "min", "max", "whole", "target", "due", "growth"] as const;
export type ParamKey = (typeof PARAM_KEYS)[number];

/**
 * The kind code of a row's parameters: the shape of the target that judges the row
 * (src/domain/target.ts), or N where no target judges it: a contribution to a national figure
 * with no target of the unit's own, reported (src/domain/whose-target.ts).
 */
export type KindCode = TargetShape | "N";

/**
 * What the status and completion formulas need of an indicator, as plain cell values: the kind
 * code, the edges of "met" with the tolerance applied, the hard bounds (null: none), whether only
 * whole numbers are valid (1/0), what completion divides by (null: completion is met or not), and
 * whether the target is not yet due in the report's year (1; null when it is due, or no year is
 * given): a shortfall there is not-due (issue #12 item 1), and how a growth indicator's rate is
 * computed from its two levels ("R" relative, "P" percentage points; null: the value is the rate or
 * level judged, issue #12 item 4). On a growth row the bounds are the level's (src/domain/growth.ts).
 */
export function targetParams(
  ind: Indicator,
  year?: number,
  judge: Judge = judgeOf(ind, undefined),
): Record<ParamKey, number | string | null> {
  const b = hardBounds(typedIndicator(ind));
  const growth = ind.growth ? (ind.growth.change === "relative" ? "R" : "P") : null;
  if (judge.by === "none") {
    // Only a figure is a contribution (whose-target.ts), so the value is a number: N is numeric.
    const { min = null, max = null } = b;
    return {
      kind: "N",
      low: null,
      high: null,
      min,
      max,
      whole: b.whole ? 1 : 0,
      target: null,
      due: null,
      growth,
    };
  }
  const r = targetRule(judge.target);
  const numeric = r.shape !== "D";
  return {
    kind: r.shape,
    low: r.low,
    high: r.high,
    min: numeric ? (b.min ?? null) : null,
    max: numeric ? (b.max ?? null) : null,
    whole: numeric && b.whole ? 1 : 0,
    target: r.completion?.base ?? null,
    // A unit's own target is its target for the year: always due (DECISIONS D33).
    due: judge.by === "plan" && year !== undefined && isNotDue(ind, year) ? 1 : null,
    growth,
  };
}

/** The A1 references of a row's parameter cells (column-absolute, e.g. "$O12"). */
export type ParamRefs = Record<ParamKey, string>;

/** The comparison with the target of a number already known valid (rule 7). */
function versusTarget(v: string, p: ParamRefs, w: Words): string {
  const L = (s: Status) => (s === "shortfall" ? short(p, w) : label(w, s));
  const higherBetter = `IF(${v}<${p.low},${L("shortfall")},IF(${v}>${p.high},${L("exceeded")},${L("met")}))`;
  const moreThan = `IF(${v}>${p.high},${L("met")},${L("shortfall")})`;
  const lowerBetter = `IF(${v}>${p.high},${L("shortfall")},IF(${v}<${p.low},${L("exceeded")},${L("met")}))`;
  const milestone = `IF(${v}>${p.high},${L("shortfall")},${L("met")})`;
  return `IF(${p.kind}="N",${L("reported")},IF(${p.kind}="H",${higherBetter},IF(${p.kind}="M",${moreThan},IF(${p.kind}="L",${lowerBetter},${milestone}))))`;
}

/** A shortfall, or not-due where the row's "due" parameter says the target is for a later year. */
function short(p: ParamRefs, w: Words): string {
  return `IF(${p.due}=1,${label(w, "not-due")},${label(w, "shortfall")})`;
}

/** Invalid when outside the hard bounds (DECISIONS D1 rule 6), read from the row's parameters. */
function outOfParamBounds(v: string, p: ParamRefs): string {
  return `OR(AND(ISNUMBER(${p.min}),${v}<${p.min}),AND(ISNUMBER(${p.max}),${v}>${p.max}),AND(${p.whole}=1,${v}<>INT(${v})))`;
}

/** The rate a growth row's target judges, from this year's level `v` and the base's `q` (growth.ts). */
function growthOf(v: string, q: string, p: ParamRefs): string {
  return `IF(${p.growth}="R",${v}/${q}-1,${v}-${q})`;
}

/**
 * A growth row's status once its value `v` is a valid level (issue #12 item 4): the base `q` empty is
 * missing; not a number within the level's bounds, or 0 under a relative change, invalid; else the
 * computed rate against the target. As assessGrowth in src/domain/assess.ts.
 */
function growthStatus(v: string, q: string, p: ParamRefs, w: Words): string {
  const L = (s: Status) => label(w, s);
  const bad = `OR(${outOfParamBounds(q, p)},AND(${p.growth}="R",${q}=0))`;
  return (
    `IF(ISERROR(${q}),${L("invalid")},IF(ISLOGICAL(${q}),${L("invalid")},` +
    `IF(ISNUMBER(${q}),IF(${bad},${L("invalid")},${versusTarget(growthOf(v, q, p), p, w)}),` +
    `IF(TRIM(${q})="",${L("missing")},${L("invalid")}))))`
  );
}

/**
 * The status formula of the row whose value cell is at `v` (e.g. "H12"), whose "Năm trước" cell is
 * at `q` and whose parameter cells are `p`: one shape for every row and target kind, so a column of
 * them is one formula filled down. A registration's sheet writes its own words (statusLabels, D42).
 */
export function statusFormula(
  v: string,
  q: string,
  p: ParamRefs,
  lang: Language,
  kind?: DocumentKind,
): string {
  const w = statusLabels(lang, kind);
  const L = (s: Status) => (s === "shortfall" ? short(p, w) : label(w, s));
  const t = cleaned(v);
  const head = `IF(ISERROR(${v}),${L("invalid")},IF(${t}="",${L("missing")},IF(${anyOf(t, NOT_APPLICABLE_TOKENS)},${L("not-applicable")},`;
  const done =
    `IF(ISLOGICAL(${v}),IF(${v},${L("met")},${L("shortfall")}),` +
    `IF(${anyOf(t, DONE_TOKENS)},${L("met")},IF(${anyOf(t, NOT_DONE_TOKENS)},${L("shortfall")},${L("invalid")})))`;
  const numeric = `IF(${outOfParamBounds(v, p)},${L("invalid")},IF(ISTEXT(${p.growth}),${growthStatus(v, q, p, w)},${versusTarget(v, p, w)}))`;
  // ISLOGICAL first: LibreOffice stores TRUE/FALSE as numbers, so ISNUMBER says yes there; ISLOGICAL
  // still catches a boolean Calc formats as one (typed in Calc). A boolean imported into a cell with
  // a number format reads as 0/1 in Calc: a known difference, see docs/template.md.
  // A milestone may be answered "not done" (a token or FALSE): a shortfall, as on a yes/no task.
  const milestone = `${p.kind}="T"`;
  const number =
    `IF(ISLOGICAL(${v}),IF(AND(${milestone},NOT(${v})),${L("shortfall")},${L("invalid")}),` +
    `IF(ISNUMBER(${v}),${numeric},IF(AND(${milestone},${anyOf(t, NOT_DONE_TOKENS)}),${L("shortfall")},${L("invalid")})))`;
  return `${head}IF(${p.kind}="D",${done},${number}))))`;
}

/**
 * The completion formula: a number only when the status compared the value (on a growth row, the
 * rate computed with the "Năm trước" cell `q`) with the target, else empty text (the assessment's
 * null). `status` is the row's status cell, `v` its value cell, `p` its parameter cells; one shape
 * for every row, like the status formula.
 */
export function completionFormula(
  v: string,
  q: string,
  status: string,
  p: ParamRefs,
  lang: Language,
  kind?: DocumentKind,
): string {
  const w = statusLabels(lang, kind);
  const L = (s: Status) => label(w, s);
  const reached = `OR(${status}=${L("met")},${status}=${L("exceeded")})`;
  const behind = `OR(${status}=${L("shortfall")},${status}=${L("not-due")})`;
  const binary = `IF(${reached},1,IF(${behind},0,""))`;
  const compared = `OR(${status}=${L("met")},${status}=${L("exceeded")},${behind})`;
  // A ratio that would divide by zero is null in the assessment, empty here; the ratio of a row
  // behind its target (shortfall, not-due) is capped as target.ts caps it (SHORTFALL_COMPLETION_MAX),
  // so it never shows 100%.
  const m = `IF(ISTEXT(${p.growth}),${growthOf(v, q, p)},${v})`;
  const ratio = (f: (x: string) => string) =>
    `IF(${p.kind}="L",IF(${m}<>0,${f(`${p.target}/${m}`)},""),IF(${p.target}=0,"",${f(`${m}/${p.target}`)}))`;
  const capped = ratio((x) => `MIN(${x},${SHORTFALL_COMPLETION_MAX})`);
  const plain = ratio((x) => x);
  return `IF(OR(${p.kind}="D",${p.kind}="T"),${binary},IF(${compared},IF(${behind},${capped},${plain}),""))`;
}

/**
 * Custom validation of a numeric value cell: a number within the hard bounds, or a not-applicable
 * token (on a milestone, also "not done"). Excel caps validation formulas at 255 characters, so
 * text is only TRIMmed here; the status formula stays the exact rule. Done indicators get a list instead (see layout).
 */
export function valueValidationFormula(ind: Indicator, v: string): string {
  // A growth row's value cell holds its level: the level's bounds.
  const bounds = outOfBounds(typedIndicator(ind), v);
  // A milestone also takes "Chưa thực hiện", as typed on a precomposed keyboard only: every spelling
  // of every not-done word would pass Excel's 255 characters. The validation only warns; the status
  // formula recognises them all.
  const notDone = ind.target.kind === "milestone" ? `,TRIM(${v})=${xlString(NOT_DONE_TOKENS[1])}` : "";
  const words = anyOf(`TRIM(${v})`, NOT_APPLICABLE_TOKENS);
  return `IF(ISNUMBER(${v}),${bounds ? `NOT(${bounds})` : "TRUE"},${notDone ? `OR(${words}${notDone})` : words})`;
}

/** Custom validation of a growth row's "Năm trước" cell `q`: a number within the level's bounds. */
export function previousValidationFormula(ind: Indicator, q: string): string {
  const bounds = outOfBounds(typedIndicator(ind), q);
  return bounds ? `AND(ISNUMBER(${q}),NOT(${bounds}))` : `ISNUMBER(${q})`;
}
