// Numbers, values and targets as people read them: vi-VN (27.000; 1,9; 31/12/2020) or English.
// parseNumberText reads back everything formatNumber writes in vi (a property test holds it to that).
import type { Indicator } from "./plan";
import { isoToSerial, serialToIso } from "./excel-date";

export type Lang = "vi" | "en";

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

function groupThousands(intPart: string, sep: string): string {
  if (intPart.length <= 3) return intPart;
  let out = "";
  const head = intPart.length % 3 || 3;
  out = intPart.slice(0, head);
  for (let i = head; i < intPart.length; i += 3) out += sep + intPart.slice(i, i + 3);
  return out;
}

/** Plain decimal digits of a non-negative finite number: String's shortest digits, exponent spelled out. */
function plainDigits(abs: number): string {
  const s = String(abs);
  const e = s.indexOf("e");
  if (e < 0) return s;
  const exp = Number(s.slice(e + 1));
  const mantissa = s.slice(0, e).replace(".", "");
  const point = (s.indexOf(".") < 0 ? e : s.indexOf(".")) + exp;
  if (point <= 0) return "0." + "0".repeat(-point) + mantissa;
  return mantissa.length <= point
    ? mantissa + "0".repeat(point - mantissa.length)
    : mantissa.slice(0, point) + "." + mantissa.slice(point);
}

/**
 * A number in the given language: vi "27.000", "1,9"; en "27,000", "1.9". All significant digits are
 * kept unless `maxFractionDigits` rounds them. Non-finite numbers come back as "NaN"/"∞" rather than throw.
 */
export function formatNumber(n: number, lang: Lang, maxFractionDigits?: number): string {
  if (typeof n !== "number" || Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "∞" : "-∞";
  let x = n;
  if (maxFractionDigits !== undefined) {
    const f = 10 ** Math.max(0, Math.min(15, Math.floor(maxFractionDigits)));
    // Past 2^53 every double is whole already, and x * f could overflow to Infinity.
    if (Math.abs(x * f) < 2 ** 53) x = Math.round(x * f) / f;
  }
  if (x === 0) return "0";
  const { group, decimal } = SEPARATORS[lang] ?? SEPARATORS.vi;
  const digits = plainDigits(Math.abs(x));
  const dot = digits.indexOf(".");
  const intPart = dot < 0 ? digits : digits.slice(0, dot);
  const frac = dot < 0 ? "" : digits.slice(dot + 1);
  return (x < 0 ? "-" : "") + groupThousands(intPart, group) + (frac ? decimal + frac : "");
}

/**
 * A fraction as a percentage: 0.8 -> "80%". Rounded to 10 decimals of a percent to hide binary noise
 * (0.07 * 100 is 7.000000000000001), without the cost of toPrecision in the assessment's hot path.
 */
export function formatPercent(fraction: number, lang: Lang): string {
  if (!Number.isFinite(fraction)) return formatNumber(fraction, lang);
  const p = fraction * 100;
  const rounded = Math.abs(p) < 1e5 ? Math.round(p * 1e10) / 1e10 : p;
  return formatNumber(rounded, lang) + "%";
}

/** An Excel serial as dd/mm/yyyy (the way vi-VN and the sources write dates). */
export function formatDate(serial: number): string {
  const iso = serialToIso(serial);
  if (iso === null) return formatNumber(serial, "en");
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

const DONE_WORDS: Record<Lang, [string, string]> = {
  vi: ["Đã thực hiện", "Chưa thực hiện"],
  en: ["Done", "Not done"],
};

/**
 * A value as the indicator shows it: percent and rate as "80%", date serials as dd/mm/yyyy,
 * done as "Đã thực hiện"/"Done" (1) or "Chưa thực hiện"/"Not done" (0), anything else as a number.
 */
export function formatValue(n: number, ind: Indicator, lang: Lang): string {
  switch (ind.valueType) {
    case "percent":
    case "rate":
      return formatPercent(n, lang);
    case "date":
      return formatDate(n);
    case "done":
      return n === 1 ? DONE_WORDS[lang][0] : n === 0 ? DONE_WORDS[lang][1] : formatNumber(n, lang);
    default:
      return formatNumber(n, lang);
  }
}

/** The value followed by its unit of measure, unless the unit is already the percent sign. */
function withUnit(n: number, ind: Indicator, lang: Lang): string {
  const text = formatValue(n, ind, lang);
  const unit = ind.unit[lang].trim();
  if (unit === "" || unit === "%" || ind.valueType === "date") return text;
  return `${text} ${unit}`;
}

/**
 * The target as the template's "target" column shows it, e.g. "≥ 27.000 điểm", "> 19", "80% – 100%",
 * "Top 50", "hạng 40 – 45", "chậm nhất 31/12/2020" (met on that day too), "Hoàn thành".
 */
export function formatTarget(ind: Indicator, lang: Lang): string {
  const t = ind.target;
  switch (t.kind) {
    case "atLeast":
      return `≥ ${withUnit(t.value, ind, lang)}`;
    case "moreThan":
      return `> ${withUnit(t.value, ind, lang)}`;
    case "atMost":
      return `≤ ${withUnit(t.value, ind, lang)}`;
    case "range":
      return `${formatValue(t.low, ind, lang)} – ${withUnit(t.high, ind, lang)}`;
    case "rank":
      if (t.best === 1) return `Top ${t.worst}`;
      if (t.best === t.worst) return `${lang === "vi" ? "hạng" : "rank"} ${t.best}`;
      return `${lang === "vi" ? "hạng" : "rank"} ${t.best} – ${t.worst}`;
    case "milestone":
      return `${lang === "vi" ? "chậm nhất" : "by"} ${formatDate(isoToSerial(t.by))}`;
    case "done":
      return lang === "vi" ? "Hoàn thành" : "Done";
    default:
      return "";
  }
}
