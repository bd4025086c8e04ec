// What the pane needs to export, handed in by the entry point (Office, the playground): the pane may
// not import src/xlsx (DESIGN §2), and the workbook builder (with ExcelJS) is large, so the entry
// passes a loader that fetches it as its own chunk on the first export.
import type { Plan } from "../domain/plan";
import type { Submission } from "../domain/submission";
import type { Language } from "../workbook/port";

export interface Exporter {
  /** The report prints as the submission's sealed print choices say (language, number, signer...). */
  buildSubmissionWorkbook(submission: Submission, plan: Plan, fallback?: Language): Promise<Uint8Array>;
}

export type LoadExporter = () => Promise<Exporter>;

/** An .xlsx as Excel.createWorkbook wants it. Chunked, as one spread of a large array overflows the stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step)
    binary += String.fromCharCode(...bytes.subarray(i, Math.min(i + step, bytes.length)));
  return btoa(binary);
}

/**
 * A file name a person recognises later: what it is (a submission, "bản nộp", or a registration,
 * "bản đăng ký"), the unit code and year, nothing a file system refuses.
 */
export function submissionFileName(sub: Submission, ext: "json" | "xlsx"): string {
  const code = sub.unit.code.replace(/[^0-9A-Za-z.-]+/g, "_").slice(0, 40) || "don-vi";
  return `${sub.kind === "registration" ? "ban-dang-ky" : "ban-nop"}-${code}-${sub.period.year}.${ext}`;
}
