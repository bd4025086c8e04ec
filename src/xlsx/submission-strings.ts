// Words of the submission report sheet beyond the template's own (src/workbook/strings.ts).

export interface ReportStrings {
  sheetName: string;
  title: string;
  period: (from: string, to: string) => string;
  summary: string;
  score: (points: number, max: number, percent: string, band: string) => string;
  placeDate: string;
  preparerSign: string;
  preparerHint: string;
  headSign: string;
  headHint: string;
  hashLine: (hash: string) => string;
  footerHash: (short: string) => string;
}

const dmy = (iso: string) => iso.split("-").reverse().join("/");

export const REPORT_STRINGS: Record<"vi" | "en", ReportStrings> = {
  vi: {
    sheetName: "Báo cáo",
    title: "BÁO CÁO KẾT QUẢ TỰ ĐÁNH GIÁ CHỈ TIÊU THI ĐUA",
    period: (from, to) => `số liệu từ ${dmy(from)} đến ${dmy(to)}`,
    summary: "Tổng hợp",
    score: (p, m, pct, band) =>
      `Điểm tự đánh giá: ${p} / ${m}${pct ? ` (${pct})` : ""}${band ? ` – Xếp loại: ${band}` : ""}`,
    placeDate: "…………, ngày …… tháng …… năm ……",
    preparerSign: "NGƯỜI LẬP BIỂU",
    preparerHint: "(Ký, ghi rõ họ tên)",
    headSign: "THỦ TRƯỞNG ĐƠN VỊ",
    headHint: "(Ký tên, đóng dấu)",
    hashLine: (h) => `Mã kiểm tra (SHA-256) của dữ liệu nộp: ${h}`,
    footerHash: (h) => `Mã kiểm tra ${h}…`,
  },
  en: {
    sheetName: "Report",
    title: "EMULATION INDICATORS: SELF-ASSESSMENT RESULTS",
    period: (from, to) => `data from ${dmy(from)} to ${dmy(to)}`,
    summary: "Summary",
    score: (p, m, pct, band) =>
      `Self-assessed score: ${p} / ${m}${pct ? ` (${pct})` : ""}${band ? ` – Classification: ${band}` : ""}`,
    placeDate: "…………, date ……/……/……",
    preparerSign: "PREPARED BY",
    preparerHint: "(Signature and full name)",
    headSign: "HEAD OF UNIT",
    headHint: "(Signature and seal)",
    hashLine: (h) => `Check code (SHA-256) of the submitted data: ${h}`,
    footerHash: (h) => `Check code ${h}…`,
  },
};
