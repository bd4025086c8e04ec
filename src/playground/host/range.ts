// Excel.Range and the objects hanging off it (format, fill, font, protection, data validation,
// conditional formats), as proxies over the model. Writes are checked against the sheet's
// protection when they run, like Excel does, and array shapes must match the range exactly.
import type { Bounds } from "./address";
import { columns, fullAddress, parseRef, refOf, rows, splitSheet } from "./address";
import { TEXT_FORMAT } from "./content";
import { displayText } from "./display";
import { HostApiError, notCovered } from "./errors";
import { shiftFormula } from "./formula-shift";
import type { Cell, CellFormat, HostSheet, HostWorkbookModel } from "./model";
import type { RequestContextCore } from "./request";
import { HostClientResult, HostObject } from "./request";
import { ConditionalFormatCollectionProxy, DataValidationProxy } from "./range-rules";
import { WorksheetProxy } from "./worksheet";
import { noSpecialCells, RangeAreasProxy, specialCells } from "./range-areas";

export interface RangeTarget {
  sheet: HostSheet;
  bounds: Bounds;
}

type Resolver = () => RangeTarget | null;

function model(ctx: RequestContextCore): HostWorkbookModel {
  return ctx.runtime.model;
}

function shapeError(location: string, expected: Bounds, got: string): HostApiError {
  return new HostApiError(
    "InvalidArgument",
    `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows(expected)}x${columns(expected)} expected, ${got} given).`,
    location,
  );
}

function checkShape(input: unknown, bounds: Bounds, location: string): unknown[][] {
  if (!Array.isArray(input) || !input.every((r) => Array.isArray(r)))
    throw new HostApiError("InvalidArgument", "A 2-D array is expected.", location);
  const arr = input as unknown[][];
  const width = arr[0]?.length ?? 0;
  if (arr.length !== rows(bounds) || arr.some((r) => r.length !== columns(bounds)))
    throw shapeError(location, bounds, `${arr.length}x${width}`);
  for (const row of arr)
    for (const v of row)
      if (v === null || v === undefined || (typeof v === "object" && !Array.isArray(v)) || Array.isArray(v))
        throw new HostApiError(
          "InvalidArgument",
          "Every element must be a number, a string or a boolean (the host does not accept null to mean 'leave the cell unchanged').",
          location,
        );
  return arr;
}

function eachCell(bounds: Bounds, fn: (r: number, c: number, i: number, j: number) => void): void {
  for (let r = bounds.r0; r <= bounds.r1; r++)
    for (let c = bounds.c0; c <= bounds.c1; c++) fn(r, c, r - bounds.r0, c - bounds.c0);
}

function grid<V>(bounds: Bounds, fn: (r: number, c: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = bounds.r0; r <= bounds.r1; r++) {
    const row: V[] = [];
    for (let c = bounds.c0; c <= bounds.c1; c++) row.push(fn(r, c));
    out.push(row);
  }
  return out;
}

export class RangeProxy extends HostObject<RangeTarget> {
  protected readonly className = "Range";
  protected readonly scalars = [
    "address",
    "addressLocal",
    "values",
    "formulas",
    "numberFormat",
    "valueTypes",
    "text",
    "rowCount",
    "columnCount",
    "rowIndex",
    "columnIndex",
    "cellCount",
    "columnHidden",
  ] as const;
  private formatProxy?: RangeFormatProxy;
  private validationProxy?: DataValidationProxy;
  private cfProxy?: ConditionalFormatCollectionProxy;

  constructor(ctx: RequestContextCore, path: string, resolver: Resolver, nullable = false) {
    super(ctx, path, resolver, nullable);
  }

  protected read(t: RangeTarget, p: string): unknown {
    const m = model(this.ctx);
    const { sheet, bounds } = t;
    switch (p) {
      case "address":
      case "addressLocal":
        return fullAddress(sheet.name, bounds);
      case "values":
        return grid(bounds, (r, c) => {
          const v = m.value(sheet, r, c);
          if (v === null) return "";
          return typeof v === "object" ? v.error : v;
        });
      case "formulas":
        return grid(bounds, (r, c) => m.formula(sheet, r, c));
      case "numberFormat":
        return grid(bounds, (r, c) => m.numberFormat(sheet, r, c));
      case "valueTypes":
        return grid(bounds, (r, c) => {
          const v = m.value(sheet, r, c);
          if (v === null) return "Empty";
          if (typeof v === "object") return "Error";
          return typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
        });
      case "text":
        return grid(bounds, (r, c) => {
          const v = m.value(sheet, r, c);
          if (v === null) return "";
          if (typeof v === "object") return v.error;
          return displayText(v, m.numberFormat(sheet, r, c));
        });
      case "rowCount":
        return rows(bounds);
      case "columnCount":
        return columns(bounds);
      case "rowIndex":
        return bounds.r0;
      case "columnIndex":
        return bounds.c0;
      case "cellCount":
        return rows(bounds) * columns(bounds);
      case "columnHidden": {
        // Excel: true when every column of the range is hidden, false when none is, else null.
        let hidden = 0;
        for (let c = bounds.c0; c <= bounds.c1; c++) if (sheet.hiddenColumns.has(c)) hidden++;
        return hidden === 0 ? false : hidden === columns(bounds) ? true : null;
      }
    }
    return undefined;
  }

  protected override child(name: string): HostObject<unknown> | undefined {
    if (name === "format") return this.format as HostObject<unknown>;
    if (name === "dataValidation") return this.dataValidation as HostObject<unknown>;
    return undefined;
  }

  get address(): string {
    return this.get("address");
  }
  get addressLocal(): string {
    return this.get("addressLocal");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.queue("values", v, (t) =>
      model(this.ctx).writeContents(
        t.sheet,
        t.bounds,
        checkShape(v, t.bounds, "Range.values"),
        "Range.values",
      ),
    );
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.queue("formulas", v, (t) =>
      model(this.ctx).writeContents(
        t.sheet,
        t.bounds,
        checkShape(v, t.bounds, "Range.formulas"),
        "Range.formulas",
      ),
    );
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.queue("numberFormat", v, (t) => {
      const m = model(this.ctx);
      const arr = checkShape(v, t.bounds, "Range.numberFormat");
      m.assertCanFormat(t.sheet, "Range.numberFormat");
      eachCell(t.bounds, (r, c, i, j) => {
        const f = String(arr[i]![j]);
        const cell = t.sheet.ensure(r, c);
        cell.numberFormat = f;
      });
    });
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  /** Range.columnHidden (ExcelApi 1.2): hides or shows every column the range touches. */
  get columnHidden(): boolean | null {
    return this.get("columnHidden");
  }
  set columnHidden(v: boolean) {
    this.queue("columnHidden", v, (t) => {
      model(this.ctx).assertCanFormat(t.sheet, "Range.columnHidden", "allowFormatColumns");
      for (let c = t.bounds.c0; c <= t.bounds.c1; c++)
        if (v) t.sheet.hiddenColumns.add(c);
        else t.sheet.hiddenColumns.delete(c);
    });
  }
  get text(): string[][] {
    return this.get("text");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }

  /** The sheet of the range (a navigation property in Office). */
  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, this.path + ".worksheet", () => this.target().sheet);
  }

  get format(): RangeFormatProxy {
    this.formatProxy ??= new RangeFormatProxy(this.ctx, this.path + ".format", () => this.target());
    return this.formatProxy;
  }
  get dataValidation(): DataValidationProxy {
    this.validationProxy ??= new DataValidationProxy(this.ctx, this.path + ".dataValidation", () =>
      this.target(),
    );
    return this.validationProxy;
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    this.cfProxy ??= new ConditionalFormatCollectionProxy(this.ctx, this.path + ".conditionalFormats", () =>
      this.target(),
    );
    return this.cfProxy;
  }

  private derived(name: string, fn: (t: RangeTarget) => Bounds): RangeProxy {
    return new RangeProxy(this.ctx, `${this.path}.${name}`, () => {
      const t = this.target();
      const b = fn(t);
      if (b.r0 < 0 || b.c0 < 0 || b.r1 < b.r0 || b.c1 < b.c0)
        throw new HostApiError("InvalidArgument", `${name} falls outside the sheet.`, `Range.${name}`);
      return { sheet: t.sheet, bounds: b };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derived(`getCell(${row},${column})`, ({ bounds: b }) => ({
      r0: b.r0 + row,
      r1: b.r0 + row,
      c0: b.c0 + column,
      c1: b.c0 + column,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derived(`getOffsetRange(${rowOffset},${columnOffset})`, ({ bounds: b }) => ({
      r0: b.r0 + rowOffset,
      r1: b.r1 + rowOffset,
      c0: b.c0 + columnOffset,
      c1: b.c1 + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derived(`getResizedRange(${deltaRows},${deltaColumns})`, ({ bounds: b }) => ({
      ...b,
      r1: b.r1 + deltaRows,
      c1: b.c1 + deltaColumns,
    }));
  }
  getRow(row: number): RangeProxy {
    return this.derived(`getRow(${row})`, ({ bounds: b }) => ({ ...b, r0: b.r0 + row, r1: b.r0 + row }));
  }
  /**
   * The smallest range holding this one and `other` (a range or an address on the same sheet).
   * Office's own client uses it to cut a large values or numberFormat array into pieces of
   * about 1,500 cells (setRangePropertiesInBulk), so Microsoft's library sends it at 10,000 rows.
   */
  getBoundingRect(other: RangeProxy | string): RangeProxy {
    return this.derived(`getBoundingRect(${typeof other === "string" ? other : "range"})`, (t) => {
      let b: Bounds;
      if (typeof other === "string") {
        const { sheet: named, ref } = splitSheet(other);
        const parsed = parseRef(ref);
        if (!parsed || (named !== null && named.toLowerCase() !== t.sheet.name.toLowerCase()))
          throw new HostApiError("InvalidArgument", `'${other}' is not an address on '${t.sheet.name}'.`);
        b = parsed;
      } else {
        const o = other.target();
        if (o.sheet !== t.sheet)
          throw new HostApiError("InvalidArgument", "The two ranges are on different sheets.");
        b = o.bounds;
      }
      const a = t.bounds;
      return {
        r0: Math.min(a.r0, b.r0),
        c0: Math.min(a.c0, b.c0),
        r1: Math.max(a.r1, b.r1),
        c1: Math.max(a.c1, b.c1),
      };
    });
  }
  getColumn(column: number): RangeProxy {
    return this.derived(`getColumn(${column})`, ({ bounds: b }) => ({
      ...b,
      c0: b.c0 + column,
      c1: b.c0 + column,
    }));
  }

  /** Office: fails with ItemNotFound when no cell qualifies. */
  getSpecialCells(cellType: string, cellValueType: string = "All"): RangeAreasProxy {
    return this.special(cellType, cellValueType, false);
  }
  getSpecialCellsOrNullObject(cellType: string, cellValueType: string = "All"): RangeAreasProxy {
    return this.special(cellType, cellValueType, true);
  }
  private special(cellType: string, cellValueType: string, nullable: boolean): RangeAreasProxy {
    return new RangeAreasProxy(
      this.ctx,
      `${this.path}.getSpecialCells${nullable ? "OrNullObject" : ""}(${JSON.stringify(cellType)},${JSON.stringify(cellValueType)})`,
      () => {
        const t = this.target();
        const areas = specialCells(model(this.ctx), t.sheet, t.bounds, cellType, cellValueType);
        if (areas.length > 0) return { sheet: t.sheet, areas };
        if (nullable) return null;
        throw noSpecialCells();
      },
      nullable,
    );
  }

  select(): void {
    this.queue("select", null, (t) => {
      const m = model(this.ctx);
      if (t.sheet.visibility !== "Visible")
        throw new HostApiError(
          "InvalidOperation",
          `'${t.sheet.name}' is hidden and cannot be selected.`,
          "Range.select",
        );
      m.activeSheetId = t.sheet.id;
      m.selection = { sheetId: t.sheet.id, bounds: t.bounds };
    });
  }

  clear(applyTo: string = "All"): void {
    this.queue("clear", applyTo, (t) => {
      if (!["All", "Formats", "Contents"].includes(applyTo)) throw notCovered(`Range.clear("${applyTo}")`);
      model(this.ctx).clear(t.sheet, t.bounds, applyTo, "Range.clear");
    });
  }

  merge(across = false): void {
    this.queue("merge", across, (t) => {
      const m = model(this.ctx);
      m.assertCanFormat(t.sheet, "Range.merge");
      if (across) {
        for (let r = t.bounds.r0; r <= t.bounds.r1; r++) t.sheet.merges.push({ ...t.bounds, r0: r, r1: r });
      } else t.sheet.merges.push({ ...t.bounds });
    });
  }

  setCellProperties(cellPropertiesData: unknown[][]): void {
    this.queue("setCellProperties", cellPropertiesData, (t) => {
      const m = model(this.ctx);
      if (
        !Array.isArray(cellPropertiesData) ||
        cellPropertiesData.length !== rows(t.bounds) ||
        cellPropertiesData.some((r) => !Array.isArray(r) || r.length !== columns(t.bounds))
      )
        throw shapeError("Range.setCellProperties", t.bounds, "another shape");
      m.assertCanFormat(t.sheet, "Range.setCellProperties");
      eachCell(t.bounds, (r, c, i, j) => {
        const props = cellPropertiesData[i]![j] as Record<string, unknown> | null;
        if (props) applyCellProperties(t.sheet, r, c, props);
      });
    });
  }

  /** Fills the range with the source tiled over it; relative references move as Excel moves them. */
  copyFrom(
    source: RangeProxy | string,
    copyType: string = "All",
    skipBlanks = false,
    transpose = false,
  ): void {
    const srcPath = typeof source === "string" ? source : source.path;
    this.queue("copyFrom", { source: srcPath, copyType, skipBlanks, transpose }, (t) => {
      if (skipBlanks || transpose) throw notCovered("Range.copyFrom with skipBlanks or transpose");
      const m = model(this.ctx);
      const src = typeof source === "string" ? resolveAddress(m, t.sheet, source) : source.target();
      const sr = rows(src.bounds);
      const sc = columns(src.bounds);
      if (rows(t.bounds) % sr !== 0 || columns(t.bounds) % sc !== 0)
        throw new HostApiError(
          "InvalidArgument",
          "The destination must be a whole multiple of the source's size.",
          "Range.copyFrom",
        );
      const contents = copyType === "All" || copyType === "Formulas" || copyType === "Values";
      const formats = copyType === "All" || copyType === "Formats";
      if (!contents && !formats) throw notCovered(`Range.copyFrom copyType ${copyType}`);
      const srcCells = grid(src.bounds, (r, c) => ({ ...(src.sheet.cell(r, c) ?? {}) }) as Cell);
      const srcValues = copyType === "Values" ? grid(src.bounds, (r, c) => m.value(src.sheet, r, c)) : null;
      if (contents) {
        const input = grid(t.bounds, (r, c) => {
          const i = (r - t.bounds.r0) % sr;
          const j = (c - t.bounds.c0) % sc;
          const cell = srcCells[i]![j]!;
          if (srcValues) {
            const v = srcValues[i]![j];
            return v === null ? "" : typeof v === "object" ? v.error : typeof v === "string" ? "'" + v : v;
          }
          const content = cell.content;
          if (!content) return "";
          if (content.t === "f")
            return shiftFormula(content.f, r - (src.bounds.r0 + i), c - (src.bounds.c0 + j));
          if (content.t === "s")
            return content.quoted || (cell.numberFormat ?? "") !== TEXT_FORMAT ? "'" + content.v : content.v;
          return content.t === "e" ? content.v : content.v;
        });
        m.writeContents(t.sheet, t.bounds, input, "Range.copyFrom");
      }
      if (formats) {
        m.assertCanFormat(t.sheet, "Range.copyFrom");
        eachCell(t.bounds, (r, c, i, j) => {
          const from = srcCells[i % sr]![j % sc]!;
          const cell = t.sheet.ensure(r, c);
          for (const k of FORMAT_KEYS) {
            if (from[k] === undefined) delete cell[k];
            else (cell as Record<string, unknown>)[k] = from[k];
          }
        });
      }
    });
  }
}

const FORMAT_KEYS: (keyof CellFormat)[] = [
  "numberFormat",
  "fill",
  "fontColor",
  "bold",
  "italic",
  "wrapText",
  "horizontalAlignment",
  "verticalAlignment",
  "locked",
];

function resolveAddress(m: HostWorkbookModel, sheet: HostSheet, address: string): RangeTarget {
  const { sheet: name, ref } = splitSheet(address);
  const s = name === null ? sheet : m.sheetByName(name);
  const b = parseRef(ref);
  if (!s || !b)
    throw new HostApiError("InvalidArgument", `'${address}' is not a valid range address.`, "Range.copyFrom");
  return { sheet: s, bounds: b };
}

function applyCellProperties(sheet: HostSheet, r: number, c: number, props: Record<string, unknown>): void {
  for (const key of Object.keys(props)) if (key !== "format") throw notCovered(`setCellProperties ${key}`);
  const format = (props.format ?? {}) as Record<string, unknown>;
  const cell = sheet.ensure(r, c);
  for (const [k, v] of Object.entries(format)) {
    const obj = (v ?? {}) as Record<string, unknown>;
    switch (k) {
      case "fill":
        for (const fk of Object.keys(obj)) if (fk !== "color") throw notCovered(`format.fill.${fk}`);
        if (obj.color !== undefined) setOrClear(cell, "fill", obj.color);
        break;
      case "font":
        for (const [fk, fv] of Object.entries(obj)) {
          if (fk === "color") setOrClear(cell, "fontColor", fv);
          else if (fk === "bold" || fk === "italic") cell[fk] = Boolean(fv);
          else throw notCovered(`format.font.${fk}`);
        }
        break;
      case "protection":
        if (sheet.protection.protected)
          throw new HostApiError(
            "AccessDenied",
            `'${sheet.name}' is protected; locking cells needs it unprotected.`,
            "Range.setCellProperties",
          );
        for (const [pk, pv] of Object.entries(obj)) {
          if (pk !== "locked") throw notCovered(`format.protection.${pk}`);
          cell.locked = Boolean(pv);
        }
        break;
      case "wrapText":
        cell.wrapText = Boolean(v);
        break;
      case "horizontalAlignment":
      case "verticalAlignment":
        cell[k] = String(v);
        break;
      default:
        throw notCovered(`setCellProperties format.${k}`);
    }
  }
}

function setOrClear(cell: Cell, key: "fill" | "fontColor", v: unknown): void {
  if (v === null || v === "") delete cell[key];
  else cell[key] = normaliseColor(String(v));
}

/** Office reports colours as upper-case #RRGGBB; named colours are not covered. */
export function normaliseColor(color: string): string {
  if (!/^#[0-9a-fA-F]{6}$/.test(color))
    throw new HostApiError(
      "InvalidArgument",
      `'${color}' is not a colour the host covers (use #RRGGBB).`,
      "color",
    );
  return color.toUpperCase();
}

type FormatTarget = RangeTarget;

const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"];

function markBorders(t: FormatTarget, edge: string, on: boolean | null): void {
  const m = t.sheet;
  // Stricter than Excel (whose behaviour here is not documented): a range without inside lines
  // has no inside border to set.
  if (
    (edge === "InsideHorizontal" && t.bounds.r0 === t.bounds.r1) ||
    (edge === "InsideVertical" && t.bounds.c0 === t.bounds.c1)
  )
    throw new HostApiError("InvalidArgument", `${refOf(t.bounds)} has no ${edge} border.`, "RangeBorder");
  if (m.protection.protected && m.protection.options.allowFormatCells !== true)
    throw new HostApiError(
      "AccessDenied",
      `'${m.name}' is protected; borders need it unprotected.`,
      "RangeBorder",
    );
  if (on === null) return;
  eachCell(t.bounds, (r, c) => {
    const cell = m.ensure(r, c);
    const set = new Set((cell.borders ?? "").split(",").filter(Boolean));
    if (on) set.add(edge);
    else set.delete(edge);
    if (set.size === 0) delete cell.borders;
    else cell.borders = [...set].sort().join(",");
  });
}

function uniform<V>(t: FormatTarget, fn: (cell: Cell | undefined) => V): V | null {
  let first: V | undefined;
  let same = true;
  eachCell(t.bounds, (r, c) => {
    const v = fn(t.sheet.cell(r, c));
    if (first === undefined) first = v;
    else if (v !== first) same = false;
  });
  return same ? (first ?? null) : null;
}

function setEach(ctx: RequestContextCore, t: FormatTarget, location: string, fn: (cell: Cell) => void): void {
  ctx.runtime.model.assertCanFormat(t.sheet, location);
  eachCell(t.bounds, (r, c) => fn(t.sheet.ensure(r, c)));
}

export class RangeFormatProxy extends HostObject<FormatTarget> {
  protected readonly className = "RangeFormat";
  protected readonly scalars = [
    "wrapText",
    "horizontalAlignment",
    "verticalAlignment",
    "columnWidth",
  ] as const;
  private fillProxy?: RangeFillProxy;
  private fontProxy?: RangeFontProxy;
  private protectionProxy?: FormatProtectionProxy;

  protected read(t: FormatTarget, p: string): unknown {
    switch (p) {
      case "wrapText":
        return uniform(t, (c) => c?.wrapText ?? false);
      case "horizontalAlignment":
        return uniform(t, (c) => c?.horizontalAlignment ?? "General");
      case "verticalAlignment":
        return uniform(t, (c) => c?.verticalAlignment ?? "Bottom");
      case "columnWidth":
        return t.sheet.columnWidths.get(t.bounds.c0) ?? 48;
      case "rowHeight":
        return t.sheet.rowHeights.get(t.bounds.r0) ?? 15;
    }
    return undefined;
  }
  protected override child(name: string): HostObject<unknown> | undefined {
    if (name === "fill") return this.fill as HostObject<unknown>;
    if (name === "font") return this.font as HostObject<unknown>;
    if (name === "protection") return this.protection as HostObject<unknown>;
    return undefined;
  }
  get fill(): RangeFillProxy {
    this.fillProxy ??= new RangeFillProxy(this.ctx, this.path + ".fill", () => this.target());
    return this.fillProxy;
  }
  get font(): RangeFontProxy {
    this.fontProxy ??= new RangeFontProxy(this.ctx, this.path + ".font", () => this.target());
    return this.fontProxy;
  }
  get protection(): FormatProtectionProxy {
    this.protectionProxy ??= new FormatProtectionProxy(this.ctx, this.path + ".protection", () =>
      this.target(),
    );
    return this.protectionProxy;
  }
  get wrapText(): boolean | null {
    return this.get("wrapText");
  }
  set wrapText(v: boolean) {
    this.queue("wrapText", v, (t) => setEach(this.ctx, t, "RangeFormat.wrapText", (c) => (c.wrapText = v)));
  }
  get horizontalAlignment(): string | null {
    return this.get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.queue("horizontalAlignment", v, (t) =>
      setEach(this.ctx, t, "RangeFormat.horizontalAlignment", (c) => (c.horizontalAlignment = v)),
    );
  }
  get verticalAlignment(): string | null {
    return this.get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.queue("verticalAlignment", v, (t) =>
      setEach(this.ctx, t, "RangeFormat.verticalAlignment", (c) => (c.verticalAlignment = v)),
    );
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(v: number) {
    this.queue("columnWidth", v, (t) => {
      this.ctx.runtime.model.assertCanFormat(t.sheet, "RangeFormat.columnWidth", "allowFormatColumns");
      for (let c = t.bounds.c0; c <= t.bounds.c1; c++) t.sheet.columnWidths.set(c, v);
    });
  }
  get rowHeight(): number {
    return this.get("rowHeight");
  }
  set rowHeight(v: number) {
    this.queue("rowHeight", v, (t) => {
      this.ctx.runtime.model.assertCanFormat(t.sheet, "RangeFormat.rowHeight", "allowFormatRows");
      if (!(v >= 0 && v <= 409))
        throw new HostApiError(
          "InvalidArgument",
          "A row height is 0 to 409 points.",
          "RangeFormat.rowHeight",
        );
      for (let r = t.bounds.r0; r <= t.bounds.r1; r++) t.sheet.rowHeights.set(r, v);
    });
  }
  /** borders.getItem(edge).style / color / weight; the host records which edges have a line. */
  get borders(): { getItem(edge: string): { style: string; color: string; weight: string } } {
    return {
      getItem: (edge: string) => {
        const queue = (name: string, v: unknown, fn: (t: FormatTarget) => void) =>
          this.ctx.enqueue({
            name,
            path: `${this.path}.borders.getItem(${JSON.stringify(edge)})`,
            args: v,
            run: () => fn(this.target()),
          });
        if (!BORDER_EDGES.includes(edge))
          throw new HostApiError(
            "InvalidArgument",
            `'${edge}' is not a border edge.`,
            "RangeBorderCollection.getItem",
          );
        return {
          set style(v: string) {
            queue("style", v, (t) => markBorders(t, edge, v !== "None"));
          },
          set color(v: string) {
            queue("color", v, (t) => {
              normaliseColor(v);
              markBorders(t, edge, null);
            });
          },
          set weight(v: string) {
            queue("weight", v, (t) => markBorders(t, edge, null));
          },
        } as unknown as { style: string; color: string; weight: string };
      },
    };
  }
  autofitColumns(): void {
    this.queue("autofitColumns", null, (t) =>
      this.ctx.runtime.model.assertCanFormat(t.sheet, "RangeFormat.autofitColumns", "allowFormatColumns"),
    );
  }
  autofitRows(): void {
    this.queue("autofitRows", null, (t) =>
      this.ctx.runtime.model.assertCanFormat(t.sheet, "RangeFormat.autofitRows", "allowFormatRows"),
    );
  }
}

export class RangeFillProxy extends HostObject<FormatTarget> {
  protected readonly className = "RangeFill";
  protected readonly scalars = ["color"] as const;
  protected read(t: FormatTarget): unknown {
    return uniform(t, (c) => c?.fill ?? "#FFFFFF");
  }
  get color(): string | null {
    return this.get("color");
  }
  set color(v: string) {
    this.queue("color", v, (t) => {
      const color = normaliseColor(v);
      setEach(this.ctx, t, "RangeFill.color", (c) => (c.fill = color));
    });
  }
  clear(): void {
    this.queue("clear", null, (t) => setEach(this.ctx, t, "RangeFill.clear", (c) => delete c.fill));
  }
}

export class RangeFontProxy extends HostObject<FormatTarget> {
  protected readonly className = "RangeFont";
  protected readonly scalars = ["color", "bold", "italic", "size", "name"] as const;
  protected read(t: FormatTarget, p: string): unknown {
    if (p === "color") return uniform(t, (c) => c?.fontColor ?? "#000000");
    if (p === "bold") return uniform(t, (c) => c?.bold ?? false);
    if (p === "size") return uniform(t, (c) => c?.fontSize ?? 11);
    if (p === "name") return uniform(t, (c) => c?.fontName ?? "Calibri");
    return uniform(t, (c) => c?.italic ?? false);
  }
  get size(): number | null {
    return this.get("size");
  }
  set size(v: number) {
    this.queue("size", v, (t) => {
      if (!(v >= 1 && v <= 409))
        throw new HostApiError("InvalidArgument", "A font size is 1 to 409 points.", "RangeFont.size");
      setEach(this.ctx, t, "RangeFont.size", (c) => (c.fontSize = v));
    });
  }
  get name(): string | null {
    return this.get("name");
  }
  set name(v: string) {
    this.queue("name", v, (t) => setEach(this.ctx, t, "RangeFont.name", (c) => (c.fontName = v)));
  }
  get color(): string | null {
    return this.get("color");
  }
  set color(v: string) {
    this.queue("color", v, (t) => {
      const color = normaliseColor(v);
      setEach(this.ctx, t, "RangeFont.color", (c) => (c.fontColor = color));
    });
  }
  get bold(): boolean | null {
    return this.get("bold");
  }
  set bold(v: boolean) {
    this.queue("bold", v, (t) => setEach(this.ctx, t, "RangeFont.bold", (c) => (c.bold = v)));
  }
  get italic(): boolean | null {
    return this.get("italic");
  }
  set italic(v: boolean) {
    this.queue("italic", v, (t) => setEach(this.ctx, t, "RangeFont.italic", (c) => (c.italic = v)));
  }
}

export class FormatProtectionProxy extends HostObject<FormatTarget> {
  protected readonly className = "FormatProtection";
  protected readonly scalars = ["locked"] as const;
  protected read(t: FormatTarget): unknown {
    return uniform(t, (c) => c?.locked !== false);
  }
  get locked(): boolean | null {
    return this.get("locked");
  }
  set locked(v: boolean) {
    this.queue("locked", v, (t) => {
      // Excel never lets a protected sheet change which cells are locked.
      this.ctx.runtime.model.assertUnprotected(t.sheet, "FormatProtection.locked");
      eachCell(t.bounds, (r, c) => (t.sheet.ensure(r, c).locked = v));
    });
  }
}

export { HostClientResult };
