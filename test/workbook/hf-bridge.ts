// Test helper: loads the template sheet of a layout spec into HyperFormula, so the very formulas
// the adapters write are computed by an engine nobody here wrote.
import { HyperFormula, DetailedCellError } from "hyperformula";
import type { RawCellContent } from "hyperformula";
import type { CellValue } from "../../src/domain/entry";
import { isCellError } from "../../src/domain/entry";
import type { LayoutSpec } from "../../src/workbook/layout-types";
import { sheetRef } from "../../src/workbook/a1";
import { formulaColumnCells } from "../../src/workbook/layout";

/** How a person's value goes in: text always as text (the apostrophe), errors as formulas yielding them. */
export function rawContent(v: CellValue | undefined): RawCellContent {
  if (v === null || v === undefined) return null;
  // A lone apostrophe is not empty text in HyperFormula; a formula yielding "" is.
  if (v === "") return '=""';
  if (typeof v === "string") return "'" + v;
  if (isCellError(v)) {
    const formulas: Record<string, string> = {
      "#N/A": "=NA()",
      "#DIV/0!": "=1/0",
      "#VALUE!": '=1+"x"',
      "#REF!": "=#REF!",
    };
    return formulas[v.error] ?? "=NA()";
  }
  return v;
}

export interface HfSheet {
  hf: HyperFormula;
  sheet: number;
  /**
   * Sets the value cells of the table (row i of the table gets values[i]) in one batch, and the
   * "Năm trước" cells where `previous` is given (issue #12 item 4).
   */
  fill(values: readonly CellValue[], previous?: readonly (CellValue | undefined)[]): void;
  /** The computed content of a cell (1-based row/col), as a CellValue. */
  get(row: number, col: number): CellValue;
  /** Evaluates a formula (with "=") in the workbook's context. */
  calc(formula: string): CellValue;
  destroy(): void;
}

function toCellValue(v: unknown): CellValue {
  if (v instanceof DetailedCellError)
    return { error: (v.value as CellValue & string) ?? "#VALUE!" } as CellValue;
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return null;
}

export function loadLayout(spec: LayoutSpec): HfSheet {
  const cells = [...spec.cells, ...formulaColumnCells(spec)];
  const rows = Math.max(...cells.map((c) => c.row));
  const cols = spec.columns.length;
  const data: RawCellContent[][] = Array.from({ length: rows }, () => Array<RawCellContent>(cols).fill(null));
  for (const c of cells) {
    data[c.row - 1]![c.col - 1] = c.formula !== undefined ? "=" + c.formula : rawContent(c.value);
  }
  const hf = HyperFormula.buildFromSheets(
    { [spec.sheetName]: data as RawCellContent[][] },
    // DECISIONS D1: Excel compares text ignoring case but not accents.
    { licenseKey: "gpl-v3", accentSensitive: true, caseSensitive: false },
  );
  const sheet = hf.getSheetId(spec.sheetName)!;
  for (const n of spec.names) hf.addNamedExpression(n.name, "=" + sheetRef(spec.sheetName, n.range));
  const valueCol = spec.table.col.value - 1;
  const previousCol = spec.table.col.previous - 1;
  return {
    hf,
    sheet,
    fill(values, previous) {
      hf.batch(() => {
        values.forEach((v, i) =>
          hf.setCellContents({ sheet, row: spec.table.firstRow - 1 + i, col: valueCol }, rawContent(v)),
        );
        previous?.forEach((v, i) => {
          if (v !== undefined)
            hf.setCellContents({ sheet, row: spec.table.firstRow - 1 + i, col: previousCol }, rawContent(v));
        });
      });
    },
    get(row, col) {
      return toCellValue(hf.getCellValue({ sheet, row: row - 1, col: col - 1 }));
    },
    calc(formula) {
      return toCellValue(hf.calculateFormula(formula, sheet));
    },
    destroy() {
      hf.destroy();
    },
  };
}
