// The host's own parsing, checked against engines and round trips: formula references move as
// HyperFormula's copy-and-paste moves them, and A1 addresses survive formatting and parsing.
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { shiftFormula } from "../../src/playground/host/formula-shift";
import {
  columnIndex,
  columnLetters,
  parseRef,
  refOf,
  splitSheet,
  quoteSheet,
} from "../../src/playground/host/address";

const letter = fc.integer({ min: 0, max: 25 }).map((i) => String.fromCharCode(65 + i));
const ref = fc
  .record({ colAbs: fc.boolean(), col: letter, rowAbs: fc.boolean(), row: fc.integer({ min: 1, max: 50 }) })
  .map(({ colAbs, col, rowAbs, row }) => `${colAbs ? "$" : ""}${col}${rowAbs ? "$" : ""}${row}`);
const piece = fc.oneof(
  ref,
  // Ranges written top-left first (HyperFormula cannot copy a range written backwards).
  fc
    .record({
      c: fc.integer({ min: 0, max: 20 }),
      w: fc.nat(5),
      r: fc.integer({ min: 1, max: 40 }),
      h: fc.nat(9),
      abs: fc.boolean(),
    })
    .map(({ c, w, r, h, abs }) => {
      const d = abs ? "$" : "";
      return `SUM(${d}${String.fromCharCode(65 + c)}${r}:${String.fromCharCode(65 + c + w)}${d}${r + h})`;
    }),
  ref.map((r) => `LOG10(${r})`),
  ref.map((r) => `S!${r}`),
  ref.map((r) => `'S'!${r}`),
  ref.map((r) => `"${r} text"`),
  fc.integer({ min: 0, max: 999 }).map(String),
);
const formulaArb = fc
  .array(fc.tuple(piece, fc.constantFrom("+", "&", "*", "-")), { minLength: 1, maxLength: 6 })
  .map((parts) => "=" + parts.map(([p, op], i) => (i === 0 ? p : op + p)).join(""));

test("shiftFormula moves references exactly as HyperFormula's copy and paste does", () => {
  fc.assert(
    // At least one row down: HyperFormula cannot paste a cell onto itself.
    fc.property(formulaArb, fc.integer({ min: 1, max: 30 }), fc.nat(20), (formula, dRow, dCol) => {
      const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
      hf.addSheet("S");
      const sheet = hf.getSheetId("S")!;
      const from = { sheet, row: 99, col: 29 };
      hf.setCellContents(from, [[formula]]);
      hf.copy({ start: from, end: from });
      hf.paste({ sheet, row: from.row + dRow, col: from.col + dCol });
      const engine = hf.getCellFormula({ sheet, row: from.row + dRow, col: from.col + dCol });
      // HyperFormula drops quotes a sheet name does not need; that is spelling, not a reference.
      const unquoted = (f: string | undefined) => f?.replace(/'S'!/g, "S!");
      expect(unquoted(shiftFormula(formula, dRow, dCol))).toBe(unquoted(engine));
      hf.destroy();
    }),
    { numRuns: 200 },
  );
});

test("A1 addresses round-trip through formatting and parsing", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 16383 }),
      fc.integer({ min: 0, max: 16383 }),
      fc.integer({ min: 0, max: 1048575 }),
      fc.integer({ min: 0, max: 1048575 }),
      (c0, c1, r0, r1) => {
        const b = { r0: Math.min(r0, r1), r1: Math.max(r0, r1), c0: Math.min(c0, c1), c1: Math.max(c0, c1) };
        expect(parseRef(refOf(b))).toEqual(b);
        expect(columnIndex(columnLetters(c0))).toBe(c0);
      },
    ),
  );
  expect(parseRef("XFE1")).toBeNull();
  expect(parseRef("A1048577")).toBeNull();
});

test("sheet names are quoted when Excel would quote them, and unquoted back", () => {
  fc.assert(
    fc.property(
      fc.string({ minLength: 1, maxLength: 31 }).filter((s) => !/[\\/?*[\]:]/.test(s)),
      (name) => {
        expect(splitSheet(`${quoteSheet(name)}!A1`)).toEqual({ sheet: name, ref: "A1" });
      },
    ),
  );
  expect(quoteSheet("Tự đánh giá")).toBe("'Tự đánh giá'");
  expect(quoteSheet("Sheet1")).toBe("Sheet1");
  expect(quoteSheet("A1")).toBe("'A1'");
});
