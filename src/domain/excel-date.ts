// Excel's 1900 date system, as the adapters hand dates over (serial numbers, never Date objects).
// Excel counts 1900-02-29, a day that never was (Lotus 1-2-3 compatibility). So serial 1 is
// 1900-01-01, serial 60 is that phantom day, and from 1900-03-01 on a serial is simply the number
// of days since 1899-12-30. Pure arithmetic on UTC day numbers: no time zone can shift a date.

const MS_PER_DAY = 86_400_000;
const EPOCH_DAY = Date.UTC(1899, 11, 30) / MS_PER_DAY;
/** 1900-03-01: the first serial not shifted by the phantom 1900-02-29. */
const FIRST_REAL_SERIAL = 61;
/** 9999-12-31, the last day Excel can show. */
export const MAX_DATE_SERIAL = 2_958_465;
export const MIN_DATE_SERIAL = 1;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether y-m-d is a real calendar day (UTC arithmetic round-trips only for real days). */
export function isRealDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The serial of a calendar day given as numbers, or NaN when the day is not real or out of Excel's range. */
export function daySerial(y: number, m: number, d: number): number {
  if (y < 1900 || y > 9999 || !isRealDay(y, m, d)) return NaN;
  const days = Date.UTC(y, m - 1, d) / MS_PER_DAY - EPOCH_DAY;
  // Before 1900-03-01 Excel is one behind the true count, because its calendar has one more day later.
  return days < FIRST_REAL_SERIAL ? days - 1 : days;
}

/**
 * The Excel serial of an ISO date (YYYY-MM-DD). Returns NaN (never throws) for text that is not a
 * real day between 1900-01-01 and 9999-12-31, so a comparison with it is always false.
 */
export function isoToSerial(iso: string): number {
  const m = typeof iso === "string" ? ISO.exec(iso) : null;
  if (!m) return NaN;
  return daySerial(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * The ISO date (YYYY-MM-DD) of an Excel serial. A fractional serial is a date with a time of day;
 * its date part is taken. Returns null for anything that is not a day Excel can show, and for
 * serial 60 (Excel's phantom 1900-02-29, which no ISO date can name).
 */
export function serialToIso(serial: number): string | null {
  if (typeof serial !== "number" || !Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < MIN_DATE_SERIAL || whole > MAX_DATE_SERIAL || whole === 60) return null;
  const days = whole < FIRST_REAL_SERIAL ? whole + 1 : whole;
  const t = new Date((days + EPOCH_DAY) * MS_PER_DAY);
  const y = t.getUTCFullYear();
  const mo = t.getUTCMonth() + 1;
  const d = t.getUTCDate();
  return `${String(y).padStart(4, "0")}-${mo < 10 ? "0" : ""}${mo}-${d < 10 ? "0" : ""}${d}`;
}
