// The workbook port on a file: insert, re-insert keeping entries, accepted fixes written as the
// value they are (text stays text), reviews in the template's words, issues as notes, metadata kept.
import ExcelJS from "exceljs";
import type { Assessment } from "../../src/domain/entry";
import { XlsxWorkbook } from "../../src/xlsx/port";
import { readTemplate } from "../../src/xlsx/read";
import { FIXTURE_PLAN, FIXTURE_UNIT } from "../workbook/fixture-plan";

const OPTIONS = { generator: "test", createdAt: "2026-11-22T10:00:00.000Z" };
const request = { plan: FIXTURE_PLAN, unit: FIXTURE_UNIT, language: "vi" as const };

test("an empty file has no report; insert makes one with a row per indicator", async () => {
  const port = new XlsxWorkbook(null, OPTIONS);
  expect(await port.readReport()).toBeNull();
  expect((await port.previewInsert(request)).mode).toBe("new");
  const r = await port.insertTemplate(request);
  expect(r).toMatchObject({ sheetName: "Tự đánh giá", rows: FIXTURE_PLAN.indicators.length });
  const snap = await port.readReport();
  expect(snap?.entries.map((e) => e.indicatorId)).toEqual(FIXTURE_PLAN.indicators.map((i) => i.id));
});

test("values, reviews and re-insert: every entry kept, text written as text, metadata still in both stores", async () => {
  const port = new XlsxWorkbook(null, OPTIONS);
  await port.insertTemplate(request);
  await port.writeValue("share-online", 0.85);
  await port.writeValue("points", "=1+1");
  await port.writeReview("share-online", { decision: "returned", comment: "Thiếu minh chứng" });
  expect((await port.previewInsert(request)).mode).toBe("reinsert");
  await port.insertTemplate(request);
  const reading = await readTemplate(port.data!);
  expect(reading.metaSource).toBe("customXml");
  expect(reading.metaDisagreement).toEqual([]);
  const e = (id: string) => reading.grid.entries.find((x) => x.indicatorId === id)!;
  expect(e("share-online")).toMatchObject({
    value: 0.85,
    review: { decision: "returned", comment: "Thiếu minh chứng" },
  });
  expect(e("points").value).toBe("=1+1");
  expect(reading.grid.formulaInputs).toEqual([]);
});

test("issues become notes on the status cell; goTo names the cell of the part", async () => {
  const port = new XlsxWorkbook(null, OPTIONS);
  await port.insertTemplate(request);
  const a: Assessment = {
    indicatorId: "incidents",
    status: "shortfall",
    value: 5,
    completion: 0.6,
    issues: [
      {
        code: "explanation.required",
        severity: "error",
        indicatorId: "incidents",
        part: "explanation",
        message: { vi: "Cần giải trình vì chưa đạt.", en: "Explain the shortfall." },
      },
    ],
  };
  await port.showAssessment([a]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(port.data! as unknown as ArrayBuffer);
  const row = 10 + FIXTURE_PLAN.indicators.findIndex((i) => i.id === "incidents");
  expect(String(wb.getWorksheet("Tự đánh giá")!.getCell(`I${row}`).note)).toMatch(/Cần giải trình/);
  await port.goTo("incidents", "explanation");
  expect(port.selected).toBe(`'Tự đánh giá'!J${row}`);
  await expect(port.goTo("nope", "value")).rejects.toThrow(/nope/);
});
