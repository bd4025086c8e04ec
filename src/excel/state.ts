// What is in the workbook now, read in at most two round trips whatever its size: first the names,
// sheets (with their protection) and metadata parts; then, when there is a template, its sheet's
// used range, the metadata sheet and the metadata XML. Everything after that is pure.
import type { CellValue } from "../domain/entry";
import type { RangeBox } from "../workbook/a1";
import { a1, parseRange } from "../workbook/a1";
import { NAMES } from "../workbook/layout";
import type { ReportMeta } from "../workbook/port";
import { META_NAMESPACE, META_SHEET_NAME, metaFromRows, metaFromXml } from "../workbook/meta";
import type { CellRead, GridReading, NamedColumns } from "../workbook/read";
import { readGrid } from "../workbook/read";
import { isFormula, toCellValue } from "./cells";

export interface SheetInfo {
  name: string;
  visibility: string;
  protected: boolean;
}

export interface Probe {
  /** Workbook names that point at one range, by upper-case name. */
  names: Map<string, { name: string; sheet: string; box: RangeBox }>;
  sheets: SheetInfo[];
  metaPartIds: string[];
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
    return { names: map, sheets: list, metaPartIds: parts.items.map((p) => p.id), templateSheet };
  };
}

/** The used cells of the template sheet, addressable by 1-based row and column. */
export class Grid {
  constructor(
    readonly top: number,
    readonly left: number,
    private readonly values: unknown[][],
    private readonly formulas: unknown[][],
    private readonly types: string[][],
  ) {}

  get bottom(): number {
    return this.top + this.values.length - 1;
  }
  get right(): number {
    return this.left + (this.values[0]?.length ?? 0) - 1;
  }

  read(row: number, col: number): CellRead {
    const i = row - this.top;
    const j = col - this.left;
    const v = this.values[i]?.[j];
    const f = this.formulas[i]?.[j];
    const value = toCellValue(v, this.types[i]?.[j]);
    return isFormula(f, v)
      ? { value, formula: f.slice(1), address: a1(row, col) }
      : { value, address: a1(row, col) };
  }

  /** Whether the cell holds anything (a value or a formula). */
  has(row: number, col: number): boolean {
    const i = row - this.top;
    const j = col - this.left;
    const t = this.types[i]?.[j];
    return t !== undefined && t !== "Empty";
  }

  /** Every cell with content, as [row, col]. */
  *filled(): Generator<[number, number]> {
    for (let i = 0; i < this.values.length; i++)
      for (let j = 0; j < (this.values[i]?.length ?? 0); j++)
        if (this.types[i]![j] !== "Empty") yield [this.top + i, this.left + j];
  }
}

export interface TemplateState {
  probe: Probe;
  sheet: string;
  grid: Grid;
  meta: ReportMeta | null;
  reading: GridReading;
  preparer: string | null;
  /** The rows of the metadata sheet, so a rewrite can clear exactly them. */
  metaRows: number;
}

/** Queues the second read for a workbook that has a template; call `done()` after the sync. */
export function queueTemplateRead(ctx: Excel.RequestContext, probe: Probe): () => TemplateState {
  const sheetName = probe.templateSheet!;
  const used = ctx.workbook.worksheets
    .getItem(sheetName)
    .getUsedRange(true)
    .load("address,values,formulas,valueTypes");
  const metaSheet = probe.sheets.find((s) => s.name === META_SHEET_NAME)
    ? ctx.workbook.worksheets.getItem(META_SHEET_NAME).getUsedRange(true).load("address,values,valueTypes")
    : null;
  const xmls = probe.metaPartIds.map((id) => ctx.workbook.customXmlParts.getItem(id).getXml());
  return () => {
    const box = parseRange(used.address.split("!").pop()!)!.box;
    const grid = new Grid(box.top, box.left, used.values, used.formulas, used.valueTypes as string[][]);
    let meta: ReportMeta | null = null;
    for (const x of xmls) {
      const r = metaFromXml(x.value);
      if (r.ok) {
        meta = r.meta;
        break;
      }
    }
    let metaRows = 0;
    if (metaSheet) {
      const rows: CellValue[][] = metaSheet.values.map((row, i) =>
        row.slice(0, 2).map((v, j) => toCellValue(v, metaSheet.valueTypes[i]?.[j])),
      );
      metaRows = parseRange(metaSheet.address.split("!").pop()!)?.box.bottom ?? rows.length;
      if (!meta) {
        const r = metaFromRows(rows);
        if (r.ok) meta = r.meta;
      }
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
    const cols: NamedColumns = {
      ids: column(NAMES.ids) ?? [],
      values: column(NAMES.values) ?? [],
      explanations: column(NAMES.explanations) ?? [],
      evidence: column(NAMES.evidence) ?? [],
      reviewDecisions: column(NAMES.reviewDecisions),
      reviewComments: column(NAMES.reviewComments),
      indicators: column(NAMES.indicators),
      targets: column(NAMES.targets),
      archive,
    };
    const prep = column(NAMES.preparer)?.[0]?.value;
    const preparer = typeof prep === "string" && prep.trim() !== "" ? prep.trim() : null;
    return { probe, sheet: sheetName, grid, meta, reading: readGrid(cols), preparer, metaRows };
  };
}
