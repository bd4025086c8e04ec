// Numbers as the signed report prints them (issue #14): percentages with at most one decimal, scores
// rounded, and never a rounding that tells a different story from the status beside it. The sealed
// JSON keeps every value at full precision; only the paper is rounded.
import type { Status } from "../domain/entry";
import type { SubmissionEntry } from "../domain/submission";
import type { Indicator } from "../domain/plan";
import { assessEntry } from "../domain/assess";
import { formatNumber, formatValue, type Lang } from "../domain/format";

const JUDGED: ReadonlySet<Status> = new Set(["met", "exceeded", "shortfall", "not-due"]);

const tenth = (x: number) => Math.round(x * 10) / 10;

/**
 * The status the assessment gives the indicator's value `x`%, remembered per indicator: values are
 * printed to a tenth, so the thousands of reports a ministry reads ask about the same few hundred.
 */
const STATUS_AT = new WeakMap<Indicator, Map<number, Status>>();
const KEPT = 2048;

function statusAt(ind: Indicator, x: number): Status {
  let known = STATUS_AT.get(ind);
  if (!known) STATUS_AT.set(ind, (known = new Map()));
  let status = known.get(x);
  if (status === undefined) {
    status = assessEntry(ind, {
      indicatorId: ind.id,
      value: x / 100,
      explanation: "",
      evidence: "",
      review: { decision: null, comment: "" },
    }).status;
    if (known.size >= KEPT) known.clear();
    known.set(x, status);
  }
  return status;
}

/**
 * A percent or rate value with one decimal. When rounding would move it across its target (79.96%
 * printed as 80% beside "Chưa đạt"), the nearest one-decimal figure on the status's side of the
 * target is printed instead (79.9%); the status comes from the assessment itself, not from a copy of
 * its rules.
 */
function printedPercent(n: number, ind: Indicator, status: Status, lang: Lang): string {
  const p = n * 100;
  const show = (x: number) => `${formatNumber(x, lang, 1)}%`;
  const rounded = tenth(p);
  if (!JUDGED.has(status)) return show(rounded);
  // Not-due is a shortfall against a later deadline: the same side of the target.
  const side: Status = status === "not-due" ? "shortfall" : status;
  const agrees = (x: number) => statusAt(ind, x) === side;
  if (agrees(rounded)) return show(rounded);
  const near = [tenth(rounded - 0.1), tenth(rounded + 0.1)]
    .filter(agrees)
    .sort((a, b) => Math.abs(a - p) - Math.abs(b - p));
  return show(near[0] ?? rounded);
}

/** The result column: numbers in the indicator's format, percentages rounded as above, text as typed. */
export function printedValue(
  value: SubmissionEntry["value"],
  ind: Indicator | undefined,
  status: Status,
  lang: Lang,
): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!ind) return formatNumber(value, lang);
  if (ind.valueType === "percent" || ind.valueType === "rate")
    return printedPercent(value, ind, status, lang);
  return formatValue(value, ind, lang);
}

/**
 * Completion with one decimal; a shortfall never prints as 100% or more (99.96% prints 99.9%), and
 * a met or exceeded target never below 100%.
 */
export function printedCompletion(c: number | null, status: Status, lang: Lang): string {
  if (c === null) return "";
  let p = tenth(c * 100);
  if ((status === "shortfall" || status === "not-due") && p >= 100) p = 99.9;
  if ((status === "met" || status === "exceeded") && p < 100) p = 100;
  return `${formatNumber(p, lang, 1)}%`;
}

/** Scores and their percent print with one decimal, rounded down: a score is never printed higher. */
export function printedScore(x: number, lang: Lang): string {
  return formatNumber(Math.floor(x * 10 + 1e-9) / 10, lang, 1);
}
