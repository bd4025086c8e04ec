// Who prepared the report is what the person typed in the preparer cell (SA_PREPARER, the yellow
// cell of the header), not what was given when the template was made (issue #14 item 5). Every
// reader (the Office.js and ExcelJS adapters, the ministry's lean reader) puts the cell's text into
// the unit profile it hands on, through this one rule, so the pane's export, `self-assess export`,
// `template --from` and the ministry see the same name.
import type { CellValue } from "../domain/entry";
import { isCellError } from "../domain/entry";
import type { UnitProfile } from "../domain/plan";
import type { ReportMeta } from "./port";

/** The preparer a cell holds: its text trimmed (a number as written); null when empty or an error. */
export function preparerOf(value: CellValue | undefined): string | null {
  if (value === null || value === undefined || isCellError(value) || typeof value === "boolean") return null;
  const text = String(value).trim();
  return text === "" ? null : text;
}

/** The unit with the preparer as typed: an emptied cell means no preparer. */
export function unitWithPreparer(unit: UnitProfile, typed: string | null): UnitProfile {
  const rest: UnitProfile = { ...unit };
  delete rest.preparer;
  return typed === null ? rest : { ...rest, preparer: typed };
}

/**
 * The metadata with the preparer cell's text, when the workbook has a preparer cell (`cell` is
 * undefined when the SA_PREPARER name is gone: then the metadata's own value stands).
 */
export function metaWithTypedPreparer(meta: ReportMeta, cell: { value: CellValue } | undefined): ReportMeta {
  if (cell === undefined) return meta;
  return { ...meta, unit: unitWithPreparer(meta.unit, preparerOf(cell.value)) };
}
