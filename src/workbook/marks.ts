// What the sheet marks by itself, as conditional formats written once at insert: a shortfall or a
// "does not apply" without an explanation, a value outside its usual range, a shortfall that looks
// like a separator slip (0.8 typed into a percent cell, 27.000 read as 27), and whole numbers shown
// without a trailing decimal point. Formulas over the row's own cells, so the marks follow typing
// in any Excel or LibreOffice, with or without the add-in, and the add-in never writes to show them
// (each write of a mark would clear the user's undo stack, issue #13). Each formula says what the
// assessment says (src/domain/assess.ts): test/workbook/marks-*.test.ts hold them equal.
import type { Status } from "../domain/entry";
import type { Indicator, ValueType } from "../domain/plan";
import { plausibleBounds, SLIP_FACTORS } from "../domain/bounds";
import { statusLabels } from "../domain/status-labels";
import type { DocumentKind } from "../domain/registration";
import { typedIndicator } from "../domain/growth";
import type { ConditionalFormatSpec, TableGeometry } from "./layout-types";
import type { Language } from "./port";
import { colLetter } from "./a1";
import { xlNumber, xlString } from "./formulas";
import { WHOLE_NUMBER_FORMAT } from "./number-formats";

/** The fills of marks: an error (the row cannot be exported as it is) and a warning (check it). */
export const MARK_FILL = { error: "F4B183", warning: "FFE699" } as const;

/** Whole numbers in a decimal value cell are shown with this format instead of "27." (issue #13). */
export { WHOLE_NUMBER_FORMAT };

/** Value types whose cell format shows decimals only when there are some (the trailing-point fix). */
const DECIMAL_TYPES: readonly ValueType[] = ["number"];

/**
 * Rows of one column as a sqref of areas, in the order given (rows ascending): "G10 G12:G15". The
 * first area stays first, since a rule's formula is relative to its top-left cell.
 */
export function areasOf(col: number, rows: readonly number[]): string {
  const letter = colLetter(col);
  const areas: string[] = [];
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    areas.push(i === j ? `${letter}${rows[i]}` : `${letter}${rows[i]}:${letter}${rows[j]}`);
    i = j + 1;
  }
  return areas.join(" ");
}

/** The rows of `indicators` (in table order) grouped by a key; groups keep first-seen order. */
function groupRows<K>(
  indicators: readonly Indicator[],
  firstRow: number,
  keyOf: (ind: Indicator) => K | null,
): Map<string, { key: K; rows: number[] }> {
  const groups = new Map<string, { key: K; rows: number[] }>();
  indicators.forEach((ind, i) => {
    const key = keyOf(ind);
    if (key === null) return;
    const id = JSON.stringify(key);
    const g = groups.get(id) ?? { key, rows: [] };
    g.rows.push(firstRow + i);
    groups.set(id, g);
  });
  return groups;
}

/**
 * The conditional formats that mark a table's rows, in priority order (first wins where two set
 * the same property). Ranges may have several areas; each formula is written for the top-left cell
 * of the first area and read relative to it.
 */
export function markFormats(
  indicators: readonly Indicator[],
  g: TableGeometry,
  lang: Language,
  kind?: DocumentKind,
): ConditionalFormatSpec[] {
  const r = g.firstRow;
  const words = statusLabels(lang, kind);
  // The cells a formula written for row `row` reads; relative rows, so it moves with its area.
  const at = (row: number) => {
    const status = `$${colLetter(g.col.status)}${row}`;
    const label = (s: Status) => `${status}=${xlString(words[s])}`;
    const v = `${colLetter(g.col.value)}${row}`;
    return {
      v,
      label,
      explanation: `$${colLetter(g.col.explanation)}${row}`,
      param: (k: keyof TableGeometry["param"]) => `$${colLetter(g.param[k])}${row}`,
      // A number the status compared with the target (D1 steps 1-6 passed): the formula judged it
      // (not-due is a comparison too: short of a target due later; so is reported, a contribution
      // whose number the status read and judged by no target).
      compared: `AND(ISNUMBER(${v}),OR(${label("met")},${label("exceeded")},${label("shortfall")},${label("not-due")},${label("reported")}))`,
    };
  };
  const out: ConditionalFormatSpec[] = [];

  // A shortfall or "does not apply" needs an explanation; Excel's TRIM(CLEAN()) is what "blank" means.
  // In a registration a commitment below the plan asks for one as a warning (registration.weaker,
  // D42): its own mark, amber; "does not apply" without one stays the error it is at year end.
  const first = at(r);
  const explanationCol = `${colLetter(g.col.explanation)}${r}:${colLetter(g.col.explanation)}${g.lastRow}`;
  const blank = `TRIM(CLEAN(${first.explanation}))=""`;
  if (kind === "registration") {
    out.push({
      range: explanationCol,
      mark: "explanation-required",
      formula: `AND(${first.label("not-applicable")},${blank})`,
      fill: MARK_FILL.error,
    });
    out.push({
      range: explanationCol,
      mark: "explanation-asked",
      formula: `AND(${first.label("shortfall")},${blank})`,
      fill: MARK_FILL.warning,
    });
  } else
    out.push({
      range: explanationCol,
      mark: "explanation-required",
      formula: `AND(OR(${first.label("shortfall")},${first.label("not-applicable")}),${blank})`,
      fill: MARK_FILL.error,
    });

  // Outside the usual range: one rule per distinct pair of bounds.
  // A growth row's value cell holds a level; its usual range is the computed rate's (the pane says it).
  const byBounds = groupRows(indicators, r, (ind) => {
    if (ind.valueType === "done" || ind.growth) return null;
    const p = plausibleBounds(ind);
    if (p.min === undefined && p.max === undefined) return null;
    return [p.min ?? null, p.max ?? null] as [number | null, number | null];
  });
  for (const { key, rows } of byBounds.values()) {
    const [min, max] = key;
    const c = at(rows[0]!);
    const outside = [
      ...(min !== null ? [`${c.v}<${xlNumber(min)}`] : []),
      ...(max !== null ? [`${c.v}>${xlNumber(max)}`] : []),
    ];
    out.push({
      range: areasOf(g.col.value, rows),
      mark: "implausible",
      formula: `AND(${c.compared},OR(${outside.join(",")}))`,
      fill: MARK_FILL.warning,
    });
  }

  // A shortfall (due or not yet) that a separator slip explains (separatorSlip in src/domain/bounds.ts).
  // Not on a growth row: its target is the computed rate's, not the level's.
  const byFactor = groupRows(indicators, r, (ind) =>
    ind.growth ? null : (SLIP_FACTORS[ind.valueType] ?? null),
  );
  for (const { key: factor, rows } of byFactor.values()) {
    const c = at(rows[0]!);
    const meant = `${c.v}*${factor}`;
    const target = c.param("target");
    out.push({
      range: areasOf(g.col.value, rows),
      mark: "separator-slip",
      formula:
        `AND(ISNUMBER(${c.v}),OR(${c.label("shortfall")},${c.label("not-due")}),OR(${c.param("kind")}="H",${c.param("kind")}="M"),` +
        `${c.v}>0,${meant}>=${target}/2,${meant}<=${target}*5,` +
        `OR(NOT(ISNUMBER(${c.param("max")})),${meant}<=${c.param("max")}))`,
      fill: MARK_FILL.warning,
    });
  }

  // "#,##0.##########" shows 27 as "27." in Excel: whole numbers get "#,##0" while they are whole.
  const decimal = groupRows(indicators, r, (ind) =>
    DECIMAL_TYPES.includes(typedIndicator(ind).valueType) ? 1 : null,
  );
  for (const { rows } of decimal.values()) {
    const c = at(rows[0]!);
    out.push({
      range: areasOf(g.col.value, rows),
      mark: "whole-number",
      formula: `AND(ISNUMBER(${c.v}),${c.v}=INT(${c.v}))`,
      numberFormat: WHOLE_NUMBER_FORMAT,
    });
  }
  // The same look for the "Năm trước" level of a growth row counted in a decimal unit (1.200 items).
  const previous = groupRows(indicators, r, (ind) =>
    ind.growth && DECIMAL_TYPES.includes(typedIndicator(ind).valueType) ? 1 : null,
  );
  for (const { rows } of previous.values()) {
    const p = `${colLetter(g.col.previous)}${rows[0]!}`;
    out.push({
      range: areasOf(g.col.previous, rows),
      mark: "whole-number",
      formula: `AND(ISNUMBER(${p}),${p}=INT(${p}))`,
      numberFormat: WHOLE_NUMBER_FORMAT,
    });
  }
  return out;
}
