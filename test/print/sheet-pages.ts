// How many pages a sheet printed at 100% needs in LibreOffice, from its column widths (5.5 pt a
// character of the default font, Times New Roman 11) and row heights (as written; 15 pt when not,
// above LibreOffice's default): across, the repeated title columns plus as many others as fit a
// landscape A4 between the margins; down, the repeated title rows plus as many rows as fit.
import type ExcelJS from "exceljs";

export interface SheetPrintPlan {
  /** Columns and rows repeated on every page, 1-based and inclusive, e.g. [1, 2]. */
  titleColumns: [number, number] | null;
  titleRows: [number, number] | null;
  /** Inches. */
  margins: { left: number; right: number; top: number; bottom: number };
  /** Only these columns print (the print area's last column); default all. */
  lastColumn?: number;
  /** Only these rows print; default all the sheet has. */
  lastRow?: number;
}

function pack(sizes: number[], repeated: [number, number] | null, room: number): number {
  const fixed = repeated ? sizes.slice(repeated[0] - 1, repeated[1]).reduce((a, b) => a + b, 0) : 0;
  let pages = 1;
  let used = 0;
  sizes.forEach((s) => {
    if (used + s > room && used > fixed) {
      pages++;
      used = fixed;
    }
    used += s;
  });
  return pages;
}

export function plannedPages(ws: ExcelJS.Worksheet, plan: SheetPrintPlan): number {
  const columns = (ws.columns ?? []).slice(0, plan.lastColumn ?? undefined);
  const widths = columns.map((c) => (c.hidden ? 0 : (c.width ?? 8.43) * 5.5));
  const heights: number[] = [];
  const last = plan.lastRow ?? ws.rowCount;
  for (let r = 1; r <= last; r++) heights.push(ws.getRow(r).height ?? 15);
  const across = pack(widths, plan.titleColumns, 841.89 - (plan.margins.left + plan.margins.right) * 72);
  const down = pack(heights, plan.titleRows, 595.3 - (plan.margins.top + plan.margins.bottom) * 72);
  return across * down;
}
