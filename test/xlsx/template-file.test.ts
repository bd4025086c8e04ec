// What the rendered file holds, checked in the file itself: names aligned row by row, inputs
// unlocked under a protected sheet, validation with input messages, print setup, formulas with no
// cached result, metadata in both stores (very hidden sheet, custom XML part), and how reading
// treats dates, rich text, formulas typed into inputs and a metadata store that was tampered with.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Entry } from "../../src/domain/entry";
import { parseRange } from "../../src/workbook/a1";
import { NAMES } from "../../src/workbook/layout";
import { prepareTemplate } from "../../src/workbook/prepare";
import { renderXlsx } from "../../src/xlsx/render";
import { readTemplate } from "../../src/xlsx/read";
import { FIXTURE_PLAN, FIXTURE_UNIT } from "../workbook/fixture-plan";
import { rawFacts } from "./ooxml";
import { formulaColumnCells } from "../../src/workbook/layout";

const OPTIONS = { generator: "test", createdAt: "2026-11-22T10:00:00.000Z" };
const request = { plan: FIXTURE_PLAN, unit: FIXTURE_UNIT, language: "vi" as const };
const n = FIXTURE_PLAN.indicators.length;

async function render(entries: Entry[] = []) {
  const { spec } = await prepareTemplate(
    request,
    entries.length ? { meta: null, entries, archive: [] } : null,
    OPTIONS,
  );
  return { spec, bytes: await renderXlsx(spec) };
}

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

test("every SA_* name points at the template sheet, one row per indicator, the same rows", async () => {
  const { bytes } = await render();
  const wb = await load(bytes);
  const boxes = [NAMES.ids, NAMES.values, NAMES.explanations, NAMES.evidence, NAMES.status].map((name) => {
    const ranges = wb.definedNames.getRanges(name).ranges;
    expect(ranges).toHaveLength(1);
    return parseRange(ranges[0]!)!;
  });
  for (const b of boxes) {
    expect(b.sheet).toBe("Tự đánh giá");
    expect(b.box.bottom - b.box.top + 1).toBe(n);
    expect(b.box.top).toBe(boxes[0]!.box.top);
  }
  const ws = wb.getWorksheet("Tự đánh giá")!;
  FIXTURE_PLAN.indicators.forEach((ind, i) =>
    expect(ws.getCell(boxes[0]!.box.top + i, boxes[0]!.box.left).value).toBe(ind.id),
  );
});

test("the sheet is protected without a password; only the input cells are unlocked", async () => {
  const { bytes, spec } = await render();
  const facts = await rawFacts(bytes);
  expect(facts.protectedSheet).toBe(true);
  const zip = await JSZip.loadAsync(bytes);
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  expect(sheet).not.toMatch(/hashValue|password=/);
  for (const c of [...spec.cells, ...formulaColumnCells(spec)])
    expect({ at: c.address, locked: facts.locked(c.address) }).toEqual({
      at: c.address,
      locked: c.input === undefined,
    });
  // Per row: value, explanation, evidence, decision, comment, and the trail's reply, reviewed by,
  // reviewed at and basis; in the header the preparer and the reviewer's name.
  expect(spec.cells.filter((c) => c.input).length).toBe(9 * n + 2);
});

test("print setup: A4 landscape at 100% (never shrunk below 11 pt), the table header and the number column on every page", async () => {
  const { bytes } = await render();
  const zip = await JSZip.loadAsync(bytes);
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  expect(sheet).not.toMatch(/<pageSetUpPr fitToPage="1"\/>/);
  const setup = /<pageSetup [^>]*>/.exec(sheet)![0];
  expect(setup).toMatch(/paperSize="9"/);
  expect(setup).toMatch(/orientation="landscape"/);
  expect(setup).toMatch(/scale="100"/);
  expect(setup).toMatch(/pageOrder="overThenDown"/);
  expect(workbook).toMatch(
    /<definedName name="_xlnm.Print_Titles"[^>]*>&apos;Tự đánh giá&apos;!\$A:\$A,&apos;Tự đánh giá&apos;!\$9:\$9<\/definedName>/,
  );
});

test("formulas carry no cached result and the workbook recalculates on load", async () => {
  const { bytes } = await render();
  const zip = await JSZip.loadAsync(bytes);
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const formulaCells = [
    ...sheet.matchAll(/<c [^>]*>(<f[^>]*\/>|<f[^>]*>[\s\S]*?<\/f>)(<v>[^<]*<\/v>)?<\/c>/g),
  ];
  expect(formulaCells.length).toBe(2 * n);
  expect(formulaCells.filter((m) => m[2] !== undefined)).toEqual([]);
  // Each formula column is one shared formula: its text is written once, at the top.
  const masters = formulaCells.filter((m) => /<f [^>]*ref="/.test(m[1]!));
  expect(masters.map((m) => /ref="([^"]+)"/.exec(m[1]!)![1])).toEqual([`H10:H${9 + n}`, `I10:I${9 + n}`]);
  expect(workbook).toMatch(/fullCalcOnLoad="1"/);
});

test("the file's formulas are exactly the spec's, the ones HyperFormula is tested on", async () => {
  const { bytes, spec } = await render();
  const wb = await load(bytes);
  const ws = wb.getWorksheet(spec.sheetName)!;
  const withFormula = formulaColumnCells(spec);
  expect(withFormula.length).toBe(2 * n);
  // Shared formulas: ExcelJS gives each follower the master's formula moved to its row.
  for (const c of withFormula) expect(ws.getCell(c.address).formula).toBe(c.formula);
});

test("value cells carry an input message saying what to type and where the target is; decisions are a list", async () => {
  const { bytes, spec } = await render();
  const zip = await JSZip.loadAsync(bytes);
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const first = spec.table.firstRow;
  const dv = (sqref: string) =>
    new RegExp(`<dataValidation [^>]*sqref="${sqref}"[^>]*>`).exec(sheet)?.[0] ?? "";
  expect(dv(`G${first}`)).toMatch(/showInputMessage="1"/);
  expect(dv(`G${first}`)).toMatch(/prompt="[^"]*cột Mục tiêu/);
  // Rows share one rule per value type in the spec; in the file each cell's formula is its own.
  const custom = [
    ...sheet.matchAll(/<dataValidation type="custom"[^>]*sqref="G(\d+)"[^>]*>\s*<formula1>([^<]*)</g),
  ];
  expect(custom.length).toBeGreaterThan(0);
  for (const [, row, formula] of custom) expect(formula).toContain(`G${row})`);
  expect(sheet).toContain(`sqref="K${first}:K${spec.table.lastRow}"`);
  expect(sheet).toMatch(/<formula1>&quot;Chấp nhận,Trả lại&quot;<\/formula1>/);
});

test("metadata is in a very hidden sheet and a custom XML part Excel can find by namespace", async () => {
  const { bytes } = await render();
  const facts = await rawFacts(bytes);
  expect(facts.sheetStates["SA_META"]).toBe("veryHidden");
  expect(facts.customXml).toHaveLength(1);
  const zip = await JSZip.loadAsync(bytes);
  expect(await zip.file("customXml/itemProps1.xml")!.async("string")).toMatch(
    /schemaRef ds:uri="urn:self-assess:report-meta:1"/,
  );
  expect(await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).toMatch(
    /Target="..\/customXml\/item1.xml"/,
  );
  expect(await zip.file("[Content_Types].xml")!.async("string")).toMatch(/customXml\/itemProps1.xml/);
  const r = await readTemplate(bytes);
  expect(r.metaSource).toBe("customXml");
  expect(r.metaDisagreement).toEqual([]);
  expect(r.meta?.indicatorIds).toEqual(FIXTURE_PLAN.indicators.map((i) => i.id));
});

test("a tampered custom XML part is reported against the sheet; without the part the sheet is used", async () => {
  const { bytes } = await render();
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("customXml/item1.xml")!.async("string");
  zip.file(
    "customXml/item1.xml",
    xml.replace("<planVersion>1.0.0</planVersion>", "<planVersion>9.9.9</planVersion>"),
  );
  const tampered = await readTemplate(await zip.generateAsync({ type: "uint8array" }));
  expect(tampered.metaSource).toBe("customXml");
  expect(tampered.metaDisagreement).toEqual(["planVersion"]);

  zip.remove("customXml/item1.xml");
  const without = await readTemplate(await zip.generateAsync({ type: "uint8array" }));
  expect(without.metaSource).toBe("sheet");
  expect(without.meta?.planVersion).toBe("1.0.0");
  expect(without.metaProblems).toEqual(["customXml: no metadata part"]);
});

test("reading: a date is a serial, rich text is plain text, a formula in an input is flagged", async () => {
  const { bytes, spec } = await render();
  const wb = await load(bytes);
  const ws = wb.getWorksheet(spec.sheetName)!;
  const row = (id: string) => spec.table.firstRow + spec.indicatorIds.indexOf(id);
  ws.getCell(row("launch"), spec.table.col.value).value = new Date(Date.UTC(2023, 11, 31));
  ws.getCell(row("points"), spec.table.col.explanation).value = {
    richText: [{ text: "Đã " }, { font: { bold: true }, text: "báo cáo" }],
  };
  ws.getCell(row("share-online"), spec.table.col.value).value = {
    formula: "0.5+0.4",
    result: 0.9,
  } as ExcelJS.CellFormulaValue;
  const r = await readTemplate(new Uint8Array(await wb.xlsx.writeBuffer()));
  const e = (id: string) => r.grid.entries.find((x) => x.indicatorId === id)!;
  expect(e("launch").value).toBe(45291);
  expect(e("points").explanation).toBe("Đã báo cáo");
  expect(e("share-online").value).toBe(0.9);
  expect(r.grid.formulaInputs).toEqual([
    { indicatorId: "share-online", part: "value", address: `G${row("share-online")}`, formula: "0.5+0.4" },
  ]);
});

test("entries written into a template come back as they were typed, text as text", async () => {
  const entries: Entry[] = [
    {
      indicatorId: "share-online",
      value: "=1+1",
      explanation: " =SUM(A1) ",
      evidence: "CV 12/2023",
      review: { decision: "returned", comment: "Bổ sung" },
    },
    {
      indicatorId: "policy",
      value: true,
      explanation: "",
      evidence: "",
      review: { decision: "accepted", comment: "" },
    },
    {
      indicatorId: "incidents",
      value: { error: "#N/A" },
      explanation: "x",
      evidence: "",
      review: { decision: null, comment: "" },
    },
  ];
  const { bytes } = await render(entries);
  const r = await readTemplate(bytes);
  for (const e of entries) expect(r.grid.entries.find((x) => x.indicatorId === e.indicatorId)).toEqual(e);
  expect(r.grid.formulaInputs).toEqual([]);
});

test("with the names deleted, the rows are found by the layout when the ids match the metadata", async () => {
  const entries: Entry[] = [
    {
      indicatorId: "incidents",
      value: 2,
      explanation: "ok",
      evidence: "",
      review: { decision: null, comment: "" },
    },
  ];
  const { bytes } = await render(entries);
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", workbook.replace(/<definedName name="SA_[^"]*">[^<]*<\/definedName>/g, ""));
  const r = await readTemplate(await zip.generateAsync({ type: "uint8array" }));
  expect(r.located).toBe("layout");
  expect(r.grid.entries.map((e) => e.indicatorId)).toEqual(FIXTURE_PLAN.indicators.map((i) => i.id));
  expect(r.grid.entries.find((e) => e.indicatorId === "incidents")).toEqual(entries[0]);

  // Rows moved or ids edited: the layout no longer matches and nothing is guessed.
  const wb = await load(await zip.generateAsync({ type: "uint8array" }));
  wb.getWorksheet("Tự đánh giá")!.getCell("N10").value = "edited";
  const moved = await readTemplate(new Uint8Array(await wb.xlsx.writeBuffer()));
  expect(moved.located).toBeNull();
  expect(moved.grid.entries).toEqual([]);
});
