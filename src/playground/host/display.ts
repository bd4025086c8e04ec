// The text Excel shows for a value under a number format: enough of Excel's format language for
// the template's formats (General, 0, 0.00, #,##0, percentages, dates, @). Anything else is shown
// as General rather than guessed.
import { serialToDate } from "./content";

export type ShownValue = number | string | boolean;

export function displayText(value: ShownValue, numberFormat: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const fmt = numberFormat.split(";")[0]!.trim();
  if (fmt === "" || fmt === "General" || fmt === "@") return general(value);
  // "0.0%", "#,##0", "#,##0.##########": zeros are digits always shown, # digits shown if needed.
  const numeric = /^(#,##)?0(?:\.(0*)(#*))?(%?)$/.exec(fmt);
  if (numeric) {
    const [, grouped, zeros = "", hashes = "", percent] = numeric;
    const v = percent ? value * 100 : value;
    return trimmed(v, zeros.length, zeros.length + hashes.length, grouped !== undefined) + percent;
  }
  if (/[dmy]/i.test(fmt) && value >= 1) return date(value, fmt);
  return general(value);
}

function general(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e11) return String(v);
  const s = Number(v.toPrecision(10)).toString();
  return s;
}

/**
 * Rounded to at most `max` decimals, keeping at least `min` (Excel's "0.0#"). As in Excel, a format
 * whose decimals are all optional ("#,##0.##") keeps the decimal point of a whole number: "27.".
 */
function trimmed(v: number, min: number, max: number, grouped: boolean): string {
  let s = fixed(v, Math.min(max, 20), grouped);
  if (max > min && s.includes(".")) {
    s = s.replace(/0+$/, "");
    const decimals = s.length - s.indexOf(".") - 1;
    if (decimals < min) s += "0".repeat(min - decimals);
  }
  return s;
}

function fixed(v: number, decimals: number, grouped: boolean): string {
  const s = v.toFixed(decimals);
  if (!grouped) return s;
  const [int, frac] = s.split(".");
  const sign = int!.startsWith("-") ? "-" : "";
  const digits = int!.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return sign + digits + (frac ? "." + frac : "");
}

function date(v: number, fmt: string): string {
  const { y, m, d } = serialToDate(v);
  const pad = (n: number) => String(n).padStart(2, "0");
  return fmt
    .replace(/yyyy/i, String(y))
    .replace(/dd/i, pad(d))
    .replace(/mm/i, pad(m))
    .replace(/(^|[^a-z])m(?![a-z])/i, `$1${m}`)
    .replace(/(^|[^a-z])d(?![a-z])/i, `$1${d}`);
}
