// What the printed report says beyond the data: its language and the parts of an administrative
// document (Decree 30/2020/NĐ-CP, Appendix I) that the unit fills in at export: the governing body
// above its name, the document number, the addressee ("Kính gửi"), place and date, the signer, and
// who else receives a copy ("Nơi nhận"). They are sealed with the submission (DECISIONS D17), so
// the report sheet is a function of the sealed document alone and a reader can rebuild it.
import { z } from "zod";

// The schema is built the first time it checks something (z.lazy), as in ./plan.ts (DECISIONS D46).
const isoDate = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");
const line = (max: number) => z.string().max(max);

/** The longest each text may be (characters), and how many other recipients; forms enforce the same. */
export const REPORT_PRINT_LIMITS = {
  governingBody: 200,
  documentNumber: 60,
  recipient: 300,
  place: 100,
  signerTitle: 200,
  signerName: 100,
  copyTo: 200,
  copyToLines: 10,
} as const;
const L = REPORT_PRINT_LIMITS;

export const ReportPrintSchema = z.lazy(() =>
  z
    .object({
      language: z.enum(["vi", "en"]),
      /** The body the unit belongs to ("UBND TỈNH X"), printed above the unit's name; "" when none. */
      governingBody: line(L.governingBody),
      /** "12/BC-STTTT"; "" leaves "Số: ……/BC-……" to be filled in when the document is issued. */
      documentNumber: line(L.documentNumber),
      /** Whom the report is addressed to ("Kính gửi"); usually the body that issued the plan. */
      recipient: line(L.recipient),
      /** Place of issue ("Hà Nội"); "" leaves dots to be filled in by hand. */
      place: line(L.place),
      /** Date of issue; null leaves "ngày … tháng … năm …" to be filled in by hand. */
      date: isoDate().nullable(),
      /** The signer's position ("GIÁM ĐỐC"); "" prints the head of the unit. */
      signerTitle: line(L.signerTitle),
      /** The signer's full name; "" leaves the space for a handwritten name. */
      signerName: line(L.signerName),
      /** Other recipients listed under "Nơi nhận", besides the addressee and the archive. */
      copyTo: z.array(line(L.copyTo)).max(L.copyToLines),
    })
    .strict(),
);
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
