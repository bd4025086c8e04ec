// Through real files: a filled template read back gives what was typed, and `template --from`
// (makeTemplateFile with the old bytes) keeps every entry of a kept indicator in its row and puts
// those of removed indicators in the archive area, whatever the plan change.
import fc from "fast-check";
import type { CellValue, Entry } from "../../src/domain/entry";
import type { Indicator, Plan, Target } from "../../src/domain/plan";
import { PlanSchema } from "../../src/domain/plan";
import { prepareTemplate } from "../../src/workbook/prepare";
import { hasContent } from "../../src/workbook/upgrade";
import { renderXlsx } from "../../src/xlsx/render";
import { readTemplate } from "../../src/xlsx/read";
import { makeTemplateFile } from "../../src/xlsx/template-file";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { getPlan } from "../../src/catalog";
import { FIXTURE_PLAN, FIXTURE_UNIT } from "../workbook/fixture-plan";
import { entryArb } from "../workbook/entry-arb";

const BASE = FIXTURE_PLAN.indicators[0]!;
const POOL = Array.from({ length: 12 }, (_, i) => `ind-${i}`);
const OPTIONS = { generator: "test", createdAt: "2026-01-01T00:00:00.000Z" };

function plan(version: string, ids: string[], targets: number[]): Plan {
  const indicators: Indicator[] = ids.map((id) => ({
    ...BASE,
    id,
    text: { vi: `Chỉ tiêu ${id} v${version}`, en: `Indicator ${id}` },
    target: { kind: "atLeast", value: targets[POOL.indexOf(id)]! } as Target,
  }));
  return PlanSchema.parse({ ...FIXTURE_PLAN, version, indicators });
}

/** What a cell gives back for what was written: empty text is an empty cell. */
function normal(e: Entry): Entry {
  const v: CellValue = e.value === "" ? null : e.value;
  return { ...e, value: v };
}

test("a filled template upgraded to a changed plan keeps every entry (files, random changes)", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc
        .record({
          oldIds: fc.uniqueArray(fc.constantFrom(...POOL), { minLength: 1, maxLength: 8 }),
          newIds: fc.uniqueArray(fc.constantFrom(...POOL), { minLength: 1, maxLength: 8 }),
          oldTargets: fc.array(fc.constantFrom(0.5, 0.8), { minLength: 12, maxLength: 12 }),
          newTargets: fc.array(fc.constantFrom(0.5, 0.8, 0.9), { minLength: 12, maxLength: 12 }),
          lang: fc.constantFrom("vi" as const, "en" as const),
        })
        .chain((s) =>
          fc.record({ s: fc.constant(s), entries: fc.tuple(...s.oldIds.map((id) => entryArb(id))) }),
        ),
      async ({ s, entries }) => {
        const v1 = plan("1.0.0", s.oldIds, s.oldTargets);
        const v2 = plan("2.0.0", s.newIds, s.newTargets);
        const request = { plan: v1, unit: FIXTURE_UNIT, language: s.lang };
        const { spec } = await prepareTemplate(request, { meta: null, entries, archive: [] }, OPTIONS);
        const oldBytes = await renderXlsx(spec);

        // Round trip: what was written is what is read.
        const first = await readTemplate(oldBytes);
        expect(first.grid.entries).toEqual(entries.map(normal));
        expect(first.grid.formulaInputs).toEqual([]);

        const made = await makeTemplateFile({ ...request, plan: v2 }, OPTIONS, oldBytes);
        const after = await readTemplate(made.bytes);
        expect(after.meta?.planVersion).toBe("2.0.0");
        expect(after.grid.entries.map((e) => e.indicatorId)).toEqual(s.newIds);
        const byId = new Map(after.grid.entries.map((e) => [e.indicatorId, e]));
        const newIds = new Set(s.newIds);
        for (const e of entries.map(normal)) {
          if (newIds.has(e.indicatorId)) expect(byId.get(e.indicatorId)).toEqual(e);
        }
        const removed = entries.map(normal).filter((e) => !newIds.has(e.indicatorId) && hasContent(e));
        expect(after.grid.archive.map((a) => a.entry)).toEqual(removed);
        expect(after.snapshot?.archived).toEqual(removed);
        const shown = (id: string) => (s.lang === "vi" ? `Chỉ tiêu ${id} v1.0.0` : `Indicator ${id}`);
        for (const a of after.grid.archive) expect(a.text).toBe(shown(a.entry.indicatorId));

        // Back to the first plan (issue #15 item 4): every typed entry is in its row again, the
        // preview says which came back from the archive, and the archive is empty (nothing was typed
        // into the rows the second plan added).
        const again = await makeTemplateFile({ ...request, plan: v1 }, OPTIONS, made.bytes);
        expect(again.preview.restored).toEqual(
          s.oldIds.filter((id) => removed.some((e) => e.indicatorId === id)),
        );
        const third = await readTemplate(again.bytes);
        expect(third.grid.entries.map((e) => e.indicatorId)).toEqual(s.oldIds);
        const back = new Map(third.grid.entries.map((e) => [e.indicatorId, e]));
        for (const e of entries.map(normal).filter(hasContent)) expect(back.get(e.indicatorId)).toEqual(e);
        expect(third.grid.archive).toEqual([]);
        expect(third.snapshot?.archived).toEqual([]);
      },
    ),
    { numRuns: 40 },
  );
});

test("template --from lists what the new file does not carry: cells outside the template, typed-over formulas, other sheets, cell notes", async () => {
  const v1 = plan("1.0.0", POOL.slice(0, 3), Array(12).fill(0.8));
  const request = { plan: v1, unit: FIXTURE_UNIT, language: "vi" as const };
  const { spec } = await prepareTemplate(request, null, OPTIONS);
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderXlsx(spec)) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(spec.sheetName)!;
  const g = spec.table;
  ws.getCell(g.firstRow, 29).value = "ghi chú của tôi"; // AC: outside the template (its trail ends at AB)
  ws.getCell(g.firstRow + 1, g.col.status).value = "Đạt"; // typed over the status formula
  ws.getCell(g.firstRow, g.col.value).value = 0.9; // an entry: kept, not listed
  ws.getCell(g.firstRow, g.col.value).note = "số liệu tạm, chờ Phòng Kế hoạch xác nhận";
  wb.addWorksheet("Ghi chép");
  const old = new Uint8Array(await wb.xlsx.writeBuffer());

  const made = await makeTemplateFile(request, OPTIONS, old);
  const listed = made.dropped.cells.map((c) => c.address).sort();
  expect(listed).toEqual([`I${g.firstRow + 1}`, `AC${g.firstRow}`].sort());
  expect(made.dropped.sheets).toEqual(["Ghi chép"]);
  expect(made.dropped.notes).toEqual([`${String.fromCharCode(64 + g.col.value)}${g.firstRow}`]);
  expect(made.preview.kept).toEqual(POOL.slice(0, 3));

  // An untouched template drops nothing.
  const clean = await makeTemplateFile(request, OPTIONS, await renderXlsx(spec));
  expect(clean.dropped).toEqual({ cells: [], sheets: [], notes: [] });
});

/**
 * Filled templates as earlier layouts wrote them (test/fixtures/templates), with what that code's
 * reader read from each: before D28 (made by the code of commit cdab8d2: id in B, value in G,
 * parameters N:U, review trail V:Y, an archive with its trail), and D28's columns before "Năm
 * trước" (made by main at 37b759e: value in F, parameters O:V, trail W:Z; a publisher whose growth
 * row holds a bare rate, as that layout asked, with a review trail, and an archive).
 */
const OLD_LAYOUTS = [
  { name: "before D28", file: "layout-before-d28", plan: "kh-1097-2023" },
  { name: "of D28, before 'Năm trước' (D29)", file: "layout-d28", plan: "kh-1097-2023" },
];
const oldLayout = (file: string) => {
  const path = join(__dirname, "../fixtures/templates", file);
  return {
    bytes: new Uint8Array(readFileSync(`${path}.xlsx`)),
    read: JSON.parse(readFileSync(`${path}.json`, "utf8")) as {
      entries: Entry[];
      archive: { entry: Entry; text: string }[];
      preparer: string;
      reviewer: string;
    },
  };
};

test.each(OLD_LAYOUTS)(
  "a template in the column order $name reads as it did, and template --from moves every entry into the new columns",
  async ({ file, plan: planId }) => {
    const { bytes, read } = oldLayout(file);
    const first = await readTemplate(bytes);
    expect(first.located).toBe("names");
    expect(first.grid.entries).toEqual(read.entries);
    expect(first.grid.archive).toEqual(read.archive);
    expect([first.preparer, first.reviewer]).toEqual([read.preparer, read.reviewer]);

    const plan = getPlan(planId)!;
    const made = await makeTemplateFile({ plan, unit: first.meta!.unit, language: "vi" }, OPTIONS, bytes);
    // Nothing a person typed is left behind as "not carried".
    expect(made.dropped).toEqual({ cells: [], sheets: [], notes: [] });
    const after = await readTemplate(made.bytes);
    // Every entry typed is in a row of the new template, or in its archive when the plan dropped it.
    const rows = new Map(after.grid.entries.map((e) => [e.indicatorId, e]));
    const archived = after.grid.archive.map((a) => a.entry);
    for (const e of read.entries.filter(hasContent))
      expect(rows.get(e.indicatorId) ?? archived.find((a) => a.indicatorId === e.indicatorId)).toEqual(e);
    for (const a of read.archive) expect(after.grid.archive).toContainEqual(a);
    expect([after.preparer, after.reviewer]).toEqual([read.preparer, read.reviewer]);

    // In the columns the layout gives them now: the value, the id, the trail, the deadline.
    const { col, trail } = made.spec.table;
    const at = (c: number, row: number) => ws.getCell(row, c).value;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(made.bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(made.spec.sheetName)!;
    const typed = read.entries.find((e) => e.value === 0.85)!;
    const row = made.spec.table.firstRow + made.spec.indicatorIds.indexOf(typed.indicatorId);
    expect([at(col.value, row), at(col.id, row)]).toEqual([0.85, typed.indicatorId]);
    expect(at(col.deadline, row)).toBe(plan.indicators.find((i) => i.id === typed.indicatorId)!.deadlineYear);
    const replied = read.entries.find((e) => e.review.reply)!;
    const replyRow = made.spec.table.firstRow + made.spec.indicatorIds.indexOf(replied.indicatorId);
    expect(at(trail.reply, replyRow)).toBe(replied.review.reply);
    // A growth row keeps what was typed in its value cell; its "Năm trước" stays empty for the unit
    // to fill (the old layout had none), so nothing is guessed.
    for (const id of made.spec.indicatorIds.filter((i) => plan.indicators.find((x) => x.id === i)!.growth)) {
      const r = made.spec.table.firstRow + made.spec.indicatorIds.indexOf(id);
      const before = read.entries.find((e) => e.indicatorId === id);
      expect([id, at(col.previous, r), at(col.value, r)]).toEqual([id, null, before?.value ?? null]);
    }
  },
);
