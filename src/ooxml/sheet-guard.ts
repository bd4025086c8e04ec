// Bounds on what a part asks a reader to build, checked on the XML text before any workbook
// library sees it: a merge of A1:XFD1048576 or a million empty rows cost little to pack and a lot
// to expand. Counting tags is enough here; nothing is trusted from <dimension>, which can lie.
import type { Limits } from "./limits";
import { reject } from "./rejection";

/** How many `tag` elements (the name ending at a space, ">" or "/"), stopping at stopAt + 1. */
export function countTag(xml: string, tag: string, stopAt: number): number {
  let n = 0;
  let i = xml.indexOf(tag);
  while (i >= 0) {
    const next = xml.charCodeAt(i + tag.length);
    // "<c" must not count "<cols" or "<col"; a tag name ends at space, ">" or "/".
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) {
      n++;
      if (n > stopAt) return n;
    }
    i = xml.indexOf(tag, i + tag.length);
  }
  return n;
}

/**
 * In one walk over the "<c" tags (DECISIONS D48): how many cells, as countTag(xml, "<c", stopAt)
 * counts them (every "<c" tag, stopping at stopAt + 1), and the most characters one cell element
 * spans, from "<c" to its "/>" or "</c>" (tags inside a cell's span are not measured again; a cell
 * left open measures to the end of the text, and ends the measuring).
 */
export function cellTags(xml: string, stopAt: number): { count: number; widest: number } {
  let count = 0;
  let widest = 0;
  let measureFrom = 0;
  for (let i = xml.indexOf("<c"); i >= 0; i = xml.indexOf("<c", i + 2)) {
    const next = xml.charCodeAt(i + 2);
    if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) continue;
    if (count <= stopAt) count++;
    if (i < measureFrom) continue;
    const close = xml.indexOf(">", i);
    if (close < 0) {
      measureFrom = Infinity;
      continue;
    }
    const end = xml.charCodeAt(close - 1) === 47 ? close + 1 : xml.indexOf("</c>", close);
    if (end < 0) {
      widest = xml.length - i;
      measureFrom = Infinity;
      continue;
    }
    widest = Math.max(widest, end - i);
    measureFrom = end;
  }
  return { count, widest };
}

/** Column letters to a 1-based number; at most 3 letters, as in any real reference. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const REF = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/;

/** Cells covered by a reference like "B2:D9"; NaN when it is not a reference. */
export function areaOf(ref: string): number {
  const m = REF.exec(ref.trim().toUpperCase());
  if (!m) return Number.NaN;
  const c1 = columnNumber(m[1]!);
  const r1 = Number(m[2]);
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return (Math.abs(c2 - c1) + 1) * (Math.abs(r2 - r1) + 1);
}

export function guardXml(name: string, xml: string): void {
  // A DTD can define entities that expand a few bytes into gigabytes; OOXML never needs one.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml.slice(0, 4096)) || xml.includes("<!ENTITY"))
    reject(
      "xml.doctype",
      `the part ${name} declares a DTD or entities, which Excel never writes`,
      `phần ${name} khai báo DTD hoặc thực thể, Excel không bao giờ ghi như vậy`,
    );
}

export function guardSheet(name: string, xml: string, limits: Limits): void {
  guardXml(name, xml);
  const rows = countTag(xml, "<row", limits.maxRows);
  if (rows > limits.maxRows)
    reject(
      "sheet.rows",
      `the sheet ${name} has more than ${limits.maxRows.toLocaleString("en-US")} rows`,
      `trang tính ${name} có hơn ${limits.maxRows.toLocaleString("vi-VN")} dòng`,
    );
  const { count: cells, widest: span } = cellTags(xml, limits.maxCellsPerSheet);
  if (span > limits.maxStringXmlChars)
    reject(
      "sheet.cells",
      `the sheet ${name} has a cell holding more than any cell can (${span.toLocaleString("en-US")} characters of XML)`,
      `trang tính ${name} có một ô chứa nhiều hơn mức một ô có thể chứa (${span.toLocaleString("vi-VN")} ký tự XML)`,
    );
  if (cells > limits.maxCellsPerSheet)
    reject(
      "sheet.cells",
      `the sheet ${name} has more than ${limits.maxCellsPerSheet.toLocaleString("en-US")} cells`,
      `trang tính ${name} có hơn ${limits.maxCellsPerSheet.toLocaleString("vi-VN")} ô`,
    );
  let merges = 0;
  let merged = 0;
  const re = /<mergeCell\s[^>]*ref="([^"]*)"/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    merges++;
    const area = areaOf(m[1]!);
    merged += Number.isNaN(area) ? 0 : area;
    if (merges > limits.maxMerges || merged > limits.maxMergedCells)
      reject(
        "sheet.merges",
        `the sheet ${name} merges ${merges > limits.maxMerges ? `more than ${limits.maxMerges} ranges` : `more than ${limits.maxMergedCells.toLocaleString("en-US")} cells (${m[1]})`}`,
        `trang tính ${name} gộp ${merges > limits.maxMerges ? `hơn ${limits.maxMerges} vùng` : `hơn ${limits.maxMergedCells.toLocaleString("vi-VN")} ô (${m[1]})`}`,
      );
  }
}

export function guardSharedStrings(name: string, xml: string, limits: Limits): void {
  guardXml(name, xml);
  const items = countTag(xml, "<si", limits.maxSharedStrings);
  if (items > limits.maxSharedStrings)
    reject(
      "shared-strings",
      `the shared strings hold more than ${limits.maxSharedStrings.toLocaleString("en-US")} items`,
      `bảng chuỗi dùng chung có hơn ${limits.maxSharedStrings.toLocaleString("vi-VN")} mục`,
    );
  for (let i = xml.indexOf("<si"); i >= 0;) {
    const end = xml.indexOf("</si>", i);
    const next = xml.indexOf("<si", i + 3);
    const stop = end < 0 ? xml.length : end;
    if (stop - i > limits.maxStringXmlChars)
      reject(
        "shared-strings",
        `a shared string is longer than any cell can hold (${(stop - i).toLocaleString("en-US")} characters of XML)`,
        `một chuỗi dùng chung dài hơn mức một ô có thể chứa (${(stop - i).toLocaleString("vi-VN")} ký tự XML)`,
      );
    i = next;
  }
}
