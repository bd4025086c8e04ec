// The unit's sealed registration as its targets at year end (issue #11 item 3b, DECISIONS D37):
// one reading for `template --registration` and the pane's Setup (registrationFromFile). The file
// is read and cross-checked as the ministry reads a submission (sealed-input.ts), then
// registeredTargets decides whether it is this unit's registration for this plan and year, and
// what targets it gives.
import type { Plan, UnitProfile } from "../domain/plan";
import { registeredTargets, type RegisteredTargetsResult } from "../domain/registration";
import type { XlsxParts } from "../ooxml/parts";
import { readSealedBytes, readSealedInput, type SealedInput } from "./sealed-input";

function registration(plan: Plan, unit: UnitProfile): SealedInput<RegisteredTargetsResult> {
  return {
    notSealed: {
      vi: "đây không phải bản đăng ký đã niêm phong (tệp xuất bằng self-assess export từ mẫu self-assess register)",
      en: "this is not a sealed registration (a file made by self-assess export from a self-assess register template)",
    },
    planFor: (sub) => (sub.plan.id === plan.id ? plan : null),
    judge: (read) => registeredTargets(read.submission, read.hashVerified, plan, unit),
  };
}

/** The targets a package's sealed registration gives this year's template, or why it gives none. */
export function registrationTargets(
  parts: XlsxParts,
  plan: Plan,
  unit: UnitProfile,
): Promise<RegisteredTargetsResult> {
  return readSealedInput(parts, registration(plan, unit));
}

/** The same, from the bytes of a file a person picked. */
export function registrationFromFile(
  bytes: Uint8Array,
  plan: Plan,
  unit: UnitProfile,
): Promise<RegisteredTargetsResult> {
  return readSealedBytes(bytes, registration(plan, unit));
}
