// The consolidated workbook's summary sheets as they print (issue #16 item 5, issue #14): landscape,
// fitted to the page width when they fit, otherwise at 100% with the unit's code and name and the
// header rows repeated on every page; no overlap, nothing below 11 pt, no more pages than planned.
// And the same checks failing on the old print setup (portrait, no print titles, no row heights:
// the indicator names cut off).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { runCli } from "../cli/harness";
import { plan1097, sampleEntries, sampleSubmissionFile, sampleUnit } from "../ministry/fixtures/submissions";
import { CONSOLIDATE_STRINGS } from "../../src/cli/ministry/consolidate-strings";
import { PRINTABLE_WIDTH } from "../../src/cli/ministry/consolidate-print";
import { plannedPages } from "./sheet-pages";
import { printedWidth } from "../../src/xlsx/text-fit";
import {
  missingWords,
  overlaps,
  printToPdf,
  readPdf,
  smallWords,
  type PdfText,
  type Word,
} from "./pdf-check";

const dir = mkdtempSync(join(tmpdir(), "sa-consolidated-print-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const UNITS = 24;
const s = CONSOLIDATE_STRINGS.vi;
let good: PdfText;
let old: PdfText;
let book: ExcelJS.Workbook;

/** The old print setup: portrait, no print titles, rows without heights. */
async function oldSetup(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", wb.replace(/<definedNames>.*<\/definedNames>/, ""));
  for (const name of Object.keys(zip.files).filter((n) => n.startsWith("xl/worksheets/"))) {
    const xml = await zip.file(name)!.async("string");
    zip.file(
      name,
      xml
        .replace(/ ht="[^"]*" customHeight="1"/g, "")
        .replace(/<sheetPr>.*?<\/sheetPr>/, "")
        .replace(/orientation="landscape"[^/]*/, 'orientation="portrait"'),
    );
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

beforeAll(async () => {
  const plan = plan1097();
  const files: string[] = [];
  for (let i = 1; i <= UNITS; i++) {
    const unit = sampleUnit(i, i % 3 === 0 ? "ministry-agency" : "provincial-department");
    const { bytes } = await sampleSubmissionFile(plan, unit, sampleEntries(plan, unit.unitType));
    writeFileSync(join(dir, `u${i}.xlsx`), bytes);
    files.push(`u${i}.xlsx`);
  }
  const r = await runCli(["consolidate", ...files, "--out", "all.xlsx"], dir);
  expect(r.code).toBe(0);
  const bytes = readFileSync(join(dir, "all.xlsx"));
  writeFileSync(join(dir, "old.xlsx"), await oldSetup(bytes));
  book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const [a, b] = printToPdf([join(dir, "all.xlsx"), join(dir, "old.xlsx")]);
  good = readPdf(a!);
  old = readPdf(b!);
}, 600_000);

/** The pages of a sheet: its footer names it (left) with the page number (right). */
function pagesOf(pdf: PdfText, sheet: string): number[] {
  const pages = new Set<number>();
  for (const l of pdf.lines)
    if (l.yMin > pdf.pageSize.height - 40 && l.text.startsWith(sheet)) pages.add(l.page);
  return [...pages].sort((a, b) => a - b);
}

/** The texts of a sheet's first rows (the headers), as the workbook holds them. */
function headerTexts(sheet: string, rows: number): string[] {
  const out: string[] = [];
  const ws = book.getWorksheet(sheet)!;
  for (let r = 1; r <= rows; r++) ws.getRow(r).eachCell((c) => out.push(String(c.value ?? "")));
  return out;
}

function problems(
  pdf: PdfText,
  sheet: string,
  titleWords: string[],
  unitCount: number,
  headerRows: number,
): string[] {
  const out: string[] = [];
  const pages = pagesOf(pdf, sheet);
  if (pages.length === 0) return [`${sheet}: not printed`];
  if (pdf.pageSize.width < pdf.pageSize.height) out.push("portrait");
  const words = pdf.words.filter((w) => pages.includes(w.page));
  const clash = overlaps(words);
  if (clash.length > 0) out.push(`overlap: "${clash[0]![0].text}" and "${clash[0]![1].text}"`);
  const lost = missingWords({ ...pdf, words }, headerTexts(sheet, headerRows));
  if (lost.length > 0) out.push(`cut off: ${lost.length} header words, e.g. "${lost[0]}"`);
  const small = smallWords(words);
  if (small.length > 0) out.push(`small text: "${small[0]!.text}" at ${small[0]!.size.toFixed(1)} pt`);
  // Every page shows the header and the units' codes (the repeated title columns).
  const on = (p: number) => words.filter((w: Word) => w.page === p).map((w) => w.text);
  const bare = pages.filter((p) => {
    const texts = on(p);
    return (
      !titleWords.every((t) => texts.includes(t)) || !texts.some((t) => /^000\.00\.\d\d\.H\d\d$/.test(t))
    );
  });
  if (bare.length > 0) out.push(`titles: pages ${bare.join(", ")} lack the header or the units' codes`);
  const codes = new Set(words.filter((w) => /^000\.00\.\d\d\.H\d\d$/.test(w.text)).map((w) => w.text));
  if (codes.size !== unitCount) out.push(`units: ${codes.size} of ${unitCount} printed`);
  return out;
}

/** The pages a summary sheet plans: units' code and name repeated left, `titleRows` on top. */
const plannedSummaryPages = (sheet: string, titleRows: [number, number]) =>
  plannedPages(book.getWorksheet(sheet)!, {
    titleColumns: [1, 2],
    titleRows,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 },
  });

describe("the consolidated workbook's summary sheets", () => {
  test("the matrix: landscape, no overlap, 11 pt, header rows and units' code and name on every page", () => {
    expect(problems(good, s.sheets.matrix, ["Mã", "Tên", "Chỉ", "tiêu"], UNITS, 2)).toEqual([]);
    expect(pagesOf(good, s.sheets.matrix).length).toBeLessThanOrEqual(
      plannedSummaryPages(s.sheets.matrix, [1, 2]),
    );
  });

  test("the units sheet: the same, and one page wide only where that keeps 11 pt", () => {
    expect(problems(good, s.sheets.units, ["Mã", "Tên"], UNITS, 1)).toEqual([]);
    expect(pagesOf(good, s.sheets.units).length).toBeLessThanOrEqual(
      plannedSummaryPages(s.sheets.units, [1, 1]),
    );
    // 19 columns do not fit one landscape page at 100%: so not fitted (it would shrink the text).
    const ws = book.getWorksheet(s.sheets.units)!;
    const widths = (ws.columns ?? []).map((c) => c.width ?? 8.43);
    expect(printedWidth(widths)).toBeGreaterThan(PRINTABLE_WIDTH);
    expect(ws.pageSetup.fitToPage).toBeFalsy();
    expect(ws.pageSetup.orientation).toBe("landscape");
  });

  test("the national sheet: landscape, no overlap, 11 pt, its header and the indicators' ids on every page", () => {
    const sheet = s.sheets.national;
    // Its footer, not the detail sheet's ("Toàn ngành (chi tiết)").
    const pages = [
      ...new Set(
        good.lines
          .filter(
            (l) =>
              l.yMin > good.pageSize.height - 40 &&
              l.text.startsWith(sheet) &&
              !l.text.startsWith(`${sheet} (`),
          )
          .map((l) => l.page),
      ),
    ];
    expect(pages.length).toBeGreaterThan(0);
    expect(good.pageSize.width).toBeGreaterThan(good.pageSize.height);
    const words = good.words.filter((w) => pages.includes(w.page));
    expect(overlaps(words)).toEqual([]);
    expect(missingWords({ ...good, words }, headerTexts(sheet, 1))).toEqual([]);
    expect(smallWords(words)).toEqual([]);
    const ids = new Set(
      plan1097()
        .indicators.filter((i) => i.scope === "national")
        .map((i) => i.id.split(".")[0]!),
    );
    for (const p of pages) {
      const texts = words.filter((w) => w.page === p).map((w) => w.text);
      expect([p, texts.includes("Mã"), texts.some((t) => ids.has(t.split(".")[0]!))]).toEqual([
        p,
        true,
        true,
      ]);
    }
    expect(pages.length).toBeLessThanOrEqual(
      plannedPages(book.getWorksheet(sheet)!, {
        titleColumns: [3, 4],
        titleRows: [1, 1],
        margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 },
      }),
    );
  });

  test("a sheet that fits one page wide is fitted to the page width", () => {
    const ws = book.getWorksheet(s.sheets.missing)!;
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
  });

  test("the old setup (portrait, no print titles, no row heights) fails these checks", () => {
    const found = problems(old, s.sheets.matrix, ["Mã", "Tên", "Chỉ", "tiêu"], UNITS, 2).map(
      (p) => p.split(":")[0],
    );
    expect(found).toEqual(expect.arrayContaining(["portrait", "cut off", "titles"]));
  });
});
