// A unit code as the ministry compares it. One unit must never become several because its code was
// typed with a zero-width space, in full-width digits (an IME's ＨＯ１), or in lower case; and a
// code that is not a code at all (=cmd|..., +SUM(1+1)) is refused with the shape expected.
import type { Plan, Text } from "./plan";
import { UNIT_TYPES, type UnitType } from "./plan";
import { checkUnitCode } from "./unit";

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
 * Null when `code` (already normalised) is a valid code for a unit of `unitType` under `plan`;
 * otherwise why not, with the shape expected. The one question every reader asks: the patterns are
 * in src/domain/unit.ts today and move into the plan's unit types (issue #11), behind this function.
 */
export function unitCodeProblem(plan: Plan | undefined, unitType: string, code: string): Text | null {
  void plan;
  if (!(UNIT_TYPES as readonly string[]).includes(unitType))
    return {
      vi: `Loại đơn vị "${unitType}" không có trong kế hoạch, nên không kiểm tra được mã "${code}".`,
      en: `The unit type "${unitType}" is not in the plan, so the code "${code}" cannot be checked.`,
    };
  return checkUnitCode(code, unitType as UnitType);
}
