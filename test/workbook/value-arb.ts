// Random cell values for an indicator: numbers on and around every edge the assessment has (the
// target, the tolerance, the hard bounds), outside the bounds, fractions where whole numbers are
// due, and the other things people put in cells: blanks, white space, tokens in any case, text
// that looks like a number, booleans, errors.
import fc from "fast-check";
import type { CellValue } from "../../src/domain/entry";
import type { Indicator } from "../../src/domain/plan";
import { hardBounds } from "../../src/domain/bounds";
import { targetEdges, tolerance } from "../../src/domain/target";
import { DONE_TOKENS, NOT_APPLICABLE_TOKENS, NOT_DONE_TOKENS } from "../../src/domain/status-labels";
import { spellings } from "../../src/domain/spellings";
import { typedIndicator } from "../../src/domain/growth";

const edges = (ind: Indicator): number[] => targetEdges(ind.target);

const caseOf = (s: string) =>
  fc.constantFrom(s, s.toUpperCase(), s.toLowerCase(), `  ${s} `, s.replace(" ", "  "));
/** A token as any keyboard stores it: composed, decomposed, or Unikey's "Unicode tổ hợp". */
const spelledOf = (s: string) => fc.constantFrom(...spellings(s)).chain(caseOf);

export function numberArb(ind: Indicator): fc.Arbitrary<number> {
  const b = hardBounds(ind);
  const near: number[] = [];
  for (const e of edges(ind)) {
    const tol = tolerance(e);
    near.push(
      e,
      e + tol / 2,
      e - tol / 2,
      e + 3 * tol,
      e - 3 * tol,
      e + 1,
      e - 1,
      e * 1.5,
      e / 2,
      Math.round(e) + 1,
    );
  }
  for (const x of [b.min, b.max]) if (x !== undefined) near.push(x, x + 0.5, x - 0.5, x - 1, x + 1);
  const lo = b.min ?? -1000;
  const hi = b.max ?? Math.max(100, ...edges(ind).map((e) => e * 3));
  return fc.oneof(
    fc.constantFrom(...near, 0, 0.5, 1, -1, 2.5, 80, 1e6),
    // A person types at most 15 significant digits (Excel keeps no more of a typed number), and
    // LibreOffice compares and rounds at 15 digits, so 100.99999999999984 is 101 there. Values
    // below 1e-200 become 0: Excel flushes subnormals and HyperFormula reads them as NaN.
    fc
      .double({ min: lo - 1, max: hi + 1, noNaN: true, noDefaultInfinity: true })
      .map((x) => (Math.abs(x) < 1e-200 ? 0 : Number(x.toPrecision(15)))),
    fc.integer({ min: Math.floor(lo) - 2, max: Math.min(Math.ceil(hi) + 2, 3_000_000) }),
  );
}

export function valueArb(ind: Indicator): fc.Arbitrary<CellValue> {
  const numeric = numberArb(ind);
  return fc.oneof(
    { weight: 12, arbitrary: numeric },
    { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, "", "   ", "\t", " \u00a0 ") },
    { weight: 2, arbitrary: fc.constantFrom(...NOT_APPLICABLE_TOKENS).chain(spelledOf) },
    { weight: 2, arbitrary: fc.constantFrom(...DONE_TOKENS, ...NOT_DONE_TOKENS).chain(spelledOf) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<CellValue>("co", "khong", "Không  áp dụng", "N / A", "Yes!", "=1+1"),
    },
    { weight: 1, arbitrary: fc.constantFrom<CellValue>("27.000", "1,9", "80%", "15/06/2023", "abc", "0.8") },
    { weight: 1, arbitrary: fc.boolean() },
    {
      weight: 1,
      arbitrary: fc.constantFrom<CellValue>({ error: "#N/A" }, { error: "#DIV/0!" }, { error: "#VALUE!" }),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
}

/** A number as a person types it: at most 15 significant digits (Excel keeps no more). */
const typed15 = (x: number) => Number(x.toPrecision(15));

/**
 * The two levels of a growth row (issue #12 item 4), as [value, previous]: pairs whose computed rate
 * lands on and around the target's edges, bases of 0 and out of bounds, and any two cell values.
 */
export function growthArb(ind: Indicator): fc.Arbitrary<[CellValue, CellValue]> {
  const g = ind.growth!;
  const level = typedIndicator(ind);
  const whole = level.valueType === "integer";
  const rates: number[] = [];
  for (const e of edges(ind)) {
    const tol = tolerance(e);
    rates.push(e, e + 3 * tol, e - 3 * tol, e + 0.01, e - 0.01, e * 2, -e, 0);
  }
  const bases = level.valueType === "percent" ? [0.1, 0.2, 0.35, 0] : [1000, 250, 7, 0];
  const onEdge = fc.tuple(fc.constantFrom(...rates), fc.constantFrom(...bases)).map(([rate, base]) => {
    let value = g.change === "points" ? base + rate : base * (1 + rate);
    if (whole) value = Math.round(value);
    return [typed15(value), base] as [CellValue, CellValue];
  });
  return fc.oneof(
    { weight: 6, arbitrary: onEdge },
    { weight: 3, arbitrary: fc.tuple(numberArb(level), numberArb(level)) },
    { weight: 2, arbitrary: fc.tuple(valueArb(level), valueArb(level)) },
  );
}
