// What is in the workbook now, read in at most two round trips whatever its size: first the names,
// sheets (with their protection) and metadata parts; then, when there is a template, its sheet's
// used range, the metadata sheet and the metadata XML. Everything after that is pure.
import type { CellValue } from "../domain/entry";
import type { RangeBox } from "../workbook/a1";
import { a1, parseRange } from "../workbook/a1";
import { NAMES } from "../workbook/layout";
import type { ReportMeta } from "../workbook/port";
import { META_NAMESPACE, META_SHEET_NAME, metaFromRows, metaFromXml } from "../workbook/meta";
import type { CellRead, GridReading } from "../workbook/read";
import { columnsFromNames, readGrid } from "../workbook/read";
import { metaWithTypedPreparer, preparerOf } from "../workbook/preparer";
import { toCellValue } from "./cells";

export interface SheetInfo {
  name: string;
  visibility: string;
  protected: boolean;
}

export interface Probe {
  /** Workbook names that point at one range, by upper-case name. */
  names: Map<string, { name: string; sheet: string; box: RangeBox }>;
  sheets: SheetInfo[];
  /** Null when Excel would not list the parts (office-js issue 6673): the sheet's metadata serves. */
  metaPartIds: string[] | null;
  /** Every workbook name, including ones that no longer point anywhere (#REF!). */
  allNames: string[];
  /** The sheet SA_IDS points at, when it exists. */
  templateSheet: string | null;
}

/** Queues the first read; call `done()` after the sync. */
export function queueProbe(ctx: Excel.RequestContext): () => Probe {
  const names = ctx.workbook.names.load("items/name,items/formula");
  const sheets = ctx.workbook.worksheets.load("items/name,items/visibility,items/protection/protected");
  const parts = ctx.workbook.customXmlParts.getByNamespace(META_NAMESPACE).load("items/id");
  return () => {
    const map = new Map<string, { name: string; sheet: string; box: RangeBox }>();
    for (const n of names.items) {
      const r = parseRange(n.formula.replace(/^=/, ""));
      if (r && r.sheet !== null) map.set(n.name.toUpperCase(), { name: n.name, sheet: r.sheet, box: r.box });
    }
    const list = sheets.items.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      protected: s.protection.protected,
    }));
    const ids = map.get(NAMES.ids);
    const templateSheet =
      ids && list.some((s) => s.name.toLowerCase() === ids.sheet.toLowerCase())
        ? list.find((s) => s.name.toLowerCase() === ids.sheet.toLowerCase())!.name
        : null;
    return {
      names: map,
      sheets: list,
      // Excel on the web has returned items undefined (office-js issue 6673): then no part can be
      // read or replaced, and the metadata sheet says what the template is.
      metaPartIds: parts.items === undefined ? null : parts.items.map((p) => p.id),
      allNames: names.items.map((n) => n.name),
      templateSheet,
    };
  };
}

const KEY = 16384;

/**
 * The used cells of the template sheet, addressable by 1-based row and column. Only values are
 * loaded for the whole sheet (a response must stay under 5 MB at 10,000 rows): which cells are
 * formulas comes from getSpecialCells, and value types are loaded for the input columns only.
 */
export class Grid {
  constructor(
    readonly top: number,
    readonly left: number,
    private readonly values: unknown[][],
    private readonly formulaCells: ReadonlySet<number>,
    private readonly types: ReadonlyMap<number, string>,
  ) {}

  read(row: number, col: number): CellRead {
    const v = this.values[row - this.top]?.[col - this.left];
    const type = this.types.get(row * KEY + col) ?? inferType(v);
    const value = toCellValue(v, type);
    // The formula's text is not loaded, only that the cell holds one.
    return this.formulaCells.has(row * KEY + col)
      ? { value, formula: "", address: a1(row, col) }
      : { value, address: a1(row, col) };
  }

  /** Whether the cell holds anything (a value or a formula). */
  has(row: number, col: number): boolean {
    const v = this.values[row - this.top]?.[col - this.left];
    return (v !== undefined && v !== "") || this.formulaCells.has(row * KEY + col);
  }
}

function inferType(v: unknown): string {
  if (v === "" || v === undefined || v === null) return "Empty";
  return typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
}

/** Every cell of a RangeAreas address ("'S'!A1:B2,'S'!C3") as row * 16384 + col keys (1-based). */
export function cellsOfAreas(address: string): Set<number> {
  const out = new Set<number>();
  for (const part of splitAreas(address)) {
    const box = parseRange(part)?.box;
    if (!box) continue;
    for (let r = box.top; r <= box.bottom; r++)
      for (let c = box.left; c <= box.right; c++) out.add(r * KEY + c);
  }
  return out;
}

/** Splits at commas outside quoted sheet names. */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts;
}

export interface TemplateState {
  probe: Probe;
  sheet: string;
  grid: Grid;
  meta: ReportMeta | null;
  reading: GridReading;
  preparer: string | null;
  /** The number format of each value cell, by 1-based row (to re-format a kept cell whose type changed). */
  valueFormats: Map<number, string>;
}

const TYPED_NAMES = [
  NAMES.values,
  NAMES.explanations,
  NAMES.evidence,
  NAMES.reviewDecisions,
  NAMES.reviewComments,
  NAMES.preparer,
  NAMES.archive,
];

/** Queues the second read for a workbook that has a template; call `done()` after the sync. */
export function queueTemplateRead(ctx: Excel.RequestContext, probe: Probe): () => TemplateState {
  const sheetName = probe.templateSheet!;
  const ws = ctx.workbook.worksheets.getItem(sheetName);
  const used = ws.getUsedRange(true).load("address,values");
  const formulas = used.getSpecialCellsOrNullObject("Formulas").load("address");
  const typed = TYPED_NAMES.flatMap((n) => {
    const named = probe.names.get(n);
    if (!named || named.sheet.toLowerCase() !== sheetName.toLowerCase()) return [];
    const b = named.box;
    return [
      { box: b, range: ws.getRange(`${a1(b.top, b.left)}:${a1(b.bottom, b.right)}`).load("valueTypes") },
    ];
  });
  const valuesName = probe.names.get(NAMES.values);
  const valueFormats =
    valuesName && valuesName.sheet.toLowerCase() === sheetName.toLowerCase()
      ? {
          top: valuesName.box.top,
          range: ws
            .getRange(
              `${a1(valuesName.box.top, valuesName.box.left)}:${a1(valuesName.box.bottom, valuesName.box.left)}`,
            )
            .load("numberFormat"),
        }
      : null;
  const metaSheet = probe.sheets.find((s) => s.name === META_SHEET_NAME)
    ? ctx.workbook.worksheets.getItem(META_SHEET_NAME).getUsedRange(true).load("address,values,valueTypes")
    : null;
  const xmls = (probe.metaPartIds ?? []).map((id) => ctx.workbook.customXmlParts.getItem(id).getXml());
  return () => {
    const box = parseRange(used.address.split("!").pop()!)!.box;
    const types = new Map<number, string>();
    for (const t of typed)
      t.range.valueTypes.forEach((row, i) =>
        row.forEach((type, j) => types.set((t.box.top + i) * KEY + t.box.left + j, type)),
      );
    const formatsByRow = new Map<number, string>();
    valueFormats?.range.numberFormat.forEach((row, i) =>
      formatsByRow.set(valueFormats.top + i, String(row[0])),
    );
    const formulaCells = formulas.isNullObject ? new Set<number>() : cellsOfAreas(formulas.address);
    const grid = new Grid(box.top, box.left, used.values, formulaCells, types);
    let meta: ReportMeta | null = null;
    for (const x of xmls) {
      const r = metaFromXml(x.value);
      if (r.ok) {
        meta = r.meta;
        break;
      }
    }
    if (metaSheet) {
      const rows: CellValue[][] = metaSheet.values.map((row, i) =>
        row.slice(0, 2).map((v, j) => toCellValue(v, metaSheet.valueTypes[i]?.[j])),
      );
      const r = metaFromRows(rows);
      // Every insert rewrites the sheet; a part can be stale when an insert could not see it
      // (office-js issue 6673), so where the two disagree the sheet is the newer word.
      if (r.ok && (!meta || JSON.stringify(meta) !== JSON.stringify(r.meta))) meta = r.meta;
    }
    const column = (name: string): CellRead[] | undefined => {
      const n = probe.names.get(name);
      if (!n || n.sheet.toLowerCase() !== sheetName.toLowerCase()) return undefined;
      const out: CellRead[] = [];
      for (let r = n.box.top; r <= n.box.bottom; r++) out.push(grid.read(r, n.box.left));
      return out;
    };
    const archiveName = probe.names.get(NAMES.archive);
    const archive: CellRead[][] | undefined = archiveName
      ? Array.from({ length: archiveName.box.bottom - archiveName.box.top + 1 }, (_, i) =>
          Array.from({ length: archiveName.box.right - archiveName.box.left + 1 }, (_, j) =>
            grid.read(archiveName.box.top + i, archiveName.box.left + j),
          ),
        )
      : undefined;
    const cols = columnsFromNames(column, archive);
    // The preparer is the header cell as typed, not the value the template was made with.
    const preparerCell = column(NAMES.preparer)?.[0];
    const preparer = preparerOf(preparerCell?.value);
    return {
      probe,
      sheet: sheetName,
      grid,
      meta: meta ? metaWithTypedPreparer(meta, preparerCell) : null,
      reading: readGrid(cols),
      preparer,
      valueFormats: formatsByRow,
    };
  };
}
