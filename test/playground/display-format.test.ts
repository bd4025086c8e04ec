// The grid shows numbers and fills the formula bar in the computer's culture, and what it shows is
// what the same person types back: the formula bar's text, retyped, stores the same value.
import fc from "fast-check";
import {
  CULTURES,
  typeIntoCell,
  typingSettings,
  type CellSnapshot,
  type CultureName,
} from "../../src/playground/host";
import { displayText } from "../../src/playground/host/display";
import { editText, localizeNumber, shownText } from "../../src/playground/grid/display-format";

function cell(
  value: number | string | boolean,
  numberFormat = "General",
  formula: string | null = null,
): CellSnapshot {
  return {
    row: 0,
    col: 0,
    address: "A1",
    value,
    formula,
    text: displayText(value, numberFormat),
    numberFormat,
    fill: null,
    fontColor: null,
    bold: false,
    locked: true,
    prompt: null,
  };
}

const vi = CULTURES["vi-VN"];
const en = CULTURES["en-US"];

describe("what a cell shows", () => {
  test("in vi-VN: comma decimals, dot thousands (80,0%, 1.250, 27.000,5)", () => {
    expect(shownText(cell(0.8, "0.0%"), vi)).toBe("80,0%");
    expect(shownText(cell(1250, "#,##0"), vi)).toBe("1.250");
    expect(shownText(cell(27000.5, "#,##0.0"), vi)).toBe("27.000,5");
    expect(shownText(cell(1.9), vi)).toBe("1,9");
    expect(shownText(cell(-1234567.25, "#,##0.00"), vi)).toBe("-1.234.567,25");
  });

  test("in en-US as Excel shows it there", () => {
    expect(shownText(cell(0.8, "0.0%"), en)).toBe("80.0%");
    expect(shownText(cell(1250, "#,##0"), en)).toBe("1,250");
  });

  test("dates follow their format; text, booleans and errors are shown as they are", () => {
    expect(shownText(cell(44196, "dd/mm/yyyy"), vi)).toBe("31/12/2020");
    expect(shownText(cell(44196, "dd.mm.yyyy"), vi)).toBe("31.12.2020");
    expect(shownText(cell("1.250,5 triệu"), vi)).toBe("1.250,5 triệu");
    expect(shownText(cell("Chưa đạt. 1,5"), vi)).toBe("Chưa đạt. 1,5");
    expect(shownText(cell(true), vi)).toBe("TRUE");
    expect(shownText(undefined, vi)).toBe("");
  });

  test("localizeNumber swaps only separators that follow a digit", () => {
    expect(localizeNumber("1,234.5 đ.", vi)).toBe("1.234,5 đ.");
    expect(localizeNumber("1,234.5", en)).toBe("1,234.5");
  });
});

describe("what the formula bar holds", () => {
  test("numbers without grouping, percentages in full with their sign, dates in the culture's order", () => {
    expect(editText(cell(27000, "#,##0"), vi)).toBe("27000");
    expect(editText(cell(1.9), vi)).toBe("1,9");
    expect(editText(cell(0.8125, "0.0%"), vi)).toBe("81,25%");
    expect(editText(cell(0.1 + 0.2, "0%"), en)).toBe("30%");
    expect(editText(cell(44196, "dd/mm/yyyy"), vi)).toBe("31/12/2020");
    expect(editText(cell(44196, "dd/mm/yyyy"), en)).toBe("12/31/2020");
    expect(editText(cell(5, "General", "=2+3"), vi)).toBe("=2+3");
    expect(editText(cell("Có"), vi)).toBe("Có");
    expect(editText(cell(false), vi)).toBe("FALSE");
  });

  const cultures = fc.constantFrom<CultureName>("vi-VN", "en-US");
  const formats = fc.constantFrom("General", "#,##0", "#,##0.##########", "0.0%", "0%", "0.00");
  const numbers = fc.oneof(
    fc.integer({ min: -1e9, max: 1e9 }),
    fc
      .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
      .map((x) => Number(x.toPrecision(12))),
  );

  test("retyped (in the same culture, automatic percent entry on or off), it stores the same number (fast-check)", () => {
    fc.assert(
      fc.property(numbers, formats, cultures, fc.boolean(), (n, format, culture, autoPercentEntry) => {
        const text = editText(cell(n, format), CULTURES[culture]);
        const typed = typeIntoCell(text, format, typingSettings(culture, { autoPercentEntry }));
        expect(typed.kind).toBe("stored");
        const content = typed.kind === "stored" ? typed.content : null;
        expect(content?.t).toBe("n");
        expect((content as { v: number }).v).toBeCloseTo(n === 0 ? 0 : n, 9);
      }),
    );
  });

  test("a whole number shown grouped, typed back, is the same number (fast-check)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), cultures, (n, culture) => {
        const shown = shownText(cell(n, "#,##0"), CULTURES[culture]);
        const typed = typeIntoCell(shown, "General", typingSettings(culture));
        expect(typed.kind === "stored" && typed.content).toEqual({ t: "n", v: n === 0 ? 0 : n });
      }),
    );
  });
});
