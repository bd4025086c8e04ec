// Excel's length limits on what a request may set. Where Microsoft documents none the host picks one
// at or below what Excel is seen to take, so it is the stricter of the two (docs/excel.md).
import { EXCEL_LIMITS } from "../../workbook/excel-limits";
import { HostApiError } from "./errors";

export const LIMITS = {
  ruleFormula: EXCEL_LIMITS.ruleFormula,
  /** An input message's or error alert's title (both 32). */
  title: EXCEL_LIMITS.promptTitle,
  promptMessage: EXCEL_LIMITS.promptMessage,
  alertMessage: EXCEL_LIMITS.alertMessage,
  /** A getRanges address list: Excel documents no limit; the host refuses longer lists. */
  addressList: 2048,
} as const;

export function checkLength(text: string, limit: number, location: string): void {
  if (text.length > limit)
    throw new HostApiError(
      "InvalidArgument",
      `${location} is ${text.length} characters; Excel takes at most ${limit}.`,
      location,
    );
}
