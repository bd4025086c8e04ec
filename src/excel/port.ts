// The WorkbookPort on Office.js. It takes the Excel namespace as a parameter so the same code runs
// in Excel and on the in-browser host (src/playground/host). Round trips per action, whatever the
// number of rows: readReport 2, previewInsert 2, insertTemplate 2 + one per 4 MB written (3 for any
// template under 4 MB), showAssessment 2, goTo/writeValue/writeReview 2, onEntriesChanged 1.
import type { CellValue, EntryPart, Review } from "../domain/entry";
import type { InsertRequest, ReportSnapshot, WorkbookPort } from "../workbook/port";
import { NAMES } from "../workbook/layout";
import { META_SHEET_NAME, metaFromRows } from "../workbook/meta";
import { SHEET_STRINGS } from "../workbook/strings";
import { parseRange } from "../workbook/a1";
import type { PrepareOptions } from "../workbook/prepare";
import { GENERATORS, generatorLine } from "../domain/version";
import { showAssessment } from "./assessment";
import { toCellValue, toInput } from "./cells";
import { unknownIndicator } from "../workbook/errors";
import { decide, insert } from "./insert";
import type { Located } from "./locate";
import { PART_COLUMN, queueLocate, syncLocating } from "./locate";
import { queueProbe, queueTemplateRead } from "./state";

export interface ExcelPortOptions {
  /** Recorded in the template's metadata. */
  generator?: string;
  /** ISO timestamp of "now" (a parameter so tests can fix it). */
  now?: () => string;
}

const INPUT_NAMES = [
  NAMES.values,
  NAMES.explanations,
  NAMES.evidence,
  NAMES.reviewDecisions,
  NAMES.reviewComments,
];

export function createExcelPort(
  excel: typeof Excel = globalThis.Excel,
  options: ExcelPortOptions = {},
): WorkbookPort {
  const prepare = (): PrepareOptions => ({
    generator: options.generator ?? generatorLine(GENERATORS.addin),
    createdAt: options.now?.() ?? new Date().toISOString(),
  });

  return {
    async readReport(): Promise<ReportSnapshot | null> {
      return excel.run(async (ctx) => {
        const probeDone = queueProbe(ctx);
        await ctx.sync();
        const probe = probeDone();
        if (!probe.templateSheet) return null;
        const read = queueTemplateRead(ctx, probe);
        await ctx.sync();
        const state = read();
        if (!state.meta) return null;
        return {
          meta: state.meta,
          entries: state.reading.entries,
          archived: state.reading.archive.map((a) => a.entry),
        };
      });
    },

    async previewInsert(request: InsertRequest) {
      return excel.run(async (ctx) => (await decide(ctx, request, prepare())).preview);
    },

    async insertTemplate(request, onProgress) {
      return excel.run(async (ctx) => insert(ctx, request, prepare(), onProgress));
    },

    async showAssessment(assessments) {
      await excel.run(async (ctx) => showAssessment(ctx, assessments));
    },

    async goTo(indicatorId: string, part: EntryPart) {
      const name = part === "template" ? NAMES.ids : PART_COLUMN[part];
      await excel.run(async (ctx) => {
        const done = queueLocate(ctx, [name]);
        await syncLocating(ctx);
        const at = done();
        const row = at.rowOf.get(indicatorId);
        if (row === undefined) throw unknownIndicator(indicatorId);
        const ws = ctx.workbook.worksheets.getItem(at.sheet);
        ws.activate();
        ws.getCell(row, at.columns.get(name)!).select();
        await ctx.sync();
      });
    },

    async writeValue(indicatorId: string, value: CellValue) {
      await excel.run(async (ctx) => {
        const done = queueLocate(ctx, [NAMES.values]);
        const formats = ctx.workbook.names.getItem(NAMES.values).getRange().load("numberFormat,rowIndex");
        await syncLocating(ctx);
        const at = done();
        const row = at.rowOf.get(indicatorId);
        if (row === undefined) throw unknownIndicator(indicatorId);
        const format = formats.numberFormat[row - formats.rowIndex]?.[0] as string | undefined;
        ctx.workbook.worksheets.getItem(at.sheet).getCell(row, at.columns.get(NAMES.values)!).values = [
          [toInput(value, format)],
        ];
        await ctx.sync();
      });
    },

    async writeReview(indicatorId: string, review: Review) {
      await excel.run(async (ctx) => {
        const done = queueLocate(ctx, [NAMES.reviewDecisions, NAMES.reviewComments]);
        const meta = ctx.workbook.worksheets
          .getItem(META_SHEET_NAME)
          .getUsedRange(true)
          .load("values,valueTypes");
        const formats = ctx.workbook.names
          .getItem(NAMES.reviewComments)
          .getRange()
          .load("numberFormat,rowIndex");
        await syncLocating(ctx);
        const at = done();
        const row = at.rowOf.get(indicatorId);
        if (row === undefined) throw unknownIndicator(indicatorId);
        const rows = meta.values.map((r, i) =>
          r.slice(0, 2).map((v, j) => toCellValue(v, meta.valueTypes[i]?.[j])),
        );
        const parsed = metaFromRows(rows);
        const language = parsed.ok ? parsed.meta.language : "vi";
        const label = review.decision ? SHEET_STRINGS[language].decisions[review.decision] : null;
        const format = formats.numberFormat[row - formats.rowIndex]?.[0] as string | undefined;
        const ws = ctx.workbook.worksheets.getItem(at.sheet);
        ws.getCell(row, at.columns.get(NAMES.reviewDecisions)!).values = [[toInput(label, undefined)]];
        ws.getCell(row, at.columns.get(NAMES.reviewComments)!).values = [[toInput(review.comment, format)]];
        await ctx.sync();
      });
    },

    async openNewWorkbook(base64: string) {
      await excel.createWorkbook(base64);
    },

    async onEntriesChanged(listener) {
      let at: Located | null = null;
      let idCol = -1;
      const refresh = async () => {
        at = await excel.run(async (ctx) => {
          const done = queueLocate(ctx, INPUT_NAMES);
          await syncLocating(ctx);
          return done();
        });
      };
      const handler = async (args: Excel.WorksheetChangedEventArgs) => {
        const box = parseRange(args.address.split("!").pop()!)?.box;
        if (!box || !at) return;
        const [top, bottom, left, right] = [box.top - 1, box.bottom - 1, box.left - 1, box.right - 1];
        const hitsIds = left <= idCol && right >= idCol;
        // A rewrite of the ids column means the rows may have moved: find them again first.
        if (hitsIds) await refresh();
        const current: Located = at;
        const hitsInput =
          hitsIds ||
          INPUT_NAMES.some((n) => {
            const c = current.columns.get(n)!;
            return c >= left && c <= right;
          });
        if (!hitsInput) return;
        const changed: string[] = [];
        for (const [id, row] of current.rowOf) if (row >= top && row <= bottom) changed.push(id);
        if (changed.length > 0) listener(changed);
      };
      const registration = await excel.run(async (ctx) => {
        const done = queueLocate(ctx, INPUT_NAMES);
        const ids = ctx.workbook.names.getItem(NAMES.ids).getRange().load("columnIndex");
        const result = ids.worksheet.onChanged.add(handler);
        await syncLocating(ctx);
        at = done();
        idCol = ids.columnIndex;
        return result;
      });
      return async () => {
        await excel.run(registration.context, async (ctx) => {
          registration.remove();
          await ctx.sync();
        });
      };
    },
  };
}
