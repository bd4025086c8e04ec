// The clipboard's tab-separated text, as Excel and LibreOffice write it and as people paste it.
import fc from "fast-check";
import { parseTsv, rectangular, toTsv } from "../../src/playground/grid/tsv";

describe("parseTsv", () => {
  test("reads a block copied from Excel: tabs between fields, CRLF after every row", () => {
    expect(parseTsv("27.000\t80%\r\n1,9\tCó\r\n")).toEqual([
      ["27.000", "80%"],
      ["1,9", "Có"],
    ]);
  });

  test("reads LF and CR line ends, and a last row without one", () => {
    expect(parseTsv("a\tb\nc\td")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(parseTsv("a\rb\r")).toEqual([["a"], ["b"]]);
  });

  test("keeps empty fields, at the start, between and at the end of a row", () => {
    expect(parseTsv("\ta\t\t\r\n")).toEqual([["", "a", "", ""]]);
    expect(parseTsv("\r\n\r\n")).toEqual([[""], [""]]);
    expect(parseTsv("")).toEqual([]);
  });

  test("a quoted field holds tabs, line breaks and doubled quotes", () => {
    expect(parseTsv('"Thiếu kinh phí,\nchờ phân bổ"\t"tab\there"\t"nói ""có"""\r\n')).toEqual([
      ["Thiếu kinh phí,\nchờ phân bổ", "tab\there", 'nói "có"'],
    ]);
  });

  test("quotes inside a field that did not start with one are text; an unclosed quote is kept", () => {
    expect(parseTsv('5" ống\tx\r\n')).toEqual([['5" ống', "x"]]);
    expect(parseTsv('"chưa đóng\tb\r\n')).toEqual([['"chưa đóng', "b"]]);
    expect(parseTsv('"a"b\tc')).toEqual([["ab", "c"]]);
  });

  test("39 values in one column become 39 rows of one field", () => {
    const values = Array.from({ length: 39 }, (_, i) => `${i + 1},5%`);
    expect(parseTsv(values.join("\r\n") + "\r\n")).toEqual(values.map((v) => [v]));
  });
});

describe("toTsv", () => {
  test("writes rows as Excel puts them on the clipboard, quoting only where needed", () => {
    expect(
      toTsv([
        ["27.000", "dòng 1\ndòng 2"],
        ['"trích"', 'a"b'],
      ]),
    ).toBe('27.000\t"dòng 1\ndòng 2"\r\n"""trích"""\ta"b\r\n');
  });
});

describe("rectangular", () => {
  test("pads short rows with empty fields", () => {
    expect(rectangular([["a", "b", "c"], ["d"]])).toEqual([
      ["a", "b", "c"],
      ["d", "", ""],
    ]);
  });
});

// Any text a cell can hold, with the characters that matter to the format over-represented.
const field = fc.string({ unit: fc.constantFrom("a", "ă", " ", "\t", "\n", "\r", '"', ",", ";", "5") });
const rows = fc
  .integer({ min: 1, max: 5 })
  .chain((width) => fc.array(fc.array(field, { minLength: width, maxLength: width }), { maxLength: 6 }));

describe("round trip (fast-check)", () => {
  test("parseTsv(toTsv(rows)) gives the rows back, whatever the fields hold", () => {
    fc.assert(fc.property(rows, (r) => expect(parseTsv(toTsv(r))).toEqual(r)));
  });

  test("ragged rows come back as written too", () => {
    const ragged = fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { maxLength: 6 });
    fc.assert(fc.property(ragged, (r) => expect(parseTsv(toTsv(r))).toEqual(r)));
  });

  test("text without quotes splits on tabs and line breaks only, and writes back the same cells", () => {
    const plain = fc.string({ unit: fc.constantFrom("a", "1", ",", ".", "%", " ", "\t", "\r\n") });
    fc.assert(
      fc.property(plain, (text) => {
        const parsed = parseTsv(text);
        expect(parsed.flat().join("")).toBe(text.replace(/[\t\r\n]/g, ""));
        expect(parseTsv(toTsv(parsed))).toEqual(parsed);
      }),
    );
  });
});
