// The template sheet described as data (DESIGN §4). Both adapters render exactly this: src/xlsx/
// with ExcelJS, src/excel/ with Office.js. Nothing here knows either API.
//
// Conventions every renderer follows:
// - Rows and columns are 1-based; `address` is the A1 address of the cell.
// - A `formula` has no leading "=", English function names and comma separators. Write it as a
//   formula without a cached result, so the engine computes it.
// - A `value` that is a string is TEXT, even when it starts with "=" (Office.js: prefix "'" or set
//   the number format "@" first; ExcelJS: assign the string).
// - Colours are "RRGGBB" hex.
import type { CellValue, Status } from "../domain/entry";
import type { Language, ReportMeta } from "./port";
import type { ParamKey } from "./formulas";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  numFmt?: string;
  wrap?: boolean;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "middle" | "bottom";
  /** Thin border on all four sides. */
  border?: boolean;
  /** False on input cells: the sheet is protected and only these may be edited. */
  locked: boolean;
}

/** Which entry part an input cell holds (matches EntryPart plus the header's preparer). */
export type InputRole =
  | "value"
  | "previous"
  | "explanation"
  | "evidence"
  | "reviewDecision"
  | "reviewComment"
  | "preparer"
  | "reviewer"
  | TrailKey;

/**
 * The review trail, right of the hidden parameter columns: the unit's reply, who recorded the
 * decision and when, and (hidden) the value and reply the decision was made on.
 */
export type TrailKey = "reply" | "reviewedBy" | "reviewedAt" | "basis";

export interface LayoutCell {
  row: number;
  col: number;
  address: string;
  /** Exactly one of value or formula is set (value may be null: an empty styled cell). */
  value?: CellValue;
  formula?: string;
  style: CellStyle;
  /** Set on cells a person types into; an adapter rewriting a template owns only the other cells. */
  input?: InputRole;
}

/**
 * A column of one formula filled down: `formula` is the top row's, and every row below holds it
 * moved as Excel's fill moves it (relative rows shift; src/workbook/a1.ts shiftRows). Each adapter
 * fills it its own way: Office.js writes the first cell and Range.copyFrom's the rest, ExcelJS
 * writes a shared formula. Its cells are not listed in LayoutSpec.cells.
 */
export interface FormulaColumnSpec {
  col: number;
  /** First and last row (inclusive). */
  top: number;
  bottom: number;
  /** The top row's formula, no "=". */
  formula: string;
  style: CellStyle;
}

export interface ColumnSpec {
  key: ColumnKey | `param.${ParamKey}` | `trail.${TrailKey}`;
  /** Width in characters, as Excel measures column width. */
  width: number;
  /** The parameter columns the formulas read (DECISIONS D9): hidden, locked, never printed. */
  hidden?: boolean;
}

export type ColumnKey =
  | "number"
  | "id"
  | "field"
  | "indicator"
  | "unit"
  | "deadline"
  | "target"
  | "previous"
  | "value"
  | "completion"
  | "status"
  | "explanation"
  | "evidence"
  | "reviewDecision"
  | "reviewComment";

export interface ValidationSpec {
  /**
   * One A1 range or several separated by spaces (as a sheet's sqref: "G10 G17:G18"); a custom
   * formula is relative to the top-left cell of the first (see validationAreas).
   */
  range: string;
  type: "custom" | "list" | "textLength";
  /** custom: the formula (no "="); list: the items; textLength: the maximum length. */
  formula?: string;
  list?: string[];
  maxLength?: number;
  allowBlank: boolean;
  /** The input message shown when the cell is selected (Excel: title ≤ 32, message ≤ 255 chars). */
  prompt: { title: string; message: string };
  /** "warning" lets a person keep the value after the message; the status column still judges it. */
  error: { style: "stop" | "warning"; title: string; message: string };
}

export interface ConditionalFormatSpec {
  /**
   * One A1 range or several separated by spaces (a sqref, "G10 G12:G15"); the formula is relative
   * to the top-left cell of the first. Rules come in priority order: the first wins a conflict.
   */
  range: string;
  /** The status whose colour this is, or the mark it draws (src/workbook/marks.ts). */
  status?: Status;
  mark?: "explanation-required" | "explanation-asked" | "implausible" | "separator-slip" | "whole-number";
  /** E.g. `$I10="Đạt"`; true applies the format. */
  formula: string;
  fill?: string;
  fontColor?: string;
  /** A number format shown while the formula is true. */
  numberFormat?: string;
}

export interface NameSpec {
  /** SA_IDS, SA_VALUES, ...: workbook-scoped names. */
  name: string;
  /** Absolute A1 range on the template sheet, e.g. "$B$10:$B$42". */
  range: string;
}

export interface ProtectionSpec {
  /** No password by default (DESIGN §4); anyone may unprotect, but nobody does so by accident. */
  password: null;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowSelectLocked: boolean;
  allowSelectUnlocked: boolean;
}

export interface PrintSpec {
  paper: "A4";
  /** ExcelJS/OOXML paper size code for A4. */
  paperSizeCode: 9;
  orientation: "landscape";
  /**
   * 100: never shrunk to fit, so the 11 pt text prints at 11 pt (issue #14); a sheet wider than
   * the page prints on pages across, with `repeatColumns` on each.
   */
  scale: 100;
  /** Rows repeated at the top of every printed page, e.g. "9:9". */
  repeatRows: string;
  /** Columns repeated at the left of every printed page, e.g. "A:B". */
  repeatColumns: string;
  /** A row's pages across print one after the other, before the next rows. */
  pageOrder: "overThenDown";
  printArea: string;
  /** Margins in inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Footer text with Excel codes (&P page, &N pages). */
  footer: string;
}

/** Where things are, so readers and re-renderers need not search. */
export interface TableGeometry {
  headerRow: number;
  firstRow: number;
  /** firstRow - 1 when there are no rows (never in a rendered template: buildLayout refuses). */
  lastRow: number;
  /** Column number of each column. */
  col: Record<ColumnKey, number>;
  /** Column number of each hidden parameter column, right of the review columns (DECISIONS D9). */
  param: Record<ParamKey, number>;
  /** Column number of each review-trail column, right of the parameter columns. */
  trail: Record<TrailKey, number>;
  /** The archive area, when the template has archived entries. */
  archive: { titleRow: number; headerRow: number; firstRow: number; lastRow: number } | null;
  /** Address of the preparer input in the header block. */
  preparerCell: string;
  /** Address of the reviewer's name in the header block. */
  reviewerCell: string;
}

export interface MetaSheetSpec {
  name: string;
  /** Rows of [key, value] cells; written as plain values (text stays text). */
  rows: CellValue[][];
}

export interface CustomXmlSpec {
  namespace: string;
  xml: string;
}

export interface LayoutSpec {
  language: Language;
  sheetName: string;
  columns: ColumnSpec[];
  /** Every written cell but those of the formula columns. */
  cells: LayoutCell[];
  /** The status and completion columns of the table: one formula each, filled down (DECISIONS D9). */
  formulaColumns: FormulaColumnSpec[];
  /** Row heights in points, only where one is wanted (header rows). */
  rowHeights: Record<number, number>;
  /** Freeze rows above and columns left of this cell's row/col count. */
  freeze: { rows: number; cols: number };
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  names: NameSpec[];
  protection: ProtectionSpec;
  print: PrintSpec;
  table: TableGeometry;
  /** Indicator ids in row order (same as meta.indicatorIds). */
  indicatorIds: string[];
  meta: ReportMeta;
  /** The very-hidden metadata sheet. */
  metaSheet: MetaSheetSpec;
  customXml: CustomXmlSpec;
}
