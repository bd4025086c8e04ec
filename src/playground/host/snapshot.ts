// Everything a grid needs to draw the workbook, as plain data: values, shown text, formats, the
// fill a conditional format gives, locks, validation prompts. Not part of the Office API.
import type { Bounds } from "./address";
import { cellAddress, contains } from "./address";
import { displayText } from "./display";
import { shiftFormula } from "./formula-shift";
import type { ConditionalFormatModel, HostSheet, HostWorkbookModel, Visibility } from "./model";
import { cfAreas } from "./model";
import type { EngineValue } from "./engine-values";

export interface CellSnapshot {
  row: number;
  col: number;
  address: string;
  /** As Office's `values` would give it: "" for empty, errors as "#DIV/0!". */
  value: number | string | boolean;
  formula: string | null;
  text: string;
  numberFormat: string;
  /** The fill shown: a conditional format's when one applies, else the cell's own. */
  fill: string | null;
  fontColor: string | null;
  bold: boolean;
  locked: boolean;
  prompt: string | null;
}

export interface SheetSnapshot {
  id: string;
  name: string;
  visibility: Visibility;
  protected: boolean;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Record<number, number>;
  /** Columns hidden with Range.columnHidden (0-based): Excel does not draw them. */
  hiddenColumns: number[];
  used: Bounds | null;
  cells: CellSnapshot[];
}

export interface WorkbookSnapshot {
  activeSheet: string;
  selection: { sheet: string; address: string } | null;
  sheets: SheetSnapshot[];
  names: { name: string; formula: string }[];
  customXmlParts: { id: string; namespaceUri: string; xml: string }[];
}

export interface SnapshotOptions {
  /** Only this sheet's cells (others are listed without cells). */
  sheet?: string;
  /** Only cells in the first maxRows rows, for a grid that shows a window. */
  maxRows?: number;
  /** Include very-hidden and hidden sheets' cells (default true). */
  hidden?: boolean;
}

export function takeSnapshot(m: HostWorkbookModel, options: SnapshotOptions): WorkbookSnapshot {
  const active = m.sheetById(m.activeSheetId);
  const sel = m.selection ? m.sheetById(m.selection.sheetId) : undefined;
  return {
    activeSheet: active?.name ?? "",
    selection: m.selection && sel ? { sheet: sel.name, address: cellRef(m.selection.bounds) } : null,
    sheets: m.sheets.map((s) => {
      const wanted =
        (options.sheet === undefined || options.sheet === s.name) &&
        (options.hidden !== false || s.visibility === "Visible");
      return {
        id: s.id,
        name: s.name,
        visibility: s.visibility,
        protected: s.protection.protected,
        frozenRows: s.frozenRows,
        frozenColumns: s.frozenColumns,
        columnWidths: Object.fromEntries(s.columnWidths),
        hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b),
        used: s.usedBounds(false),
        cells: wanted ? sheetCells(m, s, options.maxRows ?? Infinity) : [],
      };
    }),
    names: m.names.map((n) => ({ name: n.name, formula: n.formula })),
    customXmlParts: m.customXmlParts.map((p) => ({ ...p })),
  };
}

function cellRef(b: Bounds): string {
  const a = cellAddress(b.r0, b.c0);
  return b.r0 === b.r1 && b.c0 === b.c1 ? a : `${a}:${cellAddress(b.r1, b.c1)}`;
}

function sheetCells(m: HostWorkbookModel, s: HostSheet, maxRows: number): CellSnapshot[] {
  const out: CellSnapshot[] = [];
  // A rule like $I10="Đạt" reads the same for every column of a row: evaluate it once per row.
  const cache = new Map<string, EngineValue>();
  const evaluate = (formula: string): EngineValue => {
    if (!cache.has(formula)) cache.set(formula, m.evaluate(s, formula));
    return cache.get(formula)!;
  };
  const keys = [...s.cells.keys()].sort((a, b) => a - b);
  for (const k of keys) {
    const row = Math.floor(k / 16384);
    const col = k % 16384;
    if (row >= maxRows) continue;
    const cell = s.cells.get(k)!;
    const v = m.value(s, row, col);
    const value = v === null ? "" : typeof v === "object" ? v.error : v;
    const numberFormat = cell.numberFormat ?? "General";
    const cf = conditionalFormat(m, s, row, col, evaluate);
    const validation = s.validationAt(row, col);
    const shownFormat = cf.numberFormat ?? numberFormat;
    out.push({
      row,
      col,
      address: cellAddress(row, col),
      value,
      formula: cell.content?.t === "f" ? cell.content.f : null,
      text: v === null ? "" : typeof v === "object" ? v.error : displayText(v, shownFormat),
      numberFormat,
      fill: cf.fill ?? cell.fill ?? null,
      fontColor: cf.fontColor ?? cell.fontColor ?? null,
      bold: cf.bold ?? cell.bold ?? false,
      locked: cell.locked !== false,
      prompt: validation?.prompt?.showPrompt === false ? null : (validation?.prompt?.message ?? null),
    });
  }
  return out;
}

type Evaluate = (formula: string) => EngineValue;

type Shown = Pick<ConditionalFormatModel, "fill" | "fontColor" | "bold" | "numberFormat">;

/**
 * What the conditional formats that hold for a cell show: as in Excel, every format that holds
 * applies, and where two set the same property the one of higher priority (earlier) wins.
 */
function conditionalFormat(
  m: HostWorkbookModel,
  s: HostSheet,
  r: number,
  c: number,
  evaluate: Evaluate,
): Shown {
  const shown: Shown = {};
  for (const f of s.conditionalFormats) {
    if (!f.formula || !cfAreas(f).some((a) => contains(a, r, c))) continue;
    if (!applies(m, s, f, r, c, evaluate)) continue;
    shown.fill ??= f.fill;
    shown.fontColor ??= f.fontColor;
    shown.bold ??= f.bold;
    shown.numberFormat ??= f.numberFormat;
    if (f.stopIfTrue) break;
  }
  return shown;
}

function applies(
  m: HostWorkbookModel,
  s: HostSheet,
  f: ConditionalFormatModel,
  r: number,
  c: number,
  evaluate: Evaluate,
): boolean {
  const shift = (formula: string) =>
    shiftFormula(formula.startsWith("=") ? formula : "=" + formula, r - f.bounds.r0, c - f.bounds.c0);
  if (f.type === "Custom") return truthy(evaluate(shift(f.formula)));
  const v = m.value(s, r, c);
  if (typeof v !== "number") return false;
  const a = evaluate(shift(f.formula));
  const b = f.formula2 ? evaluate(shift(f.formula2)) : null;
  if (typeof a !== "number") return false;
  switch (f.operator) {
    case "Between":
      return typeof b === "number" && v >= a && v <= b;
    case "GreaterThan":
      return v > a;
    case "LessThan":
      return v < a;
    case "EqualTo":
      return v === a;
    case "GreaterThanOrEqual":
      return v >= a;
    case "LessThanOrEqual":
      return v <= a;
  }
  return false;
}

function truthy(v: EngineValue): boolean {
  return v === true || (typeof v === "number" && v !== 0);
}
