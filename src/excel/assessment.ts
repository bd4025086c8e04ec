// Marks in the sheet for what its own formulas cannot see (a missing explanation, a value that is
// only implausible, a review problem): the input cell gets a fill, and the previous marks go back
// to the template's input fill. Two round trips whatever the number of rows: read, then write.
import type { Assessment, Issue } from "../domain/entry";
import { NAMES } from "../workbook/layout";
import { passwordProtected } from "../workbook/errors";
import { PART_COLUMN, queueLocate, syncLocating } from "./locate";

export const MARK_FILL = { error: "#F4B183", warning: "#FFE699" } as const;

const MARKED_COLUMNS = [
  NAMES.values,
  NAMES.explanations,
  NAMES.evidence,
  NAMES.reviewDecisions,
  NAMES.reviewComments,
];

/** The formulas already show value errors as the status; everything else needs a mark. */
export function needsMark(issue: Issue): boolean {
  if (issue.part === "template") return false;
  return !(issue.part === "value" && issue.severity === "error");
}

export async function showAssessment(
  ctx: Excel.RequestContext,
  assessments: readonly Assessment[],
): Promise<void> {
  const done = queueLocate(ctx, MARKED_COLUMNS);
  const ids = ctx.workbook.names.getItem(NAMES.ids).getRange();
  const ws = ids.worksheet.load("name,protection/protected,protection/options");
  // The template's own input fill, read from the preparer cell (never marked) rather than assumed.
  const inputFill = ctx.workbook.names.getItem(NAMES.preparer).getRange().format.fill.load("color");
  await syncLocating(ctx);
  const at = done();

  const wasProtected = ws.protection.protected;
  const options = wasProtected ? ws.protection.options : null;
  if (wasProtected) ws.protection.unprotect();
  for (const name of MARKED_COLUMNS) {
    const col = at.columns.get(name)!;
    const range = ws.getRangeByIndexes(at.firstRow, col, at.lastRow - at.firstRow + 1, 1);
    if (inputFill.color) range.format.fill.color = inputFill.color;
    else range.format.fill.clear();
  }
  for (const a of assessments) {
    const row = at.rowOf.get(a.indicatorId);
    if (row === undefined) continue;
    const worst = new Map<number, "error" | "warning">();
    for (const issue of a.issues.filter(needsMark)) {
      const part = issue.part as keyof typeof PART_COLUMN;
      const name =
        part === "review" && issue.code.includes("decision") ? NAMES.reviewDecisions : PART_COLUMN[part];
      const col = at.columns.get(name)!;
      if (worst.get(col) !== "error") worst.set(col, issue.severity);
    }
    for (const [col, severity] of worst) ws.getCell(row, col).format.fill.color = MARK_FILL[severity];
  }
  if (wasProtected) ws.protection.protect(options ?? undefined);
  try {
    await ctx.sync();
  } catch (e) {
    // The state was checked, so unprotect() fails only for a password a person set.
    const where = (e as { debugInfo?: { errorLocation?: string } }).debugInfo?.errorLocation ?? "";
    if (/unprotect/i.test(where)) throw passwordProtected(at.sheet);
    throw e;
  }
}
