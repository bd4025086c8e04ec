// A unit code as the ministry compares it. One unit must never become several because its code was
// typed with a zero-width space, in full-width digits (an IME's ＨＯ１), or in lower case; and a
// code that is not a code at all (=cmd|..., +SUM(1+1)) is refused with the shape expected.
import type { CodeRule, Plan, Text } from "./plan";
import { unitTypeOf, unitTypeProblem } from "./unit";

// Zero-width and invisible format characters: ZWSP, ZWNJ, ZWJ, LRM/RLM, bidi embeddings and
// isolates, word joiner and invisible operators, BOM, soft hyphen.
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

export interface NormalisedCode {
  code: string;
  /** The code as written differs from the normalised one (told to the user as a warning). */
  changed: boolean;
}

/** NFKC (full-width to ASCII), invisible characters removed, trimmed, letters in upper case. */
export function normaliseUnitCode(raw: string): NormalisedCode {
  const code = raw.normalize("NFKC").replace(INVISIBLE, "").trim().toUpperCase();
  return { code, changed: code !== raw };
}

/**
 * Electronic identifier of an agency (QCVN 102:2016/BTTTT, Appendix D): four groups joined by dots,
 * written lowest level first: level 4 (3 digits), level 3 (2 digits), level 2 (2 digits), level 1
 * (one capital letter and 2 digits: G.. for central bodies, H.. for provinces). Published codes
 * have this shape: 000.00.00.G12 (Ministry of Finance), 000.00.18.G12 (General Department of
 * Taxation), 000.00.00.H26 (a provincial People's Committee), 000.00.04.G14. The lower groups are
 * digits in every published code seen, so a letter there (an O for a 0) is rejected.
 */
const ELECTRONIC_ID = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;

/**
 * Enterprise code: since 2015 the enterprise code is the tax code, 10 digits; a branch or dependent
 * unit has 13, written 10 digits, a dash and 3 digits (0100109106-001), or sometimes without the
 * dash. The check digit is not verified: a wrong rule would reject real codes, and the ministry
 * matches codes against its register anyway.
 */
const ENTERPRISE_CODE = /^(?:\d{10}|\d{10}-\d{3}|\d{13})$/;

/** No identifier in use is this long; a longer text is not a code (and bounds a plan's pattern). */
export const MAX_UNIT_CODE_LENGTH = 64;

const DESCRIBED: Readonly<Record<"electronic-id" | "enterprise-code", Text>> = {
  "electronic-id": {
    vi: "mã định danh điện tử theo QCVN 102:2016/BTTTT, dạng 000.00.00.H26",
    en: "an electronic identifier per QCVN 102:2016/BTTTT, shaped like 000.00.00.H26",
  },
  "enterprise-code": {
    vi: "mã số doanh nghiệp gồm 10 chữ số (0100109106) hoặc 13 chữ số (0100109106-001)",
    en: "an enterprise code of 10 digits (0100109106) or 13 digits (0100109106-001)",
  },
};

const compiled = new Map<string, RegExp>();
function patternOf(rule: CodeRule): RegExp {
  if (rule.kind === "electronic-id") return ELECTRONIC_ID;
  if (rule.kind === "enterprise-code") return ENTERPRISE_CODE;
  let re = compiled.get(rule.regex);
  if (!re) {
    // The plan schema has checked the pattern for safety (safe-pattern.ts) before any plan exists.
    re = new RegExp(rule.regex, "u");
    compiled.set(rule.regex, re);
  }
  return re;
}

function describe(rule: CodeRule): Text {
  if (rule.kind !== "pattern") return DESCRIBED[rule.kind];
  return {
    vi: `${rule.name.vi}, ví dụ ${rule.example}`,
    en: `${rule.name.en}, e.g. ${rule.example}`,
  };
}

/** What a code of this unit type looks like ("… or …", with examples); null for an unknown type. */
export function expectedUnitCode(plan: Plan, unitTypeId: string): Text | null {
  const type = unitTypeOf(plan, unitTypeId);
  if (!type) return null;
  const expected = type.codes.map(describe);
  return { vi: expected.map((e) => e.vi).join(" hoặc "), en: expected.map((e) => e.en).join(" or ") };
}

function fits(code: string, rules: readonly CodeRule[]): boolean {
  return code.length <= MAX_UNIT_CODE_LENGTH && rules.some((r) => patternOf(r).test(code));
}

/**
 * The one code check. Null when `code` is valid for a unit of `unitTypeId` under `plan` (the code
 * rules are the plan's unit-type data); otherwise what was expected, with an example, in both
 * languages (and a "did you mean" for the two common slips: a lower-case letter, and spaces or dots
 * inside a tax code). The pane, the CLI, the roster and the ministry's reader call it.
 */
export function unitCodeProblem(plan: Plan, unitTypeId: string, code: string): Text | null {
  const type = unitTypeOf(plan, unitTypeId);
  if (!type) return unitTypeProblem(plan, unitTypeId);
  const wants = expectedUnitCode(plan, unitTypeId)!;
  const label = type.name;
  const trimmed = code.trim();
  if (trimmed === "")
    return {
      vi: `Chưa nhập mã đơn vị. ${label.vi} cần ${wants.vi}.`,
      en: `The unit code is missing. A unit of type "${label.en}" needs ${wants.en}.`,
    };
  if (fits(trimmed, type.codes)) return null;
  const shown = trimmed.length > MAX_UNIT_CODE_LENGTH ? `${trimmed.slice(0, 20)}…` : trimmed;
  const upper = trimmed.toUpperCase();
  const digits = trimmed.replace(/[\s.]/g, "");
  const guess =
    upper !== trimmed && fits(upper, type.codes)
      ? upper
      : digits !== trimmed && fits(digits, type.codes)
        ? digits
        : "";
  return {
    vi: `Mã "${shown}" không đúng dạng. ${label.vi} cần ${wants.vi}.${guess ? ` Có phải là "${guess}"?` : ""}`,
    en: `The code "${shown}" has the wrong shape. A unit of type "${label.en}" needs ${wants.en}.${guess ? ` Did you mean "${guess}"?` : ""}`,
  };
}
