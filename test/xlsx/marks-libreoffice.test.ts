// LibreOffice computes the sheet's marks (conditional formats written at insert, so they work
// without the add-in) and they say what the assessment says, as HyperFormula's do
// (test/workbook/marks-hyperformula.test.ts). Each mark's formula is copied, moved to its row, into
// a spare column of the same sheet, so LibreOffice computes exactly what the rule asks; a status
// column recomputed by LibreOffice over decomposed Vietnamese tokens is checked as well.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { CellValue, Entry } from "../../src/domain/entry";
import type { Indicator } from "../../src/domain/plan";
import { assessEntry } from "../../src/domain/assess";
import { selectIndicators } from "../../src/domain/applicability";
import { statusFromLabel, statusLabels } from "../../src/domain/status-labels";
import type { DocumentKind } from "../../src/domain/registration";
import { getPlan } from "../../src/catalog/index";
import type { LayoutSpec } from "../../src/workbook/layout-types";
import { renderXlsx, toExcelValue } from "../../src/xlsx/render";
import { fromExcel } from "../../src/xlsx/read";
import { FIXTURE_PLAN } from "../workbook/fixture-plan";
import { judgingOf, type Judging } from "../../src/domain/whose-target";
import { expectedMarks, explanationArb, markCells, markLayout, markValueArb } from "../workbook/marks-check";
import type { MarkKind } from "../workbook/marks-check";
import { convertWithLibreOffice } from "./engine";

const FILLS = 6;
const PROBE_COLUMN = 30; // AD: far right of the template's columns and its hidden parameters

let dir: string;
interface Fill {
  file: string;
  spec: LayoutSpec;
  indicators: Indicator[];
  values: CellValue[];
  explanations: string[];
  /** Whose target judges each row (issue #11): a province's contributions are reported. */
  judging: Judging;
  /** A registration's sheet (D42): its own words and marks. */
  kind?: DocumentKind;
}
const fills: Fill[] = [];

const KINDS: MarkKind[] = ["explanation-required", "explanation-asked", "value-warning", "whole-number"];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sa-marks-lo-"));
  const kh = getPlan("kh-1097-2023")!;
  const layouts = [
    {
      spec: markLayout(FIXTURE_PLAN, "provincial-department", FIXTURE_PLAN.indicators, "vi"),
      indicators: FIXTURE_PLAN.indicators,
    },
    {
      spec: markLayout(FIXTURE_PLAN, "provincial-department", FIXTURE_PLAN.indicators, "en"),
      indicators: FIXTURE_PLAN.indicators,
    },
    (() => {
      const indicators = selectIndicators(kh, "provincial-department");
      return { spec: markLayout(kh, "provincial-department", indicators, "vi"), indicators };
    })(),
    {
      spec: markLayout(FIXTURE_PLAN, "provincial-department", FIXTURE_PLAN.indicators, "vi", "registration"),
      indicators: FIXTURE_PLAN.indicators,
      kind: "registration" as const,
    },
  ];
  let seed = 1313;
  for (const [n, { spec, indicators, kind }] of layouts.entries()) {
    const template = await renderXlsx(spec);
    for (let k = 0; k < FILLS; k++) {
      const values = indicators
        .map((ind) => fc.sample(markValueArb(ind), { numRuns: 1, seed: seed++ })[0]!)
        // Calc has no boolean type in a number-formatted cell (docs/template.md): yes/no rows only.
        .map((v, i) => (typeof v === "boolean" && indicators[i]!.valueType !== "done" ? null : v));
      const explanations = indicators.map(() => fc.sample(explanationArb, { numRuns: 1, seed: seed++ })[0]!);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(template as unknown as ArrayBuffer);
      const ws = wb.getWorksheet(spec.sheetName)!;
      values.forEach((v, i) => {
        ws.getCell(spec.table.firstRow + i, spec.table.col.value).value = toExcelValue(v);
        ws.getCell(spec.table.firstRow + i, spec.table.col.explanation).value =
          explanations[i] === "" ? null : explanations[i]!;
      });
      for (const c of markCells(spec))
        ws.getCell(c.row, PROBE_COLUMN + KINDS.indexOf(c.kind) * 4 + probeSlot(spec, c)).value = {
          formula: c.formula,
        } as ExcelJS.CellFormulaValue;
      const file = join(dir, `marks-${n}-${k}.xlsx`);
      await wb.xlsx.writeFile(file);
      const judging = judgingOf(n === 2 ? kh : FIXTURE_PLAN, "provincial-department");
      fills.push({ file, spec, indicators, values, explanations, judging, ...(kind ? { kind } : {}) });
    }
  }
  convertWithLibreOffice(
    fills.map((f) => f.file),
    join(dir, "out"),
  );
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Several rules of one kind can cover a row (a usual range and a slip): each gets its own cell. */
function probeSlot(spec: LayoutSpec, cell: { kind: MarkKind; row: number; formula: string }): number {
  const same = markCells(spec).filter((c) => c.kind === cell.kind && c.row === cell.row);
  return same.findIndex((c) => c.formula === cell.formula);
}

test("every mark LibreOffice computes is the assessment's, and so is every status", async () => {
  let rows = 0;
  const seen: Record<MarkKind, number> = {
    "explanation-required": 0,
    "explanation-asked": 0,
    "value-warning": 0,
    "whole-number": 0,
  };
  for (const f of fills) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "out", f.file.split("/").pop()!));
    const ws = wb.worksheets[0]!;
    f.indicators.forEach((ind, i) => {
      const row = f.spec.table.firstRow + i;
      const shown = Object.fromEntries(
        KINDS.map((kind) => {
          let any = false;
          for (let slot = 0; slot < 4; slot++)
            any ||=
              fromExcel(ws.getCell(row, PROBE_COLUMN + KINDS.indexOf(kind) * 4 + slot).value).value === true;
          return [kind, any];
        }),
      );
      const e: Entry = {
        indicatorId: ind.id,
        value: f.values[i]!,
        explanation: f.explanations[i]!,
        evidence: "",
        review: { decision: null, comment: "" },
      };
      const context = `${f.file.split("/").pop()} ${ind.id} value ${JSON.stringify(f.values[i])} explanation ${JSON.stringify(f.explanations[i])}`;
      expect({ context, marks: shown }).toEqual({
        context,
        marks: expectedMarks(ind, e, 2023, f.judging, f.kind),
      });
      for (const kind of KINDS) if (shown[kind]) seen[kind]++;
      const label = fromExcel(ws.getCell(row, f.spec.table.col.status).value).value;
      const status = assessEntry(ind, e, { year: 2023, ...f.judging }).status;
      // The document's own words, exactly: a registration never says "Chưa đạt" (D42).
      expect({ context, status: statusFromLabel(label), label }).toEqual({
        context,
        status,
        label: statusLabels(f.spec.language, f.kind)[status],
      });
      rows++;
    });
  }
  expect(rows).toBeGreaterThan(300);
  // Every kind of mark was shown somewhere, so the comparison is not of empty probes.
  for (const kind of KINDS) expect({ kind, shown: seen[kind] > 0 }).toEqual({ kind, shown: true });
});
