// How the consolidated workbook prints (issue #16 item 5, issue #14): A4 landscape; a sheet that fits
// one page wide at 100% is fitted to the page width; a wider one (the matrix has a column per
// indicator) prints at 100% on as many pages across as it needs, because fitting 75 columns to one
// page would print them at about 1 pt (DECISIONS D18). Either way the header rows and the unit's code
// and name are repeated on every page, and rows are as tall as their wrapped text.
import type { SheetPrint } from "../../ooxml/lean-writer";
import { CELL_PADDING, cellHeight, linePitch, printedWidth, textWidth, wrapWidth } from "../../xlsx/text-fit";

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

/** The height of a one-line cell at 11 pt, as cellHeight gives it. */
const ONE_LINE = Math.ceil(linePitch(11) + CELL_PADDING);

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
  return measuredRowHeight(texts, widths, wrapped, bold, null);
}

/**
 * rowHeight for a long sheet whose texts recur far apart (the national detail sheet lists every
 * unit once per indicator): each text is measured (and wrapped, if it wraps) once, and its height
 * kept for as long as the sheet is written: 20,000 heights at 10,000 units, against 2.3 s of
 * measuring 260,000 rows' texts again (D49).
 */
export function rowHeights(): typeof rowHeight {
  const known: Known = [new Map(), new Map()];
  return (texts, widths, wrapped, bold = false) => measuredRowHeight(texts, widths, wrapped, bold, known);
}

/** Heights by boldness (regular, bold), then column width, then text; each text measured once (D49). */
type Known = [Map<number, Map<string, number>>, Map<number, Map<string, number>>];

function measuredRowHeight(
  texts: readonly (string | number | boolean | null | undefined)[],
  widths: readonly number[],
  wrapped: ReadonlySet<number>,
  bold: boolean,
  known: Known | null,
): number | undefined {
  const font = { size: 11, bold };
  let h = 0;
  texts.forEach((t, i) => {
    if (!wrapped.has(i + 1) || t === null || t === undefined || t === "") return;
    const text = String(t);
    const width = widths[i] ?? 8.43;
    let byText: Map<string, number> | undefined;
    if (known) {
      const byWidth = known[bold ? 1 : 0];
      byText = byWidth.get(width);
      if (byText === undefined) byWidth.set(width, (byText = new Map()));
      const seen = byText.get(text);
      if (seen !== undefined) {
        h = Math.max(h, seen);
        return;
      }
    }
    const columns = [width];
    // Wrapping remembers each text it wraps in text-fit's bounded cache (meant for the plan's
    // texts, which recur in every report). The national detail sheet's 260,000 rows (10,000 units)
    // met a unit's name and file again only 10,000 rows later, after the cache had been emptied:
    // every row wrapped and remembered them anew, and those remembered texts outlived the young
    // generation: some 400 MB of old-generation garbage (D44). So a text narrower than its column
    // is measured, not wrapped: one line, whatever the wrapping (the margin leaves a text within
    // rounding of the edge to the wrapping, so every height is the one wrapping gives); a text
    // is measured once per sheet when the caller keeps `known`.
    const cell =
      !/[\r\n]/.test(text) && textWidth(text, font) < wrapWidth(columns) * (1 - 1e-9)
        ? ONE_LINE
        : cellHeight(text, columns, font);
    byText?.set(text, cell);
    h = Math.max(h, cell);
  });
  return h > 18 ? h : undefined;
}
