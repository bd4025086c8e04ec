// HyperFormula's values in Office's terms: errors become their text ("#DIV/0!"), empty becomes null.
import { DetailedCellError } from "hyperformula";
import type { CellValue as EngineCellValue } from "hyperformula";

export type EngineValue = number | string | boolean | { error: string } | null;

export function readEngine(v: EngineCellValue | null | undefined): EngineValue {
  if (v === null || v === undefined) return null;
  if (v instanceof DetailedCellError) return { error: v.value };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return null;
}

export function isEngineError(v: EngineValue): v is { error: string } {
  return typeof v === "object" && v !== null;
}
