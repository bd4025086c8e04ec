// Reading a template file back with ExcelJS: cells become CellValues (dates as serials, rich text
// as plain text, formulas flagged), the SA_* names locate the columns, and the metadata comes from
// the custom XML part, else the very-hidden sheet, with a note when the two disagree.
import ExcelJS from "exceljs";
import { JSZip } from "./zip";
import type { CellErrorCode, CellValue } from "../domain/entry";
import { CELL_ERROR_CODES } from "../domain/entry";
import type { ReportMeta, ReportSnapshot } from "../workbook/port";
import { a1, parseRange } from "../workbook/a1";
import { NAMES, geometry } from "../workbook/layout";
import { SHEET_STRINGS } from "../workbook/strings";
import type { CellRead, GridReading, NamedColumns } from "../workbook/read";
import { columnsFromNames, headerText, readGrid } from "../workbook/read";
import { metaWithTypedPreparer, preparerOf } from "../workbook/preparer";
import {
  META_NAMESPACE,
  META_SHEET_NAME,
  metaDifferences,
  metaFromRows,
  metaFromXml,
} from "../workbook/meta";
import type { TemplateState } from "../workbook/ownership";
import { readCustomXmlParts } from "./custom-xml";

const MS_PER_DAY = 86_400_000;
/** ExcelJS hands date-formatted numbers over as JS Dates at UTC midnight of the 1900 system. */
function dateToSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + 25569;
}

const ERRORS = new Set<string>(CELL_ERROR_CODES);

/** An ExcelJS value as the domain's CellValue, and whether the cell held a formula. */
export function fromExcel(v: ExcelJS.CellValue): { value: CellValue; formula?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v };
  if (v instanceof Date) return { value: dateToSerial(v) };
  if (typeof v === "object") {
    if ("formula" in v || "sharedFormula" in v) {
      const f = v as ExcelJS.CellFormulaValue & { sharedFormula?: string };
      const result = f.result === undefined ? null : fromExcel(f.result as ExcelJS.CellValue).value;
      return { value: result, formula: f.formula ?? f.sharedFormula ?? "" };
    }
    if ("richText" in v) return { value: v.richText.map((r) => r.text).join("") };
    if ("error" in v) {
      const code = String(v.error);
      return { value: { error: (ERRORS.has(code) ? code : "#VALUE!") as CellErrorCode } };
    }
    if ("text" in v) return { value: String((v as ExcelJS.CellHyperlinkValue).text) };
  }
  return { value: null };
}

export interface TemplateReading {
  meta: ReportMeta | null;
  /** Where the metadata came from. */
  metaSource: "customXml" | "sheet" | null;
  /** Fields on which the two stores disagree (the custom XML part wins). */
  metaDisagreement: string[];
  /** Why each store could not be used, when it could not. */
  metaProblems: string[];
  grid: GridReading;
  /** The template sheet's name (where the names point). */
  sheetName: string | null;
  snapshot: ReportSnapshot | null;
  /** How the columns were found: by the SA_* names, by the layout (names deleted), or not at all. */
  located: "names" | "layout" | null;
  /** The preparer typed in the header block, if any. */
  preparer: string | null;
  /** The reviewer's name in the header block (SA_REVIEWER), if any. */
  reviewer: string | null;
  /** The template sheet's cells as the ownership rules see them (src/workbook/ownership.ts). */
  state: TemplateState | null;
  /** Sheets other than the template and its metadata sheet. */
  otherSheets: string[];
  /** Every cell of the template sheet that holds something, as [row, col]. */
  usedCells: [number, number][];
  /** Addresses of the template sheet's cells that carry a note (comment) a person added. */
  notes: string[];
}

function resolveName(
  wb: ExcelJS.Workbook,
  name: string,
): { ws: ExcelJS.Worksheet; cells: CellRead[][] } | null {
  const ranges = wb.definedNames.getRanges(name).ranges;
  if (ranges.length !== 1) return null;
  const r = parseRange(ranges[0]!);
  if (!r || r.sheet === null) return null;
  const ws = wb.getWorksheet(r.sheet);
  if (!ws) return null;
  const rows: CellRead[][] = [];
  for (let row = r.box.top; row <= r.box.bottom; row++) {
    const out: CellRead[] = [];
    for (let col = r.box.left; col <= r.box.right; col++) {
      // findCell: no cell object is created for an empty cell.
      out.push({ ...fromExcel(ws.findCell(row, col)?.value ?? null), address: a1(row, col) });
    }
    rows.push(out);
  }
  return { ws, cells: rows };
}

function templateSheet(wb: ExcelJS.Workbook, meta: ReportMeta): ExcelJS.Worksheet | undefined {
  return (
    wb.getWorksheet(SHEET_STRINGS[meta.language].sheetName) ??
    wb.worksheets.find((w) => w.state === "visible")
  );
}

function columnsByLayout(wb: ExcelJS.Workbook, meta: ReportMeta): NamedColumns | null {
  const ws = templateSheet(wb, meta);
  if (!ws || meta.indicatorIds.length === 0) return null;
  const g = geometry(meta.indicatorIds.length, 0);
  const column = (col: number): CellRead[] => {
    const out: CellRead[] = [];
    for (let row = g.firstRow; row <= g.lastRow; row++)
      out.push({ ...fromExcel(ws.findCell(row, col)?.value ?? null), address: a1(row, col) });
    return out;
  };
  const ids = column(g.col.id);
  if (ids.some((c, i) => c.value !== meta.indicatorIds[i])) return null;
  return {
    ids,
    values: column(g.col.value),
    explanations: column(g.col.explanation),
    evidence: column(g.col.evidence),
    reviewDecisions: column(g.col.reviewDecision),
    reviewComments: column(g.col.reviewComment),
    replies: column(g.trail.reply),
    reviewedBy: column(g.trail.reviewedBy),
    reviewedAt: column(g.trail.reviewedAt),
    reviewBasis: column(g.trail.basis),
    indicators: column(g.col.indicator),
    targets: column(g.col.target),
  };
}

/** The template sheet as the ownership rules read it: every cell, the names' boxes, value formats. */
function ownershipState(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): TemplateState {
  const names = new Map<string, { box: NonNullable<ReturnType<typeof parseRange>>["box"] }>();
  for (const name of Object.values(NAMES)) {
    const ranges = wb.definedNames.getRanges(name).ranges;
    const r = ranges.length === 1 ? parseRange(ranges[0]!) : null;
    if (r && r.sheet === ws.name) names.set(name, { box: r.box });
  }
  const valueFormats = new Map<number, string>();
  const values = names.get(NAMES.values)?.box;
  if (values)
    for (let row = values.top; row <= values.bottom; row++)
      valueFormats.set(row, ws.findCell(row, values.left)?.numFmt || "General");
  return {
    probe: { names },
    grid: {
      has: (row, col) => {
        const v = ws.findCell(row, col)?.value;
        return v !== null && v !== undefined && v !== "";
      },
      read: (row, col) => ({ ...fromExcel(ws.findCell(row, col)?.value ?? null), address: a1(row, col) }),
    },
    valueFormats,
  };
}

function usedCells(ws: ExcelJS.Worksheet): [number, number][] {
  const out: [number, number][] = [];
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (cell.value !== null && cell.value !== undefined && cell.value !== "") out.push([r, c]);
    }),
  );
  return out;
}

function notedCells(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (cell.note) out.push(a1(r, c));
    }),
  );
  return out;
}

export async function readTemplate(bytes: Uint8Array): Promise<TemplateReading> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const zip = await JSZip.loadAsync(bytes);

  const metaProblems: string[] = [];
  let fromXml: ReportMeta | null = null;
  const parts = (await readCustomXmlParts(zip)).filter((x) => x.includes(META_NAMESPACE));
  if (parts.length === 0) metaProblems.push("customXml: no metadata part");
  else {
    const r = metaFromXml(parts[0]!);
    if (r.ok) fromXml = r.meta;
    else metaProblems.push(`customXml: ${r.reason}`);
  }
  let fromSheet: ReportMeta | null = null;
  const metaWs = wb.getWorksheet(META_SHEET_NAME);
  if (!metaWs) metaProblems.push(`sheet: no ${META_SHEET_NAME} sheet`);
  else {
    const rows: CellValue[][] = [];
    metaWs.eachRow((row) => {
      rows.push([fromExcel(row.getCell(1).value).value, fromExcel(row.getCell(2).value).value]);
    });
    const r = metaFromRows(rows);
    if (r.ok) fromSheet = r.meta;
    else metaProblems.push(`sheet: ${r.reason}`);
  }
  const metaDisagreement = fromXml && fromSheet ? metaDifferences(fromXml, fromSheet) : [];
  // The preparer is the header cell as typed, not the value the template was made with.
  const preparerCell = resolveName(wb, NAMES.preparer)?.cells[0]?.[0];
  const stored = fromXml ?? fromSheet;
  const meta = stored ? metaWithTypedPreparer(stored, preparerCell) : null;

  const ids = resolveName(wb, NAMES.ids);
  let cols: NamedColumns;
  let located: TemplateReading["located"] = null;
  if (ids) {
    const column = (name: string) => resolveName(wb, name)?.cells.map((row) => row[0]!);
    cols = columnsFromNames(column, resolveName(wb, NAMES.archive)?.cells);
    located = "names";
  } else {
    // The names were deleted: only then are positions taken from the layout, and only where the
    // metadata says how many rows there are and the ids found there are the ones it lists.
    const byLayout = meta ? columnsByLayout(wb, meta) : null;
    cols = byLayout ?? { ids: [], values: [], explanations: [], evidence: [] };
    if (byLayout) located = "layout";
  }
  const grid = readGrid(cols);
  const sheet = ids?.ws ?? null;
  const reviewer = headerText(resolveName(wb, NAMES.reviewer)?.cells[0]?.[0]?.value);
  const snapshot: ReportSnapshot | null = meta
    ? { meta, entries: grid.entries, archived: grid.archive.map((a) => a.entry), reviewer }
    : null;
  return {
    meta,
    metaSource: fromXml ? "customXml" : fromSheet ? "sheet" : null,
    metaDisagreement,
    metaProblems,
    grid,
    sheetName: ids?.ws.name ?? (located === "layout" ? (templateSheet(wb, meta!)?.name ?? null) : null),
    located,
    preparer: preparerOf(preparerCell?.value),
    reviewer,
    snapshot,
    state: sheet ? ownershipState(wb, sheet) : null,
    usedCells: sheet ? usedCells(sheet) : [],
    notes: sheet ? notedCells(sheet) : [],
    otherSheets: wb.worksheets.map((w) => w.name).filter((n) => n !== META_SHEET_NAME && n !== sheet?.name),
  };
}
