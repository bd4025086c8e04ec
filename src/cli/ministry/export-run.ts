// `export`: a filled template to the standard submission, for units without the add-in. The same
// submission workbook as the pane's export; blocked, with the list, while any error remains.
import { resolve } from "node:path";
import type { Entry } from "../../domain/entry";
import type { Indicator } from "../../domain/plan";
import type { ScoringScheme } from "../../domain/scoring";
import { assessReport } from "../../domain/assess";
import type { Plan } from "../../domain/plan";
import { planById, usePlans } from "./plans";
import type { Limits } from "../../xlsx/safety/limits";
import { writeFileAtomic } from "../../xlsx/safety/atomic-write";
import { buildSubmissionWorkbook } from "../../xlsx/submission-workbook";
import type { Io } from "../io";
import { UsageError } from "../io";
import { readBatch } from "./batch";
import { checkOutputPath } from "./options";
import { displayPath } from "./check-run";
import { sealFrom } from "./seal";
import { both, safeText } from "./text";
import { reportLanguage, reportPrintFrom, type PrintOptionValues } from "../report-print-options";
import { printWorkbookToPdf } from "../../xlsx/submission-pdf";

export interface ExportOptions {
  file: string;
  out: string;
  json?: string;
  /** Also print the report to this PDF, with this soffice (found by the command). */
  pdf?: string;
  soffice?: string;
  /** The report's print details (language, document number, addressee...), as given. */
  print?: PrintOptionValues;
  limits: Limits;
  scheme: ScoringScheme | null;
  plans?: readonly Plan[];
}

export async function runExport(opts: ExportOptions, io: Io): Promise<0 | 1 | 2> {
  const file = resolve(io.cwd, opts.file);
  const out = resolve(io.cwd, opts.out);
  const json = opts.json === undefined ? undefined : resolve(io.cwd, opts.json);
  const pdf = opts.pdf === undefined ? undefined : resolve(io.cwd, opts.pdf);
  const outputs = [out, json, pdf].filter((p): p is string => p !== undefined);
  if (outputs.includes(file) || new Set(outputs).size !== outputs.length)
    throw new UsageError({
      vi: "Tệp xuất phải khác tệp đầu vào (tệp đầu vào không bao giờ bị ghi đè) và khác nhau.",
      en: "Outputs must differ from the input (an input is never overwritten) and from each other.",
    });
  checkOutputPath(out);
  if (json !== undefined) checkOutputPath(json);
  if (pdf !== undefined) checkOutputPath(pdf);
  usePlans(opts.plans ?? []);
  const [report] = await readBatch([file], {
    limits: opts.limits,
    scheme: opts.scheme,
    workers: 1,
    plans: opts.plans ?? [],
  });
  const r = report!;
  const name = displayPath(io.cwd, file);
  if (r.rejected) {
    io.err(`✖ ${safeText(name)}: [${r.rejected.code}] ${both(r.rejected.message)}`);
    return 2;
  }
  if (r.kind !== "template") {
    io.err(
      `✖ ${safeText(name)}: tệp đã là bản nộp; lệnh export đọc mẫu đã điền / the file is already a submission; export reads a filled template`,
    );
    return 2;
  }
  const errors = [
    ...r.fileIssues.filter((i) => i.severity === "error").map((i) => `[${i.code}] ${both(i.message)}`),
    ...r.entries.flatMap((e) =>
      e.issues
        .filter((i) => i.severity === "error")
        .map((i) => `${e.indicatorId}: [${i.code}] ${both(i.message)}`),
    ),
  ];
  if (errors.length > 0) {
    io.err(
      `✖ ${safeText(name)}: ${errors.length} lỗi chặn việc xuất / ${errors.length} errors block the export:\n` +
        errors.map((e) => `  ${e}`).join("\n"),
    );
    return 1;
  }
  const plan = planById(r.plan!.id)!;
  const unit = r.unit!;
  const entries: Entry[] = r.entries.map((e) => ({
    indicatorId: e.indicatorId,
    value: e.value,
    explanation: e.explanation,
    evidence: e.evidence,
    review: e.review,
  }));
  const assessments = assessReport(plan, entries, (ind: Indicator) => ind.appliesTo.includes(unit.unitType));
  // The report's language defaults to the template's, as in the pane; its addressee to the body
  // that issued the plan.
  const language = reportLanguage(opts.print?.lang, r.language);
  const print = reportPrintFrom(opts.print ?? {}, language, plan.issuer[language]);
  const submission = await sealFrom(plan, unit, entries, assessments, opts.scheme, io.now(), print);
  const bytes = await buildSubmissionWorkbook(submission, plan);
  writeFileAtomic(out, bytes);
  if (json) writeFileAtomic(json, JSON.stringify(submission, null, 2) + "\n");
  const warnings = r.warnings > 0 ? `, ${r.warnings} cảnh báo / warnings` : "";
  const written = [out, json].filter((p): p is string => p !== undefined);
  io.err(
    `✔ ${written.map((p) => safeText(displayPath(io.cwd, p))).join(" + ")}: ${submission.entries.length} chỉ tiêu / indicators${warnings}; SHA-256 ${submission.hash}`,
  );
  if (pdf && opts.soffice) {
    try {
      writeFileAtomic(pdf, await printWorkbookToPdf(opts.soffice, bytes));
    } catch (e) {
      io.err(
        `✖ ${safeText(displayPath(io.cwd, pdf))}: LibreOffice không in được báo cáo ra PDF (bản nộp .xlsx đã ghi xong) / LibreOffice could not print the report to PDF (the .xlsx submission is written): ${safeText((e as Error).message)}`,
      );
      return 1;
    }
    io.err(`✔ ${safeText(displayPath(io.cwd, pdf))}: báo cáo PDF / the report as PDF`);
  }
  return 0;
}
