// Where the ministry gets the report sheet a sealed submission must show: the report's own builder,
// `reportCells(sub, plan)` (src/xlsx/submission-report.ts), a pure function of the sealed
// submission and its plan (DECISIONS D17); report-sheet-check.ts holds the received sheet to it.
// Only the cells: the row heights and page breaks the writer adds say nothing a reader compares.
import type { Plan } from "../../domain/plan";
import type { Submission } from "../../domain/submission";
import { reportCells } from "../../xlsx/submission-report";
import type { ExpectedReportSheet } from "./report-sheet-check";

/**
 * The sheet the submission must carry; null when it cannot be rebuilt: a submission sealed without
 * its print choices was laid out by an older builder, and a plan of another version words the
 * indicators differently (the version mismatch is reported on its own).
 */
export function expectedReportSheet(sub: Submission, plan: Plan): ExpectedReportSheet | null {
  if (!sub.print || plan.id !== sub.plan.id || plan.version !== sub.plan.version) return null;
  const sheet = reportCells(sub, plan);
  return { name: sheet.name, cells: sheet.cells };
}
