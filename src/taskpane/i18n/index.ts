import type { Language } from "../../workbook/port";
import { en } from "./en";
import { vi, type Strings } from "./vi";

export type { Strings };

export function stringsFor(language: Language): Strings {
  return language === "en" ? en : vi;
}

/**
 * The pane's language from Office's display language (e.g. "en-US", "vi-VN"): English when Office
 * is in English, Vietnamese otherwise, because the users are Vietnamese units.
 */
export function languageFromLocale(locale: string | undefined | null): Language {
  return locale && /^en(?:[-_]|$)/i.test(locale.trim()) ? "en" : "vi";
}
