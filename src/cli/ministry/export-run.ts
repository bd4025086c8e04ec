// `export`: a filled template to the standard submission, for units without the add-in. The same
// submission workbook as the pane's export; blocked, with the list, while any error remains.
import { resolve } from "node:path";
import type { Entry } from "../../domain/entry";
import type { Indicator } from "../../domain/plan";
import type { ScoringScheme } from "../../domain/scoring";
import { assessReport } from "../../domain/assess";
import type { Plan } from "../../domain/plan";
import { planById, usePlans } from "./plans";
import type { Limits } from "../../ooxml/limits";
import { writeFileAtomic } from "../process/atomic-write";
import { buildSubmissionWorkbook } from "../../xlsx/submission-workbook";
import type { Io } from "../io";
import { UsageError } from "../io";
import { readBatch } from "./batch";
import { checkOutputPath } from "./options";
import { displayPath } from "./check-run";
import { sealFrom } from "./seal";
import { both, safeText } from "./text";

export interface ExportOptions {
  file: string;
  out: string;
  json?: string;
  limits: Limits;
  scheme: ScoringScheme | null;
  plans?: readonly Plan[];
}

export async function runExport(opts: ExportOptions, io: Io): Promise<0 | 1 | 2> {
  const file = resolve(io.cwd, opts.file);
  const out = resolve(io.cwd, opts.out);
  const json = opts.json === undefined ? undefined : resolve(io.cwd, opts.json);
  if (out === file || json === file || (json !== undefined && json === out))
    throw new UsageError({
      vi: "Tệp xuất phải khác tệp đầu vào (tệp đầu vào không bao giờ bị ghi đè) và khác nhau.",
      en: "Outputs must differ from the input (an input is never overwritten) and from each other.",
    });
  checkOutputPath(out);
  if (json !== undefined) checkOutputPath(json);
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
  const submission = await sealFrom(plan, unit, entries, assessments, opts.scheme, io.now());
  const bytes = await buildSubmissionWorkbook(submission, plan, r.language);
  writeFileAtomic(out, bytes);
  if (json) writeFileAtomic(json, JSON.stringify(submission, null, 2) + "\n");
  const warnings = r.warnings > 0 ? `, ${r.warnings} cảnh báo / warnings` : "";
  io.err(
    `✔ ${safeText(displayPath(io.cwd, out))}${json ? ` + ${safeText(displayPath(io.cwd, json))}` : ""}: ${submission.entries.length} chỉ tiêu / indicators${warnings}; SHA-256 ${submission.hash}`,
  );
  return 0;
}
