// consolidate --json is written in pieces (D44): what the pieces make must be exactly the text the
// whole document would give, a national figure's 10,000-unit lists included, and no piece as long
// as such a list.
import fc from "fast-check";
import { jsonPieces, jsonText } from "../../src/cli/ministry/consolidate-run";

const join = (pieces: Iterable<string>) => [...pieces].join("");

describe("--json in pieces (D44)", () => {
  test("jsonText is JSON.stringify, for any JSON value and any object of them", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(join(jsonText(v))).toBe(JSON.stringify(v));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { minLength: 60, maxLength: 200 }), (list) => {
        const doc = { kind: "sum", entries: list, gaps: [], nested: { list } };
        expect(join(jsonText(doc))).toBe(JSON.stringify(doc));
      }),
      { numRuns: 50 },
    );
  });

  test("what JSON.stringify leaves out or writes as null, jsonText does too", () => {
    const long = Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? undefined : i % 3 === 1 ? () => i : i));
    const doc = {
      a: undefined,
      b: () => 1,
      c: long,
      d: new Date(0),
      e: { toJSON: () => "x" },
      f: [undefined],
    };
    expect(join(jsonText(doc))).toBe(JSON.stringify(doc));
  });

  test("a national figure listing 10,000 units is written element by element", () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => ({
      unitCode: `000.00.${String(Math.floor(i / 100)).padStart(2, "0")}.H${String(i % 100).padStart(2, "0")}`,
      name: `Sở Khoa học và Công nghệ tỉnh số ${i}`,
      value: i / 7,
      status: "met",
    }));
    const doc = {
      generatedAt: "2023-12-31",
      national: [{ indicatorId: "x", kind: "listed", entries }],
      missing: [],
    };
    const pieces = [...jsonPieces(doc)];
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(200);
    expect(JSON.parse(pieces.join(""))).toEqual(doc);
    const line = pieces
      .join("")
      .split("\n")
      .find((l) => l.includes('"indicatorId"'))!;
    expect(line).toBe(`    ${JSON.stringify(doc.national[0])},`.replace(/,$/, ""));
  });

  test("a value without a long list is one piece; a long list deep inside is still split (D49)", () => {
    const unit = { code: "H01", fileIssues: [{ code: "x", message: { vi: "a", en: "b" } }], score: null };
    expect([...jsonText(unit)]).toEqual([JSON.stringify(unit)]);
    const list = Array.from({ length: 1_000 }, (_, i) => ({ i, name: `Đơn vị ${i}` }));
    let deep: Record<string, unknown> = { list };
    for (let d = 0; d < 12; d++) deep = { d, inner: deep, short: [1, 2, 3] };
    const pieces = [...jsonText(deep)];
    expect(pieces.join("")).toBe(JSON.stringify(deep));
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(100);
    // A short list is written whole, long lists inside it and all, as before.
    const short = [{ list }];
    expect([...jsonText(short)]).toEqual([JSON.stringify(short)]);
  });
});
