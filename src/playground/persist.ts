// The playground's workbook survives a reload, as a saved .xlsx survives closing Excel: its model is
// written to localStorage as JSON after every change and rebuilt from it on the next visit. This is
// what lets a reviewer's decisions be found again "after reopening the workbook".
import type { ExcelHost } from "./host";
import type {
  Cell,
  ConditionalFormatModel,
  CustomXmlPartModel,
  NamedItemModel,
  ProtectionModel,
  Validation,
  Visibility,
} from "./host/model";
import type { Bounds } from "./host/address";

export const STORAGE_KEY = "self-assess-playground-workbook-v1";

export interface SavedSheet {
  id: string;
  name: string;
  visibility: Visibility;
  protection: ProtectionModel;
  validations: Validation[];
  conditionalFormats: ConditionalFormatModel[];
  columnWidths: [number, number][];
  /** Absent in workbooks saved before columns could be hidden. */
  hiddenColumns?: number[];
  frozenRows: number;
  /** Absent in workbooks saved before frozen columns and row heights were kept. */
  frozenColumns?: number;
  rowHeights?: [number, number][];
  merges: Bounds[];
  tabColor: string;
  pageLayout: Record<string, unknown>;
  printTitleRows: string | null;
  cells: [number, Cell][];
}

export interface SavedWorkbook {
  version: 1;
  sheets: SavedSheet[];
  names: NamedItemModel[];
  customXmlParts: CustomXmlPartModel[];
  activeSheet: string;
  selection: { sheet: string; bounds: Bounds } | null;
}

export function saveWorkbook(host: ExcelHost): string {
  return JSON.stringify(savedWorkbook(host));
}

/** The workbook as plain data (what saveWorkbook writes as JSON, and the .xlsx writer reads). */
export function savedWorkbook(host: ExcelHost): SavedWorkbook {
  const m = host.runtime.model;
  return {
    version: 1,
    sheets: m.sheets.map((s) => ({
      id: s.id,
      name: s.name,
      visibility: s.visibility,
      protection: s.protection,
      validations: s.validations,
      conditionalFormats: s.conditionalFormats,
      columnWidths: [...s.columnWidths],
      hiddenColumns: [...s.hiddenColumns],
      frozenRows: s.frozenRows,
      frozenColumns: s.frozenColumns,
      rowHeights: [...s.rowHeights],
      merges: s.merges,
      tabColor: s.tabColor,
      pageLayout: s.pageLayout,
      printTitleRows: s.printTitleRows,
      cells: [...s.cells],
    })),
    names: m.names,
    customXmlParts: m.customXmlParts,
    activeSheet: m.sheetById(m.activeSheetId)?.name ?? "",
    selection: m.selection
      ? { sheet: m.sheetById(m.selection.sheetId)?.name ?? "", bounds: m.selection.bounds }
      : null,
  };
}

/**
 * Rebuilds a saved workbook into `host`, which must have no sheets yet. Throws on a save it cannot
 * read; the caller then starts from an empty workbook.
 */
export function restoreWorkbook(host: ExcelHost, json: string): void {
  restoreSaved(host, JSON.parse(json) as SavedWorkbook);
}

/** restoreWorkbook from the plain data rather than its JSON. */
export function restoreSaved(host: ExcelHost, saved: SavedWorkbook): void {
  if (saved.version !== 1 || !Array.isArray(saved.sheets) || saved.sheets.length === 0)
    throw new Error("not a saved playground workbook");
  const m = host.runtime.model;
  // Sheets, cells and names are set directly: the formula engine is built from them when first
  // needed (model.ts), so a saved workbook opens before the engine's module has loaded.
  m.dropEngine();
  saved.sheets.forEach((s) => {
    const sheet = m.addSheet(s.name);
    sheet.visibility = s.visibility;
    sheet.protection = s.protection;
    sheet.validations = s.validations;
    sheet.conditionalFormats = s.conditionalFormats;
    sheet.columnWidths = new Map(s.columnWidths);
    sheet.hiddenColumns = new Set(s.hiddenColumns ?? []);
    sheet.frozenRows = s.frozenRows;
    sheet.frozenColumns = s.frozenColumns ?? 0;
    sheet.rowHeights = new Map(s.rowHeights ?? []);
    sheet.merges = s.merges;
    sheet.tabColor = s.tabColor;
    sheet.pageLayout = s.pageLayout;
    sheet.printTitleRows = s.printTitleRows;
    for (const [k, cell] of s.cells) sheet.cells.set(k, cell);
  });
  // The names are the workbook's own, already judged when they were added: restored as they are.
  m.names = saved.names.map((n) => ({ ...n }));
  m.customXmlParts = saved.customXmlParts;
  const active = m.sheetByName(saved.activeSheet);
  if (active) m.activeSheetId = active.id;
  const selected = saved.selection ? m.sheetByName(saved.selection.sheet) : undefined;
  if (saved.selection && selected) m.selection = { sheetId: selected.id, bounds: saved.selection.bounds };
  // New ids (conditional formats, parts) must not repeat the restored ones.
  const used = [
    ...saved.sheets.flatMap((s) => s.conditionalFormats.map((f) => f.id)),
    ...saved.customXmlParts.map((p) => p.id),
    ...saved.sheets.map((s) => s.id),
  ]
    .map((id) => Number(/-(\d{4})-/.exec(id)?.[1] ?? 0))
    .reduce((a, b) => Math.max(a, b), 0);
  for (let n = 0; n < used; n++) m.newId("x");
}
