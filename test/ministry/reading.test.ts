// Filled templates and submissions read honestly, whatever program last saved them: a deleted row
// is a deleted row, text under the table is reported, a sorted table is told that template --from
// repairs it, LibreOffice's TRUE is a value, prefixed and UTF-16 SpreadsheetML read as any other.
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/dispatch";
import type { Io } from "../../src/cli/io";
import { parseRange } from "../../src/workbook/a1";
import { GuardedPackage } from "../../src/ooxml/package";
import { LeanWorkbook } from "../../src/ooxml/lean-reader";
import { scanZip } from "../../src/ooxml/zip-scan";
import { inflateEntry } from "../../src/ooxml/inflate";
import { DEFAULT_LIMITS } from "../../src/ooxml/limits";
import { plan1097, sampleEntries, sampleSubmissionFile, sampleUnit } from "./fixtures/submissions";
import { blankTemplate, editTemplate, fillTemplate } from "./fixtures/templates";
import { writeZip } from "./fixtures/zip-writer";

const dir = mkdtempSync(join(tmpdir(), "sa-reading-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Checked {
  rejected: { code: string } | null;
  hash: { verified: boolean } | null;
  fileIssues: { code: string; severity: string; message: { vi: string; en: string } }[];
  entries: { indicatorId: string; status: string; issues: { code: string; message: { en: string } }[] }[];
}

async function check(name: string, bytes: Buffer): Promise<{ code: number; report: Checked }> {
  writeFileSync(join(dir, name), bytes);
  let out = "";
  const io: Io = {
    out: (t) => (out += t + "\n"),
    err: () => {},
    cwd: dir,
    now: () => "2023-12-12T09:00:00.000Z",
  };
  const code = await main(["check", name, "--json"], io);
  return { code, report: (JSON.parse(out) as Checked[])[0]! };
}

const plan = plan1097();
const unit = sampleUnit(5);
const entries = sampleEntries(plan, unit.unitType, () => "met");
const filled = async () => fillTemplate(await blankTemplate(plan, unit), entries);

describe("filled templates", () => {
  test("a deleted row is reported as deleted, with template --from as the repair", async () => {
    const victim = entries[3]!.indicatorId;
    const bytes = await editTemplate(await filled(), (ws, cellOf, wb) => {
      const row = Number(cellOf("SA_IDS", victim)!.row);
      ws.spliceRows(row, 1);
      // What Excel does to the names when a row inside them is deleted: each ends one row higher.
      for (const name of [
        "SA_IDS",
        "SA_VALUES",
        "SA_EXPLANATIONS",
        "SA_EVIDENCE",
        "SA_REVIEW_DECISIONS",
        "SA_REVIEW_COMMENTS",
        "SA_INDICATORS",
        "SA_TARGETS",
        "SA_STATUS",
        "SA_PARAMS",
      ]) {
        const ranges = wb.definedNames.getRanges(name).ranges;
        if (ranges.length !== 1) continue;
        const r = parseRange(ranges[0]!)!;
        wb.definedNames.remove(ranges[0]!, name);
        const col = (c: number) => String.fromCharCode(64 + c);
        wb.definedNames.add(
          `'${r.sheet}'!$${col(r.box.left)}$${r.box.top}:$${col(r.box.right)}$${r.box.bottom - 1}`,
          name,
        );
      }
    });
    const { code, report } = await check("deleted-row.xlsx", bytes);
    expect(code).toBe(1);
    const e = report.entries.find((x) => x.indicatorId === victim)!;
    expect(e.issues.map((i) => i.code)).toContain("template.row-deleted");
    expect(e.issues.find((i) => i.code === "template.row-deleted")!.message.en).toMatch(
      /deleted.*template --from/,
    );
    expect(
      report.entries.filter((x) => x.issues.some((i) => i.code === "template.row-deleted")),
    ).toHaveLength(1);
  });

  test("text typed under the table is reported, not ignored", async () => {
    const bytes = await editTemplate(await filled(), (ws, cellOf) => {
      const last = Number(cellOf("SA_IDS", entries[entries.length - 1]!.indicatorId)!.row);
      ws.getCell(last + 3, 2).value = "Chỉ tiêu bổ sung của đơn vị";
      ws.getCell(last + 3, 7).value = 42;
    });
    const { report } = await check("below.xlsx", bytes);
    const issue = report.fileIssues.find((i) => i.code === "template.rows-below")!;
    expect(issue.severity).toBe("warning");
    expect(issue.message.en).toMatch(/2 cells below the table.*"Chỉ tiêu bổ sung của đơn vị"/);
  });

  test("sorting only the visible table (A:N) leaves the hidden parameters behind: one message says template --from repairs it", async () => {
    const [a, b] = [entries[0]!.indicatorId, entries[1]!.indicatorId];
    const bytes = await editTemplate(await filled(), (ws, cellOf) => {
      const ra = Number(cellOf("SA_IDS", a)!.row);
      const rb = Number(cellOf("SA_IDS", b)!.row);
      // A spreadsheet's sort rewrites shared formulas as plain ones; do the same before moving cells.
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula && cell.formulaType === ExcelJS.FormulaType.Shared)
            cell.value = { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
        }),
      );
      for (let c = 1; c <= 14; c++) {
        const t = ws.getCell(ra, c).value;
        ws.getCell(ra, c).value = ws.getCell(rb, c).value;
        ws.getCell(rb, c).value = t;
      }
    });
    const { report } = await check("sorted.xlsx", bytes);
    const moved = report.fileIssues.find((i) => i.code === "template.rows-moved");
    expect(moved?.message.en).toMatch(/sorted.*template --from/);
    expect(moved?.message.vi).toMatch(/template --from/);
  });
});

/** A minimal package around one sheet's XML, for reader-level cases. */
function oneSheet(sheetXml: Buffer | string, prefix = ""): Buffer {
  const p = prefix ? `${prefix}:` : "";
  const ns = prefix ? `xmlns:${prefix}` : "xmlns";
  return writeZip([
    {
      name: "[Content_Types].xml",
      data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0"?><${p}workbook ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><${p}sheets><${p}sheet name="S" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    },
    { name: "xl/worksheets/sheet1.xml", data: sheetXml },
  ]);
}

const cellsOf = (bytes: Buffer) =>
  new LeanWorkbook(new GuardedPackage(bytes, DEFAULT_LIMITS)).sheet("S")!.cells;

describe("the lean reader", () => {
  const body = (p: string) =>
    `<${p}sheetData><${p}row r="1"><${p}c r="A1" t="b"><${p}f>TRUE()</${p}f><${p}v>1</${p}v></${p}c><${p}c r="B1" t="b"><${p}f>FALSE()</${p}f><${p}v>0</${p}v></${p}c><${p}c r="C1"><${p}f>1+1</${p}f><${p}v>2</${p}v></${p}c><${p}c r="D1" t="inlineStr"><${p}is><${p}t>Có</${p}t></${p}is></${p}c></${p}row></${p}sheetData>`;
  const sheet = (prefix = "") => {
    const p = prefix ? `${prefix}:` : "";
    return `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${prefix ? `xmlns:${prefix}` : "xmlns"}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${body(p)}</${p}worksheet>`;
  };

  test("a TRUE or FALSE saved by LibreOffice (=TRUE()) is a value; another formula stays a formula", () => {
    const cells = cellsOf(oneSheet(sheet()));
    expect(cells.get("A1")).toEqual({ value: true });
    expect(cells.get("B1")).toEqual({ value: false });
    expect(cells.get("C1")).toEqual({ value: 2, formula: "1+1" });
  });

  test("namespace-prefixed SpreadsheetML (<x:c>) reads as the plain form", () => {
    expect(cellsOf(oneSheet(sheet("x"), "x"))).toEqual(cellsOf(oneSheet(sheet())));
  });

  test("UTF-16 XML parts (with their BOM) read as UTF-8 ones", () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(sheet().replace("UTF-8", "UTF-16"), "utf16le"),
    ]);
    expect(cellsOf(oneSheet(utf16))).toEqual(cellsOf(oneSheet(sheet())));
  });

  test("a whole submission rewritten with prefixes, and in UTF-16, still verifies", async () => {
    const { bytes } = await sampleSubmissionFile(plan, unit, entries);
    const rewrite = (transform: (name: string, xml: string) => Buffer | string) =>
      writeZip(
        scanZip(bytes, DEFAULT_LIMITS)
          .filter((e) => !e.name.endsWith("/"))
          .map((e) => {
            const data = inflateEntry(bytes, e);
            return {
              name: e.name,
              data: /^xl\/.*\.xml$/.test(e.name) ? transform(e.name, data.toString("utf8")) : data,
            };
          }),
      );
    const prefixed = rewrite((_n, xml) =>
      xml
        .replace(
          'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
          'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
        )
        .replace(/<(\/?)([A-Za-z]\w*)(?=[\s>/])/g, "<$1x:$2"),
    );
    const sheet1 = scanZip(prefixed, DEFAULT_LIMITS).find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    expect(inflateEntry(prefixed, sheet1).toString("utf8")).toContain("<x:c ");
    const a = await check("prefixed.xlsx", prefixed);
    expect([a.code, a.report.rejected, a.report.hash?.verified]).toEqual([0, null, true]);
    const utf16 = rewrite((_n, xml) =>
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(xml.replace(/encoding="UTF-8"/i, 'encoding="UTF-16"'), "utf16le"),
      ]),
    );
    const b = await check("utf16.xlsx", utf16);
    expect([b.code, b.report.rejected, b.report.hash?.verified]).toEqual([0, null, true]);
  });
});
