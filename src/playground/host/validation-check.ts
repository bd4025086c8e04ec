// Whether a value a person types passes a cell's data validation, judged as Excel judges it.
// The rule's formulas are relative to the top-left cell of the validated range.
import type { Content } from "./content";
import { shiftFormula } from "./formula-shift";
import type { HostSheet, HostWorkbookModel, Validation } from "./model";
import type { EngineValue } from "./engine-values";

export function passes(
  m: HostWorkbookModel,
  sheet: HostSheet,
  v: Validation,
  r: number,
  c: number,
  content: Content | null,
): boolean {
  if (content === null) return v.ignoreBlanks;
  const [kind, spec] = Object.entries(v.rule)[0] as [string, Record<string, unknown>];
  const dRow = r - v.bounds.r0;
  const dCol = c - v.bounds.c0;
  const operand = (f: unknown): EngineValue => {
    if (typeof f === "number") return f;
    const s = String(f ?? "");
    if (s.startsWith("=")) return m.evaluate(sheet, shiftFormula(s, dRow, dCol));
    return s.trim() !== "" && !Number.isNaN(Number(s)) ? Number(s) : s;
  };
  switch (kind) {
    case "list": {
      const source = String(spec.source ?? "");
      const items: EngineValue[] = source.startsWith("=")
        ? listFrom(m, sheet, source)
        : source.split(",").map((s) => s.trim());
      const typed = content.t === "s" || content.t === "n" || content.t === "b" ? content.v : null;
      return items.some((it) => same(it, typed));
    }
    case "custom": {
      const result = m.evaluate(sheet, shiftFormula(String(spec.formula ?? ""), dRow, dCol));
      return result === true || (typeof result === "number" && result !== 0);
    }
    case "textLength": {
      const text = content.t === "s" ? content.v : content.t === "n" ? String(content.v) : "";
      return compare(text.length, String(spec.operator), operand(spec.formula1), operand(spec.formula2));
    }
    case "wholeNumber":
    case "decimal":
    case "date":
    case "time": {
      if (content.t !== "n") return false;
      if (kind === "wholeNumber" && !Number.isInteger(content.v)) return false;
      return compare(content.v, String(spec.operator), operand(spec.formula1), operand(spec.formula2));
    }
  }
  return false;
}

function listFrom(m: HostWorkbookModel, sheet: HostSheet, formula: string): EngineValue[] {
  const result = m.hf.calculateFormula(formula, m.hfId(sheet));
  if (Array.isArray(result))
    return result.flat().map((x) => (typeof x === "object" ? null : x)) as EngineValue[];
  return [typeof result === "object" ? null : (result as EngineValue)];
}

function same(a: EngineValue, b: EngineValue): boolean {
  if (typeof a === "string" && typeof b === "string") return a.toLowerCase() === b.toLowerCase();
  if (typeof a === "string" && typeof b === "number") return a.trim() !== "" && Number(a) === b;
  return a === b;
}

function compare(x: number, operator: string, f1: EngineValue, f2: EngineValue): boolean {
  const a = typeof f1 === "number" ? f1 : NaN;
  const b = typeof f2 === "number" ? f2 : NaN;
  switch (operator) {
    case "Between":
      return x >= Math.min(a, b) && x <= Math.max(a, b);
    case "NotBetween":
      return x < Math.min(a, b) || x > Math.max(a, b);
    case "EqualTo":
      return x === a;
    case "NotEqualTo":
      return x !== a;
    case "GreaterThan":
      return x > a;
    case "LessThan":
      return x < a;
    case "GreaterThanOrEqualTo":
      return x >= a;
    case "LessThanOrEqualTo":
      return x <= a;
  }
  return false;
}
