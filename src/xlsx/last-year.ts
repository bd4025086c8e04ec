// Last year's sealed submission as this year's "Năm trước" figures (issue #12 item 4, DECISIONS
// D29): one reading for `template --previous` and the pane's file picker. The submission is read
// and cross-checked as the ministry reads it (its hash, the seal, the data sheet), then
// prefillFrom decides whether it is this unit's, for this plan, of the year before, and what it
// gives. Every refusal is a reason in both languages.
import type { Plan, Text, UnitProfile } from "../domain/plan";
import { prefillFrom, type PrefillResult } from "../domain/prefill";
import { LeanWorkbook } from "../ooxml/lean-reader";
import type { XlsxParts } from "../ooxml/parts";
import { Rejection } from "../ooxml/rejection";
import { isSubmissionWorkbook, readSubmission } from "./submission-reader";
import { zipParts } from "./zip-parts";

export const NOT_A_SUBMISSION: Text = {
  vi: "đây không phải bản nộp đã niêm phong (tệp xuất bằng self-assess export hoặc nút Xuất của add-in)",
  en: "this is not a sealed submission (a file made by self-assess export or the add-in's Export)",
};

/** The figures a package's sealed submission gives this year's report, or why it gives none. */
export async function lastYearFigures(
  parts: XlsxParts,
  plan: Plan,
  unit: UnitProfile,
): Promise<PrefillResult> {
  try {
    const wb = new LeanWorkbook(parts);
    if (!isSubmissionWorkbook(wb)) return { ok: false, problems: [NOT_A_SUBMISSION] };
    const read = await readSubmission(wb, (sub) =>
      sub.plan.id === plan.id && sub.plan.version === plan.version ? plan : null,
    );
    return prefillFrom(read.submission, read.hashVerified, plan, unit);
  } catch (e) {
    if (e instanceof Rejection) return { ok: false, problems: [{ vi: e.vi, en: e.message }] };
    throw e;
  }
}

/** The same, from the bytes of a file a person picked (in a browser: no Node there). */
export async function lastYearFromFile(
  bytes: Uint8Array,
  plan: Plan,
  unit: UnitProfile,
): Promise<PrefillResult> {
  let parts: XlsxParts;
  try {
    parts = await zipParts(bytes);
  } catch (e) {
    if (e instanceof Rejection) return { ok: false, problems: [{ vi: e.vi, en: e.message }] };
    throw e;
  }
  return lastYearFigures(parts, plan, unit);
}
