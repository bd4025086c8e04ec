// LibreOffice, an engine no one here wrote, on the ministry's files: a template filled and saved in
// LibreOffice (its formulas computing every status) goes through check and export with the same
// statuses; LibreOffice reads the submission's seal back to the same JSON and keeps formula-like
// text as text; and it opens the hand-written consolidated workbook with values and statuses shown.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/dispatch";
import type { Io } from "../../src/cli/io";
import { unneutralise } from "../../src/ooxml/neutralise";
import { plan1097, sampleEntries, sampleSubmissionFile, sampleUnit } from "./fixtures/submissions";
import { blankTemplate, fillTemplate } from "./fixtures/templates";
import { parseCsv, resaveXlsx, sheetsAsCsv } from "./fixtures/libreoffice";

const dir = mkdtempSync(join(tmpdir(), "sa-lo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const io: Io = { out: (t) => (out += t), err: () => {}, cwd: dir, now: () => "2023-12-12T09:00:00.000Z" };
  return { code: await main(argv, io), out };
}

const plan = plan1097();
const unit = sampleUnit(5);
const entries = sampleEntries(plan, unit.unitType).map((e, i) =>
  i === 1 ? { ...e, explanation: 'ghi chú _x0041_ nguyên văn; "trích" & <thẻ>' } : e,
);

test("a template filled and saved in LibreOffice: its formulas and our assessment agree on every row", async () => {
  writeFileSync(join(dir, "filled.xlsx"), await fillTemplate(await blankTemplate(plan, unit), entries));
  const saved = resaveXlsx(join(dir, "filled.xlsx"));
  const r = await cli("check", saved, "--json");
  expect(r.code).toBe(0);
  const [f] = JSON.parse(r.out) as {
    entries: { indicatorId: string; status: string; storedStatus: string | null }[];
  }[];
  expect(f!.entries).toHaveLength(entries.length);
  for (const e of f!.entries) expect([e.indicatorId, e.storedStatus]).toEqual([e.indicatorId, e.status]);
  expect((await cli("export", saved, "--out", "from-lo.xlsx")).code).toBe(0);
});

test("LibreOffice reads the submission's seal back to the very JSON, and formula-like text stays text", async () => {
  // Built directly: a template written by ExcelJS could not carry a literal "_x0041_" in the first place.
  const { submission, bytes } = await sampleSubmissionFile(plan, unit, entries);
  writeFileSync(join(dir, "sub.xlsx"), bytes);
  const sheets = sheetsAsCsv(join(dir, "sub.xlsx"));
  const seal = parseCsv(sheets.get("SA_SUBMISSION")!).map((r) => r[0] ?? "");
  const json = seal
    .slice(4, 4 + Number(seal[3]))
    .map(unneutralise)
    .join("");
  expect(JSON.parse(json)).toEqual(submission);
  const data = parseCsv(sheets.get("SA_DATA")!);
  const col = (k: string) => data[0]!.indexOf(k);
  expect(data[1]![col("evidence")]).toBe(`'${entries[0]!.evidence}`);
  expect(data[2]![col("explanation")]).toBe(entries[1]!.explanation);
  expect(data.slice(1).map((r) => r[col("indicator_id")])).toEqual(entries.map((e) => e.indicatorId));
});

test("LibreOffice opens the consolidated workbook with each value shown beside its status", async () => {
  writeFileSync(join(dir, "filled2.xlsx"), await fillTemplate(await blankTemplate(plan, unit), entries));
  mkdirSync(join(dir, "in"));
  expect((await cli("export", "filled2.xlsx", "--out", "in/one.xlsx")).code).toBe(0);
  expect((await cli("consolidate", "in", "--out", "all.xlsx")).code).toBe(0);
  const sheets = sheetsAsCsv(join(dir, "all.xlsx"));
  const matrix = parseCsv(sheets.get("Ma trận")!);
  expect(matrix[0]!.slice(0, 3)).toEqual(["Mã đơn vị", "Tên đơn vị", entries[0]!.indicatorId]);
  expect(matrix[2]![0]).toBe(unit.code);
  // A province's 27,000 service points are its contribution to the national figure: reported (#11).
  expect(matrix[2]![2]).toMatch(/^27[.,]000 · Đã báo cáo$/);
  expect(matrix[2]!.slice(2).every((c) => / · (Vượt|Đạt|Chưa đạt|Chưa đến hạn|Đã báo cáo)$/.test(c))).toBe(
    true,
  );
  // A 2023 report: the targets set for 2025 and later are progress, not shortfalls (issue #12 item 1).
  expect(matrix[2]!.slice(2).some((c) => / · Chưa đến hạn$/.test(c))).toBe(true);
  const units = parseCsv(sheets.get("Đơn vị")!);
  expect(units[1]!.slice(0, 2)).toEqual([unit.code, unit.name]);
});
