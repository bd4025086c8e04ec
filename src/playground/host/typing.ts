// What Excel stores when a person types text into a cell and presses Enter: the one model of typing
// that the host's user.type and the playground grid both go through.
//
// What it follows, from Microsoft's own documentation:
// - Numbers and dates are read with the computer's regional settings ("Change the character used to
//   separate thousands or decimals", support.microsoft.com; Excel's Application.decimalSeparator and
//   Application.cultureInfo, learn.microsoft.com/javascript/api/excel/excel.application). vi-VN uses
//   "," for decimals, "." for thousands and day/month/year; en-US the reverse and month/day/year. So
//   "27.000" is 27000 in a vi-VN Excel and 27 in an en-US one, and "05/12/2020" is 5 December in
//   vi-VN and 12 May in en-US. Text that is no number or date in that culture stays text.
// - Automatic percent entry (Excel Options > Advanced, on by default; Application.AutoPercentEntry,
//   learn.microsoft.com/office/vba/api/excel.application.autopercententry; Microsoft KB 215203
//   "Automatic percent entry", and KB 138821): in a cell formatted as a percentage, a number typed
//   without "%" is divided by 100 ("80" is 80%, "1" is 1%, and "0.8" is 0.8%), except a number
//   below 1 typed without its leading zero (".8" is 80%). With the option off, or in LibreOffice,
//   which has no such option, the number is kept (80 is 8000%, 0.8 is 80%).
// - A cell formatted as Text ("@") keeps what was typed; a leading apostrophe (the prefix character,
//   in any format) makes the rest text;
//   "=" starts a formula, and Excel refuses to store a formula it cannot read.
// - Excel keeps 15 significant digits of a typed number ("Excel specifications and limits").
// Where Excel's behaviour is not documented (partial dates, two-digit years), the model follows
// what Excel is widely observed to do and says so; docs/excel.md lists what to check in a real Excel.
import type { CellErrorCode } from "../../domain/entry";
import { CELL_ERROR_CODES } from "../../domain/entry";
import type { Content } from "./content";
import { TEXT_FORMAT, dateSerial } from "./content";

export type CultureName = "vi-VN" | "en-US";

/** The part of a computer's regional settings that decides how Excel reads typing. */
export interface Culture {
  name: CultureName;
  decimalSeparator: string;
  thousandsSeparator: string;
  /** The order of day, month and year in a date typed with separators. */
  dateOrder: "DMY" | "MDY";
  /** The short date format Excel gives a General cell that receives a typed date. */
  shortDate: string;
}

export const CULTURES: Readonly<Record<CultureName, Culture>> = {
  "vi-VN": {
    name: "vi-VN",
    decimalSeparator: ",",
    thousandsSeparator: ".",
    dateOrder: "DMY",
    shortDate: "dd/mm/yyyy",
  },
  "en-US": {
    name: "en-US",
    decimalSeparator: ".",
    thousandsSeparator: ",",
    dateOrder: "MDY",
    shortDate: "m/d/yyyy",
  },
};

/** How typing is read: the culture, Excel's automatic percent entry, and "this year". */
export interface TypingSettings {
  culture: Culture;
  /** Excel's "Enable automatic percent entry" (on by default). LibreOffice behaves as if it were off. */
  autoPercentEntry: boolean;
  /** The year a date typed without one falls in (Excel takes the computer's clock). */
  currentYear: number;
}

export function typingSettings(
  culture: CultureName = "en-US",
  options: Partial<Omit<TypingSettings, "culture">> = {},
): TypingSettings {
  return {
    culture: CULTURES[culture],
    autoPercentEntry: options.autoPercentEntry ?? true,
    currentYear: options.currentYear ?? new Date().getFullYear(),
  };
}

/** What Excel does with what was typed: stores a content (null: the cell is emptied), or refuses. */
export type Typed =
  | {
      kind: "stored";
      content: Content | null;
      /** The number format Excel gives a General cell by itself (typing 80% formats it 0%). */
      impliedFormat?: string;
    }
  | { kind: "refused"; reason: "formula" | "too-long"; message: { vi: string; en: string } };

/** Excel's limit on the characters of a cell. */
export const MAX_CELL_CHARS = 32767;
const SIGNIFICANT_DIGITS = 15;

/**
 * Whether a number format shows a percentage: a "%" outside quoted text, escapes and [...] sections.
 */
export function isPercentFormat(numberFormat: string): boolean {
  const bare = numberFormat.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return bare.includes("%");
}

/**
 * The value Excel stores when `text` is typed into a cell with `numberFormat` under `settings`, or
 * why it refuses. `validFormula` tells whether a formula can be read (the host asks its engine).
 */
export function typeIntoCell(
  text: string,
  numberFormat: string,
  settings: TypingSettings,
  validFormula: (formula: string) => boolean = () => true,
): Typed {
  if (text.length > MAX_CELL_CHARS)
    return refused("too-long", {
      vi: `Một ô chứa được tối đa ${MAX_CELL_CHARS} ký tự.`,
      en: `A cell holds at most ${MAX_CELL_CHARS} characters.`,
    });
  if (text === "") return { kind: "stored", content: null };
  // The apostrophe is Excel's prefix character in any format: never part of what is stored.
  if (text.startsWith("'")) return stored({ t: "s", v: text.slice(1), quoted: true });
  if (numberFormat === TEXT_FORMAT) return stored({ t: "s", v: text });
  if (text.startsWith("=")) return formula(text, validFormula);

  const s = text.trim();
  const number = readNumber(s, settings.culture);
  if (number) return storedNumber(number, numberFormat, settings);
  const date = readDate(s, settings);
  if (date) return date;
  const time = readTime(s);
  if (time !== null) return stored({ t: "n", v: time }, "h:mm");

  const upper = s.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return stored({ t: "b", v: upper === "TRUE" });
  const err = CELL_ERROR_CODES.find((c) => c === upper);
  if (err) return stored({ t: "e", v: err as CellErrorCode });
  // "+x" and "-x" that are not numbers are formulas to Excel, as "=+x" would be.
  if (text.startsWith("+") || text.startsWith("-")) return formula("=" + text, validFormula);
  return stored({ t: "s", v: text });
}

function stored(content: Content, impliedFormat?: string): Typed {
  return impliedFormat ? { kind: "stored", content, impliedFormat } : { kind: "stored", content };
}

function refused(reason: "formula" | "too-long", message: { vi: string; en: string }): Typed {
  return { kind: "refused", reason, message };
}

function formula(f: string, validFormula: (formula: string) => boolean): Typed {
  if (!validFormula(f))
    return refused("formula", {
      vi: `Công thức "${f}" có lỗi; Excel không nhận.`,
      en: `There's a problem with the formula "${f}"; Excel does not accept it.`,
    });
  return stored({ t: "f", f });
}

interface TypedNumber {
  value: number;
  /** Typed with a "%" sign. */
  percent: boolean;
  /** Below 1 and typed without its leading zero (".8"): automatic percent entry keeps it. */
  bareFraction: boolean;
  grouped: boolean;
  decimals: number;
}

const escape = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A number as the culture writes it: an optional sign or parentheses, digits grouped in threes by
 * the thousands separator (or not at all), the decimal separator, an exponent, a trailing "%".
 */
function readNumber(s: string, culture: Culture): TypedNumber | null {
  const d = escape(culture.decimalSeparator);
  const g = escape(culture.thousandsSeparator);
  const re = new RegExp(
    `^(\\()?([+-])?(?:(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d*))?|${d}(\\d+))(?:[eE]([+-]?\\d{1,3}))?(\\))?\\s*(%)?$`,
  );
  const m = re.exec(s);
  if (!m) return null;
  const [, open, sign, whole, frac, bare, exp, close, percent] = m;
  if (!!open !== !!close) return null;
  if (open && sign) return null;
  const intDigits = (whole ?? "").split(culture.thousandsSeparator).join("");
  const fracDigits = frac ?? bare ?? "";
  const [i, f] = significant(intDigits, fracDigits);
  let value = Number(`${i === "" ? "0" : i}.${f === "" ? "0" : f}${exp ? `e${exp}` : ""}`);
  if (!Number.isFinite(value)) return null;
  if (sign === "-" || open) value = -value;
  if (percent) value = value / 100;
  return {
    value: value === 0 ? 0 : value,
    percent: !!percent,
    bareFraction: bare !== undefined && !exp,
    grouped: (whole ?? "").includes(culture.thousandsSeparator),
    decimals: fracDigits.length,
  };
}

/** Digits past the 15th significant one become zeros: Excel cuts them, it does not round. */
function significant(int: string, frac: string): [string, string] {
  const all = int + frac;
  const first = all.search(/[1-9]/);
  if (first < 0 || all.length - first <= SIGNIFICANT_DIGITS) return [int, frac];
  const cut = first + SIGNIFICANT_DIGITS;
  const kept = all.slice(0, cut) + "0".repeat(all.length - cut);
  return [kept.slice(0, int.length), kept.slice(int.length)];
}

function storedNumber(n: TypedNumber, numberFormat: string, settings: TypingSettings): Typed {
  const general = numberFormat === "General";
  if (n.percent)
    return stored({ t: "n", v: n.value }, general ? (n.decimals > 0 ? "0.00%" : "0%") : undefined);
  if (isPercentFormat(numberFormat) && settings.autoPercentEntry) {
    // KB 215203: "1" is 1%, "0.1" is 0.10%, ".1" is 10%.
    const keep = n.bareFraction && Math.abs(n.value) < 1;
    return stored({ t: "n", v: keep ? n.value : n.value / 100 });
  }
  return stored({ t: "n", v: n.value }, general && n.grouped ? "#,##0" : undefined);
}

const DATE = /^(\d{1,4})([/-])(\d{1,2})(?:\2(\d{1,4}))?$/;

/**
 * A date in the culture's order (31/12/2020 in vi-VN, 12/31/2020 in en-US, with "/" or "-"), ISO
 * year-first in every culture, or day and month alone (this year). A two-digit year below 30 is
 * 20xx, from 30 it is 19xx (Excel's default cut-off). Anything that is no real day stays text.
 */
function readDate(s: string, settings: TypingSettings): Typed | null {
  const m = DATE.exec(s);
  if (!m) return null;
  const [, a, , b, c] = m;
  let y: number;
  let mo: number;
  let d: number;
  if (a!.length === 4) {
    if (c === undefined || c.length > 2) return null;
    [y, mo, d] = [Number(a), Number(b), Number(c)];
  } else {
    if (a!.length > 2) return null;
    const first = Number(a);
    const second = Number(b);
    [d, mo] = settings.culture.dateOrder === "DMY" ? [first, second] : [second, first];
    if (c === undefined) y = settings.currentYear;
    else if (c.length === 4) y = Number(c);
    else if (c.length <= 2) y = Number(c) < 30 ? 2000 + Number(c) : 1900 + Number(c);
    else return null;
  }
  const serial = dateSerial(y, mo, d);
  if (serial === null) return null;
  return stored({ t: "n", v: serial }, settings.culture.shortDate);
}

/** h:mm or h:mm:ss as a fraction of a day. */
function readTime(s: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (!m) return null;
  const [h, min, sec] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (h > 23 || min > 59 || sec > 59) return null;
  return (h * 3600 + min * 60 + sec) / 86400;
}
