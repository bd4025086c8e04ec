// A template read on the lean reader: the SA_* names resolved to cells here, their meaning decided
// by the shared pure reader (src/workbook/read.ts) and metadata decoders (src/workbook/meta.ts),
// exactly as the ExcelJS adapter does. The ministry reads strangers' templates this way so that no
// hostile file ever reaches a full workbook model, and a thousand files read in seconds.
import type { CellValue, Status } from "../domain/entry";
import { statusFromLabel } from "../domain/status-labels";
import type { ReportMeta } from "../workbook/port";
import {
  META_NAMESPACE,
  META_SHEET_NAME,
  metaDifferences,
  metaFromRows,
  metaFromXml,
} from "../workbook/meta";
import { NAMES } from "../workbook/layout";
import { parseRange, a1, type RangeBox } from "../workbook/a1";
import { columnsFromNames, readGrid, type CellRead, type TemplateRead } from "../workbook/read";
import { metaWithTypedPreparer } from "../workbook/preparer";
import type { GuardedPackage } from "./package";
import type { LeanSheet, LeanWorkbook } from "./lean-reader";
import { splitAddress } from "./lean-reader";
import { isCellError } from "../domain/entry";
import { reject } from "./rejection";

/** A template as the lean reader reads it (the shape the ministry's checks take). */
export type LeanTemplate = TemplateRead & {
  /**
   * Cells below the table (and its archive) that hold something: rows a person added under the
   * table, which no name covers and so are never read. Reported, never guessed at.
   */
  below: { address: string; text: string }[];
};

export function isTemplateWorkbook(wb: LeanWorkbook): boolean {
  return wb.hasSheet(META_SHEET_NAME) || wb.definedNames.some((n) => n.name === NAMES.ids);
}

function readMeta(pkg: GuardedPackage, wb: LeanWorkbook): { meta: ReportMeta; problems: string[] } {
  const sheet = wb.sheet(META_SHEET_NAME);
  let fromSheet: ReportMeta | null = null;
  let sheetReason = `no ${META_SHEET_NAME} sheet`;
  if (sheet) {
    const rows: CellValue[][] = [];
    for (let r = 1; ; r++) {
      const a = sheet.cells.get(`A${r}`);
      if (!a && !sheet.cells.has(`B${r}`)) break;
      rows.push([a?.value ?? null, sheet.cells.get(`B${r}`)?.value ?? null]);
    }
    const res = metaFromRows(rows);
    if (res.ok) fromSheet = res.meta;
    else sheetReason = res.reason;
  }
  let fromXml: ReportMeta | null = null;
  let xmlReason = "no custom XML part";
  for (const name of pkg.names()) {
    if (!/^customXml\/item\d+\.xml$/.test(name)) continue;
    const xml = pkg.text(name) ?? "";
    if (!xml.includes(META_NAMESPACE)) continue;
    const res = metaFromXml(xml);
    if (res.ok) fromXml = res.meta;
    else xmlReason = res.reason;
  }
  // As the ExcelJS reader does: the custom XML part wins when both stores can be read.
  const meta = fromXml ?? fromSheet;
  if (!meta)
    reject(
      "not-a-report",
      `the template's metadata cannot be read (${sheetReason}; ${xmlReason})`,
      `không đọc được thông tin mô tả của mẫu (${sheetReason}; ${xmlReason})`,
    );
  const problems: string[] = [];
  if (!fromSheet) problems.push(`${META_SHEET_NAME}: ${sheetReason}`);
  if (!fromXml) problems.push(`custom XML: ${xmlReason}`);
  if (fromSheet && fromXml) {
    const diff = metaDifferences(fromSheet, fromXml);
    if (diff.length > 0) problems.push(`the two metadata stores differ in ${diff.join(", ")}`);
  }
  return { meta, problems };
}

class NameResolver {
  private readonly sheets = new Map<string, LeanSheet | undefined>();
  constructor(private readonly wb: LeanWorkbook) {}

  /** The sheet and the last row a workbook-scoped name points at. */
  where(name: string): { sheet: LeanSheet; bottom: number } | null {
    const at = this.resolve(name);
    return at ? { sheet: at.sheet, bottom: at.box.bottom } : null;
  }

  /** The sheet and box a workbook-scoped name points at, or null. */
  private resolve(name: string): { sheet: LeanSheet; box: RangeBox } | null {
    const def = this.wb.definedNames.find((d) => d.name === name && d.localSheetId === undefined);
    if (!def) return null;
    const range = parseRange(def.formula);
    if (!range || !range.sheet) return null;
    if (!this.sheets.has(range.sheet)) this.sheets.set(range.sheet, this.wb.sheet(range.sheet));
    const sheet = this.sheets.get(range.sheet);
    return sheet ? { sheet, box: range.box } : null;
  }

  /** The cells a workbook-scoped name covers, row by row (one column expected); null if unresolvable. */
  column(name: string): CellRead[] | null {
    const at = this.resolve(name);
    if (!at) return null;
    const { top, bottom, left } = at.box;
    if (bottom - top > 100_000) return null;
    const out: CellRead[] = [];
    for (let r = top; r <= bottom; r++) {
      const address = a1(r, left);
      const c = at.sheet.cells.get(address);
      out.push({
        value: c?.value ?? null,
        address,
        ...(c?.formula !== undefined ? { formula: c.formula } : {}),
      });
    }
    return out;
  }

  /** The values a workbook-scoped name covers, row by row and column by column; null if unresolvable. */
  block(name: string): CellValue[][] | null {
    const at = this.resolve(name);
    if (!at) return null;
    const { top, bottom, left, right } = at.box;
    if (bottom - top > 100_000 || right - left > 20) return null;
    const out: CellValue[][] = [];
    for (let r = top; r <= bottom; r++) {
      const row: CellValue[] = [];
      for (let c = left; c <= right; c++) row.push(at.sheet.cells.get(a1(r, c))?.value ?? null);
      out.push(row);
    }
    return out;
  }
}

export function readTemplateLean(pkg: GuardedPackage, wb: LeanWorkbook): LeanTemplate {
  const stored = readMeta(pkg, wb);
  const names = new NameResolver(wb);
  // The preparer is the header cell as typed, not the value the template was made with.
  const meta = metaWithTypedPreparer(stored.meta, names.column(NAMES.preparer)?.[0]);
  const problems = stored.problems;
  const ids = names.column(NAMES.ids);
  const values = names.column(NAMES.values);
  if (!ids || !values)
    reject(
      "not-a-report",
      `the template's names ${NAMES.ids} and ${NAMES.values} are missing or point nowhere (were rows or the sheet deleted?)`,
      `không tìm thấy vùng tên ${NAMES.ids} và ${NAMES.values} của mẫu (dòng hoặc trang tính đã bị xóa?)`,
    );
  // ids and values are known to resolve here; the archive is not read for checking.
  const grid = readGrid(columnsFromNames((n) => names.column(n) ?? undefined));
  const statusCells = names.column(NAMES.status) ?? [];
  const storedStatuses = new Map<string, Status | null>();
  ids.forEach((c, i) => {
    const id = typeof c.value === "string" ? c.value.trim() : String(c.value ?? "");
    if (id !== "" && !storedStatuses.has(id)) storedStatuses.set(id, statusFromLabel(statusCells[i]?.value));
  });
  const paramRows = names.block(NAMES.params) ?? [];
  const params = new Map<string, CellValue[]>();
  ids.forEach((c, i) => {
    const id = typeof c.value === "string" ? c.value.trim() : String(c.value ?? "");
    const row = paramRows[i];
    if (id !== "" && row && !params.has(id)) params.set(id, row);
  });
  return { meta, metaProblems: problems, grid, storedStatuses, params, below: cellsBelow(names) };
}

function cellsBelow(names: NameResolver): LeanTemplate["below"] {
  const table = names.where(NAMES.ids);
  if (!table) return [];
  const archive = names.where(NAMES.archive);
  const last = Math.max(table.bottom, archive && archive.sheet === table.sheet ? archive.bottom : 0);
  const out: LeanTemplate["below"] = [];
  for (const [address, cell] of table.sheet.cells) {
    if (splitAddress(address).row <= last) continue;
    const text = cell.value === null ? "" : isCellError(cell.value) ? cell.value.error : String(cell.value);
    if (text.trim() !== "" || cell.formula !== undefined)
      out.push({ address, text: text || `=${cell.formula}` });
  }
  return out.sort((a, b) => splitAddress(a.address).row - splitAddress(b.address).row);
}
