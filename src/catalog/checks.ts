// Checks a plan's own numbers after the zod schema has accepted its shape. The schema cannot see
// the slips that matter most in a hand-written plan file: a percent target typed as 80 instead of
// 0.8, a target its own hard bounds would call invalid, or a date like 2020-02-30.
import type { Plan, Text } from "../domain/plan";
import { hardBounds, plausibleBounds } from "../domain/bounds";
import { targetEdges } from "../domain/target";

function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Problems as "path: message" lines in both languages, in plan order; empty when consistent. */
export function checkPlanNumbers(plan: Plan): Text[] {
  const problems: Text[] = [];
  const add = (en: string, vi: string) => problems.push({ vi, en });
  for (const date of [plan.date, plan.period?.from, plan.period?.to]) {
    if (date !== undefined && !isRealDate(date))
      add(`date ${date}: no such calendar day`, `ngày ${date}: không có ngày này trong lịch`);
  }
  plan.indicators.forEach((ind, i) => {
    const at = `indicators[${i}] (${ind.id})`;
    if (ind.target.kind === "milestone" && !isRealDate(ind.target.by))
      add(
        `${at}.target.by: ${ind.target.by} is no calendar day`,
        `${at}.target.by: ${ind.target.by} không phải ngày có thật`,
      );
    const hard = hardBounds(ind);
    const soft = plausibleBounds(ind);
    // A milestone's date is checked above; its serial is not a number the plan typed.
    const typed = ind.target.kind === "milestone" ? [] : targetEdges(ind.target);
    for (const v of typed) {
      if (ind.valueType === "percent" && (v < 0 || v > 1)) {
        add(
          `${at}.target: ${v} is not a share; percent targets are fractions (80% is 0.8, 100% is 1)`,
          `${at}.target: ${v} không phải tỷ lệ; mục tiêu phần trăm ghi dạng phân số (80% là 0.8, 100% là 1)`,
        );
        continue;
      }
      if ((hard.min !== undefined && v < hard.min) || (hard.max !== undefined && v > hard.max))
        add(
          `${at}.target: ${v} lies outside the indicator's hard bounds, so no value could meet it`,
          `${at}.target: ${v} nằm ngoài giới hạn của chỉ tiêu nên không giá trị nào đạt được`,
        );
      else if ((soft.min !== undefined && v < soft.min) || (soft.max !== undefined && v > soft.max))
        add(
          `${at}.plausible: the target ${v} itself lies outside the plausible bounds`,
          `${at}.plausible: chính mục tiêu ${v} nằm ngoài khoảng hợp lý`,
        );
      if (hard.whole && !Number.isInteger(v))
        add(`${at}.target: ${v} must be a whole number`, `${at}.target: ${v} phải là số nguyên`);
    }
  });
  return problems;
}
