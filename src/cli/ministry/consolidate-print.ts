// How the consolidated workbook prints (issue #16 item 5, issue #14): A4 landscape; a sheet that fits
// one page wide at 100% is fitted to the page width; a wider one (the matrix has a column per
// indicator) prints at 100% on as many pages across as it needs, because fitting 75 columns to one
// page would print them at about 1 pt (DECISIONS D18). Either way the header rows and the unit's code
// and name are repeated on every page, and rows are as tall as their wrapped text.
import type { SheetPrint } from "../../ooxml/lean-writer";
import { cellHeight, printedWidth } from "../../xlsx/text-fit";

/** A4 landscape less the sheets' half-inch margins, in points. */
export const PRINTABLE_WIDTH = 841.89 - 72;

export function sheetPrint(
  widths: readonly number[],
  titleRows: [number, number],
  titleColumns?: [number, number],
): SheetPrint {
  return {
    titleRows,
    ...(titleColumns ? { titleColumns } : {}),
    fitToWidth: printedWidth(widths) <= PRINTABLE_WIDTH,
  };
}

/**
 * The height a row needs for the texts of its wrapped columns (1-based), in points; undefined when
 * one line is enough and the row can keep the default height.
 */
export function rowHeight(
  texts: readonly (string | number | boolean | null | undefined)[],
  widths: readonly number[],
  wrapped: ReadonlySet<number>,
  bold = false,
): number | undefined {
  let h = 0;
  texts.forEach((t, i) => {
    if (!wrapped.has(i + 1) || t === null || t === undefined || t === "") return;
    h = Math.max(h, cellHeight(String(t), [widths[i] ?? 8.43], { size: 11, bold }));
  });
  return h > 18 ? h : undefined;
}
