// Reads a zip's central directory straight from the buffer, without inflating anything, and
// refuses what an honest .xlsx never holds: too many entries, declared sizes or ratios of a bomb,
// macros, external links, encryption, ZIP64. Sizes declared here can lie; inflate.ts holds every
// entry to them while inflating, so a lying header fails there instead of filling memory.
import type { Limits } from "./limits";
import { reject, Rejection, type RejectionReason } from "./rejection";
import { explainFormat } from "./file-format";

/** Refuses a file that is not an .xlsx, saying what it is and that saving it as .xlsx is the fix. */
function notXlsx(buf: Buffer, code: "not-xlsx" | "legacy-or-encrypted", en: string, vi: string): never {
  const plain: RejectionReason = { code, message: { en, vi } };
  const better = explainFormat(buf, plain) ?? plain;
  throw new Rejection(better.code, better.message.en, better.message.vi);
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CD_SIG = 0x02014b50;
const MB = 1024 * 1024;

function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) return i;
  }
  return -1;
}

function isMacroPart(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    lower.endsWith("vbaproject.bin") ||
    lower.endsWith("vbaprojectsignature.bin") ||
    lower.includes("/activex/")
  );
}

function isExternalLinkPart(name: string): boolean {
  return name.toLowerCase().startsWith("xl/externallinks/");
}

export function scanZip(buf: Buffer, limits: Limits): ZipEntry[] {
  if (buf.length === 0) reject("empty", "the file is empty", "tệp rỗng");
  if (buf.length > limits.maxFileBytes)
    reject(
      "file.too-large",
      `the file is ${(buf.length / MB).toFixed(1)} MB, above the ${limits.maxFileBytes / MB} MB limit`,
      `tệp dung lượng ${(buf.length / MB).toFixed(1)} MB, vượt giới hạn ${limits.maxFileBytes / MB} MB`,
    );
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0)
    notXlsx(
      buf,
      "legacy-or-encrypted",
      "the file is a password-protected workbook or an old .xls, not an .xlsx",
      "tệp là sổ tính có mật khẩu hoặc định dạng .xls cũ, không phải .xlsx",
    );
  const eocd = buf.length >= 22 ? findEndOfCentralDirectory(buf) : -1;
  if (eocd < 0 || buf.readUInt32LE(0) !== 0x04034b50)
    notXlsx(
      buf,
      "not-xlsx",
      "the file is not an .xlsx workbook (not a zip package)",
      "tệp không phải sổ tính .xlsx (không phải gói zip)",
    );
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff)
    reject(
      "zip.zip64",
      "the zip uses ZIP64, which no honest report needs",
      "gói zip dùng ZIP64, báo cáo hợp lệ không cần",
    );
  if (count > limits.maxEntries)
    reject(
      "zip.too-many-entries",
      `the zip holds ${count} entries, above the limit of ${limits.maxEntries}`,
      `gói zip có ${count} mục, vượt giới hạn ${limits.maxEntries}`,
    );
  if (cdOffset + cdSize > eocd)
    reject("zip.corrupt", "the zip directory points outside the file", "thư mục zip trỏ ra ngoài tệp");

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CD_SIG)
      reject("zip.corrupt", "the zip directory is damaged", "thư mục zip bị hỏng");
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localHeaderOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;

    if (flags & 1)
      reject("zip.encrypted", `the zip entry ${name} is encrypted`, `mục ${name} trong gói zip bị mã hóa`);
    if (method !== 0 && method !== 8)
      reject(
        "zip.method",
        `the zip entry ${name} uses an unknown compression`,
        `mục ${name} dùng kiểu nén không hỗ trợ`,
      );
    if (compressedSize === 0xffffffff || size === 0xffffffff || localHeaderOffset === 0xffffffff)
      reject(
        "zip.zip64",
        "the zip uses ZIP64, which no honest report needs",
        "gói zip dùng ZIP64, báo cáo hợp lệ không cần",
      );
    if (isMacroPart(name))
      reject(
        "macro",
        `the workbook contains macros (${name}); macro workbooks are refused`,
        `sổ tính chứa macro (${name}); không nhận sổ tính có macro`,
      );
    if (isExternalLinkPart(name))
      reject(
        "external-link",
        `the workbook links to other workbooks (${name}); external links are refused`,
        `sổ tính liên kết tới sổ tính khác (${name}); không nhận liên kết ngoài`,
      );
    if (names.has(name))
      reject("zip.duplicate-entry", `the zip holds ${name} twice`, `gói zip chứa ${name} hai lần`);
    names.add(name);
    checkSize(name, size, compressedSize, limits);
    total += size;
    if (total > limits.maxTotalBytes)
      reject(
        "zip.total-too-large",
        `the workbook inflates to more than ${limits.maxTotalBytes / MB} MB`,
        `sổ tính giải nén vượt ${limits.maxTotalBytes / MB} MB`,
      );
    if (localHeaderOffset + 30 > cdOffset)
      reject("zip.corrupt", `the zip entry ${name} points outside the file`, `mục ${name} trỏ ra ngoài tệp`);
    entries.push({ name, method, compressedSize, size, localHeaderOffset });
  }
  if (!names.has("[Content_Types].xml") || !names.has("xl/workbook.xml"))
    notXlsx(
      buf,
      "not-xlsx",
      "the zip is not an Excel workbook (no xl/workbook.xml)",
      "gói zip không phải sổ tính Excel (thiếu xl/workbook.xml)",
    );
  return entries;
}

/** Used for the declared sizes here, and again for the real ones while inflating. */
export function checkSize(name: string, size: number, compressedSize: number, limits: Limits): void {
  if (size > limits.maxEntryBytes)
    reject(
      "zip.entry-too-large",
      `the part ${name} inflates to ${(size / MB).toFixed(1)} MB, above the ${limits.maxEntryBytes / MB} MB limit`,
      `phần ${name} giải nén ra ${(size / MB).toFixed(1)} MB, vượt giới hạn ${limits.maxEntryBytes / MB} MB`,
    );
  if (size > limits.ratioFloorBytes && size / Math.max(1, compressedSize) > limits.maxRatio)
    reject(
      "zip.ratio",
      `the part ${name} inflates ${Math.round(size / Math.max(1, compressedSize))} times its packed size (a zip bomb; limit ${limits.maxRatio})`,
      `phần ${name} giải nén gấp ${Math.round(size / Math.max(1, compressedSize))} lần (bom zip; giới hạn ${limits.maxRatio})`,
    );
}
