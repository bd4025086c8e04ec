// Last year's sealed submission as this year's "Năm trước" figures (issue #12 item 4, DECISIONS
// D29): one reading for `template --previous` and the pane's file picker. The submission is read
// and cross-checked as the ministry reads it (sealed-input.ts), then prefillFrom decides whether
// it is this unit's, for this plan, of the year before, and what it gives.
import type { Plan, Text, UnitProfile } from "../domain/plan";
import { prefillFrom, type PrefillResult } from "../domain/prefill";
import type { XlsxParts } from "../ooxml/parts";
import { readSealedBytes, readSealedInput, type SealedInput } from "./sealed-input";

export const NOT_A_SUBMISSION: Text = {
  vi: "đây không phải bản nộp đã niêm phong (tệp xuất bằng self-assess export hoặc nút Xuất của add-in)",
  en: "this is not a sealed submission (a file made by self-assess export or the add-in's Export)",
};

function lastYear(plan: Plan, unit: UnitProfile): SealedInput<PrefillResult> {
  return {
    notSealed: NOT_A_SUBMISSION,
    planFor: (sub) => (sub.plan.id === plan.id && sub.plan.version === plan.version ? plan : null),
    judge: (read) => prefillFrom(read.submission, read.hashVerified, plan, unit),
  };
}

/** The figures a package's sealed submission gives this year's report, or why it gives none. */
export function lastYearFigures(parts: XlsxParts, plan: Plan, unit: UnitProfile): Promise<PrefillResult> {
  return readSealedInput(parts, lastYear(plan, unit));
}

/** The same, from the bytes of a file a person picked. */
export function lastYearFromFile(bytes: Uint8Array, plan: Plan, unit: UnitProfile): Promise<PrefillResult> {
  return readSealedBytes(bytes, lastYear(plan, unit));
}
