// A template file from a request, optionally carrying the entries of an existing template over
// (re-insert or upgrade): the ExcelJS side of `self-assess template`.
import type { InsertPreview, InsertRequest } from "../workbook/port";
import type { LayoutSpec } from "../workbook/layout-types";
import { prepareTemplate, type PrepareOptions } from "../workbook/prepare";
import type { OldReport } from "../workbook/upgrade";
import { readTemplate, type TemplateReading } from "./read";
import { renderXlsx } from "./render";

export interface TemplateFile {
  bytes: Uint8Array;
  spec: LayoutSpec;
  preview: InsertPreview;
  /** What was read from the old file, when there was one (its problems are the caller's to show). */
  from: TemplateReading | null;
}

export function oldReportOf(r: TemplateReading): OldReport {
  return {
    meta: r.meta,
    entries: r.grid.entries,
    archive: r.grid.archive,
    texts: r.grid.texts,
    targets: r.grid.targets,
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
  return { bytes: await renderXlsx(spec), spec, preview, from: reading };
}
