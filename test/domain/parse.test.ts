import fc from "fast-check";
import { parseDateText, parseNumberText, readCell } from "../../src/domain/parse";
import { formatNumber, formatPercent } from "../../src/domain/format";
import { IND } from "./fixtures";
import { anyCell } from "./arbitraries";

describe("parseNumberText", () => {
  it.each([
    ["27.000", 27000],
    ["1,9", 1.9],
    ["95.5", 95.5],
    ["1.234.567,5", 1234567.5],
    ["1,234,567.5", 1234567.5],
    ["1,234,567", 1234567],
    ["80%", 0.8],
    ["80 %", 0.8],
    ["80\u00a0%", 0.8],
    [" 80 ", 80],
    ["-5", -5],
    ["\u22125", -5],
    ["+5", 5],
    ["1.900", 1900],
    ["0.500", 0.5],
    ["1.2345", 1.2345],
    ["1234.567", 1234.567],
    ["27,000", 27],
    ["27\u00a0000", 27000],
    ["1 234 567,5", 1234567.5],
    [",5", 0.5],
    [".5", 0.5],
    ["-0", 0],
    ["007", 7],
    ["01.000", 1],
  ])("%p -> %p", (text, n) => {
    expect(parseNumberText(text)).toBe(n);
  });

  it.each([
    "",
    " ",
    "abc",
    "1e3",
    "0x10",
    "1..2",
    "1.2.3",
    "5.",
    "- 5",
    "1,2,3",
    "12.34.5",
    "Infinity",
    "NaN",
    "%",
    "80%%",
    "1.23,4",
    "9".repeat(400),
  ])("%p is not a number", (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  it("reads back every number formatNumber writes in vi (canonical text round trip)", () => {
    const sensible = fc.oneof(
      fc.integer({ min: -1e12, max: 1e12 }),
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      fc.double({ min: -1, max: 1, noNaN: true }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    fc.assert(
      fc.property(sensible, (x) => {
        expect(parseNumberText(formatNumber(x, "vi"))).toBe(x === 0 ? 0 : x);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads back percentages with up to 4 decimals of a percent", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (k) => {
        const fraction = k / 1_000_000; // 0.0001% steps
        const back = parseNumberText(formatPercent(fraction, "vi"));
        expect(back).not.toBeNull();
        expect(Math.abs(back! - fraction)).toBeLessThan(1e-15);
      }),
    );
  });

  it("never throws on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (s) => {
        const n = parseNumberText(s);
        expect(n === null || Number.isFinite(n)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("parseDateText", () => {
  it.each([
    ["31/12/2020", 44196],
    ["1/1/2021", 44197],
    ["31.12.2020", 44196],
    ["31-12-2020", 44196],
    ["2020-12-31", 44196],
    ["29/02/2024", 45351],
  ])("%p -> serial %p", (text, serial) => {
    expect(parseDateText(text)).toBe(serial);
  });
  it.each(["31/02/2020", "29/02/2023", "31/12/20", "12/31/2020", "2020/12/31", "abc", ""])(
    "%p is no date",
    (t) => {
      expect(parseDateText(t)).toBeNull();
    },
  );
});

describe("readCell", () => {
  it("never throws for any indicator and any value, and always says what it read", () => {
    const kinds = ["empty", "error", "notApplicable", "done", "number", "textNumber", "wrongType"];
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(IND)), anyCell, (ind, v) => {
        expect(kinds).toContain(readCell(v, ind).kind);
      }),
      { numRuns: 3000 },
    );
  });

  it("suggests 80% for 80 typed as text in a percent cell, but not for 80%", () => {
    expect(readCell("80", IND.share)).toEqual({ kind: "textNumber", text: "80", suggestion: 0.8 });
    expect(readCell("0,5%", IND.share)).toEqual({ kind: "textNumber", text: "0,5%", suggestion: 0.005 });
  });
});
