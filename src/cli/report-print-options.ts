// The command-line side of the report's print choices (`export --lang --doc-number --to ...`): the
// same choices the pane's export form offers, checked with the same schema, sealed the same way.
import { ReportPrintSchema, tidyReportPrint, type ReportPrint } from "../domain/report-print";
import { parseDateText } from "../domain/parse";
import { serialToIso } from "../domain/excel-date";
import { UsageError } from "./io";

export const PRINT_OPTIONS = {
  lang: { type: "string" },
  "governing-body": { type: "string" },
  "doc-number": { type: "string" },
  to: { type: "string" },
  place: { type: "string" },
  date: { type: "string" },
  "signer-title": { type: "string" },
  "signer-name": { type: "string" },
  "copy-to": { type: "string", multiple: true },
} as const;

export interface PrintOptionValues {
  lang?: string;
  "governing-body"?: string;
  "doc-number"?: string;
  to?: string;
  place?: string;
  date?: string;
  "signer-title"?: string;
  "signer-name"?: string;
  "copy-to"?: string[];
}

export const PRINT_HELP = {
  vi: `  --lang vi|en            ngôn ngữ của báo cáo (mặc định: ngôn ngữ của mẫu)
  --governing-body TÊN    cơ quan chủ quản, in phía trên tên đơn vị (ví dụ "UBND tỉnh Quảng Nam")
  --doc-number SỐ         số, ký hiệu văn bản (ví dụ 125/BC-SKHCN); bỏ trống để ghi tay khi phát hành
  --to NƠI-NHẬN           dòng "Kính gửi" (mặc định: cơ quan ban hành kế hoạch)
  --place ĐỊA-DANH        địa danh (ví dụ "Quảng Nam")
  --date NGÀY             ngày ban hành, dd/mm/yyyy; bỏ trống để ghi tay
  --signer-title CHỨC-VỤ  chức vụ người ký (mặc định "THỦ TRƯỞNG ĐƠN VỊ")
  --signer-name HỌ-TÊN    họ tên người ký
  --copy-to NƠI           thêm một nơi nhận (lặp lại được); "Như trên" và "Lưu: VT" luôn có`,
  en: `  --lang vi|en            the report's language (default: the template's)
  --governing-body NAME   the body the unit belongs to, printed above its name
  --doc-number NUMBER     document number (e.g. 125/BC-SKHCN); leave out to write it by hand
  --to ADDRESSEE          the "Kính gửi" line (default: the body that issued the plan)
  --place PLACE           place of issue
  --date DATE             date of issue, dd/mm/yyyy; leave out to write it by hand
  --signer-title TITLE    the signer's position (default "HEAD OF UNIT")
  --signer-name NAME      the signer's full name
  --copy-to RECIPIENT     another recipient (repeatable); "As above" and the archive are always listed`,
};

export function reportLanguage(value: string | undefined, fallback: "vi" | "en"): "vi" | "en" {
  if (value === undefined) return fallback;
  if (value === "vi" || value === "en") return value;
  throw new UsageError({
    vi: `--lang nhận vi hoặc en, không phải "${value}".`,
    en: `--lang takes vi or en, not "${value}".`,
  });
}

/** The print choices from the options; `recipient` is the default addressee in that language. */
export function reportPrintFrom(v: PrintOptionValues, language: "vi" | "en", recipient: string): ReportPrint {
  let date: string | null = null;
  if (v.date !== undefined && v.date.trim() !== "") {
    const serial = parseDateText(v.date);
    date = serial === null ? null : serialToIso(serial);
    if (date === null)
      throw new UsageError({
        vi: `--date "${v.date}" không phải một ngày; ghi dd/mm/yyyy, ví dụ 05/01/2024.`,
        en: `--date "${v.date}" is not a date; write dd/mm/yyyy, e.g. 05/01/2024.`,
      });
  }
  const candidate = tidyReportPrint({
    language,
    governingBody: v["governing-body"] ?? "",
    documentNumber: v["doc-number"] ?? "",
    recipient: v.to ?? recipient,
    place: v.place ?? "",
    date,
    signerTitle: v["signer-title"] ?? "",
    signerName: v["signer-name"] ?? "",
    copyTo: v["copy-to"] ?? [],
  });
  const r = ReportPrintSchema.safeParse(candidate);
  if (!r.success) {
    const what = r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new UsageError({
      vi: `Thông tin in trên báo cáo không hợp lệ (quá dài?): ${what}`,
      en: `The report's print details are not valid (too long?): ${what}`,
    });
  }
  return r.data;
}
