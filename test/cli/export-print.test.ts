// `self-assess export` and the report's print: the language defaults to the template's and --lang
// changes it; the print details are sealed with the data and printed; --pdf prints the report with
// LibreOffice, and says so, in both languages, when there is none.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { SubmissionSchema } from "../../src/domain/submission";
import { runCli } from "./harness";
import { plan1097, sampleEntries, sampleUnit } from "../ministry/fixtures/submissions";
import { blankTemplate, fillTemplate } from "../ministry/fixtures/templates";
import { readPdf } from "../print/pdf-check";

const dir = mkdtempSync(join(tmpdir(), "sa-export-print-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plan = plan1097();
const unit = sampleUnit(9, "publisher");

beforeAll(async () => {
  const entries = sampleEntries(plan, unit.unitType);
  writeFileSync(join(dir, "vi.xlsx"), await fillTemplate(await blankTemplate(plan, unit, "vi"), entries));
  writeFileSync(join(dir, "en.xlsx"), await fillTemplate(await blankTemplate(plan, unit, "en"), entries));
});

const sealed = (file: string) => SubmissionSchema.parse(JSON.parse(readFileSync(join(dir, file), "utf8")));

async function reportTexts(file: string): Promise<{ name: string; texts: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, file));
  const ws = wb.worksheets[0]!;
  const texts: string[] = [];
  ws.eachRow((r) => r.eachCell((c) => texts.push(String(c.value))));
  return { name: ws.name, texts };
}

test("the report's language is the template's, whatever the machine's, and --lang changes it", async () => {
  expect((await runCli(["export", "en.xlsx", "--out", "en-sub.xlsx", "--json", "en.json"], dir)).code).toBe(
    0,
  );
  expect(sealed("en.json").print?.language).toBe("en");
  expect((await reportTexts("en-sub.xlsx")).name).toBe("Report");
  expect(sealed("en.json").print?.recipient).toBe(plan.issuer.en);

  const r = await runCli(
    ["export", "en.xlsx", "--lang", "vi", "--out", "en-vi.xlsx", "--json", "en-vi.json"],
    dir,
  );
  expect(r.code).toBe(0);
  expect(sealed("en-vi.json").print?.language).toBe("vi");
  const report = await reportTexts("en-vi.xlsx");
  expect(report.name).toBe("Báo cáo");
  expect(report.texts).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
});

test("the print details are sealed with the data and printed as the decree lays them out", async () => {
  const r = await runCli(
    [
      "export",
      "vi.xlsx",
      "--out",
      "details.xlsx",
      "--json",
      "details.json",
      "--governing-body",
      "Bộ Khoa học và Công nghệ",
      "--doc-number",
      "12/BC-NXB",
      "--to",
      "Vụ Thi đua - Khen thưởng",
      "--place",
      "Hà Nội",
      "--date",
      "05/02/2024",
      "--signer-title",
      "Giám đốc",
      "--signer-name",
      "Lê Văn An",
      "--copy-to",
      "Ban Giám đốc",
      "--copy-to",
      "Phòng Kế hoạch",
    ],
    dir,
  );
  expect(r.code).toBe(0);
  expect(sealed("details.json").print).toEqual({
    language: "vi",
    governingBody: "Bộ Khoa học và Công nghệ",
    documentNumber: "12/BC-NXB",
    recipient: "Vụ Thi đua - Khen thưởng",
    place: "Hà Nội",
    date: "2024-02-05",
    signerTitle: "Giám đốc",
    signerName: "Lê Văn An",
    copyTo: ["Ban Giám đốc", "Phòng Kế hoạch"],
  });
  const { texts } = await reportTexts("details.xlsx");
  for (const t of [
    "BỘ KHOA HỌC VÀ CÔNG NGHỆ",
    "Số: 12/BC-NXB",
    "Hà Nội, ngày 05 tháng 02 năm 2024",
    "Kính gửi: Vụ Thi đua - Khen thưởng",
    "GIÁM ĐỐC",
    "Lê Văn An",
    "- Ban Giám đốc;",
    "- Phòng Kế hoạch;",
    "- Lưu: VT.",
  ])
    expect(texts).toContain(t);
});

test("bad print details are refused, in both languages, before anything is written", async () => {
  const bad = [
    ["--lang", "fr"],
    ["--date", "31/02/2024"],
    ["--doc-number", "x".repeat(61)],
  ];
  for (const args of bad) {
    const r = await runCli(["export", "vi.xlsx", "--out", "bad.xlsx", ...args], dir);
    expect(r.code).toBe(2);
    expect(r.err.split("\n").filter((l) => l !== "")).toHaveLength(2);
    expect(existsSync(join(dir, "bad.xlsx"))).toBe(false);
  }
});

test("--pdf prints only the report, with LibreOffice", async () => {
  const r = await runCli(["export", "vi.xlsx", "--out", "p.xlsx", "--pdf", "p.pdf"], dir);
  expect(r.code).toBe(0);
  expect(r.err).toMatch(/p\.pdf: báo cáo PDF \/ the report as PDF/);
  expect(readFileSync(join(dir, "p.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
  const pdf = readPdf(join(dir, "p.pdf"));
  const text = pdf.lines.map((l) => l.text).join("\n");
  expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  expect(text).not.toContain("unit_code");
});

test("--pdf without LibreOffice says so in both languages and writes nothing", async () => {
  const before = process.env.SELF_ASSESS_SOFFICE;
  process.env.SELF_ASSESS_SOFFICE = join(dir, "no-such-soffice");
  try {
    const r = await runCli(["export", "vi.xlsx", "--out", "q.xlsx", "--pdf", "q.pdf"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Không tạo được PDF của báo cáo\. Cài LibreOffice/);
    expect(r.err).toMatch(/The report's PDF cannot be made\. Install LibreOffice/);
    expect(existsSync(join(dir, "q.xlsx"))).toBe(false);
    expect(existsSync(join(dir, "q.pdf"))).toBe(false);
  } finally {
    if (before === undefined) delete process.env.SELF_ASSESS_SOFFICE;
    else process.env.SELF_ASSESS_SOFFICE = before;
  }
});

test("the help lists the print options in both languages", async () => {
  const r = await runCli(["export", "--help"], dir);
  expect(r.code).toBe(0);
  for (const o of ["--lang", "--pdf", "--doc-number", "--to", "--signer-name", "--copy-to"])
    expect(r.out).toContain(o);
  expect(r.out).toContain("Nghị định 30/2020/NĐ-CP");
});
