// The workbook behind the proxies: sheets of sparse cells, names, custom XML parts, validation,
// conditional formats and protection. HyperFormula computes every formula; this file keeps it in
// step with the cells. Everything here runs when a request is synced, never when it is queued.
// The cells are the truth and the engine a cache of them: it is built from them the first time a
// formula is read or checked, and kept in step from then on (its module may load later, engine.ts).
import type { HyperFormula, RawCellContent } from "hyperformula";
import type { Bounds } from "./address";
import { absoluteRef, cellAddress, columns, contains, intersects, quoteSheet, rows } from "./address";
import type { Content, Interpreted } from "./content";
import { interpret, toEngine } from "./content";
import { HostApiError } from "./errors";
import { isEngineError, readEngine } from "./engine-values";
import type { EngineValue } from "./engine-values";
import { formulaEngine } from "./engine";

export interface CellFormat {
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontName?: string;
  /** Edges with a border ("EdgeTop", ..., "InsideHorizontal" is resolved to edges). */
  borders?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  /** Excel's default is locked. */
  locked?: boolean;
}

export interface Cell extends CellFormat {
  content?: Content;
}

export interface ValidationRuleModel {
  /** The Office shape, e.g. { list: { inCellDropDown, source } } or { decimal: { operator, formula1 } }. */
  rule: Record<string, unknown>;
  prompt?: { showPrompt?: boolean; title?: string; message?: string };
  errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string };
  ignoreBlanks: boolean;
}

export interface Validation extends ValidationRuleModel {
  bounds: Bounds;
}

export interface ConditionalFormatModel {
  id: string;
  /** The range, or the first of its areas (its top-left cell is where the formula is written for). */
  bounds: Bounds;
  /** Every area, when the rule was laid over several (RangeAreas.conditionalFormats). */
  areas?: Bounds[];
  type: string;
  formula: string;
  operator?: string;
  formula2?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  numberFormat?: string;
  stopIfTrue: boolean;
}

/** The areas a conditional format covers. */
export function cfAreas(f: ConditionalFormatModel): Bounds[] {
  return f.areas ?? [f.bounds];
}

export function cfIntersects(f: ConditionalFormatModel, b: Bounds): boolean {
  return cfAreas(f).some((a) => intersects(a, b));
}

export interface ProtectionModel {
  protected: boolean;
  options: Record<string, unknown>;
  password?: string;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface ChangeEvent {
  sheetId: string;
  bounds: Bounds;
  byUser: boolean;
}

const KEY = 16384;

export class HostSheet {
  readonly cells = new Map<number, Cell>();
  visibility: Visibility = "Visible";
  protection: ProtectionModel = { protected: false, options: {} };
  validations: Validation[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  columnWidths = new Map<number, number>();
  /** Columns hidden with Range.columnHidden (0-based, as columnWidths). */
  hiddenColumns = new Set<number>();
  frozenRows = 0;
  frozenColumns = 0;
  rowHeights = new Map<number, number>();
  merges: Bounds[] = [];
  tabColor = "";
  pageLayout: Record<string, unknown> = {};
  printTitleRows: string | null = null;

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(r: number, c: number): Cell | undefined {
    return this.cells.get(r * KEY + c);
  }

  ensure(r: number, c: number): Cell {
    const k = r * KEY + c;
    let cell = this.cells.get(k);
    if (!cell) {
      cell = {};
      this.cells.set(k, cell);
    }
    return cell;
  }

  /** The smallest range holding every cell with content (valuesOnly) or with content or format. */
  usedBounds(valuesOnly: boolean): Bounds | null {
    let b: Bounds | null = null;
    for (const [k, cell] of this.cells) {
      if (valuesOnly ? !cell.content : !cell.content && !hasFormat(cell)) continue;
      const r = Math.floor(k / KEY);
      const c = k % KEY;
      if (!b) b = { r0: r, r1: r, c0: c, c1: c };
      else {
        b.r0 = Math.min(b.r0, r);
        b.r1 = Math.max(b.r1, r);
        b.c0 = Math.min(b.c0, c);
        b.c1 = Math.max(b.c1, c);
      }
    }
    return b;
  }

  /** The existing cells inside bounds, as [row, col]. */
  cellsIn(bounds: Bounds): [number, number][] {
    const out: [number, number][] = [];
    if (rows(bounds) * columns(bounds) <= this.cells.size) {
      for (let r = bounds.r0; r <= bounds.r1; r++)
        for (let c = bounds.c0; c <= bounds.c1; c++) if (this.cells.has(r * KEY + c)) out.push([r, c]);
    } else
      for (const k of this.cells.keys()) {
        const r = Math.floor(k / KEY);
        const c = k % KEY;
        if (contains(bounds, r, c)) out.push([r, c]);
      }
    return out;
  }

  validationAt(r: number, c: number): Validation | undefined {
    return this.validations.find((v) => contains(v.bounds, r, c));
  }

  isLocked(r: number, c: number): boolean {
    return this.cell(r, c)?.locked !== false;
  }
}

function hasFormat(cell: Cell): boolean {
  return (
    cell.numberFormat !== undefined ||
    cell.fill !== undefined ||
    cell.fontColor !== undefined ||
    cell.bold !== undefined ||
    cell.locked !== undefined
  );
}

export interface NamedItemModel {
  name: string;
  /** "=Sheet!$A$1:$A$9" */
  formula: string;
  comment: string;
  visible: boolean;
}

export interface CustomXmlPartModel {
  id: string;
  xml: string;
  namespaceUri: string;
}

export class HostWorkbookModel {
  sheets: HostSheet[] = [];
  names: NamedItemModel[] = [];
  customXmlParts: CustomXmlPartModel[] = [];
  activeSheetId = "";
  selection: { sheetId: string; bounds: Bounds } | null = null;
  /** Told of every block whose contents were written, so onChange can fire after the request. */
  onChange: ((sheet: HostSheet, bounds: Bounds) => void) | null = null;
  private nextId = 1;
  private engine: HyperFormula | null = null;

  /**
   * The formula engine with every value up to date, built from the cells the first time it is
   * needed; throws if not loaded. Writes suspend its evaluation (engineSet), so a request that
   * writes 10,000 rows in bands recomputes once, at the first read after them, as Excel does at
   * sync, not once per band.
   */
  get hf(): HyperFormula {
    const hf = this.quietEngine();
    if (hf.isEvaluationSuspended()) hf.resumeEvaluation();
    return hf;
  }

  /** The engine as it is, values possibly stale: for writing and parsing, which need no values. */
  private quietEngine(): HyperFormula {
    this.engine ??= this.buildEngine();
    return this.engine;
  }

  /** Whether reading this workbook needs the engine: a formula or error cell, a name, or a rule. */
  needsEngine(): boolean {
    if (this.engine || this.names.length > 0) return true;
    return this.sheets.some(
      (s) =>
        s.validations.length > 0 ||
        s.conditionalFormats.length > 0 ||
        [...s.cells.values()].some((c) => c.content?.t === "f" || c.content?.t === "e"),
    );
  }

  /** Puts raw contents into the engine, if it is built (otherwise it reads them from the cells). */
  engineSet(sheet: HostSheet, r: number, c: number, contents: RawCellContent[][]): void {
    if (!this.engine) return;
    if (!this.engine.isEvaluationSuspended()) this.engine.suspendEvaluation();
    this.engine.setCellContents({ sheet: this.hfId(sheet), row: r, col: c }, contents);
  }

  /** Drops the engine after cells were replaced wholesale (a restore); it is rebuilt when needed. */
  dropEngine(): void {
    this.engine?.destroy();
    this.engine = null;
  }

  private buildEngine(): HyperFormula {
    const module = formulaEngine();
    if (!module)
      throw new HostApiError(
        "GeneralException",
        "The formula engine is not loaded yet; try again in a moment.",
      );
    const hf = module.HyperFormula.buildEmpty({
      licenseKey: "gpl-v3",
      accentSensitive: true,
      // Excel compares text case-insensitively; HyperFormula's default already does.
      useArrayArithmetic: false,
      // Excel computes with full doubles; HyperFormula's default rounds results for display.
      smartRounding: false,
      // The host keeps its own undo (Excel's, per user action); HyperFormula's would only cost time.
      undoLimit: 0,
    });
    // Every sheet first, then the names, then the cells: names and formulas may refer across sheets.
    for (const sheet of this.sheets) hf.addSheet(sheet.name);
    for (const n of this.names) hf.addNamedExpression(n.name, n.formula);
    // Suspended, not batch(): a batch keeps one undo entry that every further write walks again.
    // The first read computes the values (get hf).
    hf.suspendEvaluation();
    for (const sheet of this.sheets) {
      const id = hf.getSheetId(sheet.name)!;
      for (const [k, cell] of sheet.cells)
        if (cell.content)
          hf.setCellContents({ sheet: id, row: Math.floor(k / KEY), col: k % KEY }, [
            [toEngine(cell.content)],
          ]);
    }
    return hf;
  }

  newId(prefix: string): string {
    const n = this.nextId++;
    return `{${prefix.toUpperCase()}-${String(n).padStart(4, "0")}-0000-0000-${String(n).padStart(12, "0")}}`;
  }

  sheetByName(name: string): HostSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: string): HostSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  addSheet(name?: string): HostSheet {
    const finalName = name ?? this.freeSheetName();
    checkSheetName(finalName);
    if (this.sheetByName(finalName))
      throw new HostApiError(
        "ItemAlreadyExists",
        `A sheet named '${finalName}' already exists.`,
        "WorksheetCollection.add",
      );
    const sheet = new HostSheet(this.newId("s"), finalName);
    this.engine?.addSheet(finalName);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  private freeSheetName(): string {
    for (let n = 1; ; n++) if (!this.sheetByName(`Sheet${n}`)) return `Sheet${n}`;
  }

  renameSheet(sheet: HostSheet, name: string): void {
    checkSheetName(name);
    const other = this.sheetByName(name);
    if (other && other !== sheet)
      throw new HostApiError(
        "ItemAlreadyExists",
        `A sheet named '${name}' already exists.`,
        "Worksheet.name",
      );
    if (this.engine) this.engine.renameSheet(this.hfId(sheet), name);
    sheet.name = name;
  }

  deleteSheet(sheet: HostSheet): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet)
      throw new HostApiError(
        "InvalidOperation",
        "A workbook must contain at least one visible worksheet.",
        "Worksheet.delete",
      );
    if (this.engine) this.engine.removeSheet(this.hfId(sheet));
    this.sheets = this.sheets.filter((s) => s !== sheet);
    // As in Excel, a name that pointed into the deleted sheet now refers to #REF!.
    const prefix = `=${quoteSheet(sheet.name)}!`;
    for (const n of this.names)
      if (n.formula.startsWith(prefix)) n.formula = "=#REF!" + n.formula.slice(prefix.length);
    if (this.activeSheetId === sheet.id) this.activeSheetId = visible.find((s) => s !== sheet)!.id;
    if (this.selection?.sheetId === sheet.id) this.selection = null;
  }

  setVisibility(sheet: HostSheet, visibility: Visibility): void {
    if (visibility !== "Visible") {
      const others = this.sheets.filter((s) => s !== sheet && s.visibility === "Visible");
      if (others.length === 0)
        throw new HostApiError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet.",
          "Worksheet.visibility",
        );
      if (this.activeSheetId === sheet.id) this.activeSheetId = others[0]!.id;
    }
    sheet.visibility = visibility;
  }

  hfId(sheet: HostSheet): number {
    const id = this.quietEngine().getSheetId(sheet.name);
    if (id === undefined) throw new HostApiError("GeneralException", `engine lost sheet ${sheet.name}`);
    return id;
  }

  /**
   * Writes contents to a block; checks protection of the whole block first. `read` says what each
   * input becomes under the cell's number format: the API's reading by default (Range.values), or
   * what typing stored (src/playground/host/typing.ts).
   */
  writeContents(
    sheet: HostSheet,
    bounds: Bounds,
    inputs: unknown[][],
    location: string,
    read: (input: unknown, numberFormat: string) => Interpreted = (input, fmt) => interpret(input, fmt),
  ): void {
    this.assertUnlocked(sheet, bounds, location);
    const engineRows: (string | number | boolean | null)[][] = [];
    for (let i = 0; i < inputs.length; i++) {
      const row = inputs[i]!;
      const engineRow: (string | number | boolean | null)[] = [];
      for (let j = 0; j < row.length; j++) {
        const r = bounds.r0 + i;
        const c = bounds.c0 + j;
        const existing = sheet.cell(r, c);
        const fmt = existing?.numberFormat ?? "General";
        const { content, impliedFormat } = read(row[j], fmt);
        // Excel refuses a formula it cannot parse rather than storing it.
        if (content?.t === "f" && !this.quietEngine().validateFormula(content.f))
          throw new HostApiError(
            "InvalidArgument",
            `'${content.f}' is not a formula Excel can read.`,
            location,
          );
        if (content === null) {
          if (existing) delete existing.content;
        } else {
          const cell = sheet.ensure(r, c);
          cell.content = content;
          if (impliedFormat && fmt === "General") cell.numberFormat = impliedFormat;
        }
        engineRow.push(toEngine(content));
      }
      engineRows.push(engineRow);
    }
    this.engineSet(sheet, bounds.r0, bounds.c0, engineRows);
    this.onChange?.(sheet, bounds);
  }

  assertUnlocked(sheet: HostSheet, bounds: Bounds, location: string): void {
    if (!sheet.protection.protected) return;
    const unlocked = sheet.cellsIn(bounds).filter(([r, c]) => !sheet.isLocked(r, c)).length;
    if (unlocked === rows(bounds) * columns(bounds)) return;
    // Some cell is locked (cells that do not exist are locked, Excel's default): name the first.
    for (let r = bounds.r0; r <= bounds.r1; r++)
      for (let c = bounds.c0; c <= bounds.c1; c++)
        if (sheet.isLocked(r, c))
          throw new HostApiError(
            "AccessDenied",
            `The cell ${cellAddress(r, c)} on '${sheet.name}' is protected and therefore read-only.`,
            location,
          );
  }

  assertCanFormat(sheet: HostSheet, location: string, option = "allowFormatCells"): void {
    if (sheet.protection.protected && sheet.protection.options[option] !== true)
      throw new HostApiError(
        "AccessDenied",
        `'${sheet.name}' is protected; ${location} needs the sheet unprotected (or ${option}).`,
        location,
      );
  }

  assertUnprotected(sheet: HostSheet, location: string): void {
    if (sheet.protection.protected)
      throw new HostApiError(
        "AccessDenied",
        `'${sheet.name}' is protected; ${location} is not allowed.`,
        location,
      );
  }

  value(sheet: HostSheet, r: number, c: number): EngineValue {
    const cell = sheet.cell(r, c);
    if (!cell?.content) return null;
    // Constants come from the cell itself: HyperFormula would round numbers for display.
    if (cell.content.t === "s" || cell.content.t === "n" || cell.content.t === "b") return cell.content.v;
    return readEngine(this.hf.getCellValue({ sheet: this.hfId(sheet), row: r, col: c }));
  }

  /** What Office's `formulas` returns: the formula text, or the value for a constant (text unquoted). */
  formula(sheet: HostSheet, r: number, c: number): string | number | boolean {
    const content = sheet.cell(r, c)?.content;
    if (!content) return "";
    switch (content.t) {
      case "f":
        return content.f;
      case "e":
        return content.v;
      default:
        return content.v;
    }
  }

  numberFormat(sheet: HostSheet, r: number, c: number): string {
    return sheet.cell(r, c)?.numberFormat ?? "General";
  }

  clear(sheet: HostSheet, bounds: Bounds, applyTo: string, location: string): void {
    const contents = applyTo === "All" || applyTo === "Contents";
    const formats = applyTo === "All" || applyTo === "Formats";
    if (contents) this.assertUnlocked(sheet, bounds, location);
    if (formats) this.assertCanFormat(sheet, location);
    const hf = this.engine;
    const hfId = hf ? this.hfId(sheet) : -1;
    // Only cells that exist are visited: clearing whole columns costs what they hold.
    const clearCells = () => {
      for (const [r, c] of sheet.cellsIn(bounds)) {
        const cell = sheet.cell(r, c)!;
        if (contents && cell.content) {
          delete cell.content;
          hf?.setCellContents({ sheet: hfId, row: r, col: c }, [[null]]);
        }
        if (formats) for (const k of Object.keys(cell) as (keyof Cell)[]) if (k !== "content") delete cell[k];
        if (!cell.content && !hasFormat(cell)) sheet.cells.delete(r * KEY + c);
      }
    };
    if (hf && !hf.isEvaluationSuspended()) hf.suspendEvaluation();
    clearCells();
    if (contents) this.onChange?.(sheet, bounds);
    if (formats) {
      sheet.validations = sheet.validations.filter((v) => !intersects(v.bounds, bounds));
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !cfIntersects(f, bounds));
    }
  }

  /** Evaluates a formula as if it sat in cell (r, c) of the sheet; relative refs already shifted. */
  evaluate(sheet: HostSheet, formula: string): EngineValue {
    const result = this.hf.calculateFormula(formula, this.hfId(sheet));
    if (Array.isArray(result)) return readEngine(result[0]?.[0] ?? null);
    return readEngine(result);
  }

  addName(name: string, formula: string, comment: string): void {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[rRcC]$/.test(name))
      throw new HostApiError("InvalidArgument", `'${name}' is not a valid name.`, "NamedItemCollection.add");
    if (this.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
      throw new HostApiError(
        "ItemAlreadyExists",
        `The name '${name}' already exists.`,
        "NamedItemCollection.add",
      );
    // The engine judges the name's formula now, as Excel refuses a bad one when it is added.
    this.hf.addNamedExpression(name, formula);
    this.names.push({ name, formula, comment, visible: true });
  }

  deleteName(name: string): void {
    const item = this.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
    if (!item)
      throw new HostApiError("ItemNotFound", `The name '${name}' does not exist.`, "NamedItem.delete");
    this.engine?.removeNamedExpression(item.name);
    this.names = this.names.filter((n) => n !== item);
  }

  /** "='Báo cáo'!$H$5:$H$20": how a defined name refers to a range. */
  rangeFormula(sheet: HostSheet, bounds: Bounds): string {
    return `=${quoteSheet(sheet.name)}!${absoluteRef(bounds)}`;
  }

  isError(v: EngineValue): boolean {
    return isEngineError(v);
  }
}

function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name))
    throw new HostApiError(
      "InvalidArgument",
      `'${name}' is not a valid sheet name (1-31 characters, none of \\ / ? * [ ] :).`,
      "Worksheet.name",
    );
}
