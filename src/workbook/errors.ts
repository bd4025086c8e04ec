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
  /** A template made before the review trail has nowhere to keep who decided, when, or the reply. */
  | "no-review-trail";

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

export function passwordProtected(sheet: string): WorkbookError {
  return new WorkbookError("protected", {
    vi: `Trang tính "${sheet}" được bảo vệ bằng mật khẩu. Hãy bỏ bảo vệ trang tính rồi thử lại.`,
    en: `The sheet "${sheet}" is protected with a password. Unprotect it and try again.`,
  });
}

export function unknownIndicator(id: string): WorkbookError {
  return new WorkbookError("unknown-indicator", {
    vi: `Biểu mẫu không có chỉ tiêu "${id}".`,
    en: `The template has no indicator "${id}".`,
  });
}

/** A template made before the review trail: it has nowhere to keep who decided, when, or the reply. */
export function noReviewTrail(): WorkbookError {
  return new WorkbookError("no-review-trail", {
    vi: "Biểu mẫu này được tạo trước khi có cột người thẩm định, thời điểm và trả lời của đơn vị. Hãy chèn lại biểu mẫu (Thiết lập → Chèn lại mẫu; số liệu đã nhập được giữ) rồi thử lại.",
    en: "This template was made before the reviewer, time and unit's reply columns existed. Insert the template again (Setup → Re-insert template; entries are kept) and try again.",
  });
}

export function noIndicators(text: { vi: string; en: string }): WorkbookError {
  return new WorkbookError("no-indicators", text);
}
