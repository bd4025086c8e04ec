// The host's model of typing (src/playground/host/typing.ts): what Excel stores when a person types
// under vi-VN or en-US regional settings, with automatic percent entry on or off.
import fc from "fast-check";
import { dateSerial } from "../../src/playground/host/content";
import type { CultureName, Typed, TypingSettings } from "../../src/playground/host/typing";
import { CULTURES, isPercentFormat, typeIntoCell, typingSettings } from "../../src/playground/host/typing";
import { createExcelHost } from "../../src/playground/host";

const vi = typingSettings("vi-VN", { currentYear: 2026 });
const en = typingSettings("en-US", { currentYear: 2026 });
const lo = typingSettings("vi-VN", { autoPercentEntry: false, currentYear: 2026 });

function value(text: string, format: string, settings: TypingSettings): unknown {
  const t = typeIntoCell(text, format, settings);
  if (t.kind === "refused") return { refused: t.reason };
  const c = t.content;
  if (c === null) return null;
  return c.t === "f" ? { formula: c.f } : c.t === "s" ? { text: c.v } : c.v;
}

/** A number written the way the culture writes it: grouped thousands, its decimal separator. */
function written(n: number, culture: CultureName, grouped: boolean): string {
  const { decimalSeparator, thousandsSeparator } = CULTURES[culture];
  const [int, frac] = Math.abs(n).toFixed(3).replace(/0+$/, "").replace(/\.$/, "").split(".");
  const digits = grouped ? int!.replace(/\B(?=(\d{3})+(?!\d))/g, thousandsSeparator) : int!;
  return (n < 0 ? "-" : "") + digits + (frac ? decimalSeparator + frac : "");
}

const cultures = fc.constantFrom<CultureName>("vi-VN", "en-US");
const amounts = fc.integer({ min: -99_999_999, max: 99_999_999 }).map((k) => k / 1000);

describe("numbers are read with the culture's separators", () => {
  test("a number written in the culture's own style is stored exactly", () => {
    fc.assert(
      fc.property(amounts, cultures, fc.boolean(), (n, culture, grouped) => {
        const settings = typingSettings(culture);
        expect(value(written(n, culture, grouped), "General", settings)).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  test("'27.000' is twenty-seven thousand in vi-VN and twenty-seven in en-US; '27,000' the reverse", () => {
    expect(value("27.000", "#,##0", vi)).toBe(27000);
    expect(value("27.000", "#,##0", en)).toBe(27);
    expect(value("27,000", "#,##0", vi)).toBe(27);
    expect(value("27,000", "#,##0", en)).toBe(27000);
    expect(value("1,9", "General", vi)).toBe(1.9);
    expect(value("1,9", "General", en)).toEqual({ text: "1,9" });
    expect(value("95.5", "General", vi)).toEqual({ text: "95.5" });
    expect(value("1.234.567,5", "General", vi)).toBe(1234567.5);
    expect(value("1,234,567.5", "General", en)).toBe(1234567.5);
  });

  test("a thousands group that is not three digits, or a mixed style, stays text", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.stringMatching(/^\d{1,2}$|^\d{4,5}$/),
        cultures,
        (head, group, culture) => {
          const text = `${head}${CULTURES[culture].thousandsSeparator}${group}${CULTURES[culture].thousandsSeparator}000`;
          expect(value(text, "General", typingSettings(culture))).toEqual({ text });
        },
      ),
    );
  });

  test("typing keeps 15 significant digits, as Excel does", () => {
    expect(value("1234567890123456789", "General", en)).toBe(1234567890123450000);
    expect(value("0,1", "General", vi)).toBe(0.1);
  });

  test("signs, parentheses, exponents and a trailing percent sign", () => {
    expect(value("(5)", "General", en)).toBe(-5);
    expect(value("+5", "General", en)).toBe(5);
    expect(value("1E3", "General", en)).toBe(1000);
    expect(value("80%", "General", vi)).toBe(0.8);
    expect(value("12,5 %", "General", vi)).toBe(0.125);
    expect(typeIntoCell("80%", "General", vi)).toMatchObject({ impliedFormat: "0%" });
    expect(typeIntoCell("27.000", "General", vi)).toMatchObject({ impliedFormat: "#,##0" });
  });
});

describe("automatic percent entry (Microsoft KB 215203)", () => {
  test("the knowledge base's own table, in en-US", () => {
    const typed = ["1", ".1", "0.1", "-1", "-.1", "-0.1", "80", "0.8", ".8", "100", "80%", "0"];
    const stored = [0.01, 0.1, 0.001, -0.01, -0.1, -0.001, 0.8, 0.008, 0.8, 1, 0.8, 0];
    expect(typed.map((t) => value(t, "0.0%", en))).toEqual(stored);
  });

  test("the same in vi-VN, where the decimal separator is a comma", () => {
    expect(value("80", "0.0%", vi)).toBe(0.8);
    expect(value("0,8", "0.0%", vi)).toBe(0.008);
    expect(value(",8", "0.0%", vi)).toBe(0.8);
    expect(value("12,5", "0.0%", vi)).toBe(0.125);
  });

  test("a number of 1 or more typed into a percent cell is that many percent", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), cultures, (k, culture) => {
        expect(value(String(k), "0.0%", typingSettings(culture))).toBeCloseTo(k / 100, 12);
      }),
    );
  });

  test("with automatic percent entry off (and in LibreOffice) the typed number is kept: 80 is 8000%", () => {
    fc.assert(
      fc.property(amounts, (n) => {
        expect(value(written(n, "vi-VN", false), "0.0%", lo)).toBe(n === 0 ? 0 : n);
      }),
    );
    expect(value("1", "0.0%", lo)).toBe(1);
  });

  test("a typed percent sign means the same with the option on or off", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), (k) => {
        const a = value(`${k}%`, "0.0%", vi);
        const b = value(`${k}%`, "0.0%", lo);
        expect(a).toBe(b);
        expect(a).toBeCloseTo(k / 100, 12);
      }),
    );
  });

  test("only percentage formats count", () => {
    expect(isPercentFormat("0.0%")).toBe(true);
    expect(isPercentFormat("0%;[Red]-0%")).toBe(true);
    expect(isPercentFormat('0 "%"')).toBe(false);
    expect(isPercentFormat("0\\%")).toBe(false);
    expect(value("80", "#,##0", vi)).toBe(80);
  });
});

describe("dates are read in the culture's order", () => {
  const days = fc
    .record({
      y: fc.integer({ min: 1950, max: 2099 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 31 }),
    })
    .filter(({ y, m, d }) => dateSerial(y, m, d) !== null);
  const pad = (n: number) => String(n).padStart(2, "0");

  test("day/month/year in vi-VN and month/day/year in en-US give the same day", () => {
    fc.assert(
      fc.property(days, fc.constantFrom("/", "-"), ({ y, m, d }, sep) => {
        const serial = dateSerial(y, m, d);
        expect(value(`${pad(d)}${sep}${pad(m)}${sep}${y}`, "dd/mm/yyyy", vi)).toBe(serial);
        expect(value(`${m}${sep}${d}${sep}${y}`, "dd/mm/yyyy", en)).toBe(serial);
        expect(value(`${y}-${pad(m)}-${pad(d)}`, "dd/mm/yyyy", vi)).toBe(serial);
        expect(value(`${y}-${pad(m)}-${pad(d)}`, "dd/mm/yyyy", en)).toBe(serial);
      }),
    );
  });

  test("05/12/2020 is 5 December in vi-VN and 12 May in en-US; 31/12/2020 is text in en-US", () => {
    expect(value("05/12/2020", "dd/mm/yyyy", vi)).toBe(dateSerial(2020, 12, 5));
    expect(value("05/12/2020", "dd/mm/yyyy", en)).toBe(dateSerial(2020, 5, 12));
    expect(value("31/12/2020", "dd/mm/yyyy", en)).toEqual({ text: "31/12/2020" });
  });

  test("a date without a year is this year; a two-digit year below 30 is 20xx", () => {
    expect(value("1/2", "General", en)).toBe(dateSerial(2026, 1, 2));
    expect(value("1/2", "General", vi)).toBe(dateSerial(2026, 2, 1));
    expect(value("31/12/29", "General", vi)).toBe(dateSerial(2029, 12, 31));
    expect(value("31/12/30", "General", vi)).toBe(dateSerial(1930, 12, 31));
    expect(typeIntoCell("31/12/2020", "General", vi)).toMatchObject({ impliedFormat: "dd/mm/yyyy" });
  });
});

describe("text, formulas and refusals", () => {
  test("a Text-formatted cell keeps exactly what was typed", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }).filter((t) => !t.startsWith("'")),
        cultures,
        (text, culture) => {
          expect(value(text, "@", typingSettings(culture))).toEqual({ text });
        },
      ),
    );
    expect(value("80%", "@", vi)).toEqual({ text: "80%" });
    expect(value("1/2", "@", en)).toEqual({ text: "1/2" });
    // The apostrophe is the prefix character in a Text cell too.
    expect(value("'80%", "@", en)).toEqual({ text: "80%" });
  });

  test("an apostrophe makes the rest text; '=' starts a formula; a broken formula is refused", () => {
    expect(value("'=1+2", "General", vi)).toEqual({ text: "=1+2" });
    expect(value("=1+2", "General", vi)).toEqual({ formula: "=1+2" });
    const broken = typeIntoCell("=SUM(", "General", vi, () => false);
    expect(broken).toMatchObject({ kind: "refused", reason: "formula" });
  });

  test("whatever is typed, the model answers and never throws", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.constantFrom("General", "0.0%", "#,##0", "@", "dd/mm/yyyy"),
        cultures,
        fc.boolean(),
        (text, format, culture, auto) => {
          const t: Typed = typeIntoCell(text, format, typingSettings(culture, { autoPercentEntry: auto }));
          expect(["stored", "refused"]).toContain(t.kind);
          if (t.kind === "stored" && t.content?.t === "n") expect(Number.isFinite(t.content.v)).toBe(true);
        },
      ),
    );
  });
});

describe("the host types through the model", () => {
  test("user.type reads with the host's culture, and setCulture switches it", () => {
    const host = createExcelHost({ culture: "vi-VN" });
    host.user.type("Sheet1", "A1", "27.000");
    host.setCulture("en-US");
    host.user.type("Sheet1", "A2", "27.000");
    const cells = new Map(host.snapshot().sheets[0]!.cells.map((c) => [c.address, c.value]));
    expect(cells.get("A1")).toBe(27000);
    expect(cells.get("A2")).toBe(27);
    expect(host.typing.culture.name).toBe("en-US");
  });

  test("typing 80 into a percent cell stores 80%, unless automatic percent entry is off", async () => {
    for (const [auto, expected] of [
      [true, 0.8],
      [false, 80],
    ] as const) {
      const host = createExcelHost({ autoPercentEntry: auto });
      await host.excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("B2").numberFormat = [["0.0%"]];
        await ctx.sync();
      });
      host.user.type("Sheet1", "B2", "80");
      expect(host.snapshot().sheets[0]!.cells.find((c) => c.address === "B2")!.value).toBe(expected);
    }
  });
});
