// Every word the template sheet shows, per template language, in one place so a translator edits
// data and never code. Status labels live in src/domain/status-labels.ts (DECISIONS D2).
import type { ReviewDecision } from "../domain/entry";
import type { ValueType } from "../domain/plan";
import type { Language } from "./port";
import type { ParamKey } from "./formulas";
import type { ColumnKey, TrailKey } from "./layout-types";

export interface SheetStrings {
  sheetName: string;
  title: string;
  planLine: (documentNumber: string, date: string, version: string) => string;
  periodLine: (from: string, to: string) => string;
  header: {
    unitName: string;
    unitCode: string;
    unitType: string;
    year: string;
    preparer: string;
    /** The name the pane records with each review decision (asked once, kept here). */
    reviewer: string;
    plan: string;
  };
  /** Headers of the table's columns (src/workbook/layout.ts COLUMN_ORDER). */
  columns: Record<ColumnKey, string>;
  /** Headers of the hidden parameter columns the formulas read (DECISIONS D9). */
  params: Record<ParamKey, string>;
  /** Headers of the review trail right of the parameter columns (the basis column is hidden). */
  trail: Record<TrailKey, string>;
  archive: { title: string; note: string };
  decisions: Record<ReviewDecision, string>;
  /** Input message titles are cut by Excel at 32 characters. */
  prompt: {
    valueTitle: string;
    previousTitle: string;
    /** The input message of a "Năm trước" cell: what to type, for which base (growth.ts baseText). */
    previousMessage: (what: string, base: string) => string;
    explanationTitle: string;
    explanationMessage: string;
    evidenceTitle: string;
    evidenceMessage: string;
    decisionTitle: string;
    decisionMessage: string;
    commentTitle: string;
    commentMessage: string;
    preparerTitle: string;
    preparerMessage: string;
    replyTitle: string;
    replyMessage: string;
    reviewerTitle: string;
    reviewerMessage: string;
    reviewedByMessage: string;
    reviewedAtTitle: string;
    reviewedAtMessage: string;
    basisTitle: string;
    basisMessage: string;
    /** What to type, per value type; where the target is and the not-applicable token are appended. */
    expects: Record<ValueType, (min?: string, max?: string) => string>;
    target: string;
    /** Where the row's target is: the input message is one per group of rows, not per row. */
    targetBeside: string;
    notApplicable: string;
  };
  error: { title: string; value: string; text: string; decision: string };
  /**
   * The words of a registration template (đăng ký thi đua, D37) where they differ from a year-end
   * one: the title and the value column, where the unit types its commitment.
   */
  registration: { title: string; value: string; valueTitle: string };
}

const between = (lo: string | undefined, hi: string | undefined, joinWord: string, andWord: string) =>
  lo !== undefined && hi !== undefined
    ? ` ${joinWord} ${lo} ${andWord} ${hi}`
    : lo !== undefined
      ? ` ≥ ${lo}`
      : hi !== undefined
        ? ` ≤ ${hi}`
        : "";

export const SHEET_STRINGS: Record<Language, SheetStrings> = {
  vi: {
    sheetName: "Tự đánh giá",
    title: "BÁO CÁO TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CHỈ TIÊU THI ĐUA",
    planLine: (doc, date, version) => `Theo ${doc} ngày ${date} (phiên bản danh mục ${version})`,
    periodLine: (from, to) => `Kỳ báo cáo: từ ${from} đến ${to}`,
    header: {
      unitName: "Tên đơn vị",
      unitCode: "Mã đơn vị",
      unitType: "Loại hình đơn vị",
      year: "Năm báo cáo",
      preparer: "Người lập biểu",
      reviewer: "Người thẩm định",
      plan: "Căn cứ",
    },
    columns: {
      number: "STT",
      id: "Mã chỉ tiêu",
      field: "Lĩnh vực",
      indicator: "Chỉ tiêu",
      unit: "Đơn vị tính",
      deadline: "Hạn",
      target: "Mục tiêu",
      previous: "Năm trước",
      value: "Kết quả thực hiện",
      completion: "Tỷ lệ hoàn thành",
      status: "Đánh giá",
      explanation: "Giải trình",
      evidence: "Minh chứng",
      reviewDecision: "Ý kiến thẩm định",
      reviewComment: "Nhận xét thẩm định",
    },
    params: {
      kind: "Tham số: kiểu so sánh",
      low: "Tham số: ngưỡng dưới",
      high: "Tham số: ngưỡng trên",
      min: "Tham số: giá trị nhỏ nhất",
      max: "Tham số: giá trị lớn nhất",
      whole: "Tham số: số nguyên",
      target: "Tham số: mục tiêu tính tỷ lệ",
      due: "Tham số: chưa đến hạn",
      growth: "Tham số: tăng trưởng tính từ hai mức",
    },
    trail: {
      reply: "Trả lời của đơn vị",
      reviewedBy: "Người thẩm định",
      reviewedAt: "Thời điểm thẩm định",
      basis: "Dữ liệu: căn cứ của quyết định (không sửa)",
    },
    archive: {
      title: "LƯU TRỮ: số liệu của các chỉ tiêu không còn trong danh mục mới",
      note: "Giữ lại khi nâng cấp mẫu; không tính vào đánh giá. Chỉ tiêu trở lại mẫu thì số liệu trở lại bảng.",
    },
    decisions: { accepted: "Chấp nhận", returned: "Trả lại" },
    prompt: {
      valueTitle: "Kết quả thực hiện",
      previousTitle: "Số liệu năm trước",
      previousMessage: (what, base) =>
        `Nhập ${what} của ${base}. Tốc độ tăng được tính từ số này và số năm nay ở cột Kết quả; không nhập tỷ lệ.`,
      explanationTitle: "Giải trình",
      explanationMessage:
        "Bắt buộc khi chỉ tiêu chưa đạt hoặc không áp dụng: nêu lý do và giải pháp. Tối đa 2.000 ký tự.",
      evidenceTitle: "Minh chứng",
      evidenceMessage: "Số, ngày văn bản hoặc đường dẫn tài liệu chứng minh kết quả. Tối đa 1.000 ký tự.",
      decisionTitle: "Ý kiến thẩm định",
      decisionMessage: "Dành cho người thẩm định: chọn Chấp nhận hoặc Trả lại.",
      commentTitle: "Nhận xét thẩm định",
      commentMessage: "Dành cho người thẩm định: lý do trả lại hoặc ghi chú. Tối đa 2.000 ký tự.",
      preparerTitle: "Người lập biểu",
      preparerMessage: "Họ tên và chức vụ người lập báo cáo.",
      replyTitle: "Trả lời của đơn vị",
      replyMessage:
        "Khi chỉ tiêu bị trả lại: trả lời nhận xét thẩm định (đã sửa gì, vì sao). Tối đa 2.000 ký tự.",
      reviewerTitle: "Người thẩm định",
      reviewerMessage: "Họ tên người thẩm định; khung tác vụ ghi tên này cùng mỗi quyết định.",
      reviewedByMessage: "Ai đã ghi quyết định thẩm định ở dòng này.",
      reviewedAtTitle: "Thời điểm thẩm định",
      reviewedAtMessage: "Khung tác vụ ghi thời điểm lưu quyết định (ISO 8601, kèm múi giờ).",
      basisTitle: "Căn cứ của quyết định",
      basisMessage: "Dữ liệu của khung tác vụ: kết quả và trả lời lúc ghi quyết định. Không sửa.",
      expects: {
        percent: (lo, hi) => `Nhập tỷ lệ phần trăm${between(lo, hi, "từ", "đến")}, ví dụ 80%.`,
        rate: (lo, hi) => `Nhập tỷ lệ tăng trưởng theo phần trăm${between(lo, hi, "từ", "đến")}, ví dụ 30%.`,
        number: (lo, hi) =>
          `Nhập một số${between(lo, hi, "từ", "đến")}, không dùng dấu tách hàng nghìn (ví dụ 27000).`,
        integer: (lo, hi) =>
          `Nhập số nguyên${between(lo, hi, "từ", "đến")}, không dùng dấu tách hàng nghìn (ví dụ 27000).`,
        rank: () => "Nhập thứ hạng (số nguyên, 1 là cao nhất).",
        // A day after the 12th cannot be read as a month: unambiguous in a vi-VN Excel, and text (so
        // flagged) elsewhere; year-month-day reads the same in every Excel.
        date: () =>
          'Nhập ngày hoàn thành, ví dụ 31/12/2020 (Excel cài đặt vùng Việt Nam) hoặc 2020-12-31; nếu chưa xong, nhập "Chưa thực hiện" và giải trình.',
        done: () => "Nhập Có (đã thực hiện) hoặc Không (chưa thực hiện).",
      },
      target: "Mục tiêu",
      targetBeside: "Chỉ tiêu cần đạt ở cột Mục tiêu.",
      notApplicable: 'Nếu không áp dụng, nhập "Không áp dụng" và giải trình.',
    },
    error: {
      title: "Giá trị không hợp lệ",
      // Vietnamese Office labels the alert's buttons Có / Không / Hủy bỏ.
      value: "Giá trị này không đúng yêu cầu của chỉ tiêu. Xem hướng dẫn của ô; chọn Có để vẫn giữ.",
      text: "Nội dung quá dài.",
      decision: "Chọn Chấp nhận hoặc Trả lại trong danh sách.",
    },
    registration: {
      title: "ĐĂNG KÝ CHỈ TIÊU THI ĐUA",
      value: "Chỉ tiêu đăng ký",
      valueTitle: "Chỉ tiêu đăng ký",
    },
  },
  en: {
    sheetName: "Self-assessment",
    title: "EMULATION INDICATORS: SELF-ASSESSMENT REPORT",
    planLine: (doc, date, version) => `Under ${doc} of ${date} (catalog version ${version})`,
    periodLine: (from, to) => `Reporting period: ${from} to ${to}`,
    header: {
      unitName: "Unit name",
      unitCode: "Unit code",
      unitType: "Unit type",
      year: "Reporting year",
      preparer: "Prepared by",
      reviewer: "Reviewer",
      plan: "Basis",
    },
    columns: {
      number: "No.",
      id: "Indicator id",
      field: "Field",
      indicator: "Indicator",
      unit: "Unit",
      deadline: "Deadline",
      target: "Target",
      previous: "Previous year",
      value: "Actual value",
      completion: "Completion",
      status: "Status",
      explanation: "Explanation",
      evidence: "Evidence",
      reviewDecision: "Review decision",
      reviewComment: "Review comment",
    },
    params: {
      kind: "Parameter: comparison",
      low: "Parameter: low edge",
      high: "Parameter: high edge",
      min: "Parameter: minimum",
      max: "Parameter: maximum",
      whole: "Parameter: whole number",
      target: "Parameter: completion target",
      due: "Parameter: not yet due",
      growth: "Parameter: growth computed from two levels",
    },
    trail: {
      reply: "Unit's reply",
      reviewedBy: "Reviewed by",
      reviewedAt: "Reviewed at",
      basis: "Data: what the decision was made on (do not edit)",
    },
    archive: {
      title: "ARCHIVE: entries of indicators no longer in the catalog",
      note: "Kept when the template was upgraded; not assessed. An indicator that comes back takes its values back.",
    },
    decisions: { accepted: "Accepted", returned: "Returned" },
    prompt: {
      valueTitle: "Actual value",
      previousTitle: "Previous year's figure",
      previousMessage: (what, base) =>
        `Enter ${what} for ${base}. The growth is computed from it and this year's figure in Actual value; do not type a rate.`,
      explanationTitle: "Explanation",
      explanationMessage:
        "Required when the indicator falls short or does not apply: give the reason and the remedy. At most 2,000 characters.",
      evidenceTitle: "Evidence",
      evidenceMessage:
        "Number and date of a document, or a link, that proves the result. At most 1,000 characters.",
      decisionTitle: "Review decision",
      decisionMessage: "For the reviewer: choose Accepted or Returned.",
      commentTitle: "Review comment",
      commentMessage: "For the reviewer: why it was returned, or a note. At most 2,000 characters.",
      preparerTitle: "Prepared by",
      preparerMessage: "Name and position of the person who prepared the report.",
      replyTitle: "Unit's reply",
      replyMessage:
        "When the row was returned: answer the review comment (what changed and why). At most 2,000 characters.",
      reviewerTitle: "Reviewer",
      reviewerMessage: "The reviewer's name; the pane records it with each decision.",
      reviewedByMessage: "Who recorded the review decision on this row.",
      reviewedAtTitle: "Reviewed at",
      reviewedAtMessage: "The pane records when the decision was saved (ISO 8601, with the time zone).",
      basisTitle: "What the decision was made on",
      basisMessage: "The pane's data: the value and the reply when the decision was saved. Do not edit.",
      expects: {
        percent: (lo, hi) => `Type a percentage${between(lo, hi, "from", "to")}, e.g. 80%.`,
        rate: (lo, hi) => `Type a growth rate as a percentage${between(lo, hi, "from", "to")}, e.g. 30%.`,
        number: (lo, hi) =>
          `Type a number${between(lo, hi, "from", "to")}, without a thousands separator (e.g. 27000).`,
        integer: (lo, hi) =>
          `Type a whole number${between(lo, hi, "from", "to")}, without a thousands separator (e.g. 27000).`,
        rank: () => "Type the rank (a whole number, 1 is best).",
        date: () =>
          'Type the completion date as 2020-12-31 (year-month-day), or 31/12/2020 in a Vietnamese Excel; if it is not done, type "Not done" and explain.',
        done: () => "Type Yes (done) or No (not done).",
      },
      target: "Target",
      targetBeside: "The target is in the Target column.",
      notApplicable: 'If it does not apply, type "N/A" and explain.',
    },
    error: {
      title: "Value not accepted",
      value: "This value does not fit the indicator. See the cell's message; choose Yes to keep it anyway.",
      text: "The text is too long.",
      decision: "Choose Accepted or Returned from the list.",
    },
    registration: {
      title: "EMULATION INDICATORS: REGISTRATION",
      value: "Registered target",
      valueTitle: "Registered target",
    },
  },
};

/** The decision a label stands for, in either language, ignoring case and surrounding space. */
export function decisionFromLabel(label: unknown): ReviewDecision | null {
  if (typeof label !== "string") return null;
  // Composed first: a decision typed decomposed (Unikey's "Unicode tổ hợp") is the same word.
  const key = label.normalize("NFC").trim().toLowerCase();
  for (const lang of ["vi", "en"] as const) {
    for (const [decision, text] of Object.entries(SHEET_STRINGS[lang].decisions)) {
      if (text.toLowerCase() === key) return decision as ReviewDecision;
    }
  }
  return null;
}
