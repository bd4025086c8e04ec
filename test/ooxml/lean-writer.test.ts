import fc from "fast-check";
import { numberText, XlsxWriter } from "../../src/ooxml/lean-writer";
import { DeflateThread } from "../../src/ooxml/deflate-thread";
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

describe("the lean writer with its slices deflated on a second thread", () => {
  test("writes the same bytes as deflating them here, and the package reads back", () => {
    const write = (x: XlsxWriter) => {
      const s = x.sheet("Dữ liệu", [10, 40, 10]);
      // About 6 MB of sheet XML: several 1 MB slices go to the thread, the small parts stay here.
      for (let i = 0; i < 40_000; i++) s.row([i, `đơn vị ${i} ${"x".repeat(i % 97)}`, i / 7]);
      x.sheet("Nhỏ").row([x.shared("chung"), true]);
      x.finish();
      return x.toBuffer();
    };
    const here = write(new XlsxWriter());
    const thread = new DeflateThread();
    let there: Buffer;
    try {
      there = write(new XlsxWriter(undefined, thread));
      expect(thread.pending).toBe(0);
    } finally {
      thread.close();
    }
    expect(there.equals(here)).toBe(true);
    const pkg = new GuardedPackage(there);
    pkg.guardAll();
    const cells = new LeanWorkbook(pkg).sheet("Dữ liệu")!.cells;
    expect(cells.get("B39999")?.value).toBe(`đơn vị 39998 ${"x".repeat(39998 % 97)}`);
    expect(cells.get("C40000")?.value).toBe(39999 / 7);
  });
});
