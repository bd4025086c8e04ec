// Random entries as people leave them: values of every kind, texts with Vietnamese letters, line
// breaks, leading spaces and things that look like formulas, review decisions and comments.
import fc from "fast-check";
import type { CellValue, Entry } from "../../src/domain/entry";
import { REVIEW_DECISIONS } from "../../src/domain/entry";

const CHARS = [..."abcxyz ĐđăâêôơưÁàảãạ0123456789 .,;:%=+-/()'\"\n"];
export const textArb = fc.array(fc.constantFrom(...CHARS), { maxLength: 30 }).map((a) => a.join(""));

export const cellValueArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc
    .double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true })
    .map((x) => Number(x.toPrecision(15))),
  fc.integer({ min: -5, max: 100_000 }),
  textArb.filter((s) => s !== ""),
  fc.constantFrom<CellValue>("=1+1", "=SUM(A1:A3)", "  N/A ", "Có", "80%", "27.000", "'quoted"),
  fc.boolean(),
  fc.constantFrom<CellValue>({ error: "#N/A" }, { error: "#DIV/0!" }),
);

export function entryArb(id: string, value: fc.Arbitrary<CellValue> = cellValueArb): fc.Arbitrary<Entry> {
  return fc.record({
    indicatorId: fc.constant(id),
    value,
    explanation: textArb,
    evidence: textArb,
    review: fc.record({ decision: fc.constantFrom(null, ...REVIEW_DECISIONS), comment: textArb }),
  });
}
