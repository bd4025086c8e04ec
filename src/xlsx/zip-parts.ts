// A package unzipped with JSZip, for a browser (the pane reading last year's submission a person
// picked): no Node zlib there. Every XML part passes the same guard as in the ministry's reader
// (ooxml/parts.ts), and the file, its entries and their total are held to the same limits.
import { JSZip } from "./zip";
import { DEFAULT_LIMITS, type Limits } from "../ooxml/limits";
import { guardedPart, type XlsxParts } from "../ooxml/parts";
import { reject } from "../ooxml/rejection";

const MB = 1024 * 1024;

export async function zipParts(bytes: Uint8Array, limits: Limits = DEFAULT_LIMITS): Promise<XlsxParts> {
  if (bytes.length > limits.maxFileBytes)
    reject(
      "file.too-large",
      `the file is larger than ${Math.round(limits.maxFileBytes / MB)} MB`,
      `tệp lớn hơn ${Math.round(limits.maxFileBytes / MB)} MB`,
    );
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    reject("not-xlsx", "the file is not an .xlsx workbook", "tệp không phải sổ tính .xlsx");
  }
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  if (names.length > limits.maxEntries)
    reject(
      "zip.too-many-entries",
      `the file holds ${names.length} parts, more than an .xlsx report has`,
      `tệp có ${names.length} phần, nhiều hơn một báo cáo .xlsx`,
    );
  const texts = new Map<string, string>();
  let total = 0;
  for (const name of names) {
    if (!name.endsWith(".xml") && !name.endsWith(".rels")) continue;
    const text = await zip.file(name)!.async("string");
    total += text.length;
    if (text.length > limits.maxEntryBytes)
      reject("zip.entry-too-large", `the part ${name} is too large`, `phần ${name} quá lớn`);
    if (total > limits.maxTotalBytes)
      reject("zip.total-too-large", "the file unpacks to too much data", "tệp giải nén ra quá nhiều dữ liệu");
    texts.set(name, guardedPart(name, text, limits));
  }
  const present = new Set(names);
  return { limits, has: (n) => present.has(n), names: () => [...names], text: (n) => texts.get(n) };
}
