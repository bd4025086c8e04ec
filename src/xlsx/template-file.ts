// A template file from a request, optionally carrying the entries of an existing template over
// (re-insert or upgrade): the ExcelJS side of `self-assess template`.
import type { InsertPreview, InsertRequest } from "../workbook/port";
import type { LayoutSpec } from "../workbook/layout-types";
import { prepareTemplate, type PrepareOptions } from "../workbook/prepare";
import type { OldReport } from "../workbook/upgrade";
import { CONFLICT_REASONS, oldHeaderCells, ownedBy, planWrite } from "../workbook/ownership";
import { a1 } from "../workbook/a1";
import { readTemplate, type TemplateReading } from "./read";
import { renderXlsx } from "./render";

export interface TemplateFile {
  bytes: Uint8Array;
  spec: LayoutSpec;
  preview: InsertPreview;
  /** What was read from the old file, when there was one (its problems are the caller's to show). */
  from: TemplateReading | null;
  /**
   * What of the old file the new one does not carry, by the same ownership rules the add-in's
   * insert applies (src/workbook/ownership.ts): cells a person typed outside the template or over
   * its formulas, sheets of their own, and notes on cells (a new file is written from the plan, and
   * the template writes no notes). The old file itself is never changed.
   */
  dropped: { cells: InsertPreview["conflicts"]; sheets: string[]; notes: string[] };
}

export function oldReportOf(r: TemplateReading): OldReport {
  return {
    meta: r.meta,
    entries: r.grid.entries,
    archive: r.grid.archive,
    texts: r.grid.texts,
    targets: r.grid.targets,
    reviewer: r.reviewer,
  };
}

export async function makeTemplateFile(
  request: InsertRequest,
  options: PrepareOptions,
  from?: Uint8Array,
): Promise<TemplateFile> {
  const reading = from ? await readTemplate(from) : null;
  let req = request;
  // The preparer a person typed in the old header is an entry too.
  if (reading?.preparer && !request.unit.preparer)
    req = { ...request, unit: { ...request.unit, preparer: reading.preparer } };
  const { spec, preview } = await prepareTemplate(req, reading ? oldReportOf(reading) : null, options);
  const oldHeader = reading?.meta ? oldHeaderCells(request.plan, reading.meta) : [];
  const cells: InsertPreview["conflicts"] = [];
  if (reading?.state) {
    // What an insert in Excel would refuse to overwrite, and, since a new file is written from
    // scratch, every other cell of the old sheet the old template did not write.
    cells.push(...planWrite(spec, reading.state, preview.mode, oldHeader).conflicts);
    const owned = ownedBy(reading.state, spec, oldHeader);
    const listed = new Set(cells.map((c) => c.address));
    for (const [row, col] of reading.usedCells) {
      const address = a1(row, col);
      if (!owned(row, col) && !listed.has(address)) cells.push({ address, reason: CONFLICT_REASONS.outside });
    }
  }
  return {
    bytes: await renderXlsx(spec),
    spec,
    preview,
    from: reading,
    dropped: { cells, sheets: reading?.otherSheets ?? [], notes: reading?.notes ?? [] },
  };
}
