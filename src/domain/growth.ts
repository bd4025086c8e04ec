// Growth computed from two levels (issue #12 item 4, DECISIONS D29): on an indicator with `growth`,
// the unit types this period's level in the value cell and the base's (last year's, or a named
// year's) in the "Năm trước" cell, and the rate judged against the target is computed, so 30 typed
// for 30% or a count typed for a rate cannot happen. The assessment (assess.ts), the template's
// formulas (src/workbook/formulas.ts) and the ministry's recomputation all ask this module.
import type { Growth, Indicator } from "./plan";
import type { Lang } from "./format";

/**
 * The rate the target judges: (this − base) / base for a relative change, this − base (percentage
 * points, both shares as fractions) for a change in points. A relative change from a base of 0 has
 * no rate: the caller refuses the base first (growthFromZero).
 */
export function growthRate(g: Growth, value: number, previous: number): number {
  return g.change === "relative" ? value / previous - 1 : value - previous;
}

/** Whether a base cannot give a rate: a relative change from 0. */
export function growthFromZero(g: Growth, previous: number): boolean {
  return g.change === "relative" && previous === 0;
}

const typedViews = new WeakMap<Indicator, Indicator>();

/**
 * What the value and "Năm trước" cells of an indicator hold: the indicator itself, or for a growth
 * indicator its level (value type, unit and text of `growth.level`, none of the rate's bounds), so
 * the cells are parsed, bounded, formatted and validated as the level they are. Cached per object.
 */
export function typedIndicator(ind: Indicator): Indicator {
  const g = ind.growth;
  if (!g) return ind;
  let view = typedViews.get(ind);
  if (!view) {
    const { bounds: _b, plausible: _p, growth: _g, ...rest } = ind;
    view = { ...rest, valueType: g.level.valueType, unit: g.level.unit, text: g.level.text };
    typedViews.set(ind, view);
  }
  return view;
}

/** The base a growth indicator's "Năm trước" cell holds, in words: "năm trước" or "năm 2020". */
export function baseText(g: Growth, lang: Lang): string {
  if (g.base.kind === "year") return lang === "vi" ? `năm ${g.base.year}` : `${g.base.year}`;
  return lang === "vi" ? "năm trước" : "the previous year";
}

/**
 * The year whose level a growth indicator's base is, for a report of `year`: the year before, or the
 * plan's named year.
 */
export function baseYear(g: Growth, year: number): number {
  return g.base.kind === "year" ? g.base.year : year - 1;
}
