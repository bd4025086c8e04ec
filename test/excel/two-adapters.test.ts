// Issue #4.3, "one workbook, two adapters": the same filled template, read through the Office.js
// adapter on the in-browser host and through the ExcelJS adapter from a file, gives the same
// entries and the same assessment; and on the host the sheet's own status formulas (computed by
// HyperFormula) say what the TypeScript assessment says.
import fc from "fast-check";
import type { Entry } from "../../src/domain/entry";
import { assessReport } from "../../src/domain/assess";
import { statusFromLabel } from "../../src/domain/status-labels";
import { prepareTemplate } from "../../src/workbook/prepare";
import { NAMES } from "../../src/workbook/layout";
import { renderXlsx } from "../../src/xlsx/render";
import { readTemplate } from "../../src/xlsx/read";
import { toInput } from "../../src/excel/cells";
import { entryArb } from "../workbook/entry-arb";
import { valueArb } from "../workbook/value-arb";
import { FIXTURE_PLAN, FIXTURE_UNIT } from "../workbook/fixture-plan";
import { makeBench } from "./workbook-fixture";

const request = { plan: FIXTURE_PLAN, unit: FIXTURE_UNIT, language: "vi" as const };
const options = { generator: "test", createdAt: "2026-01-01T00:00:00.000Z" };
const entriesArb = fc.tuple(...FIXTURE_PLAN.indicators.map((ind) => entryArb(ind.id, valueArb(ind))));

/** Fills the host's template cell by cell through the Office API, as the add-in writes values. */
async function fillOnHost(bench: ReturnType<typeof makeBench>, entries: readonly Entry[]): Promise<void> {
  const decisions = { accepted: "Chấp nhận", returned: "Trả lại" } as const;
  await bench.host.excel.run(async (ctx) => {
    const range = (name: string) => ctx.workbook.names.getItem(name).getRange();
    const formats = range(NAMES.values).load("numberFormat");
    await ctx.sync();
    entries.forEach((e, i) => {
      const put = (name: string, v: Entry["value"], format?: string) =>
        (range(name).getCell(i, 0).values = [[toInput(v, format)]]);
      put(NAMES.values, e.value, formats.numberFormat[i]![0] as string);
      put(NAMES.explanations, e.explanation);
      put(NAMES.evidence, e.evidence);
      put(NAMES.reviewDecisions, e.review.decision ? decisions[e.review.decision] : null);
      put(NAMES.reviewComments, e.review.comment);
    });
    await ctx.sync();
  });
}

test("the Office.js adapter on the host and the ExcelJS adapter on a file read the same entries and assessment", async () => {
  await fc.assert(
    fc.asyncProperty(entriesArb, async (entries) => {
      const bench = makeBench();
      await bench.port.insertTemplate(request);
      await fillOnHost(bench, entries);
      const onHost = (await bench.port.readReport())!;

      const { spec } = await prepareTemplate(request, { meta: null, entries, archive: [] }, options);
      const fromFile = (await readTemplate(await renderXlsx(spec))).snapshot!;

      // Office reads a cell holding the empty string as "" just like an empty cell, so the Office
      // adapter gives null where ExcelJS keeps ""; both mean "missing", as the assessments show.
      // ExcelJS hands a date-formatted number over as a JS Date, so the file side keeps a date cell
      // to the millisecond (1e-200 reads 0); the host keeps the double. Dates agree to that grain.
      const dateIds = new Set(FIXTURE_PLAN.indicators.filter((i) => i.valueType === "date").map((i) => i.id));
      const isDateNumber = (e: Entry) => dateIds.has(e.indicatorId) && typeof e.value === "number";
      const comparable = (list: Entry[]) =>
        list.map((e) => ({ ...e, value: e.value === "" ? null : isDateNumber(e) ? "date" : e.value }));
      expect(comparable(onHost.entries)).toEqual(comparable(fromFile.entries));
      onHost.entries.forEach((e, i) => {
        if (isDateNumber(e)) expect(e.value as number).toBeCloseTo(fromFile.entries[i]!.value as number, 7);
      });
      expect(onHost.meta.indicatorIds).toEqual(fromFile.meta.indicatorIds);
      // The template's year decides what is not yet due (issue #12 item 1).
      const context = onHost.meta.unit;
      const assessed = assessReport(FIXTURE_PLAN, onHost.entries, undefined, context);
      const fileAssessed = assessReport(FIXTURE_PLAN, fromFile.entries, undefined, context);
      const gist = (a: (typeof assessed)[number]) =>
        dateIds.has(a.indicatorId) ? [a.status, a.issues.map((i) => [i.code, i.severity, i.part])] : a;
      expect(assessed.map(gist)).toEqual(fileAssessed.map(gist));

      // The sheet's status column on the host, computed by its formulas, agrees.
      const statuses = await bench.host.excel.run(async (ctx) => {
        const r = ctx.workbook.names.getItem(NAMES.status).getRange().load("values");
        await ctx.sync();
        return r.values.map((row) => statusFromLabel(row[0]));
      });
      expect(statuses).toEqual(assessed.map((a) => a.status));
    }),
    { numRuns: 25 },
  );
});
