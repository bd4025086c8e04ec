import fc from "fast-check";
import { numberText, XlsxWriter } from "../../src/ooxml/lean-writer";
import { GuardedPackage } from "../../src/ooxml/package";
import { LeanWorkbook } from "../../src/ooxml/lean-reader";

describe("the lean writer's numbers (D54)", () => {
  test("are written as String() writes them: integers, row numbers, fractions, tiny and huge values", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.integer({ min: 0, max: 1_048_576 }),
          fc.maxSafeInteger(),
          fc.constantFrom(0, -0, 1e21, 1e-7, 0.1 + 0.2, 2 ** 53, Number.MAX_SAFE_INTEGER),
        ),
        (n) => expect(numberText(n)).toBe(String(n)),
      ),
      { numRuns: 5000 },
    );
  });

  test("read back from the sheet at the rows they were written to", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 40 }),
        (values) => {
          const x = new XlsxWriter();
          const s = x.sheet("Số", [10, 10]);
          values.forEach((v, i) => s.row([i + 1, v]));
          const pkg = new GuardedPackage(x.toBuffer());
          pkg.guardAll();
          const cells = new LeanWorkbook(pkg).sheet("Số")!.cells;
          values.forEach((v, i) => {
            expect(cells.get(`A${i + 1}`)?.value).toBe(i + 1);
            expect(cells.get(`B${i + 1}`)?.value).toBe(Object.is(v, -0) ? 0 : v);
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});
