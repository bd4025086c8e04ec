// The consolidated workbook's row heights (D44): a text narrower than its column is measured, not
// wrapped, and the national detail sheet wraps each recurring text once. Every height must be the
// one wrapping the text gives, at the edge of the column too.
import fc from "fast-check";
import { rowHeight, rowHeights } from "../../src/cli/ministry/consolidate-print";
import { cellHeight, textWidth, wrapWidth } from "../../src/xlsx/text-fit";

/** The height by wrapping every text, as rowHeight was before D44. */
function wrappedHeight(
  texts: readonly string[],
  widths: readonly number[],
  bold: boolean,
): number | undefined {
  let h = 0;
  texts.forEach((t, i) => {
    if (t !== "") h = Math.max(h, cellHeight(t, [widths[i]!], { size: 11, bold }));
  });
  return h > 18 ? h : undefined;
}

const words = fc.constantFrom(
  "Sở",
  "Khoa",
  "học",
  "và",
  "Công",
  "nghệ",
  "tỉnh",
  "số",
  "WWWWWWWW",
  "iiiiiiii",
  "/tmp/sa-bench-submissions-0bed0afa8cbb-v3-10000/unit-00001.xlsx",
  "0100109106-001",
  "Tổng công ty Bưu điện Việt Nam",
  "",
  "\n",
  "😀",
);
const text = fc.array(words, { maxLength: 14 }).map((ws) => ws.join(" "));

describe("row heights (D44)", () => {
  test("are those of wrapping every text, one by one and remembered on a long sheet", () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 4 }),
        fc.array(fc.integer({ min: 4, max: 60 }), { minLength: 4, maxLength: 4 }),
        fc.boolean(),
        (texts, widths, bold) => {
          const all = new Set(texts.map((_, i) => i + 1));
          const expected = wrappedHeight(texts, widths, bold);
          expect(rowHeight(texts, widths, all, bold)).toBe(expected);
          const sheet = rowHeights();
          expect(sheet(texts, widths, all, bold)).toBe(expected);
          expect(sheet(texts, widths, all, bold)).toBe(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  test("a long sheet remembers a text's height per column width and boldness (D49)", () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.tuple(fc.integer({ min: 4, max: 60 }), fc.boolean()), { minLength: 2, maxLength: 6 }),
        (t, asks) => {
          const sheet = rowHeights();
          for (const [width, bold] of [...asks, ...asks])
            expect(sheet([t], [width], new Set([1]), bold)).toBe(wrappedHeight([t], [width], bold));
        },
      ),
      { numRuns: 200 },
    );
  });

  test("a text at the edge of its column, one character either side", () => {
    for (const width of [10, 14, 36, 40]) {
      for (const ch of ["i", "W", "ệ", "0"]) {
        let t = "";
        while (textWidth(t + ch, { size: 11 }) < wrapWidth([width])) t += ch;
        for (const s of [t.slice(0, -1), t, t + ch, `${t.slice(0, -2)} ${ch}${ch}`]) {
          expect(rowHeight([s], [width], new Set([1]))).toBe(wrappedHeight([s], [width], false));
          expect(rowHeights()([s], [width], new Set([1]))).toBe(wrappedHeight([s], [width], false));
        }
      }
    }
  });

  test("only the wrapped columns count", () => {
    const long = "Tổng công ty Bưu điện Việt Nam ".repeat(6);
    expect(rowHeight([long, "x"], [10, 10], new Set([2]))).toBeUndefined();
    expect(rowHeight([long, "x"], [10, 10], new Set([1]))).toBeGreaterThan(18);
  });
});
