// Turns whatever a port or the domain threw into a sentence for the user, in the user's language:
// what happened and what to do. Office's error codes are matched by name; the port passes them on.
import type { Strings } from "./i18n";

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
  const code = codeOf(e);
  const detail = messageOf(e);
  if (code === "InvalidOperationInCellEditMode") return { message: t.error.busy, detail };
  // The port's own errors carry their sentence in both languages (e.g. ExcelPortError.text): they
  // say what really happened, so they come before any guess from the code.
  const localized = (e as { text?: { vi?: string; en?: string } } | null)?.text;
  if (localized && typeof localized[t.lang as "vi" | "en"] === "string")
    return { message: localized[t.lang as "vi" | "en"]!, detail };
  if (code === "AccessDenied" || /protected/i.test(detail)) return { message: t.error.protected, detail };
  // The detail is a sentence of its own; the generic text supplies the final full stop.
  return { message: t.error.generic(detail.trim().replace(/[.!。]+$/, "")), detail };
}
