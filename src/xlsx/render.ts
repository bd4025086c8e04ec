// The layout spec on ExcelJS: one .xlsx with the template sheet, the very-hidden metadata sheet and
// the metadata custom XML part. Formulas carry no cached result and the workbook asks for a full
// calculation on load, so Excel and LibreOffice compute every status when the file opens.
import ExcelJS from "exceljs";
import type { CellValue } from "../domain/entry";
import { isCellError } from "../domain/entry";
import type { CellStyle, LayoutSpec, ValidationSpec } from "../workbook/layout-types";
import { a1, sheetRef } from "../workbook/a1";
import { validationAreas } from "../workbook/layout";
import { JSZip, xlsxBytes } from "./zip";
import { addCustomXmlPartTo } from "./custom-xml";
import { withTimesDefaultFont } from "./default-font";
import { cellHeight } from "./text-fit";
import { EXCEL_LIMITS } from "../workbook/excel-limits";

const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;

/** ExcelJS style objects per spec style object, so shared spec styles stay shared. */
function styleCache() {
  const cache = new Map<CellStyle, Partial<ExcelJS.Style>>();
  return (s: CellStyle): Partial<ExcelJS.Style> => {
    let out = cache.get(s);
    if (out) return out;
    const thin = { style: "thin" as const, color: { argb: "FFA6A6A6" } };
    out = {
      font: {
        name: "Times New Roman",
        size: s.fontSize ?? 11,
        ...(s.bold ? { bold: true } : {}),
        ...(s.italic ? { italic: true } : {}),
        ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}),
      },
      alignment: {
        ...(s.wrap ? { wrapText: true } : {}),
        ...(s.hAlign ? { horizontal: s.hAlign } : {}),
        ...(s.vAlign ? { vertical: s.vAlign } : {}),
      },
      protection: { locked: s.locked },
      ...(s.fill ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } } } : {}),
      ...(s.numFmt ? { numFmt: s.numFmt } : {}),
      ...(s.border ? { border: { top: thin, left: thin, bottom: thin, right: thin } } : {}),
    } as Partial<ExcelJS.Style>;
    cache.set(s, out);
    return out;
  };
}

/** A person's value as ExcelJS must be given it: text stays a string (never parsed as a formula). */
export function toExcelValue(v: CellValue | undefined): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  if (isCellError(v)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

function validation(v: ValidationSpec): ExcelJS.DataValidation {
  const common = {
    allowBlank: v.allowBlank,
    showInputMessage: true,
    promptTitle: v.prompt.title.slice(0, EXCEL_LIMITS.promptTitle),
    prompt: v.prompt.message.slice(0, EXCEL_LIMITS.promptMessage),
    showErrorMessage: true,
    errorStyle: v.error.style,
    errorTitle: v.error.title.slice(0, EXCEL_LIMITS.alertTitle),
    error: v.error.message.slice(0, EXCEL_LIMITS.alertMessage),
  };
  switch (v.type) {
    case "list":
      return { ...common, type: "list", formulae: [`"${(v.list ?? []).join(",")}"`] };
    case "textLength":
      return { ...common, type: "textLength", operator: "lessThanOrEqual", formulae: [v.maxLength ?? 255] };
    default:
      return { ...common, type: "custom", formulae: [v.formula ?? "TRUE"] };
  }
}

export function buildWorkbook(spec: LayoutSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = spec.meta.generator;
  const created = new Date(spec.meta.createdAt);
  // ExcelJS cannot write an invalid date; the metadata keeps the text as given either way.
  if (!Number.isNaN(created.getTime())) wb.created = created;
  wb.calcProperties = { fullCalcOnLoad: true };

  const last = spec.print.printArea.split(":")[1]!;
  const ws = wb.addWorksheet(spec.sheetName, {
    views: [{ state: "frozen", xSplit: spec.freeze.cols, ySplit: spec.freeze.rows }],
    pageSetup: {
      paperSize: spec.print.paperSizeCode,
      orientation: spec.print.orientation,
      fitToPage: false,
      scale: spec.print.scale,
      pageOrder: spec.print.pageOrder,
      printTitlesRow: spec.print.repeatRows,
      printTitlesColumn: spec.print.repeatColumns,
      // ExcelJS puts "$" before each end only, so the rows carry their own: a print area of
      // "$A1:$M50" is relative in LibreOffice, which then prints columns beyond it.
      printArea: `A$1:${last.replace(/^([A-Z]+)(\d+)$/, "$1$$$2")}`,
      margins: spec.print.margins,
    },
    headerFooter: { oddFooter: spec.print.footer },
  });
  ws.columns = spec.columns.map((c) => ({ key: c.key, width: c.width, hidden: c.hidden === true }));
  for (const [row, h] of textHeights(spec)) ws.getRow(row).height = h;

  const style = styleCache();
  for (const c of spec.cells) {
    const cell = ws.getCell(c.row, c.col);
    if (c.formula !== undefined) cell.value = { formula: c.formula } as ExcelJS.CellFormulaValue;
    else cell.value = toExcelValue(c.value);
    cell.style = style(c.style);
  }
  // A formula column is one shared formula: the top cell holds it, the rest refer to it.
  for (const fc of spec.formulaColumns) {
    if (fc.bottom > fc.top) ws.fillFormula(`${a1(fc.top, fc.col)}:${a1(fc.bottom, fc.col)}`, fc.formula);
    else ws.getCell(fc.top, fc.col).value = { formula: fc.formula } as ExcelJS.CellFormulaValue;
    const s = style(fc.style);
    for (let row = fc.top; row <= fc.bottom; row++) ws.getCell(row, fc.col).style = s;
  }

  // ExcelJS keeps data validations on the sheet but its typings omit them.
  const dvs = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  // ExcelJS takes one range per rule: a rule over several areas is written once per area.
  for (const v of spec.validations)
    for (const area of validationAreas(v)) dvs.add(area.range, validation({ ...v, ...area }));

  const byRange = new Map<string, typeof spec.conditionalFormats>();
  for (const cf of spec.conditionalFormats) byRange.set(cf.range, [...(byRange.get(cf.range) ?? []), cf]);
  let priority = 1;
  for (const [ref, list] of byRange) {
    ws.addConditionalFormatting({
      ref,
      rules: list.map((cf) => ({
        type: "expression",
        priority: priority++,
        formulae: [cf.formula],
        style: {
          ...(cf.fill
            ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } } }
            : {}),
          ...(cf.fontColor ? { font: { color: { argb: argb(cf.fontColor) } } } : {}),
          ...(cf.numberFormat ? { numFmt: cf.numberFormat } : {}),
        },
      })),
    });
  }

  for (const n of spec.names) wb.definedNames.add(sheetRef(spec.sheetName, n.range), n.name);

  const meta = wb.addWorksheet(spec.metaSheet.name, { state: "veryHidden" });
  spec.metaSheet.rows.forEach((row, i) => {
    row.forEach((v, j) => {
      meta.getCell(i + 1, j + 1).value = toExcelValue(v);
    });
  });
  // The metadata sheet is for machines: protected like the template, so nobody edits it by accident.
  void meta.protect("", { selectLockedCells: true, selectUnlockedCells: true });

  void ws.protect("", {
    selectLockedCells: spec.protection.allowSelectLocked,
    selectUnlockedCells: spec.protection.allowSelectUnlocked,
    formatColumns: spec.protection.allowFormatColumns,
    formatRows: spec.protection.allowFormatRows,
  });
  return wb;
}

/**
 * Row heights from the text (issue #14): neither Excel nor LibreOffice grows a row when it opens a
 * file, so a wrapped indicator text would print over the next row. Only rows taller than the
 * default are set, to the spec's height where it asks for more.
 */
export function textHeights(spec: LayoutSpec): Map<number, number> {
  const widths = spec.columns.map((c) => c.width);
  const out = new Map<number, number>();
  for (const [row, h] of Object.entries(spec.rowHeights)) out.set(Number(row), h);
  for (const c of spec.cells) {
    if (!c.style.wrap || c.value === null || c.value === undefined || c.formula !== undefined) continue;
    const h = cellHeight(String(c.value), [widths[c.col - 1] ?? 8.43], {
      size: c.style.fontSize ?? 11,
      ...(c.style.bold ? { bold: true } : {}),
    });
    if (h > 15 && h > (out.get(c.row) ?? 0)) out.set(c.row, h);
  }
  return out;
}

/**
 * Renders the spec to .xlsx bytes, metadata custom XML part included. The row heights are written
 * as heights a program may still change (no customHeight), so Excel and LibreOffice grow a row again
 * when a person types a longer text into it; Times New Roman becomes the default font.
 */
export async function renderXlsx(spec: LayoutSpec): Promise<Uint8Array> {
  const wb = buildWorkbook(spec);
  const zip = await JSZip.loadAsync(await xlsxBytes(wb));
  await addCustomXmlPartTo(zip, spec.customXml.namespace, spec.customXml.xml);
  const sheet = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(sheet)!.async("string");
  zip.file(sheet, xml.replace(/(<row [^>]*?) customHeight="1"/g, "$1"));
  const styles = "xl/styles.xml";
  zip.file(styles, withTimesDefaultFont(await zip.file(styles)!.async("string")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
