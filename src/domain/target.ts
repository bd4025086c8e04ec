// What a target means, decided once: the edges of "met" with their tolerance, how a number compares
// with them, and what completion divides. The assessment, the template's parameter cells and
// formulas (src/workbook/formulas.ts), the plan checks, the ministry's parameter check and the
// tests' edge values all ask this module. It takes a Target, not an Indicator, so a unit's own
// registered target is judged by exactly the same rule as the plan's.
//
// x is the value; "= v" means within the tolerance of v:
//   atLeast v      x < v shortfall   x = v met           x > v exceeded    completion x / v
//   moreThan v     x <= v shortfall  x > v met           (never exceeded)  completion x / v
//   atMost v       x > v shortfall   x = v met           x < v exceeded    completion v / x
//   range lo..hi   x < lo shortfall  lo <= x <= hi met   x > hi exceeded   completion x / lo
//   rank b..w      x > w shortfall   b <= x <= w met     x < b exceeded    completion w / x
//   milestone by   x > by shortfall  x <= by met         (never exceeded)  completion 1 or 0
//   done           not done: shortfall, done: met        (never exceeded)  completion 1 or 0
// A completion that would divide by zero is null. A shortfall's completion is at most
// SHORTFALL_COMPLETION_MAX, so "> v" at exactly v (or a value a hair under an "at least" edge)
// never shows 100% nor earns a met row's points (issue #12 item 6).
import type { Status } from "./entry";
import type { Target } from "./plan";
import { isoToSerial } from "./excel-date";

/**
 * Two numbers closer than TOLERANCE * max(1, |target|) are equal, so 0.1 + 0.2 meets a target of 0.3.
 * The template's formulas read the same edges from the row's parameter cells.
 */
export const TOLERANCE = 1e-9;

/** How far an edge of "met" moves out: TOLERANCE * max(1, |edge|). */
export function tolerance(edge: number): number {
  return TOLERANCE * Math.max(1, Math.abs(edge));
}

/**
 * How a valid number is compared with the target, one code per shape (also the code the template's
 * hidden "kind" cell holds): H higher is better (atLeast, range), M more than, L lower is better
 * (atMost, rank), T by a date (milestone), D yes/no (done; never compared as a number).
 */
export type TargetShape = "H" | "M" | "L" | "T" | "D";

export interface TargetRule {
  shape: TargetShape;
  /**
   * The edges of "met", the tolerance already applied (computed here in double arithmetic, once):
   * below `low` (H, L) or above `high` is outside "met". Null where the shape has no such edge.
   */
  low: number | null;
  high: number | null;
  /**
   * What completion divides: value / base, or base / value when lower is better. Null when
   * completion is met-or-not (1 or 0).
   */
  completion: { base: number; lowerIsBetter: boolean } | null;
}

const lowEdge = (edge: number) => edge - tolerance(edge);
const highEdge = (edge: number) => edge + tolerance(edge);

export function targetRule(t: Target): TargetRule {
  const rule = (
    shape: TargetShape,
    low: number | null,
    high: number | null,
    base?: number,
    lowerIsBetter = false,
  ): TargetRule => ({
    shape,
    low: low === null ? null : lowEdge(low),
    high: high === null ? null : highEdge(high),
    completion: base === undefined ? null : { base, lowerIsBetter },
  });
  switch (t.kind) {
    case "atLeast":
      return rule("H", t.value, t.value, t.value);
    case "range":
      return rule("H", t.low, t.high, t.low);
    case "moreThan":
      return rule("M", null, t.value, t.value);
    case "atMost":
      return rule("L", t.value, t.value, t.value, true);
    case "rank":
      return rule("L", t.best, t.worst, t.worst, true);
    case "milestone":
      return rule("T", null, isoToSerial(t.by));
    case "done":
      return rule("D", null, null);
  }
}

/** Status of a valid number against the target (DECISIONS D1 step 7); "invalid" for a yes/no target. */
export function statusAgainst(r: TargetRule, x: number): Status {
  switch (r.shape) {
    case "H":
      if (x < r.low!) return "shortfall";
      return x > r.high! ? "exceeded" : "met";
    case "M":
      return x > r.high! ? "met" : "shortfall";
    case "L":
      if (x > r.high!) return "shortfall";
      return x < r.low! ? "exceeded" : "met";
    case "T":
      return x <= r.high! ? "met" : "shortfall";
    default:
      return "invalid";
  }
}

/**
 * The most a shortfall's completion can be: below what the sheet's "0%" format rounds to 100%, so
 * a shortfall never reads as complete. The template's completion formula writes the same number.
 */
export const SHORTFALL_COMPLETION_MAX = 0.99;

/** Completion of a compared value: a ratio (null where it would divide by zero), or 1/0 met-or-not. */
export function completionOf(r: TargetRule, x: number, status: Status): number | null {
  const c = r.completion;
  if (!c) return status === "met" || status === "exceeded" ? 1 : 0;
  const [a, b] = c.lowerIsBetter ? [c.base, x] : [x, c.base];
  if (b === 0) return null;
  const q = a / b;
  if (!Number.isFinite(q)) return null;
  return status === "shortfall" ? Math.min(q, SHORTFALL_COMPLETION_MAX) : q;
}

/**
 * Whether the indicator's target is not yet due in the reporting period of `year`: its deadline
 * year is later (issue #12 item 1). The assessment and the template's "due" parameter ask this.
 */
export function isNotDue(ind: { deadlineYear: number }, year: number): boolean {
  return ind.deadlineYear > year;
}

/** The numbers the target states, as numbers (a milestone's date as its Excel serial). */
export function targetEdges(t: Target): number[] {
  switch (t.kind) {
    case "atLeast":
    case "moreThan":
    case "atMost":
      return [t.value];
    case "range":
      return [t.low, t.high];
    case "rank":
      return [t.best, t.worst];
    case "milestone":
      return [isoToSerial(t.by)];
    case "done":
      return [];
  }
}
