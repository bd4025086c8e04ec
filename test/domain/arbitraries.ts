// Cell values of every shape, including ones the adapters never send, for property tests.
import fc from "fast-check";
import type { CellValue } from "../../src/domain/entry";

const weirdStrings = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom(
    "Không áp dụng",
    "N/A",
    "KAD",
    "Có",
    "Không",
    "Yes",
    "No",
    "Done",
    "Not done",
    "27.000",
    "80%",
    " ",
    "\u00a0",
    "__proto__",
    "constructor",
    "toString",
  ),
  fc.string({
    unit: fc.constantFrom(" ", "0", "1", ".", ",", "%", "-", "\u00a0", "e", "N", "/", "A"),
    maxLength: 12,
  }),
);

export const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, 1e308, -1e308),
  fc.integer(),
  fc.boolean(),
  weirdStrings,
  fc.string().map((e) => ({ error: e }) as unknown as CellValue),
  fc.constantFrom({ error: "#N/A" }, { error: "#DIV/0!" }) as fc.Arbitrary<CellValue>,
  fc.anything() as fc.Arbitrary<CellValue>,
);
