// `export`: a filled template to the standard submission, for units without the add-in. The same
// submission workbook as the pane's export; blocked, with the list, while any error remains.
import { resolve } from "node:path";
import type { ScoringScheme } from "../../domain/scoring";
import type { Plan } from "../../domain/plan";
import { planById, usePlans } from "./plans";
import type { Limits } from "../../ooxml/limits";
import { writeFileAtomic } from "../process/atomic-write";
import { buildSubmissionWorkbook } from "../../xlsx/submission-workbook";
import type { Io } from "../io";
import { readDetailed } from "./batch";
import type { ReadAnswer } from "./read-worker";
import { rejectedReport } from "./file-report";
import { expandInputs, type InputItem } from "./inputs";
import { claimOutputs } from "./outputs";
import { RUN_EXIT, type RunExit } from "./exit";
import { signDocument } from "../../domain/signature";
import { displayPath } from "./check-run";
import { sealFrom } from "./seal";
import { REGISTRATION_KIND } from "../../domain/registration";
import { both, safeText } from "./text";
import { reportLanguage, reportPrintFrom, type PrintOptionValues } from "../report-print-options";
import { printWorkbookToPdf } from "../process/soffice-pdf";

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
  /** Replace outputs that exist. */
  force?: boolean;
  /** The unit's private key: the submission is signed with it (DECISIONS D12). */
  signKey?: CryptoKey;
}

export async function runExport(opts: ExportOptions, io: Io): Promise<RunExit> {
  const file = resolve(io.cwd, opts.file);
  const out = resolve(io.cwd, opts.out);
  const json = opts.json === undefined ? undefined : resolve(io.cwd, opts.json);
  const pdf = opts.pdf === undefined ? undefined : resolve(io.cwd, opts.pdf);
  const name = displayPath(io.cwd, file);
  const { items, missing } = expandInputs([file]);
  if (missing.length > 0) {
    io.err(`Không có tệp / No such file: ${safeText(name)}`);
    return RUN_EXIT.refused;
  }
  const claim = claimOutputs(
    [
      { path: out, option: "--out" },
      ...(json !== undefined ? [{ path: json, option: "--json" }] : []),
      ...(pdf !== undefined ? [{ path: pdf, option: "--pdf" }] : []),
    ],
    [file],
    opts.force === true,
    (p) => safeText(displayPath(io.cwd, p)),
  );
  try {
    return await exportClaimed(opts, io, items, name, out, json, pdf);
  } finally {
    claim.release();
  }
}

async function exportClaimed(
  opts: ExportOptions,
  io: Io,
  items: InputItem[],
  name: string,
  out: string,
  json: string | undefined,
  pdf: string | undefined,
): Promise<RunExit> {
  usePlans(opts.plans ?? []);
  // One read, one assessment: the worker's, sealed as it is.
  const item = items[0]!;
  const answer: ReadAnswer =
    item.refused !== null
      ? { report: rejectedReport(item.file, item.refused, 0), entries: [], assessments: [] }
      : await readDetailed(item.file, {
          limits: opts.limits,
          scheme: opts.scheme,
          plans: opts.plans ?? [],
        });
  const { report: r, entries, assessments } = answer;
  if (r.rejected) {
    io.err(`✖ ${safeText(name)}: [${r.rejected.code}] ${both(r.rejected.message)}`);
    return RUN_EXIT.refused;
  }
  if (r.kind !== "template") {
    io.err(
      `✖ ${safeText(name)}: tệp đã là bản nộp; lệnh export đọc mẫu đã điền / the file is already a submission; export reads a filled template`,
    );
    return RUN_EXIT.refused;
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
    return RUN_EXIT.errors;
  }
  const plan = planById(r.plan!.id)!;
  const unit = r.unit!;
  // The report's language defaults to the template's, as in the pane; its addressee to the body
  // that issued the plan.
  const language = reportLanguage(opts.print?.lang, r.language);
  const print = reportPrintFrom(opts.print ?? {}, language, plan.issuer[language]);
  const sealed = await sealFrom(
    plan,
    unit,
    entries,
    assessments,
    // A registration is sealed with its kind and never scored (D37).
    r.registration ? null : opts.scheme,
    io.now(),
    print,
    r.fields,
    r.prefilled,
    r.unitTargets,
    r.registration ? REGISTRATION_KIND : undefined,
  );
  const submission = opts.signKey
    ? { ...sealed, signature: await signDocument(sealed, opts.signKey) }
    : sealed;
  const bytes = await buildSubmissionWorkbook(submission, plan, r.language);
  try {
    writeFileAtomic(out, bytes);
    if (json) writeFileAtomic(json, JSON.stringify(submission, null, 2) + "\n");
  } catch (e) {
    io.err(`Không ghi được kết quả / The output could not be written: ${safeText((e as Error).message)}`);
    return RUN_EXIT.nothingWritten;
  }
  const warnings = r.warnings > 0 ? `, ${r.warnings} cảnh báo / warnings` : "";
  io.err(
    `✔ ${safeText(displayPath(io.cwd, out))}${json ? ` + ${safeText(displayPath(io.cwd, json))}` : ""}: ${submission.entries.length} chỉ tiêu / indicators${warnings}; SHA-256 ${submission.hash}${submission.signature ? "; đã ký / signed (ECDSA P-256)" : ""}`,
  );
  if (pdf && opts.soffice) {
    try {
      writeFileAtomic(pdf, await printWorkbookToPdf(opts.soffice, bytes));
    } catch (e) {
      io.err(
        `✖ ${safeText(displayPath(io.cwd, pdf))}: LibreOffice không in được báo cáo ra PDF (bản nộp .xlsx đã ghi xong) / LibreOffice could not print the report to PDF (the .xlsx submission is written): ${safeText((e as Error).message)}`,
      );
      return RUN_EXIT.errors;
    }
    io.err(`✔ ${safeText(displayPath(io.cwd, pdf))}: báo cáo PDF / the report as PDF`);
  }
  return RUN_EXIT.ok;
}
