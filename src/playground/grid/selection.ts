// Where the grid's selection is and how the keyboard moves it, as in Excel: the range runs from an
// anchor to an extent (Shift+arrows and Shift+click move the extent), and the active cell, the one
// typing goes to, is inside it (Tab and Enter walk it through a selected range). Hidden columns are
// stepped over. Pure.
import { colLetter, colNumber } from "../../workbook/a1";

/** A cell by 0-based row and column. */
export interface Pos {
  row: number;
  col: number;
}

export interface Selection {
  anchor: Pos;
  extent: Pos;
  active: Pos;
}

/** A rectangle of cells, 0-based and inclusive. */
export interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** What the selection may move over: the grid's rows and columns, less the hidden columns. */
export interface Limits {
  rows: number;
  cols: number;
  hidden: ReadonlySet<number>;
}

export function at(pos: Pos): Selection {
  return { anchor: pos, extent: pos, active: pos };
}

export function boxOf(s: Pick<Selection, "anchor" | "extent">): Box {
  return {
    r0: Math.min(s.anchor.row, s.extent.row),
    r1: Math.max(s.anchor.row, s.extent.row),
    c0: Math.min(s.anchor.col, s.extent.col),
    c1: Math.max(s.anchor.col, s.extent.col),
  };
}

export function isSingle(s: Selection): boolean {
  return s.anchor.row === s.extent.row && s.anchor.col === s.extent.col;
}

export function inBox(b: Box, row: number, col: number): boolean {
  return row >= b.r0 && row <= b.r1 && col >= b.c0 && col <= b.c1;
}

export function cellName(p: Pos): string {
  return `${colLetter(p.col + 1)}${p.row + 1}`;
}

/** "B2" for one cell, "B2:D5" for a range. */
export function boxAddress(b: Box): string {
  const first = cellName({ row: b.r0, col: b.c0 });
  return b.r0 === b.r1 && b.c0 === b.c1 ? first : `${first}:${cellName({ row: b.r1, col: b.c1 })}`;
}

/** The box a block of `rows` × `cols` covers from its top-left cell. */
export function blockAt(p: Pos, rows: number, cols: number): Box {
  return { r0: p.row, c0: p.col, r1: p.row + rows - 1, c1: p.col + cols - 1 };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function parseCell(text: string): Pos | null {
  const m = CELL.exec(text.trim());
  if (!m) return null;
  const row = Number(m[2]) - 1;
  const col = colNumber(m[1]!) - 1;
  return row >= 0 && col >= 0 ? { row, col } : null;
}

/** The selection an address names ("H7", "G10:G48"), its first cell active; null if it is not one. */
export function parseSelection(address: string): Selection | null {
  const [a, b, ...more] = address.split(":");
  if (more.length > 0 || a === undefined) return null;
  const anchor = parseCell(a);
  if (!anchor) return null;
  if (b === undefined) return at(anchor);
  const extent = parseCell(b);
  if (!extent) return null;
  const box = boxOf({ anchor, extent });
  const first = { row: box.r0, col: box.c0 };
  return { anchor: first, extent: { row: box.r1, col: box.c1 }, active: first };
}

/** One step from `p`, over hidden columns, stopping at the grid's edges. */
export function step(p: Pos, dRow: number, dCol: number, limits: Limits): Pos {
  const row = clamp(p.row + dRow, 0, limits.rows - 1);
  let col = p.col;
  for (let n = Math.abs(dCol); n > 0; n--) {
    const next = nextShown(col, Math.sign(dCol), limits);
    if (next === null) break;
    col = next;
  }
  return { row, col };
}

function nextShown(col: number, dir: number, limits: Limits): number | null {
  for (let c = col + dir; c >= 0 && c < limits.cols; c += dir) if (!limits.hidden.has(c)) return c;
  return null;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}

/** An arrow key: the selection collapses to the cell next to the active one. */
export function move(s: Selection, dRow: number, dCol: number, limits: Limits): Selection {
  return at(step(s.active, dRow, dCol, limits));
}

/** Shift+arrow: the range grows or shrinks from its anchor, which stays active. */
export function extend(s: Selection, dRow: number, dCol: number, limits: Limits): Selection {
  return { anchor: s.anchor, extent: step(s.extent, dRow, dCol, limits), active: s.anchor };
}

/** Shift+click: the range runs from the anchor to the clicked cell. */
export function extendTo(s: Selection, p: Pos): Selection {
  return { anchor: s.anchor, extent: p, active: s.anchor };
}

/**
 * Tab / Enter (and with Shift, backwards): in a single cell, move as the arrow would; in a range,
 * the active cell walks through it (Tab along rows, Enter down columns) and wraps, the range staying.
 */
export function advance(s: Selection, by: "row" | "column", back: boolean, limits: Limits): Selection {
  const dir = back ? -1 : 1;
  if (isSingle(s)) return by === "row" ? move(s, 0, dir, limits) : move(s, dir, 0, limits);
  const b = boxOf(s);
  const cols = shownIn(b, limits);
  if (cols.length === 0) return s;
  const height = b.r1 - b.r0 + 1;
  const total = cols.length * height;
  // The active cell's index in the walking order, then the next one, wrapping.
  const ci = Math.max(0, cols.indexOf(s.active.col));
  const ri = s.active.row - b.r0;
  const index = by === "row" ? ri * cols.length + ci : ci * height + ri;
  const next = (((index + dir) % total) + total) % total;
  const active =
    by === "row"
      ? { row: b.r0 + Math.floor(next / cols.length), col: cols[next % cols.length]! }
      : { row: b.r0 + (next % height), col: cols[Math.floor(next / height)]! };
  return { ...s, active };
}

function shownIn(b: Box, limits: Limits): number[] {
  const out: number[] = [];
  for (let c = b.c0; c <= b.c1; c++) if (!limits.hidden.has(c)) out.push(c);
  return out;
}

/**
 * Ctrl+arrow: to the edge of the block of filled cells, as Excel does. From a filled cell with a
 * filled neighbour, to the last filled cell of the run; otherwise to the next filled cell, or to
 * the grid's edge when there is none.
 */
export function jump(
  p: Pos,
  dRow: number,
  dCol: number,
  filled: (row: number, col: number) => boolean,
  limits: Limits,
): Pos {
  let cur = p;
  let next = step(cur, dRow, dCol, limits);
  if (same(next, cur)) return cur;
  if (filled(cur.row, cur.col) && filled(next.row, next.col)) {
    while (!same(next, cur) && filled(next.row, next.col)) {
      cur = next;
      next = step(cur, dRow, dCol, limits);
    }
    return cur;
  }
  cur = next;
  while (!filled(cur.row, cur.col)) {
    next = step(cur, dRow, dCol, limits);
    if (same(next, cur)) return cur;
    cur = next;
  }
  return cur;
}

function same(a: Pos, b: Pos): boolean {
  return a.row === b.row && a.col === b.col;
}

/** The selection as the grid knows it, kept when the workbook's selection still names the same range. */
export function follow(mine: Selection | null, workbook: string | null): Selection | null {
  if (workbook === null) return null;
  if (mine && boxAddress(boxOf(mine)) === workbook) return mine;
  return parseSelection(workbook);
}
