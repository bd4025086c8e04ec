// Test helper: the sheet's marks (src/workbook/marks.ts) cell by cell, and what the assessment says
// each should be, so an engine nobody here wrote can be held to the TypeScript answer.
import fc from "fast-check";
import type { CellValue, Entry } from "../../src/domain/entry";
import { SLIP_FACTORS } from "../../src/domain/bounds";
import { valueArb } from "./value-arb";
import type { Indicator, Plan, UnitType } from "../../src/domain/plan";
import { assessEntry } from "../../src/domain/assess";
import { asRegistration, type DocumentKind } from "../../src/domain/registration";
import type { Judging } from "../../src/domain/whose-target";
import { moveRows, parseRange } from "../../src/workbook/a1";
import type { LayoutSpec } from "../../src/workbook/layout-types";
import { buildLayout } from "../../src/workbook/layout";
import type { Language } from "../../src/workbook/port";
import { fixtureMeta } from "./fixture-plan";

/** "explanation-asked": a registration's commitment below the plan, a warning (D42). */
export type MarkKind = "explanation-required" | "explanation-asked" | "value-warning" | "whole-number";

export interface MarkCell {
  kind: MarkKind;
  /** 1-based sheet row. */
  row: number;
  /** The rule's formula moved to this row (no "="). */
  formula: string;
}

/** The template of `indicators` for a test unit of `unitType`: the sheet whose marks an engine computes. */
export function markLayout(
  plan: Plan,
  unitType: UnitType,
  indicators: Indicator[],
  language: Language,
  kind?: DocumentKind,
): LayoutSpec {
  const unit = { name: "Đơn vị thử", code: "000.00.00.H26", unitType, year: 2023 };
  const indicatorIds = indicators.map((i) => i.id);
  const meta = {
    ...fixtureMeta({ planId: plan.id, planVersion: plan.version, unit, indicatorIds, language }),
    ...(kind ? { kind } : {}),
  };
  return buildLayout({ plan, unit, indicators, language, meta });
}

/** Every cell a mark rule covers, with its formula written for that cell. */
export function markCells(spec: LayoutSpec): MarkCell[] {
  const out: MarkCell[] = [];
  for (const cf of spec.conditionalFormats) {
    if (!cf.mark) continue;
    const kind: MarkKind =
      cf.mark === "explanation-required" || cf.mark === "explanation-asked" || cf.mark === "whole-number"
        ? cf.mark
        : "value-warning";
    const areas = cf.range.split(" ").map((a) => parseRange(a)!.box);
    for (const box of areas)
      for (let row = box.top; row <= box.bottom; row++)
        out.push({ kind, row, formula: moveRows(cf.formula, row - areas[0]!.top) });
  }
  return out;
}

/** What the marks of row `i` should show, from the assessment (and, for the number look, the value). */
/** `year`: the template's, so a target due later is not-due there too (issue #12 item 1). */
export function expectedMarks(
  ind: Indicator,
  entry: Entry,
  year?: number,
  judging?: Judging,
  kind?: DocumentKind,
): Record<MarkKind, boolean> {
  // Whose target judges the row (issue #11): a contribution with none is reported, asks nothing.
  const a = assessEntry(ind, entry, { year, ...judging });
  // A registration reads the same assessment as commitments (D37): weaker asks, as a warning.
  const plan = { indicators: [ind] } as unknown as Plan;
  const issues = kind === "registration" ? asRegistration(plan, [a])[0]!.issues : a.issues;
  return {
    "explanation-required": issues.some((x) => x.code === "explanation.required"),
    "explanation-asked": issues.some((x) => x.code === "registration.weaker"),
    "value-warning": issues.some((x) => x.code === "value.implausible"),
    "whole-number":
      ind.valueType === "number" && typeof entry.value === "number" && Number.isInteger(entry.value),
  };
}

/** Combines the rules of one kind on one row: a cell is marked when any of them holds. */
export function marksByRow(
  cells: MarkCell[],
  holds: (c: MarkCell) => boolean,
): Map<number, Record<MarkKind, boolean>> {
  const out = new Map<number, Record<MarkKind, boolean>>();
  for (const c of cells) {
    const m = out.get(c.row) ?? {
      "explanation-required": false,
      "explanation-asked": false,
      "value-warning": false,
      "whole-number": false,
    };
    m[c.kind] ||= holds(c);
    out.set(c.row, m);
  }
  return out;
}

/** The target a shortfall is measured against, for the slips (0.8 typed for 80%, 27.000 read as 27). */
function reach(ind: Indicator): number | null {
  const t = ind.target;
  return t.kind === "atLeast" || t.kind === "moreThan" ? t.value : t.kind === "range" ? t.low : null;
}

/** Values around the edges of a separator slip, besides every other kind of value. */
export function markValueArb(ind: Indicator): fc.Arbitrary<CellValue> {
  const f = SLIP_FACTORS[ind.valueType];
  const t = reach(ind);
  if (f === undefined || t === null || t <= 0) return valueArb(ind);
  const slips = [t / f, t / f / 2, (t * 5) / f, (t / f / 2) * 0.999, ((t * 5) / f) * 1.001, t / f / 10];
  return fc.oneof(
    { weight: 3, arbitrary: valueArb(ind) },
    { weight: 1, arbitrary: fc.constantFrom(...slips) },
  );
}

export const explanationArb = fc.constantFrom("", " ", "\t", "\n", " \n\t ", "lý do", " x ", "\u00a0");
