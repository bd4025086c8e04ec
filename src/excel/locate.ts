// Finding an indicator's cells through the workbook names, in the same round trip that reads them:
// the SA_* names say where the columns are, the SA_IDS values say which row is which indicator.
import type { EntryPart } from "../domain/entry";
import { NAMES } from "../workbook/layout";
import { noTemplate } from "../workbook/errors";

/** The name of the column an entry part lives in. */
export const PART_COLUMN: Record<Exclude<EntryPart, "template">, string> = {
  value: NAMES.values,
  previous: NAMES.previous,
  explanation: NAMES.explanations,
  evidence: NAMES.evidence,
  review: NAMES.reviewComments,
};

export interface Located {
  sheet: string;
  /** 0-based sheet row of each indicator id. */
  rowOf: Map<string, number>;
  /** 0-based sheet column of each named column asked for. */
  columns: Map<string, number>;
  firstRow: number;
  lastRow: number;
}

/** Queues the reads; `done()` after the sync gives the positions (or throws "no template"). */
export function queueLocate(ctx: Excel.RequestContext, names: readonly string[]): () => Located {
  const ids = ctx.workbook.names.getItem(NAMES.ids).getRange().load("values,rowIndex,rowCount");
  const sheet = ctx.workbook.names.getItem(NAMES.ids).getRange().worksheet.load("name");
  const cols = names.map((n) => [n, ctx.workbook.names.getItem(n).getRange().load("columnIndex")] as const);
  return () => {
    const rowOf = new Map<string, number>();
    ids.values.forEach((row, i) => {
      const id = typeof row[0] === "string" ? row[0].trim() : "";
      if (id !== "" && !rowOf.has(id)) rowOf.set(id, ids.rowIndex + i);
    });
    return {
      sheet: sheet.name,
      rowOf,
      columns: new Map(cols.map(([n, r]) => [n, r.columnIndex])),
      firstRow: ids.rowIndex,
      lastRow: ids.rowIndex + ids.rowCount - 1,
    };
  };
}

/** Runs a sync that reads template positions, turning "no such name" into a clear message. */
export async function syncLocating(ctx: Excel.RequestContext): Promise<void> {
  try {
    await ctx.sync();
  } catch (e) {
    if ((e as { code?: string }).code === "ItemNotFound") throw noTemplate();
    throw e;
  }
}
