// Turns whatever a port or the domain threw into a sentence for the user, in the user's language:
// what happened and what to do. It switches on codes (ours, and Office's, which the port passes
// on), never on the wording of a message.
import type { Strings } from "./i18n";
import { isWorkbookError } from "../workbook/errors";

export interface PaneError {
  message: string;
  /** The original text, kept for a person reporting the problem. */
  detail?: string;
}

function codeOf(e: unknown): string | undefined {
  if (typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string")
    return (e as { code: string }).code;
  return undefined;
}

function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === "string") return e;
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
}

export function describeError(e: unknown, t: Strings): PaneError {
  const detail = messageOf(e);
  // The adapters' own errors (src/workbook/errors.ts): the code says what happened, the text says
  // it in both languages. A protection error's text is the precise one (a password, a co-author's
  // change, a write left part way and whether the sheet was protected again), never a guess.
  if (isWorkbookError(e)) return { message: e.text[t.lang as "vi" | "en"] ?? e.text.en, detail };
  // Office's own errors, by their documented code (OfficeExtension.Error.code).
  switch (codeOf(e)) {
    case "InvalidOperationInCellEditMode":
      return { message: t.error.busy, detail };
    case "AccessDenied":
      return { message: t.error.protected, detail };
  }
  // The detail is a sentence of its own; the generic text supplies the final full stop.
  return { message: t.error.generic(detail.trim().replace(/[.!。]+$/, "")), detail };
}
