import type { Language } from "../../workbook/port";
import { vi, type Strings } from "./vi";

export type { Strings };

// Vietnamese, the users' language, comes with the pane's first download; English is a chunk of its
// own, fetched by loadStrings before an English pane renders (bench/pane.bench.ts).
const tables: Partial<Record<Language, Strings>> = { vi };

/** Makes `stringsFor(language)` available (fetches the table once). */
export async function loadStrings(language: Language): Promise<Strings> {
  if (language === "en") tables.en ??= (await import(/* webpackChunkName: "strings-en" */ "./en")).en;
  return stringsFor(language);
}

export function stringsFor(language: Language): Strings {
  const table = tables[language];
  if (!table) throw new Error(`The pane's "${language}" strings are not loaded: call loadStrings first.`);
  return table;
}

/**
 * The pane's language from Office's display language (e.g. "en-US", "vi-VN"): English when Office
 * is in English, Vietnamese otherwise, because the users are Vietnamese units.
 */
export function languageFromLocale(locale: string | undefined | null): Language {
  return locale && /^en(?:[-_]|$)/i.test(locale.trim()) ? "en" : "vi";
}
