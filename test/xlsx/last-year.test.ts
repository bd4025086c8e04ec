// The pane's "prefill from a file" (issue #12 item 4): last year's sealed submission read from its
// bytes with JSZip, as a browser does, by the same reading as `template --previous` (the ministry's
// guarded package): the same figures, the same refusals in both languages. And the figures go into
// the workbook through the port's insert, which fills only empty "Năm trước" cells.
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import {
  plan1097,
  pressAgencyEntries,
  PRESS_AGENCY_2023,
  sampleSubmissionFile,
} from "../ministry/fixtures/submissions";
import type { UnitProfile } from "../../src/domain/plan";
import { keptAsTyped } from "../../src/domain/prefill";
import { lastYearFigures, lastYearFromFile, NOT_A_SUBMISSION } from "../../src/xlsx/last-year";
import { GuardedPackage } from "../../src/ooxml/package";
import { makeBench } from "../excel/workbook-fixture";
import { join } from "node:path";

const plan = plan1097();
const unit2023 = PRESS_AGENCY_2023;
const unit2024: UnitProfile = { ...unit2023, year: 2024 };
const news = "press.political-news-growth";
const lastYear = () => pressAgencyEntries(plan);

let sealed: Uint8Array;
beforeAll(async () => {
  sealed = (await sampleSubmissionFile(plan, unit2023, lastYear())).bytes;
});

test("read from its bytes (JSZip, as in a browser), last year's submission gives what template --previous gives", async () => {
  const browser = await lastYearFromFile(sealed, plan, unit2024);
  const cli = await lastYearFigures(new GuardedPackage(Buffer.from(sealed)), plan, unit2024);
  expect(browser).toEqual(cli);
  expect(browser.ok).toBe(true);
  if (!browser.ok) return;
  expect(browser.prefilled.previous.find((p) => p.indicatorId === news)?.value).toBe(1200);
});

test("refused for the same reasons in both languages: another year, another unit, an edited seal, not a submission, not a workbook", async () => {
  const refusal = async (bytes: Uint8Array, unit: UnitProfile) => {
    const r = await lastYearFromFile(bytes, plan, unit);
    const c = await lastYearFigures(new GuardedPackage(Buffer.from(bytes)), plan, unit).catch(() => null);
    if (c) expect(r).toEqual(c);
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.problems;
  };
  const [year] = await refusal(sealed, { ...unit2024, year: 2026 });
  expect(year).toEqual({
    vi: expect.stringMatching(/năm 2023, không phải năm 2025/),
    en: expect.stringMatching(/reports 2023, not 2025/),
  });
  const [code] = await refusal(sealed, { ...unit2024, code: "000.00.13.G14" });
  expect(code!.vi).toMatch(/000\.00\.12\.G14, không phải 000\.00\.13\.G14/);

  // A figure edited in the sealed JSON: its hash no longer matches, so none of its figures is used.
  const zip = await JSZip.loadAsync(sealed);
  const sheetName = Object.keys(zip.files).find(
    (n) => /worksheets\/sheet\d+\.xml$/.test(n) && n !== "xl/worksheets/sheet1.xml",
  )!;
  const shared = await zip.file("xl/sharedStrings.xml")?.async("string");
  const target = shared?.includes("1200") ? "xl/sharedStrings.xml" : sheetName;
  const text = await zip.file(target)!.async("string");
  zip.file(target, text.replace(/1200/g, "1300"));
  const edited = await zip.generateAsync({ type: "uint8array" });
  const problems = await refusal(edited, unit2024);
  expect(problems.map((p) => p.en).join(" ")).toMatch(/hash|seal/);

  const template = new Uint8Array(readFileSync(join(__dirname, "../fixtures/templates/layout-d28.xlsx")));
  expect(await refusal(template, unit2024)).toEqual([NOT_A_SUBMISSION]);
  const notZip = await lastYearFromFile(new TextEncoder().encode("chỉ là chữ"), plan, unit2024);
  expect(notZip).toEqual({
    ok: false,
    problems: [{ vi: expect.any(String), en: expect.stringMatching(/not an \.xlsx/) }],
  });
});

test("through the port: the insert fills only empty “Năm trước” cells, records what it filled, and the pane is told which typed figure it kept", async () => {
  const r = await lastYearFromFile(sealed, plan, unit2024);
  if (!r.ok) throw new Error("not ok");
  const { host, port } = makeBench({ sheets: [] });
  const request = { plan, unit: unit2024, language: "vi" as const };
  await port.insertTemplate(request);
  // A person types last year's figure for the news row before picking the file.
  await port.writeValue(news, 1150, "previous");
  const before = (await port.readReport())!;
  expect(before.entries.find((e) => e.indicatorId === news)!.previous).toBe(1150);
  expect(keptAsTyped(before.entries, r.prefilled)).toEqual([
    { indicatorId: news, typed: 1150, offered: 1200 },
  ]);

  await port.insertTemplate({ ...request, prefilled: r.prefilled });
  const after = (await port.readReport())!;
  const byId = new Map(after.entries.map((e) => [e.indicatorId, e]));
  expect(byId.get(news)!.previous).toBe(1150);
  for (const p of r.prefilled.previous.filter((x) => x.indicatorId !== news))
    expect([p.indicatorId, byId.get(p.indicatorId)!.previous]).toEqual([p.indicatorId, p.value]);
  // What was filled is recorded (the ministry's previous.edited compares with it), not the kept one.
  expect(after.meta.prefilled!.source).toBe(r.prefilled.source);
  expect(after.meta.prefilled!.previous.map((p) => p.indicatorId)).not.toContain(news);
  expect(host).toBeTruthy();
});
