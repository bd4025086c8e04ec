// The unit's sealed registration as its targets at year end (issue #11 item 3b, DECISIONS D37):
// one reading for `template --registration` and the pane's Setup (registrationFromFile). The
// file is read and cross-checked as the ministry reads a submission (its hash, the seal, the data
// sheet), then registeredTargets decides whether it is this unit's registration for this plan and
// year, and what targets it gives. Every refusal is a reason in both languages.
import type { Plan, UnitProfile } from "../domain/plan";
import { registeredTargets, type RegisteredTargetsResult } from "../domain/registration";
import { LeanWorkbook } from "../ooxml/lean-reader";
import type { XlsxParts } from "../ooxml/parts";
import { Rejection } from "../ooxml/rejection";
import { isSubmissionWorkbook, readSubmission } from "./submission-reader";
import { zipParts } from "./zip-parts";

/** The targets a package's sealed registration gives this year's template, or why it gives none. */
export async function registrationTargets(
  parts: XlsxParts,
  plan: Plan,
  unit: UnitProfile,
): Promise<RegisteredTargetsResult> {
  try {
    const wb = new LeanWorkbook(parts);
    if (!isSubmissionWorkbook(wb))
      return {
        ok: false,
        problems: [
          {
            vi: "đây không phải bản đăng ký đã niêm phong (tệp xuất bằng self-assess export từ mẫu self-assess register)",
            en: "this is not a sealed registration (a file made by self-assess export from a self-assess register template)",
          },
        ],
      };
    const read = await readSubmission(wb, (sub) => (sub.plan.id === plan.id ? plan : null));
    return registeredTargets(read.submission, read.hashVerified, plan, unit);
  } catch (e) {
    if (e instanceof Rejection) return { ok: false, problems: [{ vi: e.vi, en: e.message }] };
    throw e;
  }
}

/** The same, from the bytes of a file a person picked (in a browser: no Node there). */
export async function registrationFromFile(
  bytes: Uint8Array,
  plan: Plan,
  unit: UnitProfile,
): Promise<RegisteredTargetsResult> {
  let parts: XlsxParts;
  try {
    parts = await zipParts(bytes);
  } catch (e) {
    if (e instanceof Rejection) return { ok: false, problems: [{ vi: e.vi, en: e.message }] };
    throw e;
  }
  return registrationTargets(parts, plan, unit);
}
