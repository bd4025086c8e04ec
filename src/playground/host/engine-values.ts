// HyperFormula's values in Office's terms: errors become their text ("#DIV/0!"), empty becomes null.
// Types only: the engine's module loads on demand (engine.ts).
import type { CellValue as EngineCellValue } from "hyperformula";

export type EngineValue = number | string | boolean | { error: string } | null;

export function readEngine(v: EngineCellValue | null | undefined): EngineValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  // The only object a cell value can be is a DetailedCellError.
  if (typeof v === "object" && typeof v.value === "string") return { error: v.value };
  return null;
}

export function isEngineError(v: EngineValue): v is { error: string } {
  return typeof v === "object" && v !== null;
}
