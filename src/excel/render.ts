// The layout spec as Office.js operations: the same spec src/xlsx renders with ExcelJS. Contents
// and number formats go per column segment as 2-D arrays; every other format is set once per run
// of cells that share a style; validation, conditional formats, names and protection once each.
import type {
  CellStyle,
  FormulaColumnSpec,
  LayoutCell,
  LayoutSpec,
  ValidationSpec,
} from "../workbook/layout-types";
import { validationAreas } from "../workbook/layout";
import { a1, colLetter, moveRows, parseRange, sheetRef } from "../workbook/a1";
import { META_SHEET_NAME } from "../workbook/meta";
import { toInput } from "./cells";
import type { Op } from "./ops";
import { bytesOf } from "./ops";
import { META_PROTECTION, templateProtection } from "./protection";
import { EXCEL_LIMITS } from "../workbook/excel-limits";

export interface RenderTarget {
  sheetName: string;
  /** Add the sheet (a first insert) rather than write over an existing one. */
  addSheet: boolean;
  /** The template sheet is protected now: unprotect it first. */
  sheetProtected: boolean;
  /** The metadata sheet: whether it exists, is protected, and is very hidden already. */
  metaSheet: { exists: boolean; protected: boolean; veryHidden?: boolean };
  /** Names to delete before the new ones are added (SA_* of the old template). */
  oldNames: string[];
  /** The metadata parts to replace; null when Excel would not list them (then none is added). */
  oldMetaPartIds: string[] | null;
  /** Cells whose content is not written ("row,col"): inputs a person filled that stay where they are. */
  keep: ReadonlySet<string>;
  /** Kept cells that still need their number format (their indicator's value type changed). */
  reformat: ReadonlySet<string>;
  /** Ranges of the old template the new one does not cover: cleared, contents and formats. */
  clear: string[];
  /** The last row any template rule (validation, conditional format) may reach. */
  areaBottom: number;
  /** Columns the old template hid that the new one shows (its column order moved): shown again. */
  unhide?: readonly number[];
  activate: boolean;
}

const FONT = "Times New Roman";
const BORDER_COLOR = "#A6A6A6";
const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;
const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
/** Rows per contents operation, so no single operation approaches the request limit. */
const BAND = 1000;

const key = (row: number, col: number) => `${row},${col}`;

function sheet(ctx: Excel.RequestContext, name: string): Excel.Worksheet {
  return ctx.workbook.worksheets.getItem(name);
}

/** Excel measures column widths in characters; Office.js in points (7 px per character + 5 px). */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function styleKey(s: CellStyle): string {
  return JSON.stringify([
    s.bold,
    s.italic,
    s.fontSize,
    s.fontColor,
    s.fill,
    s.wrap,
    s.hAlign,
    s.vAlign,
    s.border,
    s.locked,
  ]);
}

/** Inside edges exist only where the range has more than one row or column. */
function edgesOf(rows: number, cols: number): readonly (typeof EDGES)[number][] {
  return EDGES.filter((e) => (e !== "InsideHorizontal" || rows > 1) && (e !== "InsideVertical" || cols > 1));
}

function styleOp(name: string, address: string, s: CellStyle, rows: number, cols: number): Op {
  const args = { address, s };
  return {
    bytes: bytesOf(args) * 3,
    apply(ctx) {
      const f = sheet(ctx, name).getRange(address).format;
      f.font.name = FONT;
      f.font.size = s.fontSize ?? 11;
      f.font.bold = s.bold ?? false;
      f.font.italic = s.italic ?? false;
      f.font.color = s.fontColor ? `#${s.fontColor}` : "#000000";
      if (s.fill) f.fill.color = `#${s.fill}`;
      else f.fill.clear();
      f.wrapText = s.wrap ?? false;
      f.horizontalAlignment = s.hAlign ? H_ALIGN[s.hAlign] : "General";
      f.verticalAlignment = s.vAlign ? V_ALIGN[s.vAlign] : "Bottom";
      f.protection.locked = s.locked;
      for (const edge of edgesOf(rows, cols)) {
        const b = f.borders.getItem(edge);
        if (s.border) {
          b.style = "Continuous";
          b.color = BORDER_COLOR;
        } else b.style = "None";
      }
    },
  };
}

/**
 * `formats` false: the cells are General already (a new sheet, or cleared first), so none is sent;
 * `contents` false: the cells are empty already and stay empty (a new sheet).
 */
function contentOp(
  name: string,
  col: number,
  top: number,
  cells: LayoutCell[],
  send: { formats: boolean; contents: boolean },
): Op {
  const address = `${colLetter(col)}${top}:${colLetter(col)}${top + cells.length - 1}`;
  const numberFormats = send.formats ? cells.map((c) => [c.style.numFmt ?? "General"]) : null;
  const contents = send.contents
    ? cells.map((c) => [c.formula !== undefined ? `=${c.formula}` : toInput(c.value, c.style.numFmt)])
    : null;
  return {
    bytes: (numberFormats ? bytesOf(numberFormats) : 0) + (contents ? bytesOf(contents) : 0),
    apply(ctx) {
      const r = sheet(ctx, name).getRange(address);
      // The format first: a "@" cell keeps what is written next as text.
      if (numberFormats) r.numberFormat = numberFormats;
      if (contents) r.formulas = contents;
    },
  };
}

/**
 * A column of formulas that are one formula filled down (the same in R1C1 terms, DECISIONS D9):
 * the first row's formula is written and Range.copyFrom (ExcelApi 1.9, copy type "Formulas")
 * fills the rest as Excel's fill does, moving relative references. The request is the same size
 * at 10 rows and at 10,000.
 */
function fillOp(name: string, col: number, top: number, bottom: number): Op {
  const source = a1(top, col);
  const address = `${a1(top + 1, col)}:${a1(bottom, col)}`;
  return {
    bytes: bytesOf([source, address, "Formulas"]) + 200,
    apply(ctx) {
      const ws = sheet(ctx, name);
      ws.getRange(address).copyFrom(ws.getRange(source), "Formulas");
    },
  };
}

/**
 * The number format of a run of cells that all share it and one style (an input column's "@", the
 * completion column's "0%"), or null. Such a run needs no format per cell: see formatFillOp.
 */
function uniformFormat(band: readonly LayoutCell[]): string | null {
  const format = band[0]!.style.numFmt ?? "General";
  if (band.length < 2 || format === "General") return null;
  const style = styleKey(band[0]!.style);
  return band.every((c) => (c.style.numFmt ?? "General") === format && styleKey(c.style) === style)
    ? format
    : null;
}

/**
 * A run of cells of one style and number format: the first cell's number format is written and
 * Range.copyFrom (ExcelApi 1.9, copy type "Formats") copies its formats down the run, whose style
 * the style operation has just set alike. A request of the same size at 10 and at 10,000 rows.
 */
function formatFillOp(name: string, col: number, band: readonly LayoutCell[], format: string): Op {
  const first = a1(band[0]!.row, col);
  const rest = `${a1(band[0]!.row + 1, col)}:${a1(band[band.length - 1]!.row, col)}`;
  return {
    bytes: bytesOf([first, rest, format, "Formats"]) + 200,
    apply(ctx) {
      const ws = sheet(ctx, name);
      ws.getRange(first).numberFormat = [[format]];
      ws.getRange(rest).copyFrom(ws.getRange(first), "Formats");
    },
  };
}

/**
 * The slots of the layout's formula columns, one cell per row, each with the top row's formula (it
 * is only written for the top row; the rest is filled), and the column each slot belongs to.
 */
function formulaSlots(spec: LayoutSpec): { cells: LayoutCell[]; column: Map<LayoutCell, FormulaColumnSpec> } {
  const cells: LayoutCell[] = [];
  const column = new Map<LayoutCell, FormulaColumnSpec>();
  for (const fc of spec.formulaColumns)
    for (let row = fc.top; row <= fc.bottom; row++) {
      const c: LayoutCell = {
        row,
        col: fc.col,
        address: a1(row, fc.col),
        formula: fc.formula,
        style: fc.style,
      };
      cells.push(c);
      column.set(c, fc);
    }
  return { cells, column };
}

/** A segment cut where a formula column starts or stops: [cells, filled] pieces. */
function fillPieces(
  seg: readonly LayoutCell[],
  columnOf: ReadonlyMap<LayoutCell, FormulaColumnSpec>,
): { cells: LayoutCell[]; filled: boolean }[] {
  const out: { cells: LayoutCell[]; column: FormulaColumnSpec | null }[] = [];
  for (const c of seg) {
    const column = columnOf.get(c) ?? null;
    const last = out[out.length - 1];
    if (last && last.column === column) last.cells.push(c);
    else out.push({ cells: [c], column });
  }
  const pieces: { cells: LayoutCell[]; filled: boolean }[] = [];
  for (const p of out) {
    const filled = p.column !== null && p.cells.length > 1;
    const prev = pieces[pieces.length - 1];
    // Single formulas that fill nothing go with their neighbours, as before.
    if (!filled && prev && !prev.filled) prev.cells.push(...p.cells);
    else pieces.push({ cells: p.cells, filled });
  }
  return pieces;
}

/**
 * A run of template cells that are all General and none a person's: its number formats need not
 * be sent cell by cell (a tenth of a 10,000-row write). On an existing sheet the run's formats are
 * cleared first, which resets them to General; the style written next sets everything else.
 */
function plainRun(seg: readonly LayoutCell[]): boolean {
  return seg.every((c) => c.input === undefined && allGeneral([c]));
}

const allGeneral = (cells: readonly LayoutCell[]) =>
  cells.every((c) => (c.style.numFmt ?? "General") === "General");
/**
 * Written cells that end up empty and General: on an existing sheet they are cleared as one range
 * (contents and formats) before the styles are set, rather than sent "" and "General" cell by cell
 * (an upgrade that moves every row would send both for every input cell).
 */
const blankRun = (seg: readonly LayoutCell[]) => allGeneral(seg) && allEmpty(seg);
/** Shorter blank runs are sent with their neighbours: one operation each would cost more. */
const MIN_BLANK_RUN = 50;

/** Segments cut where a long blank run (blankRun) starts or stops. */
function blankSplit(segments: readonly LayoutCell[][]): LayoutCell[][] {
  const out: LayoutCell[][] = [];
  for (const seg of segments) {
    let current: LayoutCell[] = [];
    for (let i = 0; i < seg.length;) {
      let j = i;
      while (j < seg.length && blankRun([seg[j]!])) j++;
      if (j - i >= MIN_BLANK_RUN) {
        if (current.length > 0) out.push(current);
        out.push(seg.slice(i, j));
        current = [];
      } else current.push(...seg.slice(i, Math.max(j, i + 1)));
      i = Math.max(j, i + 1);
    }
    if (current.length > 0) out.push(current);
  }
  return out;
}

/** Nothing to write into a cell of a new sheet: it is empty already. */
const allEmpty = (cells: readonly LayoutCell[]) =>
  cells.every((c) => c.formula === undefined && (c.value === null || c.value === undefined));

/** Cells grouped by column, sorted by row. */
function byColumn(cells: readonly LayoutCell[]): Map<number, LayoutCell[]> {
  const cols = new Map<number, LayoutCell[]>();
  for (const c of cells) {
    const list = cols.get(c.col) ?? [];
    list.push(c);
    cols.set(c.col, list);
  }
  for (const list of cols.values()) list.sort((a, b) => a.row - b.row);
  return cols;
}

/** Runs of consecutive rows in one column, split where `same` says two neighbours differ. */
function runs(list: LayoutCell[], same: (a: LayoutCell, b: LayoutCell) => boolean): LayoutCell[][] {
  const out: LayoutCell[][] = [];
  for (const c of list) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && prev.row + 1 === c.row && same(prev, c)) last.push(c);
    else out.push([c]);
  }
  return out;
}

/** Characters per getRanges address: Excel documents no limit, so pieces stay short. */
export const AREAS_ADDRESS_CHARS = 2000;

/** A rule's areas ("G10 G17:G18") as comma-separated getRanges addresses of bounded length. */
export function areaAddresses(range: string): string[] {
  const areas = range.split(" ").filter((a) => a !== "");
  if (areas.length === 1) return [range];
  const out: string[] = [];
  let current = "";
  for (const a of areas) {
    if (current !== "" && current.length + 1 + a.length > AREAS_ADDRESS_CHARS) {
      out.push(current);
      current = "";
    }
    current = current === "" ? a : `${current},${a}`;
  }
  out.push(current);
  return out;
}

/** The rule's formula for a piece of its areas: relative to the piece's first cell. */
function areaFormula(v: ValidationSpec, address: string): string {
  const first = address.split(",")[0]!;
  const moved = validationAreas({ ...v, range: `${v.range.split(" ")[0]} ${first}` })[1]!;
  return moved.formula ?? "TRUE";
}

export function renderOps(spec: LayoutSpec, t: RenderTarget): Op[] {
  const name = t.sheetName;
  const ops: Op[] = [];
  const simple = (args: unknown, apply: (ctx: Excel.RequestContext) => void): void => {
    ops.push({ bytes: bytesOf(args), apply });
  };
  const lastCol = colLetter(spec.columns.length);
  const area = `A1:${lastCol}${t.areaBottom}`;

  // 1. Make the sheets writable.
  if (t.addSheet) simple(name, (ctx) => ctx.workbook.worksheets.add(name));
  else if (t.sheetProtected) simple(name, (ctx) => sheet(ctx, name).protection.unprotect());
  if (t.metaSheet.exists && t.metaSheet.protected)
    simple(META_SHEET_NAME, (ctx) => sheet(ctx, META_SHEET_NAME).protection.unprotect());

  // 2. Remove what the old template had and the new one does not.
  if (!t.addSheet) {
    simple(area, (ctx) => {
      const r = sheet(ctx, name).getRange(area);
      r.dataValidation.clear();
      r.conditionalFormats.clearAll();
    });
    for (const address of t.clear) simple(address, (ctx) => sheet(ctx, name).getRange(address).clear("All"));
  }

  // 3. Formats, then contents, column by column; a formula column's first formula, then its fill.
  const slots = formulaSlots(spec);
  for (const [col, list] of byColumn([...spec.cells, ...slots.cells])) {
    const written = list.filter((c) => !t.keep.has(key(c.row, c.col)));
    const segments = blankSplit(runs(written, () => true));
    if (!t.addSheet)
      for (const seg of segments.filter((x) => plainRun(x) || blankRun(x))) {
        const address = `${a1(seg[0]!.row, col)}:${a1(seg[seg.length - 1]!.row, col)}`;
        const blank = blankRun(seg);
        simple(address, (ctx) => {
          const r = sheet(ctx, name).getRange(address);
          if (blank) r.clear("Contents");
          r.clear("Formats");
        });
      }
    for (const run of runs(list, (a, b) => styleKey(a.style) === styleKey(b.style))) {
      const first = run[0]!;
      const address = `${a1(first.row, col)}:${a1(first.row + run.length - 1, col)}`;
      ops.push(styleOp(name, address, first.style, run.length, 1));
    }
    for (const seg of segments.filter((x) => !blankRun(x)))
      for (const piece of fillPieces(seg, slots.column)) {
        const cells = piece.cells;
        if (piece.filled) {
          // Number formats still per cell (a few bytes each), then the first formula, then the fill.
          const top = cells[0]!.row;
          const bottom = cells[cells.length - 1]!.row;
          for (let i = 0; i < cells.length; i += BAND) {
            const band = cells.slice(i, i + BAND);
            if (plainRun(seg) || (t.addSheet && allGeneral(band))) continue;
            const uniform = uniformFormat(band);
            if (uniform !== null) ops.push(formatFillOp(name, col, band, uniform));
            else ops.push(contentOp(name, col, band[0]!.row, band, { formats: true, contents: false }));
          }
          ops.push(contentOp(name, col, top, [cells[0]!], { formats: false, contents: true }));
          ops.push(fillOp(name, col, top, bottom));
          continue;
        }
        for (let i = 0; i < cells.length; i += BAND) {
          const band = cells.slice(i, i + BAND);
          const send = {
            formats: !plainRun(seg) && !(t.addSheet && allGeneral(band)),
            contents: !(t.addSheet && allEmpty(band)),
          };
          const uniform = send.formats ? uniformFormat(band) : null;
          if (uniform !== null) {
            // The format first (a "@" cell keeps what is written next as text), then the contents.
            ops.push(formatFillOp(name, col, band, uniform));
            send.formats = false;
          }
          if (send.formats || send.contents) ops.push(contentOp(name, col, band[0]!.row, band, send));
        }
      }
    for (const c of list.filter((x) => t.reformat.has(key(x.row, x.col)))) {
      const format = [[c.style.numFmt ?? "General"]];
      simple(format, (ctx) => (sheet(ctx, name).getRange(c.address).numberFormat = format));
    }
  }

  // 4. Column widths, row heights, frozen panes.
  for (const [i, c] of spec.columns.entries()) {
    const letter = colLetter(i + 1);
    simple(c, (ctx) => {
      const r = sheet(ctx, name).getRange(`${letter}:${letter}`);
      r.format.columnWidth = widthPoints(c.width);
      // The parameter columns (DECISIONS D9) are hidden; whether a person hid or showed another
      // column is their business and stays, but for one the old template itself hid (D28).
      if (c.hidden) r.columnHidden = true;
      else if (t.unhide?.includes(i + 1)) r.columnHidden = false;
    });
  }
  for (const [row, height] of Object.entries(spec.rowHeights))
    simple(row, (ctx) => (sheet(ctx, name).getRange(`${row}:${row}`).format.rowHeight = height));
  const freeze = `A1:${colLetter(spec.freeze.cols)}${spec.freeze.rows}`;
  simple(freeze, (ctx) => sheet(ctx, name).freezePanes.freezeAt(sheet(ctx, name).getRange(freeze)));

  // 5. Data validation and conditional formats: one each per spec range.
  for (const v of spec.validations) {
    const rule =
      v.type === "list"
        ? { list: { inCellDropDown: true, source: (v.list ?? []).join(",") } }
        : v.type === "textLength"
          ? { textLength: { formula1: v.maxLength ?? 255, operator: "LessThanOrEqualTo" } }
          : { custom: { formula: `=${v.formula ?? "TRUE"}` } };
    const prompt = {
      showPrompt: true,
      title: v.prompt.title.slice(0, EXCEL_LIMITS.promptTitle),
      message: v.prompt.message.slice(0, EXCEL_LIMITS.promptMessage),
    };
    const errorAlert = {
      showAlert: true,
      style: v.error.style === "stop" ? "Stop" : "Warning",
      title: v.error.title.slice(0, EXCEL_LIMITS.alertTitle),
      message: v.error.message.slice(0, EXCEL_LIMITS.alertMessage),
    };
    for (const address of areaAddresses(v.range)) {
      // A rule over several areas goes through RangeAreas (ExcelApi 1.9); the formula stays
      // relative to the first area's top-left cell, which heads every piece (areaAddresses).
      const piece = address === v.range ? rule : { custom: { formula: `=${areaFormula(v, address)}` } };
      const r = v.type === "custom" ? piece : rule;
      ops.push({
        bytes: bytesOf([address, r, prompt, errorAlert]) + 200,
        apply(ctx) {
          const ws = sheet(ctx, name);
          const dv = (address.includes(",") ? ws.getRanges(address) : ws.getRange(address)).dataValidation;
          dv.rule = r as Excel.DataValidationRule;
          dv.ignoreBlanks = v.allowBlank;
          dv.prompt = prompt;
          dv.errorAlert = errorAlert as Excel.DataValidationErrorAlert;
        },
      });
    }
  }
  // Office adds each conditional format at the top priority: the spec's last rule goes first, so
  // the spec's first rule ends on top, as in the file (src/xlsx/render.ts).
  for (const cf of [...spec.conditionalFormats].reverse()) {
    const top = parseRange(cf.range.split(" ")[0]!)!.box.top;
    for (const address of areaAddresses(cf.range)) {
      const formula = `=${moveRows(cf.formula, parseRange(address.split(",")[0]!)!.box.top - top)}`;
      ops.push({
        // What this piece sends: its own areas, not the whole rule's (counted once per piece, the
        // whole range made a 10,000-row upgrade look over the chunk limit and cost a round trip).
        bytes: bytesOf([address, formula, cf.fill, cf.fontColor, cf.numberFormat]) + 200,
        apply(ctx) {
          const ws = sheet(ctx, name);
          const target = address.includes(",") ? ws.getRanges(address) : ws.getRange(address);
          const f = target.conditionalFormats.add("Custom");
          f.custom.rule.formula = formula;
          if (cf.fill) f.custom.format.fill.color = `#${cf.fill}`;
          if (cf.fontColor) f.custom.format.font.color = `#${cf.fontColor}`;
          if (cf.numberFormat) f.custom.format.numberFormat = cf.numberFormat;
        },
      });
    }
  }

  // 6. Workbook names, replacing the old template's.
  for (const old of t.oldNames) simple(old, (ctx) => ctx.workbook.names.getItem(old).delete());
  for (const n of spec.names) {
    const ref = `=${sheetRef(name, n.range)}`;
    simple([n.name, ref], (ctx) => ctx.workbook.names.add(n.name, ref));
  }

  // 7. Print setup.
  const p = spec.print;
  simple(p, (ctx) => {
    const layout = sheet(ctx, name).pageLayout;
    layout.orientation = "Landscape";
    layout.paperSize = "A4";
    layout.zoom = { scale: p.scale };
    layout.printOrder = "OverThenDown";
    layout.leftMargin = p.margins.left * 72;
    layout.rightMargin = p.margins.right * 72;
    layout.topMargin = p.margins.top * 72;
    layout.bottomMargin = p.margins.bottom * 72;
    layout.headerMargin = p.margins.header * 72;
    layout.footerMargin = p.margins.footer * 72;
    layout.setPrintTitleRows(`$${p.repeatRows.replace(":", ":$")}`);
    layout.setPrintTitleColumns(`$${p.repeatColumns.replace(":", ":$")}`);
    layout.setPrintArea(p.printArea);
    layout.headersFooters.defaultForAllPages.centerFooter = p.footer;
  });

  // 8. Metadata: the very-hidden sheet and the custom XML part.
  const rows = spec.metaSheet.rows.map((r) => [toInput(r[0], undefined), toInput(r[1] ?? null, undefined)]);
  ops.push({
    bytes: bytesOf(rows),
    apply(ctx) {
      const meta = t.metaSheet.exists
        ? sheet(ctx, META_SHEET_NAME)
        : ctx.workbook.worksheets.add(META_SHEET_NAME);
      // Whatever the old metadata held goes: stale indicator rows would be read back as ids.
      if (t.metaSheet.exists) meta.getRange("A:B").clear("Contents");
      meta.getRange(`A1:B${rows.length}`).values = rows;
      // Worksheet.visibility clears the undo stack on Windows and Mac: set only when it changes.
      if (!t.metaSheet.veryHidden) meta.visibility = "VeryHidden";
      meta.protection.protect(META_PROTECTION);
    },
  });
  if (t.oldMetaPartIds !== null) {
    for (const id of t.oldMetaPartIds) simple(id, (ctx) => ctx.workbook.customXmlParts.getItem(id).delete());
    simple(spec.customXml.xml, (ctx) => ctx.workbook.customXmlParts.add(spec.customXml.xml));
  }

  // 9. Protect the template again (no password by default, DESIGN §4).
  const options = templateProtection(spec.protection);
  simple(options, (ctx) => {
    const ws = sheet(ctx, name);
    ws.protection.protect(options);
    if (t.activate) ws.activate();
  });
  return ops;
}
