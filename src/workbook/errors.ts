// Errors the Office.js adapter raises for a person to read, in both languages.
import type { InsertPreview } from "./port";

export class ExcelPortError extends Error {
  constructor(
    readonly code:
      "no-template" | "conflicts" | "protected" | "unknown-indicator" | "office" | "no-review-trail",
    readonly text: { vi: string; en: string },
    readonly preview?: InsertPreview,
  ) {
    super(text.en);
    this.name = "ExcelPortError";
  }
}

export function noTemplate(): ExcelPortError {
  return new ExcelPortError("no-template", {
    vi: "Sổ tính này chưa có biểu mẫu tự đánh giá. Hãy chèn biểu mẫu trước.",
    en: "This workbook has no self-assessment template yet. Insert the template first.",
  });
}

export function refusedForConflicts(preview: InsertPreview): ExcelPortError {
  const list = preview.conflicts.slice(0, 12).map((c) => c.address);
  const more = preview.conflicts.length > list.length ? ` (+${preview.conflicts.length - list.length})` : "";
  return new ExcelPortError(
    "conflicts",
    {
      vi: `Không chèn biểu mẫu: thao tác này sẽ ghi đè ô người dùng đã nhập: ${list.join(", ")}${more}. Hãy chuyển hoặc xoá nội dung các ô đó rồi thử lại.`,
      en: `The template was not inserted: it would overwrite cells a person typed into: ${list.join(", ")}${more}. Move or clear those cells and try again.`,
    },
    preview,
  );
}

export function passwordProtected(sheet: string): ExcelPortError {
  return new ExcelPortError("protected", {
    vi: `Trang tính "${sheet}" được bảo vệ bằng mật khẩu. Hãy bỏ bảo vệ trang tính rồi thử lại.`,
    en: `The sheet "${sheet}" is protected with a password. Unprotect it and try again.`,
  });
}

export function unknownIndicator(id: string): ExcelPortError {
  return new ExcelPortError("unknown-indicator", {
    vi: `Biểu mẫu không có chỉ tiêu "${id}".`,
    en: `The template has no indicator "${id}".`,
  });
}

/** A template made before the review trail: it has nowhere to keep who decided, when, or the reply. */
export function noReviewTrail(): ExcelPortError {
  return new ExcelPortError("no-review-trail", {
    vi: "Biểu mẫu này được tạo trước khi có cột người thẩm định, thời điểm và trả lời của đơn vị. Hãy chèn lại biểu mẫu (Thiết lập → Chèn lại mẫu; số liệu đã nhập được giữ) rồi thử lại.",
    en: "This template was made before the reviewer, time and unit's reply columns existed. Insert the template again (Setup → Re-insert template; entries are kept) and try again.",
  });
}
