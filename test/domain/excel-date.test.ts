import fc from "fast-check";
import { isoToSerial, serialToIso } from "../../src/domain/excel-date";

describe("Excel 1900 dates", () => {
  it.each([
    ["1900-01-01", 1],
    ["1900-02-28", 59],
    ["1900-03-01", 61],
    ["1970-01-01", 25569],
    ["2020-12-31", 44196],
    ["2025-03-01", 45717],
    ["9999-12-31", 2958465],
  ])("%s is serial %i (as Excel shows it)", (iso, serial) => {
    expect(isoToSerial(iso)).toBe(serial);
    expect(serialToIso(serial)).toBe(iso);
  });

  it("has no ISO date for Excel's phantom 1900-02-29 (serial 60)", () => {
    expect(serialToIso(60)).toBeNull();
  });

  it.each(["1899-12-31", "2020-02-30", "2021-02-29", "10000-01-01", "2020-1-1", "", "31/12/2020"])(
    "isoToSerial(%p) is NaN",
    (iso) => {
      expect(isoToSerial(iso)).toBeNaN();
    },
  );

  it.each([0, -1, 2958466, Number.NaN, Infinity])("serialToIso(%p) is null", (s) => {
    expect(serialToIso(s)).toBeNull();
  });

  it("takes the date part of a serial with a time of day", () => {
    expect(serialToIso(44196.99)).toBe("2020-12-31");
  });

  it("round-trips every day Excel can show", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), (s) => {
        fc.pre(s !== 60);
        expect(isoToSerial(serialToIso(s)!)).toBe(s);
      }),
      { numRuns: 5000 },
    );
  });
});
