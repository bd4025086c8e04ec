// The WorkbookPort on Office.js. It takes the Excel namespace as a parameter so the same code runs
// in Excel and on the in-browser host (src/playground/host). Round trips per action, whatever the
// number of rows: readReport 2, previewInsert 2, insertTemplate 2 + one per 4 MB written (3 for any
// template under 4 MB), goTo/writeValue/writeReview 2, onEntriesChanged 1, entrySettings 0 or 1.
//
// Every batch runs with delayForCellEdit: most are started by an event or a timer (the live check
// after a person typed), and Excel fails a batch sent while a cell is being edited unless it may
// wait (learn.microsoft.com, "Delay execution while cell is being edited"). The live check only
// reads: what the sheet shows is drawn by conditional formats written at insert (src/workbook/marks.ts),
// so typing never leads to a write, and never to a call that clears Excel's undo stack.
import type { CellValue, EntryPart, Review } from "../domain/entry";
import type { InsertRequest, ReportSnapshot, WorkbookPort } from "../workbook/port";
import { NAMES } from "../workbook/layout";
import { META_SHEET_NAME, metaFromRows } from "../workbook/meta";
import { SHEET_STRINGS } from "../workbook/strings";
import type { PrepareOptions } from "../workbook/prepare";
import { GENERATORS, generatorLine } from "../domain/version";
import { toCellValue, toInput } from "./cells";
import { changedRows } from "./changes";
import { unknownIndicator } from "../workbook/errors";
import { decide, insert } from "./insert";
import type { Located } from "./locate";
import { PART_COLUMN, queueLocate, syncLocating } from "./locate";
import type { Requirements } from "./settings";
import { readEntrySettings } from "./settings";
import { queueProbe, queueTemplateRead } from "./state";

export interface ExcelPortOptions {
  /** Recorded in the template's metadata. */
  generator?: string;
  /** ISO timestamp of "now" (a parameter so tests can fix it). */
  now?: () => string;
  /** Office.context.requirements (default: the global Office's), to ask for members above ExcelApi 1.9. */
  requirements?: Requirements;
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
  const run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
    excel.run({ delayForCellEdit: true }, batch);
  const requirements = (): Requirements | undefined =>
    options.requirements ?? (globalThis as { Office?: typeof Office }).Office?.context?.requirements;

  return {
    async readReport(): Promise<ReportSnapshot | null> {
      return run(async (ctx) => {
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
      // An insert ends by protecting the sheet, which Excel cannot undo: the undo stack goes.
      return run(async (ctx) => ({ ...(await decide(ctx, request, prepare())).preview, clearsUndo: true }));
    },

    async insertTemplate(request, onProgress) {
      return run(async (ctx) => insert(ctx, request, prepare(), onProgress));
    },

    async entrySettings() {
      return readEntrySettings(excel, requirements());
    },

    async goTo(indicatorId: string, part: EntryPart) {
      const name = part === "template" ? NAMES.ids : PART_COLUMN[part];
      await run(async (ctx) => {
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
      await run(async (ctx) => {
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
      await run(async (ctx) => {
        const done = queueLocate(ctx, [NAMES.reviewDecisions, NAMES.reviewComments]);
        const meta = ctx.workbook.worksheets
          .getItem(META_SHEET_NAME)
          .getUsedRange(true)
          .load("values,valueTypes");
        const formats = ctx.workbook.names
          .getItem(NAMES.reviewComments)
          .getRange()
          .load("numberFormat,rowIndex");
        const decisionFormats = ctx.workbook.names
          .getItem(NAMES.reviewDecisions)
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
        const decisionFormat = decisionFormats.numberFormat[row - decisionFormats.rowIndex]?.[0] as
          string | undefined;
        const ws = ctx.workbook.worksheets.getItem(at.sheet);
        ws.getCell(row, at.columns.get(NAMES.reviewDecisions)!).values = [[toInput(label, decisionFormat)]];
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
        at = await run(async (ctx) => {
          const done = queueLocate(ctx, INPUT_NAMES);
          await syncLocating(ctx);
          return done();
        });
      };
      const handler = async (args: Excel.WorksheetChangedEventArgs) => {
        if (!at) return;
        // A rewrite of the ids column means the rows may have moved: find them again first.
        if (changedRows(args.address, [idCol]) !== null) await refresh();
        const current: Located = at;
        const rows = changedRows(
          args.address,
          INPUT_NAMES.map((n) => current.columns.get(n)!),
        );
        if (rows === null) return;
        const changed: string[] = [];
        for (const [id, row] of current.rowOf) if (rows(row)) changed.push(id);
        if (changed.length > 0) listener(changed);
      };
      const registration = await run(async (ctx) => {
        const done = queueLocate(ctx, INPUT_NAMES);
        const ids = ctx.workbook.names.getItem(NAMES.ids).getRange().load("columnIndex");
        const result = ids.worksheet.onChanged.add(handler);
        await syncLocating(ctx);
        at = done();
        idCol = ids.columnIndex;
        return result;
      });
      return async () => {
        await excel.run({ delayForCellEdit: true, previousObjects: registration.context }, async (ctx) => {
          registration.remove();
          await ctx.sync();
        });
      };
    },
  };
}
