// The reporting period of a unit's year, decided once: the template's header, the pane's setup and
// the sealed submission all say the same dates, for a bundled plan and for a ministry's plan file
// alike.
import type { Plan } from "./plan";

export interface ReportingPeriod {
  year: number;
  /** ISO dates (YYYY-MM-DD). */
  from: string;
  to: string;
}

/** Decree 09/2019/NĐ-CP: from 15/12 of the previous year to 14/12 of the year. */
const DECREE_09 = (year: number): ReportingPeriod => ({
  year,
  from: `${year - 1}-12-15`,
  to: `${year}-12-14`,
});

/** The same day `years` later; 29/02 in a year without it becomes 28/02. */
function shiftYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  const m = Number(iso.slice(5, 7));
  const d = Math.min(Number(iso.slice(8, 10)), new Date(Date.UTC(y, m, 0)).getUTCDate());
  return `${String(y).padStart(4, "0")}-${iso.slice(5, 7)}-${String(d).padStart(2, "0")}`;
}

/**
 * The plan's period moved to `year` (a plan for 2023 reporting 15/12/2022 to 14/12/2023 gives
 * 15/12/2023 to 14/12/2024 for 2024); a plan that names no period follows Decree 09/2019.
 */
export function periodOf(plan: Plan, year: number): ReportingPeriod {
  const p = plan.period;
  if (!p) return DECREE_09(year);
  if (p.year === year) return { year, from: p.from, to: p.to };
  return { year, from: shiftYears(p.from, year - p.year), to: shiftYears(p.to, year - p.year) };
}
