// Opening and saving the playground's workbook as an .xlsx file, with the project's own ExcelJS
// reader and writer (src/xlsx), so a unit without Excel can fill a template in the browser and send
// the file on, and a reviewer can open a unit's file. What the host holds goes into the file and
// comes back: values and formulas (with their results), number formats, fills, fonts, borders,
// locks, column widths and hidden columns, frozen panes, sheet visibility (very hidden too),
// protection, data validation, conditional formats, names, print setup and custom XML parts.
// Loaded on demand (it brings ExcelJS): never part of the page's first chunk.
import ExcelJS from "exceljs";
import { JSZip, xlsxBytes } from "../xlsx/zip";
import type { ExcelHost } from "./host";
import type { Cell, ConditionalFormatModel, ProtectionModel, Validation, Visibility } from "./host/model";
import type { Content } from "./host/content";
import { shiftFormula } from "./host/formula-shift";
import type { Bounds } from "./host/address";
import { CELL_ERROR_CODES, type CellErrorCode } from "../domain/entry";
import { fromExcel } from "../xlsx/read";
import { toExcelValue } from "../xlsx/render";
import { addCustomXmlPart, readCustomXmlParts } from "../xlsx/custom-xml";
import { widthPoints } from "../excel/render";
import { a1, parseRange } from "../workbook/a1";
import { argb as opaque } from "../workbook/palette";
import { restoreSaved, saveWorkbook, savedWorkbook, type SavedSheet, type SavedWorkbook } from "./persist";

const KEY = 16384;

/** What ExcelJS keeps on a worksheet beyond its typings. */
interface SheetInternals {
  sheetProtection: Record<string, unknown> | null;
  conditionalFormattings?: { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[];
}
const internals = (ws: ExcelJS.Worksheet) => ws as unknown as SheetInternals;
/** Larger files are refused before they are read: the browser would stall on them. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** What opening a file kept, and what it had to leave out (shown to the person). */
export interface OpenResult {
  json: string;
  sheets: number;
  dropped: string[];
}

// ---------------------------------------------------------------------------------------------
// Saving

/** The workbook as .xlsx bytes. Formulas carry their current results, and Excel recomputes on open. */
export async function saveXlsx(host: ExcelHost): Promise<Uint8Array> {
  const saved = savedWorkbook(host);
  const model = host.runtime.model;
  const wb = new ExcelJS.Workbook();
  wb.creator = "self-assess playground";
  wb.calcProperties = { fullCalcOnLoad: true };
  for (const s of saved.sheets) {
    const hostSheet = model.sheetByName(s.name)!;
    const ws = wb.addWorksheet(s.name, {
      state: visibilityState(s.visibility),
      ...(s.tabColor ? { properties: { tabColor: { argb: argb(s.tabColor) } } } : {}),
      views:
        s.frozenRows || s.frozenColumns
          ? [{ state: "frozen", xSplit: s.frozenColumns ?? 0, ySplit: s.frozenRows }]
          : [{}],
    });
    writeColumns(ws, s);
    for (const [r, h] of s.rowHeights ?? []) ws.getRow(r + 1).height = h;
    for (const [k, cell] of s.cells) {
      const r = Math.floor(k / KEY);
      const c = k % KEY;
      const target = ws.getCell(r + 1, c + 1);
      target.value = excelValue(cell.content, () => model.value(hostSheet, r, c));
      const style = excelStyle(cell);
      if (style) target.style = style;
    }
    for (const b of s.merges) ws.mergeCells(b.r0 + 1, b.c0 + 1, b.r1 + 1, b.c1 + 1);
    const dvs = (
      ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
    ).dataValidations;
    for (const v of s.validations) {
      const dv = excelValidation(v);
      if (dv) dvs.add(rangeRef(v.bounds), dv);
    }
    s.conditionalFormats.forEach((f, i) => {
      const rule = excelConditional(f, i + 1);
      if (rule) ws.addConditionalFormatting({ ref: rangeRef(f.bounds), rules: [rule] });
    });
    writePageSetup(ws, s);
    if (s.protection.protected) protect(ws, s.protection);
  }
  for (const n of saved.names) {
    const ranges = n.formula.replace(/^=/, "").split(",");
    for (const range of ranges) wb.definedNames.add(range, n.name);
  }
  let bytes: Uint8Array = await xlsxBytes(wb);
  for (const [i, part] of saved.customXmlParts.entries())
    bytes = await addCustomXmlPart(bytes, part.namespaceUri, part.xml, i + 1);
  return bytes;
}

function visibilityState(v: Visibility): "visible" | "hidden" | "veryHidden" {
  return v === "VeryHidden" ? "veryHidden" : v === "Hidden" ? "hidden" : "visible";
}

/** The host's "#rrggbb" as ExcelJS's opaque "AARRGGBB" (the palette's one conversion). */
function argb(hex: string): string {
  return opaque(hex.replace(/^#/, "").toUpperCase());
}

function writeColumns(ws: ExcelJS.Worksheet, s: SavedSheet): void {
  const cols = new Set([...s.columnWidths.map(([c]) => c), ...(s.hiddenColumns ?? [])]);
  for (const c of cols) {
    const col = ws.getColumn(c + 1);
    const points = s.columnWidths.find(([k]) => k === c)?.[1];
    if (points !== undefined) col.width = widthChars(points);
    if (s.hiddenColumns?.includes(c)) col.hidden = true;
  }
}

/** widthPoints (src/excel/render.ts) the other way: Office's points to Excel's characters. */
function widthChars(points: number): number {
  // widthPoints rounds to 1/100 pt; search the characters (to 1/100) that give these points.
  const guess = Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
  for (const d of [0, 0.01, -0.01, 0.02, -0.02]) {
    const chars = Math.round((guess + d) * 100) / 100;
    if (widthPoints(chars) === points) return chars;
  }
  return guess;
}

function excelValue(content: Content | undefined, result: () => unknown): ExcelJS.CellValue {
  if (!content) return null;
  switch (content.t) {
    case "n":
    case "b":
      return content.v;
    case "s":
      return content.v;
    case "e":
      return toExcelValue({ error: content.v });
    case "f": {
      const r = result();
      const value =
        r === null || r === undefined
          ? undefined
          : typeof r === "object" && "error" in (r as object)
            ? toExcelValue(r as { error: CellErrorCode })
            : (r as number | string | boolean);
      return {
        formula: content.f.replace(/^=/, ""),
        ...(value !== undefined ? { result: value } : {}),
      } as ExcelJS.CellFormulaValue;
    }
  }
}

const H_ALIGN: Record<string, ExcelJS.Alignment["horizontal"]> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "fill",
  Justify: "justify",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};
const V_ALIGN: Record<string, ExcelJS.Alignment["vertical"]> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
  Justify: "justify",
  Distributed: "distributed",
};
const EDGES: Record<string, keyof ExcelJS.Borders> = {
  EdgeTop: "top",
  EdgeBottom: "bottom",
  EdgeLeft: "left",
  EdgeRight: "right",
};

function excelStyle(cell: Cell): Partial<ExcelJS.Style> | null {
  const style: Partial<ExcelJS.Style> = {};
  if (cell.numberFormat !== undefined && cell.numberFormat !== "General") style.numFmt = cell.numberFormat;
  const font: Partial<ExcelJS.Font> = {
    ...(cell.fontName ? { name: cell.fontName } : {}),
    ...(cell.fontSize ? { size: cell.fontSize } : {}),
    ...(cell.bold ? { bold: true } : {}),
    ...(cell.italic ? { italic: true } : {}),
    ...(cell.fontColor ? { color: { argb: argb(cell.fontColor) } } : {}),
  };
  if (Object.keys(font).length) style.font = font;
  if (cell.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(cell.fill) } };
  const alignment: Partial<ExcelJS.Alignment> = {
    ...(cell.wrapText ? { wrapText: true } : {}),
    ...(cell.horizontalAlignment && H_ALIGN[cell.horizontalAlignment]
      ? { horizontal: H_ALIGN[cell.horizontalAlignment] }
      : {}),
    ...(cell.verticalAlignment && V_ALIGN[cell.verticalAlignment]
      ? { vertical: V_ALIGN[cell.verticalAlignment] }
      : {}),
  };
  if (Object.keys(alignment).length) style.alignment = alignment;
  if (cell.borders) {
    const border: Partial<ExcelJS.Borders> = {};
    for (const edge of cell.borders.split(",")) {
      const side = EDGES[edge];
      if (side) (border as Record<string, unknown>)[side] = { style: "thin", color: { argb: "FFA6A6A6" } };
    }
    style.border = border;
  }
  if (cell.locked === false) style.protection = { locked: false };
  return Object.keys(style).length ? style : null;
}

const OPERATORS: [office: string, file: string][] = [
  ["Between", "between"],
  ["NotBetween", "notBetween"],
  ["EqualTo", "equal"],
  ["NotEqualTo", "notEqual"],
  ["GreaterThan", "greaterThan"],
  ["LessThan", "lessThan"],
  ["GreaterThanOrEqualTo", "greaterThanOrEqual"],
  ["LessThanOrEqualTo", "lessThanOrEqual"],
];
// Conditional formats name two operators differently from validation.
const CF_OPERATORS: [office: string, file: string][] = [
  ...OPERATORS.filter(([o]) => !o.endsWith("OrEqualTo")),
  ["GreaterThanOrEqual", "greaterThanOrEqual"],
  ["LessThanOrEqual", "lessThanOrEqual"],
];
const fileOperator = (list: [string, string][], office: unknown) => list.find(([o]) => o === office)?.[1];
const officeOperator = (list: [string, string][], file: unknown) => list.find(([, f]) => f === file)?.[0];

/** A validation formula as the file holds it: numbers as they are, formulas without "=". */
function fileFormula(f: unknown): string | number {
  if (typeof f === "number") return f;
  return String(f ?? "").replace(/^=/, "");
}

type FileValidationType = ExcelJS.DataValidation["type"] | "time";
const FILE_TYPE: Record<string, FileValidationType> = {
  wholeNumber: "whole",
  decimal: "decimal",
  date: "date",
  time: "time",
  textLength: "textLength",
  list: "list",
  custom: "custom",
};

function excelValidation(v: Validation): ExcelJS.DataValidation | null {
  const [kind, spec] = (Object.entries(v.rule)[0] ?? []) as [string, Record<string, unknown>];
  const type = FILE_TYPE[kind];
  if (!type || !spec) return null;
  const common = {
    allowBlank: v.ignoreBlanks,
    showInputMessage: v.prompt?.showPrompt !== false && !!v.prompt?.message,
    ...(v.prompt?.title ? { promptTitle: v.prompt.title } : {}),
    ...(v.prompt?.message ? { prompt: v.prompt.message } : {}),
    showErrorMessage: v.errorAlert?.showAlert !== false,
    errorStyle: (v.errorAlert?.style ?? "Stop").toLowerCase(),
    ...(v.errorAlert?.title ? { errorTitle: v.errorAlert.title } : {}),
    ...(v.errorAlert?.message ? { error: v.errorAlert.message } : {}),
  };
  if (type === "list") {
    const source = String(spec.source ?? "");
    const formula = source.startsWith("=") ? source.slice(1) : `"${source}"`;
    // OOXML's showDropDown means "hide the in-cell arrow".
    return {
      ...common,
      type,
      formulae: [formula],
      ...(spec.inCellDropDown === false ? { showDropDown: true } : {}),
    } as ExcelJS.DataValidation;
  }
  if (type === "custom")
    return { ...common, type, formulae: [fileFormula(spec.formula)] } as ExcelJS.DataValidation;
  const formulae = [spec.formula1, spec.formula2]
    .filter((f) => f !== undefined && f !== null)
    .map(fileFormula);
  return {
    ...common,
    type,
    operator: fileOperator(OPERATORS, spec.operator) ?? "between",
    formulae,
  } as ExcelJS.DataValidation;
}

function excelConditional(
  f: ConditionalFormatModel,
  priority: number,
): ExcelJS.ConditionalFormattingRule | null {
  const style = {
    ...(f.fill ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(f.fill) } } } : {}),
    font: {
      ...(f.fontColor ? { color: { argb: argb(f.fontColor) } } : {}),
      ...(f.bold ? { bold: true } : {}),
    },
  } as Partial<ExcelJS.Style>;
  const common = { priority, style, ...(f.stopIfTrue ? { stopIfTrue: true } : {}) };
  if (f.type === "Custom")
    return {
      ...common,
      type: "expression",
      formulae: [f.formula.replace(/^=/, "")],
    } as ExcelJS.ConditionalFormattingRule;
  const operator = fileOperator(CF_OPERATORS, f.operator);
  if (!operator) return null;
  return {
    ...common,
    type: "cellIs",
    operator,
    formulae: [f.formula, f.formula2].filter((x): x is string => !!x).map((x) => x.replace(/^=/, "")),
  } as ExcelJS.ConditionalFormattingRule;
}

function writePageSetup(ws: ExcelJS.Worksheet, s: SavedSheet): void {
  const p = s.pageLayout;
  const setup: Partial<ExcelJS.PageSetup> = {};
  if (p.orientation === "Landscape" || p.orientation === "Portrait")
    setup.orientation = p.orientation === "Landscape" ? "landscape" : "portrait";
  if (p.paperSize === "A4") setup.paperSize = 9;
  const zoom = p.zoom as { horizontalFitToPages?: number; verticalFitToPages?: number } | undefined;
  if (zoom?.horizontalFitToPages !== undefined) {
    setup.fitToPage = true;
    setup.fitToWidth = zoom.horizontalFitToPages;
    setup.fitToHeight = zoom.verticalFitToPages ?? 0;
  }
  const inches = (k: string) => (typeof p[k] === "number" ? (p[k] as number) / 72 : undefined);
  const margins = {
    left: inches("leftMargin"),
    right: inches("rightMargin"),
    top: inches("topMargin"),
    bottom: inches("bottomMargin"),
    header: inches("headerMargin"),
    footer: inches("footerMargin"),
  };
  if (Object.values(margins).every((m) => m !== undefined)) setup.margins = margins as ExcelJS.Margins;
  if (typeof p.printArea === "string") setup.printArea = p.printArea.replace(/\$/g, "");
  if (s.printTitleRows) setup.printTitlesRow = s.printTitleRows.replace(/\$/g, "");
  Object.assign(ws.pageSetup, setup);
  const footer = p["headersFooters.defaultForAllPages.centerFooter"];
  if (typeof footer === "string" && footer) ws.headerFooter = { oddFooter: `&C${footer}` };
}

/** Office's protection options as the file's (ExcelJS: true means "allowed"). */
function protect(ws: ExcelJS.Worksheet, p: ProtectionModel): void {
  const o = p.options;
  const mode = o.selectionMode;
  const hashed = p.password?.startsWith(HASHED)
    ? (JSON.parse(p.password.slice(HASHED.length)) as object)
    : null;
  internals(ws).sheetProtection = {
    sheet: true,
    ...(mode === "Unlocked" || mode === "None" ? { selectLockedCells: false } : {}),
    ...(mode === "None" ? { selectUnlockedCells: false } : {}),
    ...Object.fromEntries(
      PROTECTION_OPTIONS.filter(([office]) => o[office] === true).map(([, file]) => [file, true]),
    ),
    ...(hashed ?? {}),
  };
  // A password a person set in the playground: hashed the way Excel checks it.
  if (p.password && !hashed) void ws.protect(p.password, { ...internals(ws).sheetProtection });
}

/** A sheet protected with a password hash read from a file: the hash is kept, the password unknown. */
const HASHED = "\u0000hash:";

const PROTECTION_OPTIONS: [office: string, file: string][] = [
  ["allowFormatCells", "formatCells"],
  ["allowFormatColumns", "formatColumns"],
  ["allowFormatRows", "formatRows"],
  ["allowInsertColumns", "insertColumns"],
  ["allowInsertRows", "insertRows"],
  ["allowInsertHyperlinks", "insertHyperlinks"],
  ["allowDeleteColumns", "deleteColumns"],
  ["allowDeleteRows", "deleteRows"],
  ["allowSort", "sort"],
  ["allowAutoFilter", "autoFilter"],
  ["allowPivotTables", "pivotTables"],
];

function rangeRef(b: Bounds): string {
  const first = a1(b.r0 + 1, b.c0 + 1);
  return b.r0 === b.r1 && b.c0 === b.c1 ? first : `${first}:${a1(b.r1 + 1, b.c1 + 1)}`;
}

// ---------------------------------------------------------------------------------------------
// Opening

/**
 * Reads an .xlsx into a fresh host (`make` gives one with no sheets) and returns the workbook as the
 * playground keeps it (persist.ts), ready to be stored and reopened. Throws on a file that is not
 * an .xlsx; what the host cannot hold is left out and listed.
 */
export async function openXlsx(bytes: Uint8Array, make: () => ExcelHost): Promise<OpenResult> {
  if (bytes.length > MAX_FILE_BYTES) throw new Error(`file too large (${bytes.length} bytes)`);
  const zip = await JSZip.loadAsync(bytes);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const dropped: string[] = [];
  const sheets = wb.worksheets.map((ws) => readSheet(ws, dropped));
  if (sheets.length === 0) throw new Error("the workbook has no sheets");
  if (!sheets.some((s) => s.visibility === "Visible")) sheets[0]!.visibility = "Visible";
  const names = readNames(wb, dropped);
  const saved: SavedWorkbook = {
    version: 1,
    sheets,
    names: [],
    customXmlParts: [],
    activeSheet: sheets.find((s) => s.visibility === "Visible")!.name,
    selection: null,
  };
  const host = make();
  restoreSaved(host, saved);
  // Names and parts go through the host's own checks (a name it refuses is listed, not fatal).
  for (const n of names)
    try {
      host.runtime.model.addName(n.name, n.formula, "");
    } catch {
      dropped.push(`name ${n.name}`);
    }
  const parts = await readCustomXmlParts(zip);
  if (parts.length > 0)
    await host.excel.run(async (ctx) => {
      for (const xml of parts) ctx.workbook.customXmlParts.add(xml.replace(/^\uFEFF/, ""));
      await ctx.sync();
    });
  // Conditional formats get ids as the host gives them.
  for (const sheet of host.runtime.model.sheets)
    for (const f of sheet.conditionalFormats) f.id = host.runtime.model.newId("c");
  return { json: saveWorkbook(host), sheets: sheets.length, dropped };
}

function readSheet(ws: ExcelJS.Worksheet, dropped: string[]): SavedSheet {
  const cells: [number, Cell][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const out = hostCell(cell);
      if (out) cells.push([(r - 1) * KEY + (c - 1), out]);
    });
  });
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  const frozen = view?.state === "frozen";
  const columnWidths: [number, number][] = [];
  const hiddenColumns: number[] = [];
  (ws.columns ?? []).forEach((col, i) => {
    if (col.width !== undefined && col.width !== null) columnWidths.push([i, widthPoints(col.width)]);
    if (col.hidden) hiddenColumns.push(i);
  });
  const rowHeights: [number, number][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height) rowHeights.push([r - 1, row.height]);
  });
  const protection = readProtection(ws);
  return {
    id: "",
    name: ws.name,
    visibility: ws.state === "veryHidden" ? "VeryHidden" : ws.state === "hidden" ? "Hidden" : "Visible",
    protection,
    validations: readValidations(ws, dropped),
    conditionalFormats: readConditionalFormats(ws, dropped),
    columnWidths,
    hiddenColumns,
    frozenRows: frozen ? (view?.ySplit ?? 0) : 0,
    frozenColumns: frozen ? (view?.xSplit ?? 0) : 0,
    rowHeights,
    merges: readMerges(ws),
    tabColor: ws.properties.tabColor?.argb ? `#${ws.properties.tabColor.argb.slice(-6)}` : "",
    pageLayout: readPageLayout(ws),
    printTitleRows: ws.pageSetup.printTitlesRow ? absoluteRows(ws.pageSetup.printTitlesRow) : null,
    cells,
  };
}

function hostCell(cell: ExcelJS.Cell): Cell | null {
  const out: Cell = {};
  const raw = cell.value;
  // A shared formula's copies: ExcelJS gives the formula translated to this cell.
  const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
  if (formula) out.content = { t: "f", f: `=${formula}` };
  else {
    const { value } = fromExcel(raw);
    const content = contentOf(value);
    if (content) out.content = content;
  }
  const s = cell.style ?? {};
  if (s.numFmt && s.numFmt !== "General") out.numberFormat = s.numFmt;
  const fill = s.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb)
    out.fill = `#${fill.fgColor.argb.slice(-6).toUpperCase()}`;
  if (s.font?.color?.argb) out.fontColor = `#${s.font.color.argb.slice(-6).toUpperCase()}`;
  if (s.font?.bold) out.bold = true;
  if (s.font?.italic) out.italic = true;
  if (s.font?.size) out.fontSize = s.font.size;
  if (s.font?.name) out.fontName = s.font.name;
  if (s.alignment?.wrapText) out.wrapText = true;
  const h = Object.entries(H_ALIGN).find(([, v]) => v === s.alignment?.horizontal)?.[0];
  if (h) out.horizontalAlignment = h;
  const v = Object.entries(V_ALIGN).find(([, x]) => x === s.alignment?.vertical)?.[0];
  if (v) out.verticalAlignment = v;
  const edges = Object.entries(EDGES)
    .filter(([, side]) => {
      const b = s.border?.[side] as ExcelJS.Border | undefined;
      return b?.style !== undefined;
    })
    .map(([edge]) => edge)
    .sort();
  if (edges.length) out.borders = edges.join(",");
  if (s.protection?.locked === false) out.locked = false;
  return Object.keys(out).length ? out : null;
}

const ERRORS = new Set<string>(CELL_ERROR_CODES);

function contentOf(value: ReturnType<typeof fromExcel>["value"]): Content | null {
  if (value === null || value === "") return null;
  if (typeof value === "number") return { t: "n", v: value };
  if (typeof value === "boolean") return { t: "b", v: value };
  if (typeof value === "string") return { t: "s", v: value };
  return { t: "e", v: (ERRORS.has(value.error) ? value.error : "#VALUE!") as CellErrorCode };
}

function readNames(wb: ExcelJS.Workbook, dropped: string[]): { name: string; formula: string }[] {
  const model = wb.definedNames.model as { name: string; ranges: string[] }[];
  const out: { name: string; formula: string }[] = [];
  for (const n of model) {
    if (n.name.startsWith("_xlnm.")) continue;
    if (n.ranges.length === 0) {
      dropped.push(`name ${n.name}`);
      continue;
    }
    out.push({ name: n.name, formula: `=${n.ranges.join(",")}` });
  }
  return out;
}

type DataValidationModel = ExcelJS.DataValidation & { showDropDown?: boolean };

/**
 * ExcelJS hands a file's validation rules over per cell, every cell of one rule sharing the same
 * object. Each rule becomes one host rule per rectangle of its cells, its formula moved from the
 * rule's first cell to the rectangle's (as the host keeps one rule per area).
 */
function readValidations(ws: ExcelJS.Worksheet, dropped: string[]): Validation[] {
  const model = (ws as unknown as { dataValidations: { model: Record<string, DataValidationModel> } })
    .dataValidations.model;
  const byRule = new Map<DataValidationModel, { r: number; c: number }[]>();
  for (const [address, rule] of Object.entries(model)) {
    if (!rule) continue;
    const b = parseRangeRef(address);
    if (!b) continue;
    const at = { r: b.r0, c: b.c0 };
    const list = byRule.get(rule) ?? [];
    list.push(at);
    byRule.set(rule, list);
  }
  const out: Validation[] = [];
  for (const [dv, cells] of byRule) {
    const rule = hostRule(dv);
    if (!rule) {
      dropped.push(`validation ${dv.type}`);
      continue;
    }
    const first = cells[0]!;
    for (const b of rectangles(cells)) {
      out.push({
        bounds: b,
        rule: shiftRule(rule, b.r0 - first.r, b.c0 - first.c),
        ignoreBlanks: dv.allowBlank === true,
        prompt: {
          showPrompt: dv.showInputMessage === true,
          ...(dv.promptTitle ? { title: dv.promptTitle } : {}),
          ...(dv.prompt ? { message: dv.prompt } : {}),
        },
        errorAlert: {
          showAlert: dv.showErrorMessage === true,
          style:
            dv.errorStyle === "warning"
              ? "Warning"
              : dv.errorStyle === "information"
                ? "Information"
                : "Stop",
          ...(dv.errorTitle ? { title: dv.errorTitle } : {}),
          ...(dv.error ? { message: dv.error } : {}),
        },
      });
    }
  }
  return out;
}

function hostRule(dv: DataValidationModel): Record<string, Record<string, unknown>> | null {
  const f = (x: unknown) =>
    x instanceof Date ? fromExcel(x).value : typeof x === "number" ? x : `=${String(x)}`;
  const formulae = dv.formulae ?? [];
  switch (dv.type as FileValidationType) {
    case "list": {
      const first = String(formulae[0] ?? "");
      const source = /^".*"$/.test(first) ? first.slice(1, -1) : `=${first}`;
      return { list: { inCellDropDown: dv.showDropDown !== true, source } };
    }
    case "custom":
      return { custom: { formula: `=${String(formulae[0] ?? "TRUE")}` } };
    case "whole":
    case "decimal":
    case "date":
    case "time":
    case "textLength": {
      const kind = dv.type === "whole" ? "wholeNumber" : dv.type;
      const operator = officeOperator(OPERATORS, dv.operator ?? "between");
      if (!operator || formulae.some((x) => typeof x === "number" && Number.isNaN(x))) return null;
      return {
        [kind]: {
          operator,
          formula1: f(formulae[0]),
          ...(formulae[1] !== undefined ? { formula2: f(formulae[1]) } : {}),
        },
      };
    }
  }
  return null;
}

function shiftRule(rule: Record<string, Record<string, unknown>>, dRow: number, dCol: number) {
  if (dRow === 0 && dCol === 0) return rule;
  const shift = (x: unknown) =>
    typeof x === "string" && x.startsWith("=") ? shiftFormula(x, dRow, dCol) : x;
  return Object.fromEntries(
    Object.entries(rule).map(([k, spec]) => [
      k,
      Object.fromEntries(Object.entries(spec).map(([p, v]) => [p, p === "source" ? v : shift(v)])),
    ]),
  );
}

/** The cells as rectangles: each grows down, then right, from the first cell not yet taken. */
export function rectangles(cells: { r: number; c: number }[]): Bounds[] {
  const left = new Set(cells.map(({ r, c }) => r * KEY + c));
  const sorted = [...cells].sort((a, b) => a.r - b.r || a.c - b.c);
  const out: Bounds[] = [];
  for (const { r, c } of sorted) {
    if (!left.has(r * KEY + c)) continue;
    let r1 = r;
    while (left.has((r1 + 1) * KEY + c)) r1++;
    let c1 = c;
    const columnFree = (col: number) => {
      for (let x = r; x <= r1; x++) if (!left.has(x * KEY + col)) return false;
      return true;
    };
    while (columnFree(c1 + 1)) c1++;
    for (let x = r; x <= r1; x++) for (let y = c; y <= c1; y++) left.delete(x * KEY + y);
    out.push({ r0: r, c0: c, r1, c1 });
  }
  return out;
}

function readConditionalFormats(ws: ExcelJS.Worksheet, dropped: string[]): ConditionalFormatModel[] {
  const out: (ConditionalFormatModel & { priority: number })[] = [];
  for (const cf of internals(ws).conditionalFormattings ?? []) {
    const areas = cf.ref
      .split(/\s+/)
      .map(parseRangeRef)
      .filter((b): b is Bounds => b !== null);
    for (const rule of cf.rules) {
      const r = rule as ExcelJS.ConditionalFormattingRule & {
        formulae?: string[];
        operator?: string;
        stopIfTrue?: boolean;
        style?: Partial<ExcelJS.Style>;
      };
      const fill = (r.style?.fill as ExcelJS.FillPattern | undefined)?.bgColor?.argb;
      const font = r.style?.font;
      const look = {
        ...(fill ? { fill: `#${fill.slice(-6).toUpperCase()}` } : {}),
        ...(font?.color?.argb ? { fontColor: `#${font.color.argb.slice(-6).toUpperCase()}` } : {}),
        ...(font?.bold ? { bold: true } : {}),
        stopIfTrue: r.stopIfTrue === true,
      };
      const first = areas[0];
      for (const b of areas) {
        const move = (f: string) =>
          first ? shiftFormula(`=${f}`, b.r0 - first.r0, b.c0 - first.c0) : `=${f}`;
        if (r.type === "expression" && r.formulae?.[0])
          out.push({
            id: "",
            bounds: b,
            type: "Custom",
            formula: move(r.formulae[0]),
            ...look,
            priority: r.priority ?? 0,
          });
        else if (r.type === "cellIs" && r.formulae?.[0] && officeOperator(CF_OPERATORS, r.operator)) {
          out.push({
            id: "",
            bounds: b,
            type: "CellValue",
            operator: officeOperator(CF_OPERATORS, r.operator)!,
            formula: move(r.formulae[0]),
            ...(r.formulae[1] ? { formula2: move(r.formulae[1]) } : {}),
            ...look,
            priority: r.priority ?? 0,
          });
        } else dropped.push(`conditional format ${r.type}`);
      }
    }
  }
  // The host applies them in order: Excel's priority order.
  return out.sort((a, b) => a.priority - b.priority).map(({ priority: _p, ...f }) => f);
}

function readMerges(ws: ExcelJS.Worksheet): Bounds[] {
  const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  return merges.map(parseRangeRef).filter((b): b is Bounds => b !== null);
}

function readPageLayout(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const p = ws.pageSetup;
  const out: Record<string, unknown> = {};
  if (p.orientation) out.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  if (p.paperSize === 9) out.paperSize = "A4";
  if (p.fitToPage)
    out.zoom = {
      horizontalFitToPages: p.fitToWidth ?? 1,
      ...(p.fitToHeight ? { verticalFitToPages: p.fitToHeight } : {}),
    };
  const m = p.margins;
  if (m) {
    out.leftMargin = m.left * 72;
    out.rightMargin = m.right * 72;
    out.topMargin = m.top * 72;
    out.bottomMargin = m.bottom * 72;
    out.headerMargin = m.header * 72;
    out.footerMargin = m.footer * 72;
  }
  if (p.printArea) out.printArea = p.printArea;
  const footer = ws.headerFooter?.oddFooter;
  if (footer) out["headersFooters.defaultForAllPages.centerFooter"] = footer.replace(/^&C/, "");
  return out;
}

function readProtection(ws: ExcelJS.Worksheet): ProtectionModel {
  const p = internals(ws).sheetProtection as (Record<string, unknown> & { sheet?: boolean }) | null;
  if (!p?.sheet) return { protected: false, options: {} };
  const options: Record<string, unknown> = {};
  for (const [office, file] of PROTECTION_OPTIONS) if (p[file] === true) options[office] = true;
  options.selectionMode =
    p.selectLockedCells === false ? (p.selectUnlockedCells === false ? "None" : "Unlocked") : "Normal";
  const hash = p.hashValue
    ? {
        algorithmName: p.algorithmName,
        hashValue: p.hashValue,
        saltValue: p.saltValue,
        spinCount: p.spinCount,
      }
    : null;
  return { protected: true, options, ...(hash ? { password: HASHED + JSON.stringify(hash) } : {}) };
}

/** "9:9" as Office's setPrintTitleRows address, "$9:$9". */
function absoluteRows(rows: string): string {
  return rows
    .split(":")
    .map((r) => `$${r.replace(/\$/g, "")}`)
    .join(":");
}

/** A range of the sheet ("G10:G48", "G10"), 0-based; null for anything else. */
function parseRangeRef(ref: string): Bounds | null {
  const r = parseRange(ref);
  if (!r || r.sheet !== null) return null;
  return { r0: r.box.top - 1, c0: r.box.left - 1, r1: r.box.bottom - 1, c1: r.box.right - 1 };
}
