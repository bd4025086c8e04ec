// Errors the Office.js adapter raises for a person to read, in both languages.
import type { InsertPreview } from "./port";

export class ExcelPortError extends Error {
  constructor(
    readonly code: "no-template" | "conflicts" | "protected" | "unknown-indicator" | "office",
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
