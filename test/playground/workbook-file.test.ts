// The playground opens an .xlsx and saves the workbook back (src/playground/workbook-file.ts): a
// template made by `self-assess template`, filled in the browser and saved, is accepted by
// `self-assess export`, and the saved file keeps the template's names, metadata (very hidden
// sheet and custom XML part), protection, validation and formulas. Opening a saved file gives the
// same workbook again.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createExcelHost, type ExcelHost } from "../../src/playground/host";
import { restoreWorkbook } from "../../src/playground/persist";
import { openXlsx, rectangles, saveXlsx } from "../../src/playground/workbook-file";
import { getPlan } from "../../src/catalog";
import { selectIndicators } from "../../src/domain/applicability";
import { NAMES } from "../../src/workbook/layout";
import { META_NAMESPACE, META_SHEET_NAME } from "../../src/workbook/meta";
import { readTemplate } from "../../src/xlsx/read";
import { runCli } from "../cli/harness";
import { meetingValue } from "./typed-values";
import { exportAccepted, look } from "./saved-file";

let dir: string;
/** The rows a provincial department's template holds: the plan's selection for it (41 in catalog 2.0.0). */
const DEPARTMENT_ROWS = selectIndicators(getPlan("kh-1097-2023")!, "provincial-department").length;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "playground-file-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function template(unitType: string, code: string): Promise<Uint8Array> {
  const out = join(dir, `${unitType}.xlsx`);
  const r = await runCli(
    [
      "template",
      "--plan",
      "kh-1097-2023",
      "--unit-type",
      unitType,
      "--unit-code",
      code,
      "--unit-name",
      "Sở KH&CN tỉnh X",
      "--out",
      out,
      "--force",
    ],
    dir,
  );
  expect(r.code).toBe(0);
  return readFileSync(out);
}

async function open(bytes: Uint8Array): Promise<{ host: ExcelHost; dropped: string[] }> {
  // A Vietnamese computer, as the accountant's.
  const opened = await openXlsx(bytes, () => createExcelHost({ sheets: [], culture: "vi-VN" }));
  const host = createExcelHost({ sheets: [], culture: "vi-VN" });
  restoreWorkbook(host, opened.json);
  return { host, dropped: opened.dropped };
}

function valueColumn(host: ExcelHost): { sheet: string; first: string; rows: number } {
  const name = host.snapshot().names.find((n) => n.name === NAMES.values)!;
  const m = /^='?(.+?)'?!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(name.formula)!;
  return { sheet: m[1]!, first: `${m[2]}${m[3]}`, rows: Number(m[4]) - Number(m[3]) + 1 };
}

describe("a template made by the CLI, opened in the playground", () => {
  test("opens with nothing left out: names, metadata, protection, validation, formulas, frozen panes", async () => {
    const bytes = await template("provincial-department", "000.00.00.H26");
    const { host, dropped } = await open(bytes);
    expect(dropped).toEqual([]);
    const snap = host.snapshot();
    const sheet = snap.sheets.find((s) => s.visibility === "Visible")!;
    expect(snap.sheets.find((s) => s.name === META_SHEET_NAME)?.visibility).toBe("VeryHidden");
    expect(sheet.protected).toBe(true);
    expect(sheet.frozenRows).toBe(9);
    expect(sheet.frozenColumns).toBe(2);
    expect(sheet.hiddenColumns.length).toBeGreaterThan(0);
    expect(snap.names.map((n) => n.name)).toEqual(
      expect.arrayContaining([NAMES.ids, NAMES.values, NAMES.status]),
    );
    expect(snap.customXmlParts.map((p) => p.namespaceUri)).toEqual([META_NAMESPACE]);
    const { first, rows } = valueColumn(host);
    expect(rows).toBe(DEPARTMENT_ROWS);
    expect(rows).toBeGreaterThanOrEqual(39);
    const g10 = sheet.cells.find((c) => c.address === first)!;
    expect(g10.locked).toBe(false);
    expect(g10.prompt).toMatch(/\S/);
    expect(sheet.cells.some((c) => c.formula?.startsWith("=IF("))).toBe(true);
    // The status formulas compute in the browser's engine: every row starts "not entered".
    expect(sheet.cells.filter((c) => c.value === "Chưa nhập")).toHaveLength(DEPARTMENT_ROWS);
  });

  test("filled in the browser and saved, `self-assess export` accepts it, and the file kept what the template had", async () => {
    const bytes = await template("provincial-department", "000.00.00.H26");
    const { host } = await open(bytes);
    const { sheet, first, rows } = valueColumn(host);
    const plan = getPlan("kh-1097-2023")!;
    const ids = (await readTemplate(bytes)).grid.entries.map((e) => e.indicatorId);
    expect(ids).toHaveLength(rows);
    const values = ids.map((id) => [meetingValue(plan.indicators.find((i) => i.id === id)!)]);
    host.user.paste(sheet, first, values);
    await host.idle();

    const saved = await saveXlsx(host);
    const file = join(dir, "filled.xlsx");
    writeFileSync(file, saved);
    const entries = await exportAccepted(file, dir);
    expect(entries).toHaveLength(DEPARTMENT_ROWS);
    expect(entries.every((e) => e.value !== null)).toBe(true);

    // The file itself: names, very hidden metadata sheet, custom XML part, protection, validation, formulas.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(saved as unknown as ArrayBuffer);
    const before = new ExcelJS.Workbook();
    await before.xlsx.load(bytes as unknown as ArrayBuffer);
    const names = (w: ExcelJS.Workbook) =>
      (w.definedNames.model as { name: string; ranges: string[] }[])
        .map((n) => `${n.name}=${n.ranges.join(",")}`)
        .sort();
    expect(names(wb)).toEqual(names(before));
    expect(wb.getWorksheet(META_SHEET_NAME)?.state).toBe("veryHidden");
    const zip = await JSZip.loadAsync(saved);
    const part = await zip.file("customXml/item1.xml")?.async("string");
    expect(part).toBe(await (await JSZip.loadAsync(bytes)).file("customXml/item1.xml")?.async("string"));
    const ws = wb.getWorksheet(sheet)!;
    const old = before.getWorksheet(sheet)!;
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    const dv = (w: ExcelJS.Worksheet) =>
      (w as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
    expect(Object.keys(dv(ws)).sort()).toEqual(Object.keys(dv(old)).sort());
    for (const address of Object.keys(dv(old))) expect(dv(ws)[address]).toEqual(dv(old)[address]);
    const formulas = (w: ExcelJS.Worksheet) => {
      const out: string[] = [];
      w.eachRow((row) => row.eachCell((c) => c.formula && out.push(`${c.address}=${c.formula}`)));
      return out.sort();
    };
    expect(formulas(ws)).toEqual(formulas(old));
    expect(ws.getColumn(16).hidden).toBe(true); // P, the first hidden parameter (DECISIONS D28, D29)
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 9 });
    // Formulas carry their results, so a reader that trusts cached values sees the statuses.
    // Row 1 is the department's postal service points: its contribution to the national 27,000,
    // reported with no target of its own (issue #11).
    expect(ws.getCell("I10").result).toBe("Đã báo cáo");
  });

  test("a saved file opens as the same workbook, and saving it again changes nothing that matters", async () => {
    const bytes = await template("press-agency", "000.00.00.H26");
    const { host } = await open(bytes);
    const { sheet, first } = valueColumn(host);
    host.user.type(sheet, first, "80%");
    const once = await open(await saveXlsx(host));
    expect(look(once.host)).toEqual(look(host));
    const twice = await open(await saveXlsx(once.host));
    expect(look(twice.host)).toEqual(look(host));
  });

  test("what the template reader reads from the saved file is what was typed", async () => {
    const bytes = await template("press-agency", "000.00.00.H26");
    const { host } = await open(bytes);
    const { sheet } = valueColumn(host);
    const explanations = host.snapshot().names.find((n) => n.name === NAMES.explanations)!;
    const at = /\$([A-Z]+)\$(\d+)/.exec(explanations.formula)!;
    host.user.type(sheet, `${at[1]}${at[2]}`, "Thiếu kinh phí, chờ phân bổ\tquý IV");
    const reading = await readTemplate(await saveXlsx(host));
    expect(reading.grid.entries[0]!.explanation).toBe("Thiếu kinh phí, chờ phân bổ\tquý IV");
  });
});

describe("opening what is not a template", () => {
  test("a plain workbook: values, formulas, a validation over two areas (each cell judged by its own), a rule by value", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Dữ liệu");
    ws.getCell("A1").value = 5;
    ws.getCell("B1").value = { formula: "A1*2" } as ExcelJS.CellFormulaValue;
    ws.getCell("C1").value = "văn bản";
    (ws as unknown as { dataValidations: { add(r: string, v: unknown): void } }).dataValidations.add(
      "A1:A3",
      {
        type: "custom",
        formulae: ["ISNUMBER(A1)"],
        allowBlank: true,
        showErrorMessage: true,
      },
    );
    ws.addConditionalFormatting({
      ref: "A1:A3",
      rules: [
        {
          type: "cellIs",
          operator: "greaterThan",
          formulae: ["3"],
          priority: 1,
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
        } as ExcelJS.ConditionalFormattingRule,
      ],
    });
    // Excel writes one rule over several areas as one sqref; its formula is relative to the first cell.
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const rule = /(<dataValidation [^>]*sqref=")A1:A3"/;
    expect(sheetXml).toMatch(rule);
    zip.file("xl/worksheets/sheet1.xml", sheetXml.replace(rule, '$1A1:A3 C2:D3"'));
    const patched = await zip.generateAsync({ type: "uint8array" });
    const { host, dropped } = await open(patched);
    expect(dropped).toEqual([]);
    const cells = () => host.snapshot().sheets[0]!.cells;
    expect(cells().find((c) => c.address === "B1")?.value).toBe(10);
    expect(cells().find((c) => c.address === "A1")?.fill).toBe("#FFC7CE");
    host.user.type("Dữ liệu", "A1", "2");
    expect(cells().find((c) => c.address === "A1")?.fill).toBeNull();
    expect(cells().find((c) => c.address === "B1")?.value).toBe(4);
    for (const address of ["A2", "C2", "D3"]) {
      expect(() => host.user.type("Dữ liệu", address, "chữ")).toThrow(/validation/);
      host.user.type("Dữ liệu", address, "7");
    }
    host.user.type("Dữ liệu", "E3", "chữ");
  });

  test("a file that is not an .xlsx is refused", async () => {
    await expect(open(new TextEncoder().encode("not a workbook"))).rejects.toThrow();
  });
});

describe("rectangles", () => {
  test("cover the cells exactly, each taken once", () => {
    const cells = [
      { r: 0, c: 0 },
      { r: 1, c: 0 },
      { r: 0, c: 1 },
      { r: 1, c: 1 },
      { r: 5, c: 3 },
      { r: 3, c: 0 },
    ];
    expect(rectangles(cells)).toEqual([
      { r0: 0, c0: 0, r1: 1, c1: 1 },
      { r0: 3, c0: 0, r1: 3, c1: 0 },
      { r0: 5, c0: 3, r1: 5, c1: 3 },
    ]);
  });
});
