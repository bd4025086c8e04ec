// A file the ministry refuses to read, with the reason in both languages. Every defence throws
// this, so the batch can name the reason and go on with the next file.

export type RejectionCode =
  | "empty"
  | "not-xlsx"
  | "legacy-or-encrypted"
  | "zip.corrupt"
  | "zip.zip64"
  | "zip.encrypted"
  | "zip.too-many-entries"
  | "zip.entry-too-large"
  | "zip.total-too-large"
  | "zip.ratio"
  | "zip.inflate-lied"
  | "zip.method"
  | "zip.duplicate-entry"
  | "file.too-large"
  | "macro"
  | "external-link"
  | "sheet.merges"
  | "sheet.rows"
  | "sheet.cells"
  | "shared-strings"
  | "xml.doctype"
  | "timeout"
  | "memory"
  | "worker-crashed"
  | "unreadable"
  | "not-a-report"
  | "submission.sheet-missing"
  | "submission.metadata"
  | "plan.unknown"
  | "not-a-file"
  | "folder.unreadable"
  | "folder.loop"
  | "link.broken"
  | "ignored.hidden"
  | "ignored.excel-lock"
  | "format.ods"
  | "format.xlsb"
  | "format.text"
  | "format.other"
  | "unit.code-invalid";

export interface RejectionReason {
  code: RejectionCode;
  message: { vi: string; en: string };
}

export class Rejection extends Error {
  readonly code: RejectionCode;
  readonly vi: string;
  constructor(code: RejectionCode, en: string, vi: string) {
    super(en);
    this.name = "Rejection";
    this.code = code;
    this.vi = vi;
  }
  toReason(): RejectionReason {
    return { code: this.code, message: { vi: this.vi, en: this.message } };
  }
}

export function reject(code: RejectionCode, en: string, vi: string): never {
  throw new Rejection(code, en, vi);
}

/** Turns anything thrown while reading a file into a reason; unknown errors become "unreadable". */
export function reasonOf(error: unknown): RejectionReason {
  if (error instanceof Rejection) return error.toReason();
  const text = error instanceof Error ? error.message : String(error);
  const short = text.length > 300 ? `${text.slice(0, 300)}…` : text;
  return {
    code: "unreadable",
    message: { en: `the file could not be read: ${short}`, vi: `không đọc được tệp: ${short}` },
  };
}
