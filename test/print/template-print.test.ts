// The template's own print area as it prints (issue #14 item 4): a filled template as the CLI
// writes it (`template --from`, which keeps every entry), in both languages, printed by LibreOffice:
// no overlap, nothing below 11 pt or cut off, the table header and the number column on every page
// (two pages across, a row's pages one after the other), no more pages than planned. And the old setup (shrunk to one page wide, rows without
// height) failing the same checks.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../cli/harness";
import { plan1097, sampleEntries, sampleUnit } from "../ministry/fixtures/submissions";
import { blankTemplate, fillTemplate } from "../ministry/fixtures/templates";
import { ROWS } from "./fixtures";
import { missingWords, overlaps, printToPdf, readPdf, smallWords, type PdfText } from "./pdf-check";
import { plannedPages } from "./sheet-pages";

const dir = mkdtempSync(join(tmpdir(), "sa-template-print-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CASES = [
  { rows: 39, lang: "vi" as const },
  { rows: 73, lang: "en" as const },
];
const printed = new Map<string, { pdf: PdfText; ws: ExcelJS.Worksheet; texts: string[] }>();

async function sheetOf(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets[0]!;
}

/** Every text the print area (A:N) shows, and the deadline years in D (DECISIONS D28). */
function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((c, col) => {
      if (col <= 14 && typeof c.value === "string" && c.value !== "") out.push(c.value);
      if (col === 4 && typeof c.value === "number") out.push(String(c.value));
    }),
  );
  return out;
}

/** The old print setup: fitted to one page wide, rows without their heights. */
async function oldSetup(file: string, out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0]!;
  ws.pageSetup.fitToPage = true;
  ws.pageSetup.fitToWidth = 1;
  ws.pageSetup.fitToHeight = 0;
  ws.eachRow((row) => (row.height = 15));
  await wb.xlsx.writeFile(out);
}

beforeAll(async () => {
  const plan = plan1097();
  const files: string[] = [];
  for (const { rows, lang } of CASES) {
    const unit = sampleUnit(5, ROWS[rows]!);
    const entries = sampleEntries(plan, unit.unitType);
    writeFileSync(
      join(dir, `filled-${rows}.xlsx`),
      await fillTemplate(await blankTemplate(plan, unit, lang), entries),
    );
    const r = await runCli(["template", "--from", `filled-${rows}.xlsx`, "--out", `t-${rows}.xlsx`], dir);
    expect(r.code).toBe(0);
    files.push(join(dir, `t-${rows}.xlsx`));
  }
  await oldSetup(join(dir, "t-39.xlsx"), join(dir, "old.xlsx"));
  files.push(join(dir, "old.xlsx"));
  const pdfs = printToPdf(files);
  for (const [i, key] of ["39", "73", "old"].entries()) {
    const ws = await sheetOf(files[i]!);
    printed.set(key, { pdf: readPdf(pdfs[i]!), ws, texts: texts(ws) });
  }
}, 600_000);

function problems(key: string): string[] {
  const { pdf, texts: shown } = printed.get(key)!;
  const out: string[] = [];
  const clash = overlaps(pdf.words);
  if (clash.length > 0) out.push(`overlap: "${clash[0]![0].text}" and "${clash[0]![1].text}"`);
  const small = smallWords(pdf.words);
  if (small.length > 0) out.push(`small text: "${small[0]!.text}" at ${small[0]!.size.toFixed(1)} pt`);
  const lost = missingWords(pdf, shown);
  if (lost.length > 0) out.push(`cut off: ${lost.length} words, e.g. "${lost[0]}"`);
  return out;
}

describe.each(CASES)("a filled $rows-indicator template in $lang", ({ rows }) => {
  test("prints its print area with no overlap, nothing below 11 pt or cut off, on no more pages than planned", () => {
    const { pdf, ws } = printed.get(String(rows))!;
    expect(problems(String(rows))).toEqual([]);
    expect(pdf.pages).toBeLessThanOrEqual(
      plannedPages(ws, {
        titleColumns: [1, 1],
        titleRows: [9, 9],
        margins: { left: 0.3, right: 0.3, top: 0.5, bottom: 0.5 },
        lastColumn: 14,
      }),
    );
    // The table header with the number column is on every page, two pages across.
    for (let p = 1; p <= pdf.pages; p++) {
      const words = pdf.words.filter((w) => w.page === p).map((w) => w.text);
      expect([p, words.includes("STT") || words.includes("No.")]).toEqual([p, true]);
    }
    expect(pdf.pages % 2).toBe(0);
  });
});

test("the old setup (shrunk to one page wide, rows without height) fails these checks", () => {
  const found = problems("old").map((p) => p.split(":")[0]);
  expect(found).toEqual(expect.arrayContaining(["small text"]));
  expect(found.some((f) => f === "overlap" || f === "cut off")).toBe(true);
});

test("the template's row heights leave Excel free to grow a row when a longer text is typed", async () => {
  const zip = await (await import("jszip")).default.loadAsync(readFileSync(join(dir, "t-39.xlsx")));
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  expect(sheet).toMatch(/<row [^>]*ht="/);
  expect(sheet).not.toMatch(/customHeight="1"/);
});
