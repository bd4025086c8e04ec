// Words of the submission's report sheet, per report language. The Vietnamese follows the wording
// of Decree 30/2020/NĐ-CP, Appendix I (Quốc hiệu, Tiêu ngữ, "Số:", "Kính gửi:", "Nơi nhận:",
// "- Lưu: VT"); the English is its usual translation.
import { SHEET_STRINGS, type SheetStrings } from "../workbook/strings";
import type { ColumnKey } from "../workbook/layout-types";
import type { DocumentKind } from "../domain/registration";

/**
 * The report's table, in order: some of the template's columns, under the template's own headers.
 * Listed, not derived from the template's order, so that a column added to the template does not
 * reach the printed page (whose widths are REPORT_COLUMNS) unasked.
 */
export const REPORT_TABLE = [
  "number",
  "indicator",
  "unit",
  "target",
  "value",
  "completion",
  "status",
  "explanation",
  "evidence",
] as const satisfies readonly ColumnKey[];
type ReportColumns = Pick<SheetStrings["columns"], (typeof REPORT_TABLE)[number]>;

const templateHeaders = (lang: "vi" | "en"): ReportColumns =>
  Object.fromEntries(REPORT_TABLE.map((k) => [k, SHEET_STRINGS[lang].columns[k]])) as ReportColumns;

export interface ReportStrings {
  sheetName: string;
  nationalName: string;
  motto: string;
  documentNumber: (n: string) => string;
  /** The place and date line; unknown parts are left as dots to fill in by hand. */
  placeDate: (place: string, date: { d: number; m: number; y: number } | null) => string;
  docType: string;
  subject: (year: number) => string;
  planLine: (documentNumber: string, date: string, issuer: string) => string;
  to: string;
  intro: (code: string, unitType: string, from: string, to: string) => string;
  columns: ReportColumns;
  summary: (counts: string) => string;
  score: (points: string, max: string, percent: string, band: string) => string;
  recipients: string;
  asAbove: string;
  archive: string;
  preparerSign: string;
  preparerHint: string;
  headSign: string;
  headHint: string;
  hashLine: (hash: string) => string;
  footerHash: (short: string) => string;
}

const two = (n: number) => String(n).padStart(2, "0");
const dmy = (iso: string) => iso.split("-").reverse().join("/");
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export const REPORT_STRINGS: Record<"vi" | "en", ReportStrings> = {
  vi: {
    sheetName: "Báo cáo",
    nationalName: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    documentNumber: (n) => `Số: ${n || "……/BC-……"}`,
    // Decree 30: days below 10 and months 1 and 2 are written with a leading zero.
    placeDate: (place, date) =>
      `${place || "……………"}, ${
        date
          ? `ngày ${two(date.d)} tháng ${date.m <= 2 ? two(date.m) : date.m} năm ${date.y}`
          : "ngày …… tháng …… năm ……"
      }`,
    docType: "BÁO CÁO",
    subject: (year) => `Kết quả tự đánh giá thực hiện chỉ tiêu thi đua năm ${year}`,
    planLine: (doc, date, issuer) => `(theo Kế hoạch số ${doc} ngày ${dmy(date)} của ${issuer})`,
    to: "Kính gửi",
    intro: (code, type, from, to) =>
      `Đơn vị (mã định danh ${code}; loại đơn vị: ${type}) báo cáo kết quả tự đánh giá thực hiện các chỉ tiêu thi đua, số liệu từ ngày ${dmy(from)} đến ngày ${dmy(to)}, như sau:`,
    // The printed table words the result shorter than the template's "Kết quả thực hiện".
    columns: { ...templateHeaders("vi"), value: "Kết quả" },
    summary: (counts) => `Tổng hợp: ${counts}.`,
    score: (p, m, pct, band) =>
      `Điểm tự đánh giá: ${p}/${m} điểm${pct ? ` (${pct})` : ""}${band ? `; xếp loại: ${band}` : ""}.`,
    recipients: "Nơi nhận:",
    asAbove: "- Như trên;",
    archive: "- Lưu: VT.",
    preparerSign: "NGƯỜI LẬP BIỂU",
    preparerHint: "(Ký, ghi rõ họ tên)",
    headSign: "THỦ TRƯỞNG ĐƠN VỊ",
    headHint: "(Ký tên, đóng dấu)",
    hashLine: (h) => `Mã kiểm tra (SHA-256) của dữ liệu nộp: ${h}`,
    footerHash: (h) => `Mã kiểm tra ${h}…`,
  },
  en: {
    sheetName: "Report",
    nationalName: "SOCIALIST REPUBLIC OF VIET NAM",
    motto: "Independence - Freedom - Happiness",
    documentNumber: (n) => `No.: ${n || "……/BC-……"}`,
    placeDate: (place, date) =>
      `${place || "……………"}, ${date ? `${date.d} ${MONTHS[date.m - 1]} ${date.y}` : "date …… / …… / ……"}`,
    docType: "REPORT",
    subject: (year) => `Self-assessment of the emulation indicators for ${year}`,
    planLine: (doc, date, issuer) => `(under Plan No. ${doc} of ${dmy(date)} of the ${issuer})`,
    to: "To",
    intro: (code, type, from, to) =>
      `The unit (identifier ${code}; unit type: ${type}) reports its self-assessment of the emulation indicators, with data from ${dmy(from)} to ${dmy(to)}, as follows:`,
    columns: { ...templateHeaders("en"), value: "Result", completion: "% of target" },
    summary: (counts) => `Summary: ${counts}.`,
    score: (p, m, pct, band) =>
      `Self-assessed score: ${p}/${m} points${pct ? ` (${pct})` : ""}${band ? `; classification: ${band}` : ""}.`,
    recipients: "Recipients:",
    asAbove: "- As above;",
    archive: "- Archived: Records.",
    preparerSign: "PREPARED BY",
    preparerHint: "(Signature and full name)",
    headSign: "HEAD OF UNIT",
    headHint: "(Signature and seal)",
    hashLine: (h) => `Check code (SHA-256) of the submitted data: ${h}`,
    footerHash: (h) => `Check code ${h}…`,
  },
};

/**
 * A sealed registration's report (đăng ký thi đua, D37, D42): the same Decree 30 page, titled as a
 * registration, its value column the commitment (the template's "Chỉ tiêu đăng ký"), its intro
 * saying what the unit commits to, not what it achieved. A registration is never scored.
 */
const REGISTRATION_REPORT: Record<"vi" | "en", Partial<ReportStrings>> = {
  vi: {
    documentNumber: (n) => `Số: ${n || "……/ĐK-……"}`,
    docType: "BẢN ĐĂNG KÝ",
    subject: (year) => `Chỉ tiêu thi đua năm ${year}`,
    intro: (code, type, from, to) =>
      `Đơn vị (mã định danh ${code}; loại đơn vị: ${type}) đăng ký thực hiện các chỉ tiêu thi đua từ ngày ${dmy(from)} đến ngày ${dmy(to)} như sau:`,
    columns: {
      ...templateHeaders("vi"),
      value: SHEET_STRINGS.vi.registration.value,
      completion: "So với kế hoạch",
    },
    hashLine: (h) => `Mã kiểm tra (SHA-256) của dữ liệu đăng ký: ${h}`,
  },
  en: {
    documentNumber: (n) => `No.: ${n || "……/ĐK-……"}`,
    docType: "REGISTRATION",
    subject: (year) => `Emulation indicators registered for ${year}`,
    intro: (code, type, from, to) =>
      `The unit (identifier ${code}; unit type: ${type}) registers its commitments to the emulation indicators for ${dmy(from)} to ${dmy(to)}, as follows:`,
    columns: { ...templateHeaders("en"), value: "Commitment", completion: "% of plan" },
    hashLine: (h) => `Check code (SHA-256) of the registered data: ${h}`,
  },
};

/** The report's words for a document of `kind`: a year-end submission's, or a registration's. */
export function reportStrings(lang: "vi" | "en", kind?: DocumentKind): ReportStrings {
  return kind === "registration"
    ? { ...REPORT_STRINGS[lang], ...REGISTRATION_REPORT[lang] }
    : REPORT_STRINGS[lang];
}
