// What a reader of an .xlsx needs from its package, and the guard every XML part passes before a
// reader sees it. Apart from package.ts (Node's zlib, for the ministry's batches) so that a browser
// can hand the same readers a package it unzipped itself (src/xlsx/zip-parts.ts).
import type { Limits } from "./limits";
import { guardSharedStrings, guardSheet, guardXml } from "./sheet-guard";

/** The parts of a package, each XML part guarded (guardedPart) before it is handed over. */
export interface XlsxParts {
  readonly limits: Limits;
  has(name: string): boolean;
  names(): string[];
  /** The part as text, guarded by its kind; undefined when the package has no such part. */
  text(name: string): string | undefined;
}

/** A part's text as readers get it: without a SpreadsheetML prefix, and within its guard's limits. */
export function guardedPart(name: string, text: string, limits: Limits): string {
  const xml = withoutMainPrefix(text);
  if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) guardSheet(name, xml, limits);
  else if (name === "xl/sharedStrings.xml") guardSharedStrings(name, xml, limits);
  else if (name.endsWith(".xml") || name.endsWith(".rels")) guardXml(name, xml);
  return xml;
}

const DEFAULT_NAMESPACES =
  /xmlns:([A-Za-z_][\w.-]*)="http:\/\/schemas\.openxmlformats\.org\/(?:spreadsheetml\/2006\/main|package\/2006\/relationships)"/g;

/**
 * SpreadsheetML written with a prefix (`<x:worksheet xmlns:x="...main">`, `<x:c>`), as some
 * generators do, read as the usual unprefixed form, so that the guards count and the lean reader
 * reads the same elements either way. Only prefixes bound to the SpreadsheetML main or package
 * relationship namespace are dropped; text never holds a raw "<", so no text is touched.
 */
export function withoutMainPrefix(xml: string): string {
  const head = xml.slice(0, 4096);
  if (!head.includes("xmlns:")) return xml;
  let out = xml;
  for (const m of head.matchAll(DEFAULT_NAMESPACES)) {
    const prefix = m[1]!.replace(/[.-]/g, "\\$&");
    out = out.replace(new RegExp(`<(/?)${prefix}:`, "g"), "<$1");
  }
  return out;
}
