// The report sheet as data (src/xlsx/submission-report.ts): numbers as printed, text as typed, the
// sealed print choices, long rows cut, and the written sheet the same as the model, so a reader can
// rebuild the report from the sealed JSON and compare. The text measure behind the row heights is
// checked against the font itself.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import ExcelJS from "exceljs";
import type { Indicator } from "../../src/domain/plan";
import { assessEntry } from "../../src/domain/assess";
import { printedCompletion, printedScore, printedValue } from "../../src/xlsx/submission-numbers";
import type * as Numbers from "../../src/xlsx/submission-numbers";
import { REPORT_COLUMNS, reportSheet } from "../../src/xlsx/submission-report";
import { buildSubmissionWorkbook } from "../../src/xlsx/submission-workbook";
import { textWidth, wrapLines } from "../../src/xlsx/text-fit";
import { TIMES_WIDTH_RUNS } from "../../src/xlsx/times-widths";
import { FONT_FILES, advanceWidths } from "../../scripts/font-widths";
import { plan1097 } from "../ministry/fixtures/submissions";
import { reportSubmission } from "../print/fixtures";

const plan = plan1097();
const ind = (id: string) => plan.indicators.find((i) => i.id === id) as Indicator;
const atLeast80 = ind("telecom.household-fixed-broadband");

describe("numbers as the report prints them", () => {
  test("percentages have one decimal at most, and rounding never crosses the target", () => {
    expect(printedValue(0.8, atLeast80, "met", "vi")).toBe("80%");
    expect(printedValue(0.854321, atLeast80, "exceeded", "vi")).toBe("85,4%");
    expect(printedValue(0.854321, atLeast80, "exceeded", "en")).toBe("85.4%");
    // 79.96% is short of 80%: printed 79.9%, never 80%.
    expect(printedValue(0.7996, atLeast80, "shortfall", "vi")).toBe("79,9%");
    // The assessment's tolerance: 0.7999999990000001 meets 80% and prints so.
    expect(printedValue(0.7999999990000001, atLeast80, "met", "vi")).toBe("80%");
  });

  test("completion with one decimal; a shortfall never prints 100%", () => {
    expect(printedCompletion(1.0428571428571, "exceeded", "vi")).toBe("104,3%");
    expect(printedCompletion(0.9996, "shortfall", "vi")).toBe("99,9%");
    expect(printedCompletion(null, "missing", "vi")).toBe("");
  });

  test("scores are rounded down to one decimal (the sealed JSON keeps them whole)", () => {
    expect(printedScore(97.298951048951, "vi")).toBe("97,2");
    expect(printedScore(64.865967365967, "en")).toBe("64.8");
    expect(printedScore(150, "vi")).toBe("150");
  });

  test("any percent value prints with at most one decimal, on its status's side of the target", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (x) => {
        const entry = {
          indicatorId: atLeast80.id,
          explanation: "",
          evidence: "",
          review: { decision: null, comment: "" },
        };
        const status = assessEntry(atLeast80, { ...entry, value: x }).status;
        const shown = printedValue(x, atLeast80, status, "en");
        expect(shown).toMatch(/^\d+(\.\d)?%$/);
        expect(assessEntry(atLeast80, { ...entry, value: Number(shown.slice(0, -1)) / 100 }).status).toBe(
          status,
        );
      }),
    );
  });
  test("a status remembered prints what a fresh assessment prints", () => {
    const statuses = ["met", "exceeded", "shortfall", "not-due", "reported"] as const;
    const values = Array.from({ length: 400 }, (_, i) => 0.78 + i * 0.0001);
    const print = (p: typeof printedValue) =>
      statuses.flatMap((st) => values.map((x) => p(x, atLeast80, st, "vi")));
    const first = print(printedValue);
    expect(print(printedValue)).toEqual(first);
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a copy that remembers nothing yet
      const fresh = require("../../src/xlsx/submission-numbers") as typeof Numbers;
      expect(print(fresh.printedValue)).toEqual(first);
    });
  });
});

describe("the report sheet model", () => {
  test("is a function of the sealed submission: the same document gives the same sheet", async () => {
    const sub = await reportSubmission(39, "vi");
    expect(reportSheet(sub, plan)).toEqual(reportSheet(JSON.parse(JSON.stringify(sub)), plan));
  });

  test("the language and the decree's parts come from the sealed print choices", async () => {
    const en = reportSheet(await reportSubmission(5, "en"), plan);
    const texts = en.cells.map((c) => String(c.text));
    expect(en.name).toBe("Report");
    expect(texts).toContain("SOCIALIST REPUBLIC OF VIET NAM");
    expect(texts).toContain("No.: 125/BC-SKHCN");
    // Without sealed choices (a submission from before them): the fallback language, dots to fill.
    const old = { ...(await reportSubmission(5, "vi")) };
    delete (old as { print?: unknown }).print;
    const vi = reportSheet(old, plan, "vi").cells.map((c) => String(c.text));
    expect(vi).toContain("Số: ……/BC-……");
    expect(vi).toContain("……………, ngày …… tháng …… năm ……");
    expect(vi).toContain("THỦ TRƯỞNG ĐƠN VỊ");
  });

  test("text prints as typed, and a long explanation is cut over rows that keep all of it", async () => {
    const sub = await reportSubmission(39, "vi");
    const m = reportSheet(sub, plan);
    const explanations = m.cells
      .filter((c) => c.col === 8 && c.row > m.tableHeaderRow)
      .map((c) => String(c.text));
    expect(explanations.some((t) => t.startsWith("- Lý do"))).toBe(true);
    expect(explanations.some((t) => t.startsWith("'"))).toBe(false);
    const long = sub.entries[2]!.explanation;
    const pieces = explanations.filter(
      (t) => t !== "" && long.replace(/\s+/g, " ").includes(t.split("\n")[0]!),
    );
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join("\n").split("\n").join(" ").replace(/\s+/g, " ").trim()).toBe(
      long.replace(/\s+/g, " ").trim(),
    );
    expect(Math.max(...m.heights)).toBeLessThanOrEqual(409);
  });

  test("the written sheet shows exactly the model's texts, where the model puts them", async () => {
    const sub = await reportSubmission(39, "en");
    const m = reportSheet(sub, plan);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await buildSubmissionWorkbook(sub, plan)) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    for (const c of m.cells)
      expect([c.row, c.col, ws.getCell(c.row, c.col).value ?? ""]).toEqual([c.row, c.col, c.text]);
    m.heights.forEach((h, i) => expect([i + 1, ws.getRow(i + 1).height]).toEqual([i + 1, h]));
    expect(ws.columns.map((c) => c.width)).toEqual(REPORT_COLUMNS);
    expect(ws.pageSetup.scale).toBe(100);
    expect(ws.pageSetup.printTitlesRow).toBe(`${m.tableHeaderRow}:${m.tableHeaderRow}`);
  });
});

describe("the text measure", () => {
  test("wrapped lines keep every word, in order, each line within the width unless one word is wider", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            "Tỷ",
            "lệ",
            "hộ",
            "gia",
            "đình",
            "sử",
            "dụng",
            "băng",
            "rộng",
            "https://example.vn/a/b-c",
          ),
          {
            maxLength: 40,
          },
        ),
        fc.integer({ min: 30, max: 300 }),
        (words, width) => {
          const text = words.join(" ");
          const lines = wrapLines(text, width, { size: 11 });
          expect(lines.join("").replace(/ /g, "")).toBe(words.join(""));
          for (const l of lines)
            if (l.includes(" ")) expect(textWidth(l, { size: 11 })).toBeLessThanOrEqual(width);
        },
      ),
    );
  });

  test("the width table is the installed Liberation Serif's (metric-compatible with Times New Roman)", () => {
    const dir = "/usr/share/fonts/truetype/liberation2";
    for (const [style, file] of Object.entries(FONT_FILES)) {
      const widths = advanceWidths(readFileSync(`${dir}/${file}`));
      const table = new Map<number, number>();
      for (const run of TIMES_WIDTH_RUNS[style as keyof typeof FONT_FILES]) {
        const [first, list] = run.split(":");
        list!.split(",").forEach((w, i) => table.set(Number(first) + i, Number(w)));
      }
      expect([style, table]).toEqual([style, widths]);
    }
  });
});
