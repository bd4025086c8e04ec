// Copy and paste between the grid and any spreadsheet, as plain tab-separated text: copying writes
// what the cells show (as Excel does), pasting reads a block and says where it lands. Pure.
import { parseTsv, rectangular, toTsv } from "./tsv";
import type { Box, Pos } from "./selection";

/** The clipboard text for a box: each cell's shown text, empty cells as empty fields. */
export function copyText(box: Box, shown: (row: number, col: number) => string): string {
  const rows: string[][] = [];
  for (let r = box.r0; r <= box.r1; r++) {
    const row: string[] = [];
    for (let c = box.c0; c <= box.c1; c++) row.push(shown(r, c));
    rows.push(row);
  }
  return toTsv(rows);
}

/**
 * Where a pasted text goes and what it writes, from the selected box: the block starts at the box's
 * top-left cell; a box that is a whole multiple of the block (one value over a range, say) is
 * filled with copies of it, as in Excel. Null for text with no cells.
 */
export function pastePlan(text: string, box: Box): { at: Pos; rows: string[][] } | null {
  const block = rectangular(parseTsv(text));
  const height = block.length;
  const width = block[0]?.length ?? 0;
  if (height === 0 || width === 0) return null;
  const at = { row: box.r0, col: box.c0 };
  const boxHeight = box.r1 - box.r0 + 1;
  const boxWidth = box.c1 - box.c0 + 1;
  const tiles = boxHeight % height === 0 && boxWidth % width === 0 && boxHeight * boxWidth > height * width;
  if (!tiles) return { at, rows: block };
  const rows = Array.from({ length: boxHeight }, (_, r) =>
    Array.from({ length: boxWidth }, (_, c) => block[r % height]![c % width]!),
  );
  return { at, rows };
}
