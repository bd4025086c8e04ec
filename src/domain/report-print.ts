// What the printed report says beyond the data: its language and the parts of an administrative
// document (Decree 30/2020/NĐ-CP, Appendix I) that the unit fills in at export: the governing body
// above its name, the document number, the addressee ("Kính gửi"), place and date, the signer, and
// who else receives a copy ("Nơi nhận"). They are sealed with the submission (DECISIONS D10), so
// the report sheet is a function of the sealed document alone and a reader can rebuild it.
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");
const line = (max: number) => z.string().max(max);

export const ReportPrintSchema = z
  .object({
    language: z.enum(["vi", "en"]),
    /** The body the unit belongs to ("UBND TỈNH X"), printed above the unit's name; "" when none. */
    governingBody: line(200),
    /** "12/BC-STTTT"; "" leaves "Số: ……/BC-……" to be filled in when the document is issued. */
    documentNumber: line(60),
    /** Whom the report is addressed to ("Kính gửi"); usually the body that issued the plan. */
    recipient: line(300),
    /** Place of issue ("Hà Nội"); "" leaves dots to be filled in by hand. */
    place: line(100),
    /** Date of issue; null leaves "ngày … tháng … năm …" to be filled in by hand. */
    date: isoDate.nullable(),
    /** The signer's position ("GIÁM ĐỐC"); "" prints the head of the unit. */
    signerTitle: line(200),
    /** The signer's full name; "" leaves the space for a handwritten name. */
    signerName: line(100),
    /** Other recipients listed under "Nơi nhận", besides the addressee and the archive. */
    copyTo: z.array(line(200)).max(10),
  })
  .strict();
export type ReportPrint = z.infer<typeof ReportPrintSchema>;

export const REPORT_LANGUAGES = ["vi", "en"] as const;

/** Print choices with nothing filled in but the language and the addressee. */
export function defaultReportPrint(language: "vi" | "en", recipient = ""): ReportPrint {
  return {
    language,
    governingBody: "",
    documentNumber: "",
    recipient,
    place: "",
    date: null,
    signerTitle: "",
    signerName: "",
    copyTo: [],
  };
}

/** Trims every text and drops empty copy lines, as a person would expect of a form. */
export function tidyReportPrint(p: ReportPrint): ReportPrint {
  return {
    ...p,
    governingBody: p.governingBody.trim(),
    documentNumber: p.documentNumber.trim(),
    recipient: p.recipient.trim(),
    place: p.place.trim(),
    signerTitle: p.signerTitle.trim(),
    signerName: p.signerName.trim(),
    copyTo: p.copyTo.map((c) => c.trim()).filter((c) => c !== ""),
  };
}
