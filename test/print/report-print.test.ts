// The signed report as it prints (issue #14 items 3 and 4): 5, 39 and 73 indicators in Vietnamese
// and English, printed to PDF by LibreOffice and read back box by box. And each check, shown failing
// on a print broken the way the old report was: rows without height, shrunk to fit, no motto, no
// signature, pages the layout did not plan.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Submission } from "../../src/domain/submission";
import { buildSubmissionWorkbook } from "../../src/xlsx/submission-workbook";
import { reportSheet, type ReportSheet } from "../../src/xlsx/submission-report";
import { REPORT_STRINGS } from "../../src/xlsx/submission-strings";
import { DATA_SHEET } from "../../src/xlsx/submission-layout";
import { plan1097 } from "../ministry/fixtures/submissions";
import { printToPdf, readPdf, type PdfText } from "./pdf-check";
import { reportProblems } from "./report-checks";
import { reportSubmission } from "./fixtures";

const dir = mkdtempSync(join(tmpdir(), "sa-report-print-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Printed {
  sub: Submission;
  model: ReportSheet;
  pdf: PdfText;
}
const printed = new Map<string, Printed>();
const CASES = [5, 39, 73].flatMap((rows) => (["vi", "en"] as const).map((lang) => ({ rows, lang })));
const BROKEN = ["no-heights", "shrunk", "no-motto", "no-signature", "unplanned-pages"] as const;
type Broken = (typeof BROKEN)[number];

async function edit(bytes: Uint8Array, change: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  change(wb.worksheets[0]!);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function cellWith(ws: ExcelJS.Worksheet, text: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | null = null;
  ws.eachRow((row) => row.eachCell((c) => (found ??= c.value === text ? c : null)));
  if (!found) throw new Error(`no cell says ${text}`);
  return found;
}

const BREAK: Record<Broken, (ws: ExcelJS.Worksheet, m: ReportSheet) => void> = {
  // The old report: rows carry no height, so wrapped text runs into the next row.
  "no-heights": (ws, m) => {
    for (let r = 1; r <= m.lastRow; r++) ws.getRow(r).height = 15;
  },
  // Fit to one page: the text shrinks far below 11 pt.
  shrunk: (ws) => {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = 1;
    ws.pageSetup.fitToHeight = 1;
  },
  "no-motto": (ws) => {
    cellWith(ws, REPORT_STRINGS.vi.motto).value = "";
  },
  "no-signature": (ws) => {
    cellWith(ws, REPORT_STRINGS.vi.headHint).value = "";
  },
  // Taller rows than planned: the manual breaks no longer hold the pages.
  "unplanned-pages": (ws, m) => {
    m.heights.forEach((h, i) => (ws.getRow(i + 1).height = Math.min(409, h * 1.6)));
  },
};

beforeAll(async () => {
  const plan = plan1097();
  const files: string[] = [];
  const keys: string[] = [];
  const subs = new Map<string, Submission>();
  for (const { rows, lang } of CASES) {
    const sub = await reportSubmission(rows, lang);
    const file = join(dir, `report-${rows}-${lang}.xlsx`);
    writeFileSync(file, await buildSubmissionWorkbook(sub, plan));
    files.push(file);
    keys.push(`${rows}-${lang}`);
    subs.set(`${rows}-${lang}`, sub);
  }
  const base = subs.get("39-vi")!;
  const bytes = await buildSubmissionWorkbook(base, plan);
  for (const b of BROKEN) {
    const file = join(dir, `broken-${b}.xlsx`);
    writeFileSync(file, await edit(bytes, (ws) => BREAK[b](ws, reportSheet(base, plan))));
    files.push(file);
    keys.push(b);
    subs.set(b, base);
  }
  const pdfs = printToPdf(files);
  keys.forEach((k, i) => {
    const sub = subs.get(k)!;
    printed.set(k, { sub, model: reportSheet(sub, plan), pdf: readPdf(pdfs[i]!) });
  });
}, 600_000);

describe.each(CASES)("the $rows-indicator report in $lang", ({ rows, lang }) => {
  test("prints with no overlap, nothing below 11 pt or cut off, motto and signature in place, on the planned pages", () => {
    const p = printed.get(`${rows}-${lang}`)!;
    expect(reportProblems(p.pdf, p.model, p.sub)).toEqual([]);
    // A sane number of pages for the rows: at least five indicators a page on average.
    expect(p.pdf.pages).toBeLessThanOrEqual(Math.ceil(rows / 5) + 1);
  });
});

describe("the report's words", () => {
  test("an explanation starting with a dash prints as typed, percentages with one decimal", () => {
    const p = printed.get("39-vi")!;
    const words = p.pdf.words.map((w) => w.text);
    expect(words).toContain("-");
    expect(words.some((w) => w.startsWith("'"))).toBe(false);
    expect(words.some((w) => /^\d+(,\d)?%$/.test(w))).toBe(true);
    expect(words.some((w) => /\d,\d\d+%/.test(w))).toBe(false);
    // The decree's parts, in the report's language.
    const text = p.pdf.lines.map((l) => l.text).join("\n");
    for (const part of [
      "Số: 125/BC-SKHCN",
      "Quảng Nam, ngày 05 tháng 01 năm 2024",
      "Kính gửi:",
      "Nơi nhận:",
      "- Lưu: VT.",
    ])
      expect(text).toContain(part);
    const en = printed
      .get("39-en")!
      .pdf.lines.map((l) => l.text)
      .join("\n");
    for (const part of [
      "SOCIALIST REPUBLIC OF VIET NAM",
      "No.: 125/BC-SKHCN",
      "Quang Nam, 5 January 2024",
      "Recipients:",
    ])
      expect(en).toContain(part);
  });

  test("only the report prints: the data sheet is hidden", async () => {
    const wb = new ExcelJS.Workbook();
    const sub = printed.get("5-vi")!.sub;
    await wb.xlsx.load(Buffer.from(await buildSubmissionWorkbook(sub, plan1097())) as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.name).toBe(REPORT_STRINGS.vi.sheetName);
    expect(wb.getWorksheet(DATA_SHEET)!.state).toBe("hidden");
  });
});

describe("each check fails on a broken print", () => {
  const problems = (b: Broken) => {
    const p = printed.get(b)!;
    return reportProblems(p.pdf, p.model, p.sub).map((x) => x.split(":")[0]);
  };
  test("rows without height: text overlaps and is cut off", () => {
    expect(problems("no-heights")).toEqual(expect.arrayContaining(["overlap", "cut off"]));
  });
  test("shrunk to fit a page: text below 11 pt, fewer pages than planned", () => {
    expect(problems("shrunk")).toEqual(expect.arrayContaining(["small text", "pages"]));
  });
  test("no motto", () => {
    expect(problems("no-motto")).toContain("motto");
  });
  test("no signature block", () => {
    expect(problems("no-signature")).toContain("signature");
  });
  test("rows taller than laid out: more pages than planned", () => {
    expect(problems("unplanned-pages")).toContain("pages");
  });
});
