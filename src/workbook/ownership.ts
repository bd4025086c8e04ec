// Which cells the old template owns, which cells a new one may leave alone, and which cells a
// person typed into that an insert would change (a conflict: the insert refuses and names them).
import type { ColumnKey, InputRole, LayoutCell, LayoutSpec } from "./layout-types";
import { a1, colLetter } from "./a1";
import type { Plan } from "../domain/plan";
import {
  COLUMN_ORDER,
  HEADER_ROWS,
  headerCells,
  NAMES,
  TABLE_HEADER_ROW,
  TRAIL_NAMES,
  TRAIL_ORDER,
} from "./layout";
import type { InsertPreview, ReportMeta } from "./port";
import type { RangeBox } from "./a1";
import type { CellRead } from "./read";

/**
 * What the rules need of the template already in the workbook, in any adapter's terms (the Office
 * adapter's TemplateState is one): where its names point, its cells, and its value cells' formats.
 */
export interface TemplateState {
  probe: { names: ReadonlyMap<string, { box: RangeBox }> };
  grid: { has(row: number, col: number): boolean; read(row: number, col: number): CellRead };
  /** The number format of each value cell, by row. */
  valueFormats: ReadonlyMap<number, string>;
}

const col = (k: ColumnKey) => COLUMN_ORDER.indexOf(k) + 1;
/** The header block's inputs: the preparer and the reviewer's name, values in column D. */
const HEADER_INPUTS = new Set([HEADER_ROWS.preparer, HEADER_ROWS.reviewer].map((r) => `${r},4`));

/** The input cells of a table row: the workbook name of each role's column. */
const INPUT_NAMES: [RowInput, string][] = [
  ["previous", NAMES.previous],
  ["value", NAMES.values],
  ["explanation", NAMES.explanations],
  ["evidence", NAMES.evidence],
  ["reviewDecision", NAMES.reviewDecisions],
  ["reviewComment", NAMES.reviewComments],
  ...TRAIL_ORDER.map((k): [RowInput, string] => [k, TRAIL_NAMES[k]]),
];
type RowInput = Exclude<InputRole, "preparer" | "reviewer">;

/**
 * The old template's table as its names place it: its columns are wherever the layout that wrote
 * it put them (docs/DECISIONS.md D28: the column order changed), so nothing here assumes they are
 * where the current layout puts them.
 */
interface OldGeometry {
  first: number;
  last: number;
  archive: { top: number; bottom: number } | null;
  /** Whether the old template had the parameter columns (SA_PARAMS; templates before D9 do not). */
  params: boolean;
  /** Whether it had the review trail and the reviewer's name (templates before it do not). */
  trail: boolean;
  reviewer: boolean;
  /** The last column of its visible table, of its parameter columns, and of its review trail. */
  width: number;
  paramsEnd: number;
  fullWidth: number;
  /** Its id column and indicator text column (the archive's note is beside the title there). */
  idCol: number;
  indicatorCol: number;
  /** The input role of each of its input columns, and its formula columns. */
  inputs: Map<number, RowInput>;
  formulas: Set<number>;
  /** The columns it hid (its parameter columns and the decision basis). */
  hidden: Set<number>;
}

function oldGeometry(state: TemplateState): OldGeometry {
  const names = state.probe.names;
  const ids = names.get(NAMES.ids)!;
  const archive = names.get(NAMES.archive);
  const params = names.get(NAMES.params);
  const left = (name: string) => names.get(name)?.box.left;
  const inputs = new Map<number, RowInput>();
  for (const [role, name] of INPUT_NAMES) {
    const c = left(name);
    if (c !== undefined) inputs.set(c, role);
  }
  // A template before the review trail: its trail names are missing, and so are its trail columns.
  const trailCols = TRAIL_ORDER.map((k) => left(TRAIL_NAMES[k])).filter((c) => c !== undefined);
  const tableCols = [ids.box.left, ...[...inputs.keys()].filter((c) => !trailCols.includes(c))];
  for (const name of [NAMES.status, NAMES.completion, NAMES.indicators, NAMES.targets, NAMES.deadlines]) {
    const c = left(name);
    if (c !== undefined) tableCols.push(c);
  }
  const width = params ? params.box.left - 1 : Math.max(...tableCols);
  const paramsEnd = params ? params.box.right : width;
  const hidden = new Set<number>();
  if (params) for (let c = params.box.left; c <= params.box.right; c++) hidden.add(c);
  const basis = left(NAMES.reviewBasis);
  if (basis !== undefined) hidden.add(basis);
  return {
    first: ids.box.top,
    last: ids.box.bottom,
    archive: archive ? { top: archive.box.top, bottom: archive.box.bottom } : null,
    params: params !== undefined,
    trail: names.has(NAMES.reviewedBy),
    reviewer: names.has(NAMES.reviewer),
    width,
    paramsEnd,
    fullWidth: Math.max(paramsEnd, ...trailCols),
    idCol: ids.box.left,
    indicatorCol: left(NAMES.indicators) ?? col("indicator"),
    inputs,
    formulas: new Set([NAMES.status, NAMES.completion].map((n) => left(n)).filter((c) => c !== undefined)),
    hidden,
  };
}

/**
 * Whether the old template wrote this cell (so rewriting or clearing it is the template's own
 * business). In the header block: exactly the cells the layout writes there, for the old
 * template's metadata and for the new request (`header`, "row,col"), so a header line the layout
 * gains is owned without anyone keeping a list here.
 */
export function ownedByOld(g: OldGeometry, row: number, c: number, header: ReadonlySet<string>): boolean {
  const tableRow = row === TABLE_HEADER_ROW || row === g.first - 1 || (row >= g.first && row <= g.last);
  const archiveRow = g.archive !== null && row >= g.archive.top - 1 && row <= g.archive.bottom;
  // The parameter columns: the table's header and rows; the review trail: those and the archive's
  // rows; each only if the old template had them.
  if (c > g.width && c <= g.paramsEnd) return g.params && tableRow;
  if (c > g.paramsEnd && c <= g.fullWidth) return g.trail && (tableRow || archiveRow);
  if (c < 1 || c > g.width) return false;
  if (row === HEADER_ROWS.reviewer && !g.reviewer) return false;
  if (row >= HEADER_ROWS.title && row <= HEADER_ROWS.reviewer) return header.has(`${row},${c}`);
  if (row === TABLE_HEADER_ROW || row === g.first - 1) return true;
  if (row >= g.first && row <= g.last) return true;
  if (g.archive) {
    if (row >= g.archive.top - 1 && row <= g.archive.bottom) return true;
    if (row === g.archive.top - 2) return c === 1 || c === g.indicatorCol;
  }
  return false;
}

/**
 * The header cells the old template wrote: the layout's own header for the old report's unit and
 * language (its period line included: every template has one, src/domain/period.ts).
 */
export function oldHeaderCells(plan: Plan, old: ReportMeta): LayoutCell[] {
  return headerCells(plan, old.unit, old.language, null, old.kind);
}

export interface WritePlan {
  /** Input cells whose content is left exactly as it is ("row,col"). */
  keep: Set<string>;
  /** Kept value cells whose indicator changed value type: only their number format is written. */
  reformat: Set<string>;
  /** Ranges of the old template the new one does not cover. */
  clear: string[];
  conflicts: InsertPreview["conflicts"];
  areaBottom: number;
  /**
   * Columns the old template hid that the new one shows (its column order moved, D28): shown
   * again. A column a person hid or showed is otherwise theirs.
   */
  unhide: number[];
}

// Why an insert would refuse a cell, in both languages: the CLI prints both, the pane its own.
const CONFLICT_TEXT = {
  outside: {
    vi: "Ô nằm ngoài biểu mẫu cũ và đã có dữ liệu",
    en: "a cell outside the old template holds data",
  },
  formulaInput: {
    vi: "Ô nhập liệu chứa công thức người dùng gõ; biểu mẫu sẽ thay bằng giá trị",
    en: "an input cell holds a formula a person typed; the template would replace it",
  },
  typedOver: {
    vi: "Công thức của biểu mẫu đã bị gõ đè",
    en: "a person typed over a formula of the template",
  },
} as const;

type ConflictKey = keyof typeof CONFLICT_TEXT;

export const CONFLICT_REASONS = Object.fromEntries(
  Object.entries(CONFLICT_TEXT).map(([k, t]) => [k, `${t.vi} / ${t.en}`]),
) as Record<ConflictKey, string>;

/** A conflict's reason in one language (the port carries both, joined); other text as it is. */
export function conflictReasonIn(reason: string, lang: "vi" | "en"): string {
  const found = (Object.keys(CONFLICT_TEXT) as ConflictKey[]).find((k) => CONFLICT_REASONS[k] === reason);
  return found ? CONFLICT_TEXT[found][lang] : reason;
}

/** Whether the old template wrote a cell (row, col), for the new template `spec`'s header too. */
export function ownedBy(
  state: TemplateState,
  spec: LayoutSpec,
  oldHeader: readonly Pick<LayoutCell, "row" | "col">[],
): (row: number, col: number) => boolean {
  const g = oldGeometry(state);
  const header = new Set(
    [...oldHeader, ...spec.cells.filter((c) => c.row <= HEADER_ROWS.reviewer)].map(
      (c) => `${c.row},${c.col}`,
    ),
  );
  return (row, c) => ownedByOld(g, row, c, header);
}

export function planWrite(
  spec: LayoutSpec,
  state: TemplateState | null,
  mode: InsertPreview["mode"],
  /** The header cells the old template wrote, rebuilt from its metadata (empty when it has none). */
  oldHeader: readonly Pick<LayoutCell, "row" | "col">[] = [],
): WritePlan {
  const lastRow = spec.table.archive?.lastRow ?? spec.table.lastRow;
  if (!state)
    return {
      keep: new Set(),
      reformat: new Set(),
      clear: [],
      conflicts: [],
      areaBottom: lastRow,
      unhide: [],
    };
  const g = oldGeometry(state);
  const owned = ownedBy(state, spec, oldHeader);
  const grid = state.grid;
  const newIdAt = new Map<number, string>();
  spec.indicatorIds.forEach((id, i) => newIdAt.set(spec.table.firstRow + i, id));

  const keep = new Set<string>();
  const reformat = new Set<string>();
  // Formats the template itself gives value cells. Excel formats a cell on its own when a person
  // types a date or a percentage into it (m/d/yyyy, 0%): such a format is theirs and stays.
  const templateFormats = new Set([
    "General",
    ...spec.cells.filter((c) => c.input === "value").map((c) => c.style.numFmt ?? "General"),
  ]);
  const conflicts: InsertPreview["conflicts"] = [];
  const written = new Set<string>();
  const check = (row: number, c: number) => {
    if (!grid.has(row, c)) return;
    const cell = grid.read(row, c);
    const inOldTable = row >= g.first && row <= g.last;
    if (!owned(row, c)) conflicts.push({ address: a1(row, c), reason: CONFLICT_REASONS.outside });
    else if (
      cell.formula !== undefined &&
      ((inOldTable && g.inputs.has(c)) || HEADER_INPUTS.has(`${row},${c}`))
    )
      conflicts.push({ address: a1(row, c), reason: CONFLICT_REASONS.formulaInput });
    else if (cell.formula === undefined && inOldTable && g.formulas.has(c))
      conflicts.push({ address: a1(row, c), reason: CONFLICT_REASONS.typedOver });
  };

  for (const cell of [...spec.cells, ...formulaColumnSlots(spec)]) {
    const k = `${cell.row},${cell.col}`;
    written.add(k);
    if (cell.input && owned(cell.row, cell.col)) {
      const sameRow =
        cell.input === "preparer" || cell.input === "reviewer"
          ? sameText(grid.read(cell.row, cell.col).value, cell.value)
          : // The same input of the same indicator, where the old template had it: after a change
            // of column order the cell is written from the entry read through the names.
            g.inputs.get(cell.col) === cell.input &&
            cell.row >= g.first &&
            cell.row <= g.last &&
            textOf(grid.read(cell.row, g.idCol).value) === newIdAt.get(cell.row) &&
            // An empty "Năm trước" cell given last year's figure (D29) is written; a typed one never
            // is (applyPrefill fills only empty cells), so it is kept as the person left it.
            !(
              cell.input === "previous" &&
              cell.value !== null &&
              isBlank(grid.read(cell.row, cell.col).value)
            );
      if (sameRow) {
        keep.add(k);
        const format = cell.style.numFmt ?? "General";
        const current = state.valueFormats.get(cell.row) ?? "General";
        if (
          mode === "upgrade" &&
          cell.input === "value" &&
          current !== format &&
          templateFormats.has(current)
        )
          reformat.add(k);
        continue;
      }
    }
    check(cell.row, cell.col);
  }

  // Cells of the old template that the new one leaves out are cleared.
  const oldBottom = g.archive?.bottom ?? g.last;
  const clearCells: [number, number][] = [];
  for (let row = 1; row <= oldBottom; row++)
    for (let c = 1; c <= g.fullWidth; c++)
      if (owned(row, c) && !written.has(`${row},${c}`)) {
        clearCells.push([row, c]);
        check(row, c);
      }
  return {
    keep,
    reformat,
    clear: rectangles(clearCells),
    conflicts,
    areaBottom: Math.max(lastRow, oldBottom),
    unhide: spec.columns.flatMap((c, i) => (!c.hidden && g.hidden.has(i + 1) ? [i + 1] : [])),
  };
}

/** Where the formula columns write, a cell per row (their formulas are not needed here). */
function formulaColumnSlots(
  spec: LayoutSpec,
): Pick<LayoutCell, "row" | "col" | "style" | "input" | "value">[] {
  const out: Pick<LayoutCell, "row" | "col" | "style">[] = [];
  for (const fc of spec.formulaColumns)
    for (let row = fc.top; row <= fc.bottom; row++) out.push({ row, col: fc.col, style: fc.style });
  return out;
}

function textOf(v: unknown): string {
  return typeof v === "string" ? v.trim() : "";
}

function sameText(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v === null || v === undefined ? "" : String(v));
  return norm(a) === norm(b);
}

/** Row runs of cells as A1 ranges (one per row run; rows of equal runs merged). */
function rectangles(cells: [number, number][]): string[] {
  const byRow = new Map<number, number[]>();
  for (const [r, c] of cells) byRow.set(r, [...(byRow.get(r) ?? []), c]);
  const spans: { top: number; bottom: number; left: number; right: number }[] = [];
  for (const [r, cs] of [...byRow].sort((a, b) => a[0] - b[0])) {
    cs.sort((a, b) => a - b);
    let start = cs[0]!;
    for (let i = 1; i <= cs.length; i++) {
      if (i < cs.length && cs[i] === cs[i - 1]! + 1) continue;
      const left = start;
      const right = cs[i - 1]!;
      const open = spans.find((s) => s.bottom === r - 1 && s.left === left && s.right === right);
      if (open) open.bottom = r;
      else spans.push({ top: r, bottom: r, left, right });
      if (i < cs.length) start = cs[i]!;
    }
  }
  return spans.map((s) => `${colLetter(s.left)}${s.top}:${colLetter(s.right)}${s.bottom}`);
}

/** A cell holding nothing a person typed: empty, or only spaces. */
function isBlank(v: CellRead["value"]): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}
