// The one error family both workbook adapters throw (Office.js and ExcelJS), for a person to read:
// a code the pane and the CLI switch on, and the sentence in both languages. Nothing downstream
// guesses the kind of an error from its message.
import type { InsertPreview } from "./port";

export type WorkbookErrorCode =
  /** The workbook has no self-assessment template. */
  | "no-template"
  /** The template's SA_* names are gone or point nowhere. */
  | "damaged-template"
  /** An insert would overwrite cells a person typed (the preview lists them). */
  | "conflicts"
  /** A sheet is protected with a password. */
  | "protected"
  /** The template has no row for an indicator. */
  | "unknown-indicator"
  /** No indicator of the plan applies to the request. */
  | "no-indicators"
  /** A write stopped part way (the message says what became of the sheets' protection). */
  | "incomplete";

export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    readonly text: { vi: string; en: string },
    readonly preview?: InsertPreview,
  ) {
    super(text.en);
    this.name = "WorkbookError";
  }
}

/** Whether `e` is one of ours (also across bundles, where instanceof may not see the same class). */
export function isWorkbookError(e: unknown): e is WorkbookError {
  return (
    e instanceof WorkbookError ||
    (e instanceof Error &&
      e.name === "WorkbookError" &&
      typeof (e as { code?: unknown }).code === "string" &&
      typeof (e as { text?: { vi?: unknown } }).text?.vi === "string")
  );
}

export function noTemplate(): WorkbookError {
  return new WorkbookError("no-template", {
    vi: "Sổ tính này chưa có biểu mẫu tự đánh giá. Hãy chèn biểu mẫu trước.",
    en: "This workbook has no self-assessment template yet. Insert the template first.",
  });
}

export function damagedTemplate(name: string): WorkbookError {
  return new WorkbookError("damaged-template", {
    vi: `Biểu mẫu bị hỏng: không tìm thấy vùng tên ${name}. Hãy chèn lại biểu mẫu (số liệu đã nhập được giữ).`,
    en: `The template is damaged: the name ${name} is missing. Insert the template again (entries are kept).`,
  });
}

export function refusedForConflicts(preview: InsertPreview): WorkbookError {
  const list = preview.conflicts.slice(0, 12).map((c) => c.address);
  const more = preview.conflicts.length > list.length ? ` (+${preview.conflicts.length - list.length})` : "";
  return new WorkbookError(
    "conflicts",
    {
      vi: `Không chèn biểu mẫu: thao tác này sẽ ghi đè ô người dùng đã nhập: ${list.join(", ")}${more}. Hãy chuyển hoặc xoá nội dung các ô đó rồi thử lại.`,
      en: `The template was not inserted: it would overwrite cells a person typed into: ${list.join(", ")}${more}. Move or clear those cells and try again.`,
    },
    preview,
  );
}

/** Excel refused to unprotect a sheet that is still protected: a password, as far as Office can tell. */
export function passwordProtected(sheet: string): WorkbookError {
  return new WorkbookError("protected", {
    vi: `Excel không cho bỏ bảo vệ trang tính "${sheet}": có thể trang tính có mật khẩu. Không có gì bị thay đổi. Hãy bỏ bảo vệ trang tính (Xem lại > Bỏ bảo vệ trang tính) rồi thử lại.`,
    en: `Excel would not unprotect the sheet "${sheet}": it may have a password. Nothing was changed. Unprotect it (Review > Unprotect Sheet) and try again.`,
  });
}

/** The protection changed between the read and the write (another person, or another window). */
export function protectionChanged(sheet: string): WorkbookError {
  return new WorkbookError("protected", {
    vi: `Trạng thái bảo vệ của trang tính "${sheet}" vừa bị thay đổi (có thể bởi người khác cùng sửa sổ tính). Không có gì bị thay đổi. Hãy thử lại.`,
    en: `The protection of the sheet "${sheet}" changed while the template was being written (perhaps by someone else editing the workbook). Nothing was changed. Try again.`,
  });
}

/**
 * A write stopped part way. Says what Excel said, and what became of the sheets' protection:
 * protected again, or still open (and how to close it).
 */
export function incompleteWrite(
  cause: string,
  restored: { protectedAgain: string[]; stillOpen: string[] },
): WorkbookError {
  const list = (sheets: string[]) => sheets.map((s) => `"${s}"`).join(", ");
  const open = list(restored.stillOpen);
  const again = list(restored.protectedAgain);
  const several = (sheets: string[], one: string, many: string) => (sheets.length > 1 ? many : one);
  const vi = [
    `Chèn biểu mẫu chưa xong: Excel báo lỗi "${cause}". Một phần biểu mẫu có thể chưa được ghi; hãy kiểm tra trang tính rồi chèn lại biểu mẫu.`,
    again ? `Trang tính ${again} đã được bảo vệ lại.` : "",
    open
      ? `Trang tính ${open} hiện KHÔNG được bảo vệ và không bảo vệ lại được; hãy bảo vệ bằng Xem lại > Bảo vệ trang tính.`
      : "",
  ];
  const en = [
    `The template was not completely written: Excel said "${cause}". Part of it may be missing; check the sheet, then insert the template again.`,
    again
      ? `${several(restored.protectedAgain, "The sheet", "The sheets")} ${again} ${several(restored.protectedAgain, "was", "were")} protected again.`
      : "",
    open
      ? `${several(restored.stillOpen, "The sheet", "The sheets")} ${open} ${several(restored.stillOpen, "is", "are")} NOT protected now and could not be protected again; protect ${several(restored.stillOpen, "it", "them")} with Review > Protect Sheet.`
      : "",
  ];
  return new WorkbookError("incomplete", {
    vi: vi.filter(Boolean).join(" "),
    en: en.filter(Boolean).join(" "),
  });
}

export function unknownIndicator(id: string): WorkbookError {
  return new WorkbookError("unknown-indicator", {
    vi: `Biểu mẫu không có chỉ tiêu "${id}".`,
    en: `The template has no indicator "${id}".`,
  });
}

export function noIndicators(text: { vi: string; en: string }): WorkbookError {
  return new WorkbookError("no-indicators", text);
}
