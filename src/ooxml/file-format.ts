// What a file that is not an .xlsx workbook is, told so the unit knows what to do: an OpenDocument
// spreadsheet, an Excel binary workbook, an old .xls (or a password-protected file), a CSV or text
// file, a PDF, a Word document. Every such message ends with "Save as .xlsx", since that is the fix.
import type { RejectionReason } from "./rejection";

const SAVE_AS = {
  vi: "Mở tệp bằng Excel hoặc LibreOffice và lưu lại dưới dạng .xlsx (Sổ làm việc Excel), rồi gửi lại.",
  en: "Open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook), then send it again.",
};

function reason(code: RejectionReason["code"], vi: string, en: string): RejectionReason {
  return { code, message: { vi: `${vi}. ${SAVE_AS.vi}`, en: `${en}. ${SAVE_AS.en}` } };
}

const has = (buf: Buffer, text: string) => buf.includes(Buffer.from(text, "latin1"));

/** Looks more like text than binary: no NUL in the first 4 KB (UTF-16 text has NULs, so its BOM counts). */
function looksLikeText(buf: Buffer): boolean {
  const head = buf.subarray(0, 4096);
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  return !head.includes(0);
}

/**
 * A better reason for a file the zip scan refuses as not an .xlsx (or as a legacy/encrypted OLE
 * file), or null to keep the scan's own. Only recognises; never parses what it names. Called by
 * zip-scan.ts, so every reader of a package gives the same reason.
 */
export function explainFormat(buf: Buffer, original: RejectionReason): RejectionReason | null {
  if (original.code === "legacy-or-encrypted")
    return reason(
      "legacy-or-encrypted",
      "Tệp là sổ tính .xls cũ (Excel 97–2003) hoặc có đặt mật khẩu, nên không đọc được; nếu có mật khẩu, bỏ mật khẩu trước",
      "The file is an old .xls workbook (Excel 97–2003) or is password-protected, so it cannot be read; if it has a password, remove it first",
    );
  if (original.code !== "not-xlsx") return null;
  const isZip = buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50;
  // OpenDocument: the mimetype entry (stored first, uncompressed, by the standard) or, failing that,
  // the manifest and content parts every OpenDocument package has.
  const openDocument =
    has(buf, "application/vnd.oasis.opendocument.spreadsheet") ||
    (has(buf, "META-INF/manifest.xml") && has(buf, "content.xml") && !has(buf, "opendocument.text"));
  if (isZip && openDocument)
    return reason(
      "format.ods",
      "Tệp là bảng tính OpenDocument (.ods, LibreOffice Calc), không phải .xlsx",
      "The file is an OpenDocument spreadsheet (.ods, LibreOffice Calc), not an .xlsx",
    );
  if (isZip && has(buf, "xl/workbook.bin"))
    return reason(
      "format.xlsb",
      "Tệp là sổ tính nhị phân Excel (.xlsb), không phải .xlsx",
      "The file is an Excel Binary Workbook (.xlsb), not an .xlsx",
    );
  if (isZip && has(buf, "word/document.xml"))
    return reason(
      "format.other",
      "Tệp là văn bản Word (.docx), không phải sổ tính",
      "The file is a Word document (.docx), not a workbook",
    );
  if (buf.subarray(0, 5).toString("latin1") === "%PDF-")
    return reason(
      "format.other",
      "Tệp là PDF; Bộ cần sổ tính báo cáo (.xlsx) chứ không phải bản in",
      "The file is a PDF; the ministry needs the report workbook (.xlsx), not a print",
    );
  if (!isZip && looksLikeText(buf))
    return reason(
      "format.text",
      "Tệp là văn bản hoặc CSV, không phải sổ tính .xlsx (CSV không giữ được mẫu, công thức và dữ liệu niêm phong)",
      "The file is text or CSV, not an .xlsx workbook (CSV cannot keep the template, its formulas or the sealed data)",
    );
  return reason(
    "not-xlsx",
    isZip ? "Tệp là gói zip nhưng không phải sổ tính Excel" : "Tệp không phải sổ tính .xlsx",
    isZip ? "The file is a zip package but not an Excel workbook" : "The file is not an .xlsx workbook",
  );
}
