// Checks a plan's own numbers after the zod schema has accepted its shape. The schema cannot see
// the slips that matter most in a hand-written plan file: a percent target typed as 80 instead of
// 0.8, a target its own hard bounds would call invalid, or a date like 2020-02-30.
import type { Plan } from "../domain/plan";
import { hardBounds, plausibleBounds } from "../domain/bounds";
import { targetEdges } from "../domain/target";

function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Problems as "path: message" lines, in plan order; empty when the plan's numbers are consistent. */
export function checkPlanNumbers(plan: Plan): string[] {
  const problems: string[] = [];
  for (const date of [plan.date, plan.period?.from, plan.period?.to]) {
    if (date !== undefined && !isRealDate(date)) problems.push(`date ${date}: no such calendar day`);
  }
  plan.indicators.forEach((ind, i) => {
    const at = `indicators[${i}] (${ind.id})`;
    if (ind.target.kind === "milestone" && !isRealDate(ind.target.by))
      problems.push(`${at}.target.by: ${ind.target.by} is no calendar day`);
    const hard = hardBounds(ind);
    const soft = plausibleBounds(ind);
    // A milestone's date is checked above; its serial is not a number the plan typed.
    const typed = ind.target.kind === "milestone" ? [] : targetEdges(ind.target);
    for (const v of typed) {
      if (ind.valueType === "percent" && (v < 0 || v > 1)) {
        problems.push(
          `${at}.target: ${v} is not a share; percent targets are fractions (80% is 0.8, 100% is 1)`,
        );
        continue;
      }
      if ((hard.min !== undefined && v < hard.min) || (hard.max !== undefined && v > hard.max))
        problems.push(
          `${at}.target: ${v} lies outside the indicator's hard bounds, so no value could meet it`,
        );
      else if ((soft.min !== undefined && v < soft.min) || (soft.max !== undefined && v > soft.max))
        problems.push(`${at}.plausible: the target ${v} itself lies outside the plausible bounds`);
      if (hard.whole && !Number.isInteger(v)) problems.push(`${at}.target: ${v} must be a whole number`);
    }
  });
  return problems;
}
