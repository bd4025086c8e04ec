// The layout spec as the adapters receive it: limits Excel enforces, every input validated and
// unlocked, the status written as text and coloured by it, the archive below the table.
import type { Entry } from "../../src/domain/entry";
import { selectIndicators } from "../../src/domain/applicability";
import { STATUS_LABELS } from "../../src/domain/status-labels";
import { BUNDLED_PLANS } from "../../src/catalog/index";
import { buildLayout, validationAreas, valuePrompt } from "../../src/workbook/layout";
import { valueValidationFormula } from "../../src/workbook/formulas";
import { SYNTH_UNIT, synthPlan } from "../excel/synth-plan";
import type { LayoutSpec } from "../../src/workbook/layout-types";
import type { Language } from "../../src/workbook/port";
import { parseRange } from "../../src/workbook/a1";
import { FIXTURE_PLAN, FIXTURE_UNIT, fixtureLayout, fixtureMeta } from "./fixture-plan";
import { formulaColumnCells } from "../../src/workbook/layout";

const meta = (indicatorIds: string[], language: Language) => fixtureMeta({ indicatorIds, language });

function allLayouts(): LayoutSpec[] {
  const out: LayoutSpec[] = [];
  for (const plan of [...BUNDLED_PLANS, FIXTURE_PLAN])
    for (const unitType of plan.unitTypes.map((u) => u.id))
      for (const language of ["vi", "en"] as const) {
        const indicators = selectIndicators(plan, unitType);
        if (indicators.length === 0) continue;
        const unit = { ...FIXTURE_UNIT, unitType };
        out.push(
          buildLayout({
            plan,
            unit,
            indicators,
            language,
            meta: meta(
              indicators.map((i) => i.id),
              language,
            ),
          }),
        );
      }
  return out;
}

test("every input message and validation formula fits Excel's limits, for every plan, unit type and language", () => {
  for (const spec of allLayouts()) {
    for (const v of spec.validations) {
      expect(v.prompt.title.length).toBeLessThanOrEqual(32);
      expect(v.error.title.length).toBeLessThanOrEqual(32);
      expect(v.prompt.message.length).toBeLessThanOrEqual(255);
      expect(v.error.message.length).toBeLessThanOrEqual(255);
      if (v.formula) expect(v.formula.length).toBeLessThanOrEqual(255);
      if (v.list) expect(v.list.join(",").length).toBeLessThanOrEqual(255);
    }
  }
});

test("every input cell is unlocked and covered by a validation; every other cell is locked", () => {
  const spec = fixtureLayout("vi");
  const covered = (address: string) =>
    spec.validations.some((v) =>
      validationAreas(v).some((area) => {
        const r = parseRange(area.range)!.box;
        const c = parseRange(address)!.box;
        return c.top >= r.top && c.top <= r.bottom && c.left >= r.left && c.left <= r.right;
      }),
    );
  for (const c of [...spec.cells, ...formulaColumnCells(spec)]) {
    expect({ at: c.address, locked: c.style.locked }).toEqual({
      at: c.address,
      locked: c.input === undefined,
    });
    if (c.input)
      expect({ at: c.address, covered: covered(c.address) }).toEqual({ at: c.address, covered: true });
  }
});

test("the status column is a formula emitting a label, and each coloured status has its rule", () => {
  const spec = fixtureLayout("en");
  expect(spec.cells.filter((c) => c.formula !== undefined)).toEqual([]);
  // One formula per column, described once: the top row's, filled down to the last row.
  expect(spec.formulaColumns.map((f) => [f.col, f.top, f.bottom])).toEqual([
    [spec.table.col.completion, spec.table.firstRow, spec.table.lastRow],
    [spec.table.col.status, spec.table.firstRow, spec.table.lastRow],
  ]);
  const statusCells = formulaColumnCells(spec).filter(
    (c) => c.col === spec.table.col.status && c.row >= spec.table.firstRow,
  );
  expect(statusCells).toHaveLength(FIXTURE_PLAN.indicators.length);
  for (const c of statusCells) expect(c.formula).toContain(`"${STATUS_LABELS.en.missing}"`);
  const byStatus = spec.conditionalFormats.filter((cf) => cf.status !== undefined);
  const coloured = byStatus.map((cf) => cf.status).sort();
  expect(coloured).toEqual([
    "exceeded",
    "invalid",
    "met",
    "not-applicable",
    "not-due",
    "reported",
    "shortfall",
  ]);
  for (const cf of byStatus)
    expect(cf.formula).toBe(`$I${spec.table.firstRow}="${STATUS_LABELS.en[cf.status!]}"`);
});

test("archived entries sit below the table under a title, in their own name, and are printed", () => {
  const gone: Entry = {
    indicatorId: "old.one",
    value: "=1+1",
    explanation: "lý do",
    evidence: "CV 1",
    review: {
      decision: "accepted",
      comment: "ok",
      reply: "đã bổ sung",
      reviewer: "Nguyễn Văn A",
      reviewedAt: "2024-01-15T09:30:00+07:00",
      basis: { value: "=1+1", reply: "" },
    },
  };
  const spec = fixtureLayout("vi", { archive: [{ entry: gone, text: "Chỉ tiêu cũ" }] });
  const a = spec.table.archive!;
  expect(a.titleRow).toBeGreaterThan(spec.table.lastRow + 1);
  expect(a.firstRow).toBe(a.lastRow);
  const at = (col: number) => spec.cells.find((c) => c.row === a.firstRow && c.col === col)!;
  expect(at(spec.table.col.id).value).toBe("old.one");
  expect(at(spec.table.col.value).value).toBe("=1+1");
  expect(at(spec.table.col.value).formula).toBeUndefined();
  expect(at(spec.table.col.reviewDecision).value).toBe("Chấp nhận");
  // The archive keeps the review trail in the trail's columns (Y:AB), so the name reaches AB.
  expect(at(spec.table.trail.reply).value).toBe("đã bổ sung");
  expect(at(spec.table.trail.reviewedBy).value).toBe("Nguyễn Văn A");
  expect(spec.names.find((n) => n.name === "SA_ARCHIVE")!.range).toBe(`$A$${a.firstRow}:$AB$${a.lastRow}`);
  expect(spec.print.printArea).toBe(`A1:O${a.lastRow}`);
});

test("a layout with no indicator is refused", () => {
  expect(() => fixtureLayout("vi", { indicators: [] })).toThrow(/no indicators/);
});

test("the header names the reporting period of the unit's year (Decree 09/2019: 15/12 to 14/12)", () => {
  const plan = { ...FIXTURE_PLAN, period: { year: 2020, from: "2019-12-15", to: "2020-12-14" } };
  const unit = { ...FIXTURE_UNIT, year: 2024 };
  const spec = buildLayout({ plan, unit, indicators: plan.indicators, language: "vi", meta: meta([], "vi") });
  const texts = spec.cells.map((c) => c.value);
  expect(texts).toContain("Kỳ báo cáo: từ 15/12/2023 đến 14/12/2024");
  expect(texts).toContain(2024);
});

test("value rows share one rule per value type and bounds, and each cell's formula is its own row's", () => {
  const plan = synthPlan(70);
  const spec = buildLayout({
    plan,
    unit: SYNTH_UNIT,
    indicators: plan.indicators,
    language: "vi",
    meta: meta([], "vi"),
  });
  const G = (row: number) => `G${row}`;
  const valueRules = spec.validations.filter((v) => v.range.startsWith("G"));
  // 70 rows cycling through 7 kinds: 7 rules, not 70, and no prompt names a row's own target.
  expect(valueRules).toHaveLength(7);
  for (const v of valueRules) expect(v.prompt.message).toContain("cột Mục tiêu");
  const seen = new Set<number>();
  for (const v of valueRules)
    for (const area of validationAreas(v)) {
      const box = parseRange(area.range)!.box;
      for (let row = box.top; row <= box.bottom; row++) {
        seen.add(row);
        const ind = plan.indicators[row - spec.table.firstRow]!;
        if (v.type === "custom")
          expect(area.formula!.replaceAll(G(box.top), G(row))).toBe(valueValidationFormula(ind, G(row)));
      }
    }
  expect(seen.size).toBe(70);
});

test("the plan's entry note is the value cell's input message, within 255 characters (issue #12 item 8)", () => {
  let noted = 0;
  for (const plan of BUNDLED_PLANS)
    for (const language of ["vi", "en"] as const) {
      const indicators = plan.indicators;
      const spec = buildLayout({
        plan,
        unit: FIXTURE_UNIT,
        indicators,
        language,
        meta: meta(
          indicators.map((i) => i.id),
          language,
        ),
      });
      const col = spec.table.col.value;
      const promptAt = (row: number) =>
        spec.validations.find((v) =>
          validationAreas(v).some((area) => {
            const b = parseRange(area.range)!.box;
            return row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
          }),
        )!.prompt.message;
      indicators.forEach((ind, i) => {
        const message = promptAt(spec.table.firstRow + i);
        expect(message.length).toBeLessThanOrEqual(255);
        const note = ind.entryNote?.[language];
        if (note) {
          noted++;
          expect({ id: ind.id, starts: message.startsWith(note.trim()) }).toEqual({
            id: ind.id,
            starts: true,
          });
        } else expect(message).toBe(valuePrompt(ind, language));
      });
    }
  // Both plans carry notes (catalog 2.0.0): the test is not vacuous.
  expect(noted).toBeGreaterThan(20);
});

test("a long entry note keeps the note whole and drops what does not fit", () => {
  const ind = { ...FIXTURE_PLAN.indicators[0]!, entryNote: { vi: "x".repeat(250), en: "y".repeat(255) } };
  expect(valuePrompt(ind, "vi")).toBe("x".repeat(250));
  expect(valuePrompt(ind, "en")).toBe("y".repeat(255));
  const short = { ...ind, entryNote: { vi: "Nhập số của riêng đơn vị.", en: "Your own figure." } };
  expect(valuePrompt(short, "en")).toMatch(/^Your own figure\. .*N\/A/);
});

/** What a column of `width` characters takes on screen: Excel's 7 px a character plus 5 px. */
const px = (width: number) => 7 * width + 5;

test("the columns come in the settled order, and the value column is on screen beside a 350 px pane at 1366×768", () => {
  const spec = buildLayout({
    plan: FIXTURE_PLAN,
    unit: FIXTURE_UNIT,
    indicators: FIXTURE_PLAN.indicators,
    language: "vi",
    meta: meta([], "vi"),
  });
  const header = (col: number) =>
    spec.cells.find((c) => c.row === spec.table.headerRow && c.col === col)?.value ?? null;
  expect(Array.from({ length: 15 }, (_, i) => header(i + 1))).toEqual([
    "STT",
    "Chỉ tiêu",
    "Đơn vị tính",
    "Hạn",
    "Mục tiêu",
    "Năm trước",
    "Kết quả thực hiện",
    "Tỷ lệ hoàn thành",
    "Đánh giá",
    "Giải trình",
    "Minh chứng",
    "Ý kiến thẩm định",
    "Nhận xét thẩm định",
    "Mã chỉ tiêu",
    "Lĩnh vực",
  ]);
  // 1366 px less the pane (350), the vertical scroll bar (17) and the row headers (30).
  const sheetWidth = 1366 - 350 - 17 - 30;
  const throughValue = spec.columns.slice(0, spec.table.col.value).reduce((a, c) => a + px(c.width), 0);
  expect(throughValue).toBeLessThanOrEqual(sheetWidth);
  // Room for the column still to come before the value (the unit's own target) at 14 characters.
  expect(throughValue + px(14)).toBeLessThanOrEqual(sheetWidth);
  // The indicator text wraps in its column, and stays in view with the number while scrolling.
  expect(
    spec.cells.find((c) => c.row === spec.table.firstRow && c.col === spec.table.col.indicator)!.style.wrap,
  ).toBe(true);
  expect(spec.freeze).toEqual({ rows: spec.table.headerRow, cols: spec.table.col.indicator });
  expect(spec.print.printArea).toBe(`A1:O${spec.table.lastRow}`);
});

test("the deadline column shows each indicator's deadline year, as the plan gives it, in its own name", () => {
  const spec = buildLayout({
    plan: FIXTURE_PLAN,
    unit: FIXTURE_UNIT,
    indicators: FIXTURE_PLAN.indicators,
    language: "en",
    meta: meta([], "en"),
  });
  expect(
    spec.cells.find((c) => c.row === spec.table.headerRow && c.col === spec.table.col.deadline)!.value,
  ).toBe("Deadline");
  FIXTURE_PLAN.indicators.forEach((ind, i) => {
    const cell = spec.cells.find(
      (c) => c.row === spec.table.firstRow + i && c.col === spec.table.col.deadline,
    )!;
    expect([cell.address, cell.value, cell.input]).toEqual([
      `D${spec.table.firstRow + i}`,
      ind.deadlineYear,
      undefined,
    ]);
  });
  expect(spec.names.find((n) => n.name === "SA_DEADLINES")!.range).toBe(
    `$D$${spec.table.firstRow}:$D$${spec.table.lastRow}`,
  );
});
