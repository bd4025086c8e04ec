// The WorkbookPort on Office.js. It takes the Excel namespace as a parameter so the same code runs
// in Excel and on the in-browser host (src/playground/host). Round trips per action, whatever the
// number of rows: readReport 2, previewInsert 2, insertTemplate 2 + one per 4 MB written (3 for any
// template under 4 MB), goTo/writeValue/writeReview/writeReply/writeReviewer 2, onEntriesChanged 1,
// entrySettings 0 or 1.
//
// Every batch runs with delayForCellEdit: most are started by an event or a timer (the live check
// after a person typed), and Excel fails a batch sent while a cell is being edited unless it may
// wait (learn.microsoft.com, "Delay execution while cell is being edited"). The live check only
// reads: what the sheet shows is drawn by conditional formats written at insert (src/workbook/marks.ts),
// so typing never leads to a write, and never to a call that clears Excel's undo stack. The review
// trail's cells (decision, comment, reply, who, when, basis, the reviewer's name) are unlocked, so
// recording a review never unprotects the sheet.
import type { CellValue, EntryPart, Review } from "../domain/entry";
import type { InsertRequest, ReportSnapshot, WorkbookPort, WritablePart } from "../workbook/port";
import { NAMES } from "../workbook/layout";
import { META_SHEET_NAME, metaFromRows } from "../workbook/meta";
import { parseRange } from "../workbook/a1";
import type { PrepareOptions } from "../workbook/prepare";
import { GENERATORS, generatorLine } from "../domain/version";
import { toCellValue, toInput } from "./cells";
import { changedRows } from "./changes";
import { noReviewTrail, unknownIndicator } from "../workbook/errors";
import { REVIEW_WRITE_NAMES, reviewWrites } from "../workbook/review-cells";
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
/** The unit's reply (templates before the review trail have none, so it is listened to only if there). */
const OPTIONAL_INPUT_NAMES = [NAMES.replies];

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

  /** Writes a person's text into an indicator's cell of a named column: 2 round trips. */
  const writeText = async (name: string, indicatorId: string, text: string) => {
    await run(async (ctx) => {
      const item = ctx.workbook.names.getItemOrNullObject(name).load("formula");
      const done = queueLocate(ctx, []);
      await syncLocating(ctx);
      const at = done();
      const row = at.rowOf.get(indicatorId);
      if (row === undefined) throw unknownIndicator(indicatorId);
      const col = item.isNullObject ? undefined : parseRange(item.formula.replace(/^=/, ""))?.box.left;
      if (col === undefined) throw noReviewTrail();
      ctx.workbook.worksheets.getItem(at.sheet).getCell(row, col - 1).values = [
        [toInput(text === "" ? null : text, undefined)],
      ];
      await ctx.sync();
    });
  };

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
          reviewer: state.reviewer,
          formulaInputs: state.reading.formulaInputs.map(({ indicatorId, part, address }) => ({
            indicatorId,
            part,
            address,
          })),
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

    async writeValue(indicatorId: string, value: CellValue, part: WritablePart = "value") {
      const name = PART_COLUMN[part];
      await run(async (ctx) => {
        const done = queueLocate(ctx, [name]);
        const formats = ctx.workbook.names.getItem(name).getRange().load("numberFormat,rowIndex");
        await syncLocating(ctx);
        const at = done();
        const row = at.rowOf.get(indicatorId);
        if (row === undefined) throw unknownIndicator(indicatorId);
        const format = formats.numberFormat[row - formats.rowIndex]?.[0] as string | undefined;
        ctx.workbook.worksheets.getItem(at.sheet).getCell(row, at.columns.get(name)!).values = [
          [toInput(value, format)],
        ];
        await ctx.sync();
      });
    },

    async writeReview(indicatorId: string, review: Review) {
      await run(async (ctx) => {
        const done = queueLocate(ctx, [NAMES.reviewDecisions, NAMES.reviewComments]);
        // Where each column is comes from the names' formulas; a template made before the trail
        // has no SA_REVIEWED_BY and is refused before anything is written.
        const named = REVIEW_WRITE_NAMES.map(
          (n) => [n, ctx.workbook.names.getItemOrNullObject(n).load("formula")] as const,
        );
        const meta = ctx.workbook.worksheets
          .getItem(META_SHEET_NAME)
          .getUsedRange(true)
          .load("values,valueTypes");
        // The decision and comment cells' formats (Text in templates since #13): text goes into a
        // Text cell as it is, elsewhere behind the apostrophe (cells.ts). The trail's other cells
        // are General: the apostrophe keeps a comment that starts with "=" a comment.
        const formats = new Map<string, Excel.Range>(
          [NAMES.reviewDecisions, NAMES.reviewComments].map(
            (n) => [n, ctx.workbook.names.getItem(n).getRange().load("numberFormat,rowIndex")] as const,
          ),
        );
        await syncLocating(ctx);
        const at = done();
        const row = at.rowOf.get(indicatorId);
        if (row === undefined) throw unknownIndicator(indicatorId);
        if (named.some(([, n]) => n.isNullObject)) throw noReviewTrail();
        const rows = meta.values.map((r, i) =>
          r.slice(0, 2).map((v, j) => toCellValue(v, meta.valueTypes[i]?.[j])),
        );
        const parsed = metaFromRows(rows);
        const writes = reviewWrites(review, parsed.ok ? parsed.meta.language : "vi");
        const ws = ctx.workbook.worksheets.getItem(at.sheet);
        for (const [name, item] of named) {
          const col = parseRange(item.formula.replace(/^=/, ""))?.box.left;
          if (col === undefined) throw noReviewTrail();
          const f = formats.get(name);
          const format = f?.numberFormat[row - f.rowIndex]?.[0] as string | undefined;
          ws.getCell(row, col - 1).values = [[toInput(writes.get(name) ?? null, format)]];
        }
        await ctx.sync();
      });
    },

    async writeReply(indicatorId: string, reply: string) {
      await writeText(NAMES.replies, indicatorId, reply);
    },

    async writeText(indicatorId, part, text) {
      await writeText(PART_COLUMN[part], indicatorId, text);
    },

    async writeReviewer(name: string) {
      await run(async (ctx) => {
        const item = ctx.workbook.names.getItemOrNullObject(NAMES.reviewer).load("formula");
        await ctx.sync();
        const at = item.isNullObject ? null : parseRange(item.formula.replace(/^=/, ""));
        if (!at || at.sheet === null) throw noReviewTrail();
        ctx.workbook.worksheets.getItem(at.sheet).getCell(at.box.top - 1, at.box.left - 1).values = [
          [toInput(name.trim() === "" ? null : name.trim(), undefined)],
        ];
        await ctx.sync();
      });
    },

    async openNewWorkbook(base64: string) {
      await excel.createWorkbook(base64);
    },

    async onEntriesChanged(listener) {
      let at: Located | null = null;
      let idCol = -1;
      // 0-based columns of inputs a template may lack (the reply, before the review trail).
      let optional: number[] = [];
      const queueOptional = (ctx: Excel.RequestContext) => {
        const items = OPTIONAL_INPUT_NAMES.map((n) =>
          ctx.workbook.names.getItemOrNullObject(n).load("formula"),
        );
        return () =>
          items.flatMap((i) => {
            const left = i.isNullObject ? undefined : parseRange(i.formula.replace(/^=/, ""))?.box.left;
            return left === undefined ? [] : [left - 1];
          });
      };
      const refresh = async () => {
        [at, optional] = await run(async (ctx) => {
          const done = queueLocate(ctx, INPUT_NAMES);
          const more = queueOptional(ctx);
          await syncLocating(ctx);
          return [done(), more()] as const;
        });
      };
      const handler = async (args: Excel.WorksheetChangedEventArgs) => {
        if (!at) return;
        // A rewrite of the ids column means the rows may have moved: find them again first.
        if (changedRows(args.address, [idCol]) !== null) await refresh();
        const current: Located = at;
        const rows = changedRows(args.address, [
          ...INPUT_NAMES.map((n) => current.columns.get(n)!),
          ...optional,
        ]);
        if (rows === null) return;
        const changed: string[] = [];
        for (const [id, row] of current.rowOf) if (rows(row)) changed.push(id);
        if (changed.length > 0) listener(changed);
      };
      const registration = await run(async (ctx) => {
        const done = queueLocate(ctx, INPUT_NAMES);
        const ids = ctx.workbook.names.getItem(NAMES.ids).getRange().load("columnIndex");
        const result = ids.worksheet.onChanged.add(handler);
        const more = queueOptional(ctx);
        await syncLocating(ctx);
        at = done();
        optional = more();
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
