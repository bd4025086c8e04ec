// A small reader of just the parts a check needs (workbook, its relationships, shared strings, the
// named sheets), on a GuardedPackage. ExcelJS builds the whole workbook model, styles and all; a
// ministry reading a thousand submissions needs a few hundred cells of each, and reading only
// those is what lets the guarded run beat a plain ExcelJS loop (bench/consolidate.bench.ts).
import type { CellValue, CellErrorCode } from "../domain/entry";
import { CELL_ERROR_CODES } from "../domain/entry";
import type { XlsxParts } from "./parts";
import { reject } from "./rejection";
import { colNumber } from "../workbook/a1";
import { attr, cellValueText, decodeXml, scanCells, stringItems, runText } from "./xml-scan";

export interface LeanCell {
  value: CellValue;
  /** The formula without "=", when the cell holds one (its cached result is the value). */
  formula?: string;
}

/**
 * One sheet's cells, read in one pass into a grid by row and column (DECISIONS D45): a reader asks
 * for a cell by its row and column without building an A1 string or hashing it, and the cells are
 * kept in the order the sheet lists them for whoever walks them all. A hostile reference that is
 * not a plain A1 address ("b7", "B07") is kept under its own text and found by no row and column,
 * as it was by no A1 key.
 */
export class LeanSheet {
  /** Each cell's reference as the sheet wrote it, first listing first (a repeated one keeps its place). */
  private readonly refs: string[] = [];
  /** The cell at each place of `refs`; a repeated reference's last cell wins, as in Excel's reading. */
  private readonly list: LeanCell[] = [];
  /** rows[row][col - 1]: the place in `list` of a plain A1 address's cell, 1-based row. */
  private readonly rows: (number[] | undefined)[] = [];
  /** Places of references that are not plain A1 addresses, by their text. */
  private odd: Map<string, number> | null = null;
  private byAddress: Map<string, LeanCell> | null = null;
  /** The rows that hold a plain A1 address's cell, in the order first seen. */
  private readonly rowNumbers: number[] = [];

  constructor(
    readonly name: string,
    readonly state: "visible" | "hidden" | "veryHidden",
  ) {}

  /** Adds a cell under its reference; a reference seen before has its cell replaced, in place. */
  add(ref: string, cell: LeanCell): void {
    const at = plainAddress(ref);
    if (at === null) {
      const known = this.odd?.get(ref);
      if (known !== undefined) this.list[known] = cell;
      else (this.odd ??= new Map()).set(ref, this.push(ref, cell));
      return;
    }
    let row = this.rows[at.row];
    if (!row) {
      row = this.rows[at.row] = [];
      this.rowNumbers.push(at.row);
    }
    const known = row[at.col - 1];
    if (known !== undefined) this.list[known] = cell;
    else row[at.col - 1] = this.push(ref, cell);
  }

  private push(ref: string, cell: LeanCell): number {
    this.refs.push(ref);
    return this.list.push(cell) - 1;
  }

  /** The place of the cell at a 1-based row and column, or -1. */
  indexAt(row: number, col: number): number {
    return this.rows[row]?.[col - 1] ?? -1;
  }

  /** The cell at a 1-based row and column. */
  at(row: number, col: number): LeanCell | undefined {
    const i = this.rows[row]?.[col - 1];
    return i === undefined ? undefined : this.list[i];
  }

  /** How many distinct references the sheet lists. */
  get size(): number {
    return this.list.length;
  }

  /** The reference at a place, as the sheet wrote it. */
  refAt(i: number): string {
    return this.refs[i]!;
  }

  /** The cell at a place. */
  cellAt(i: number): LeanCell {
    return this.list[i]!;
  }

  /**
   * The rows that hold a cell found by row and column, in ascending order. A walk over rows goes
   * through these, never from 1 to the highest row a reference names: one hostile cell at row
   * 9,999,999 would otherwise cost ten million empty rows (a reference that is not plain A1 is
   * found by no row and column, so it adds no row here either).
   */
  filledRows(): number[] {
    return [...this.rowNumbers].sort((a, b) => a - b);
  }

  /** Cells by their reference ("B7"), in the order the sheet lists them; built on first use. */
  get cells(): Map<string, LeanCell> {
    if (!this.byAddress) this.byAddress = new Map(this.refs.map((ref, i) => [ref, this.list[i]!]));
    return this.byAddress;
  }
}

/** "B7" to row 7, column 2; null for anything a1() would not write (lower case, a leading zero). */
function plainAddress(ref: string): { row: number; col: number } | null {
  let i = 0;
  let col = 0;
  for (; i < ref.length && i < 4; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
  }
  if (i === 0 || i > 3 || i === ref.length || ref.charCodeAt(i) === 48 || ref.length - i > 7) return null;
  let row = 0;
  for (let j = i; j < ref.length; j++) {
    const ch = ref.charCodeAt(j);
    if (ch < 48 || ch > 57) return null;
    row = row * 10 + (ch - 48);
  }
  return { row, col };
}

export interface DefinedName {
  name: string;
  /** Index into the workbook's sheet list for a sheet-scoped name. */
  localSheetId?: number;
  formula: string;
}

export { decodeXml } from "./xml-scan";

export class LeanWorkbook {
  readonly sheets: { name: string; state: LeanSheet["state"]; path: string }[] = [];
  readonly definedNames: DefinedName[] = [];
  private sharedStrings: string[] | null = null;

  constructor(private readonly pkg: XlsxParts) {
    const wb = pkg.text("xl/workbook.xml") ?? "";
    const rels = new Map<string, string>();
    const relXml = pkg.text("xl/_rels/workbook.xml.rels") ?? "";
    for (const m of relXml.matchAll(/<Relationship\s[^>]*>/g)) {
      const id = attr(m[0], "Id");
      const target = attr(m[0], "Target");
      if (id && target) rels.set(id, target);
    }
    for (const m of wb.matchAll(/<sheet\s[^>]*\/?>/g)) {
      const name = attr(m[0], "name") ?? "";
      const state = (attr(m[0], "state") ?? "visible") as LeanSheet["state"];
      const target = rels.get(attr(m[0], "r:id") ?? "") ?? "";
      const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
      this.sheets.push({ name, state, path });
    }
    for (const m of wb.matchAll(/<definedName\s([^>]*)>([\s\S]*?)<\/definedName>/g)) {
      const local = attr(` ${m[1]}`, "localSheetId");
      this.definedNames.push({
        name: attr(` ${m[1]}`, "name") ?? "",
        ...(local !== undefined ? { localSheetId: Number(local) } : {}),
        formula: decodeXml(m[2]!),
      });
    }
  }

  private strings(): string[] {
    if (this.sharedStrings) return this.sharedStrings;
    const xml = this.pkg.text("xl/sharedStrings.xml") ?? "";
    const out = stringItems(xml);
    this.sharedStrings = out;
    return out;
  }

  hasSheet(name: string): boolean {
    return this.sheets.some((s) => s.name === name);
  }

  sheet(name: string): LeanSheet | undefined {
    const info = this.sheets.find((s) => s.name === name);
    if (!info) return undefined;
    const xml = this.pkg.text(info.path);
    if (xml === undefined) return undefined;
    const sheet = new LeanSheet(name, info.state);
    this.parseCells(xml, sheet);
    return sheet;
  }

  private parseCells(xml: string, cells: LeanSheet): void {
    const limit = this.pkg.limits.maxStringXmlChars;
    scanCells(xml, (ref, t, body) => {
      if (!ref) return;
      if (body.length > limit)
        reject(
          "sheet.cells",
          `the cell ${ref} holds more than any cell can (${body.length.toLocaleString("en-US")} characters of XML)`,
          `ô ${ref} chứa nhiều hơn mức một ô có thể chứa (${body.length.toLocaleString("vi-VN")} ký tự XML)`,
        );
      const type = t ?? "n";
      const cell: LeanCell = { value: this.cellValue(type, cellValueText(body), body) };
      if (body.includes("<f")) {
        // A shared formula's followers carry no text, only the group index: "(shared)" says so.
        const f = /<f(?:\s[^>]*)?>([\s\S]*?)<\/f>/.exec(body)?.[1];
        const formula = f ? decodeXml(f) : "(shared)";
        // LibreOffice saves a typed TRUE or FALSE as the formula TRUE() or FALSE() with its value:
        // what the person typed is the value, not a formula.
        if (!(type === "b" && /^\s*(TRUE|FALSE)\(\)\s*$/i.test(formula))) cell.formula = formula;
      }
      cells.add(ref, cell);
    });
  }

  private cellValue(type: string, v: string | undefined, body: string): CellValue {
    switch (type) {
      case "s": {
        if (v === undefined) return null;
        return this.strings()[Number(v)] ?? null;
      }
      case "inlineStr":
        return runText(body);
      case "str":
        return v === undefined ? null : decodeXml(v);
      case "b":
        return v === undefined ? null : v.trim() === "1";
      case "e": {
        const code = decodeXml(v ?? "").trim();
        return (CELL_ERROR_CODES as readonly string[]).includes(code)
          ? { error: code as CellErrorCode }
          : { error: "#VALUE!" };
      }
      default: {
        if (v === undefined || v.trim() === "") return null;
        const n = Number(v);
        return Number.isFinite(n) ? n : null;
      }
    }
  }
}

/** Splits "B7" into 0-based column 1 and 1-based row 7. */
export function splitAddress(address: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return { col: colNumber(m[1]!) - 1, row: Number(m[2]) };
}
