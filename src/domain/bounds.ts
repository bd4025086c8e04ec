// Hard bounds (outside: the value is invalid) and soft bounds (outside: a warning) per indicator.
// Defaults come from the value type; an indicator's own bounds narrow or widen them field by field.
import type { Indicator, ValueType } from "./plan";
import { MAX_DATE_SERIAL, MIN_DATE_SERIAL, daySerial } from "./excel-date";

export interface NumericBounds {
  min?: number;
  max?: number;
  /** Whether only whole numbers are allowed (counts, ranks, dates). */
  whole: boolean;
}

/** Why each default: a share cannot exceed 100%, a count cannot be negative, a rate cannot fall below -100%. */
const HARD_DEFAULTS: Record<ValueType, NumericBounds> = {
  percent: { min: 0, max: 1, whole: false },
  rate: { min: -1, whole: false },
  number: { min: 0, whole: false },
  integer: { min: 0, whole: true },
  rank: { min: 1, whole: true },
  date: { min: MIN_DATE_SERIAL, max: MAX_DATE_SERIAL, whole: true },
  // A done indicator takes yes/no, never a number; the bounds are never consulted.
  done: { whole: false },
};

/**
 * Soft defaults: a growth above 1000% is far likelier a percent typed as a whole number (80 for 80%);
 * a completion date outside 2000-2100 is likelier a year typed in a date cell (2020 is 1905-07-12).
 */
const PLAUSIBLE_DEFAULTS: Partial<Record<ValueType, { min?: number; max?: number }>> = {
  rate: { max: 10 },
  date: { min: daySerial(2000, 1, 1), max: daySerial(2100, 12, 31) },
};

export function hardBounds(ind: Indicator): NumericBounds {
  const d = HARD_DEFAULTS[ind.valueType] ?? { whole: false };
  return {
    min: ind.bounds?.min ?? d.min,
    max: ind.bounds?.max ?? d.max,
    whole: d.whole,
  };
}

export function plausibleBounds(ind: Indicator): { min?: number; max?: number } {
  const d = PLAUSIBLE_DEFAULTS[ind.valueType] ?? {};
  return { min: ind.plausible?.min ?? d.min, max: ind.plausible?.max ?? d.max };
}

function within(n: number, b: { min?: number; max?: number }): boolean {
  return (b.min === undefined || n >= b.min) && (b.max === undefined || n <= b.max);
}

/**
 * The fraction a person most likely meant by `n` in a percent or rate cell: 80 typed for 80% is 0.8.
 * Only when `n` itself is out of the hard or plausible bounds and n/100 is within both; else null.
 */
export function percentSlip(ind: Indicator, n: number): number | null {
  if (ind.valueType !== "percent" && ind.valueType !== "rate") return null;
  const hard = hardBounds(ind);
  const soft = plausibleBounds(ind);
  if (within(n, hard) && within(n, soft)) return null;
  const f = n / 100;
  return within(f, hard) && within(f, soft) ? f : null;
}

/**
 * How far a separator slip shrinks a number, per value type: in a percent cell Excel stores 0.8 typed
 * as 0.8% (automatic percent entry, KB 215203), a hundredth of the 80% meant; and "27.000" typed
 * where the dot is a decimal point (en-US) is 27, a thousandth of the 27 000 meant.
 */
export const SLIP_FACTORS: Partial<Record<ValueType, number>> = {
  percent: 100,
  rate: 100,
  number: 1000,
  integer: 1000,
};

/**
 * The value a person most likely meant when a shortfall against a higher-is-better `target` is a
 * separator slip: `n` times the type's factor lands between half and five times the target (and
 * within the hard maximum). Null when it does not, or when the type has no such slip. The sheet's
 * separator-slip mark (src/workbook/marks.ts) is the same rule.
 */
export function separatorSlip(ind: Indicator, n: number, target: number): number | null {
  const factor = SLIP_FACTORS[ind.valueType];
  if (factor === undefined || !(n > 0)) return null;
  const meant = n * factor;
  const max = hardBounds(ind).max;
  if (meant < target / 2 || meant > target * 5 || (max !== undefined && meant > max)) return null;
  return meant;
}
