// Insert, re-insert or upgrade the template: read what is there (two round trips at most), decide
// with the pure pieces of src/workbook (prepare, merge, layout), then write in as few round trips
// as the request limit allows (one for any template that fits in 4 MB).
import type { InsertPreview, InsertRequest, InsertResult, Progress } from "../workbook/port";
import type { LayoutSpec } from "../workbook/layout-types";
import { NAMES } from "../workbook/layout";
import { META_SHEET_NAME } from "../workbook/meta";
import type { PrepareOptions } from "../workbook/prepare";
import { prepareTemplate } from "../workbook/prepare";
import type { OldReport } from "../workbook/upgrade";
import {
  incompleteWrite,
  passwordProtected,
  protectionChanged,
  refusedForConflicts,
} from "../workbook/errors";
import type { Guarded } from "./protection";
import { META_PROTECTION, restoreProtection, templateProtection } from "./protection";
import { chunk, runChunks } from "./ops";
import type { WritePlan } from "../workbook/ownership";
import { oldHeaderCells, planWrite } from "../workbook/ownership";
import { renderOps } from "./render";
import type { Probe, TemplateState } from "./state";
import { queueProbe, queueTemplateRead } from "./state";

const SA_NAMES = new Set<string>(Object.values(NAMES));

export interface Decision {
  probe: Probe;
  state: TemplateState | null;
  spec: LayoutSpec;
  preview: InsertPreview;
  plan: WritePlan;
  sheetName: string;
}

/** Reads the workbook (1 or 2 round trips) and decides everything an insert would do. */
export async function decide(
  ctx: Excel.RequestContext,
  request: InsertRequest,
  options: PrepareOptions,
): Promise<Decision> {
  const probeDone = queueProbe(ctx);
  await ctx.sync();
  const probe = probeDone();
  let state: TemplateState | null = null;
  if (probe.templateSheet) {
    const read = queueTemplateRead(ctx, probe);
    await ctx.sync();
    state = read();
  }
  const old: OldReport | null = state
    ? {
        meta: state.meta,
        entries: state.reading.entries,
        archive: state.reading.archive,
        texts: state.reading.texts,
        targets: state.reading.targets,
        reviewer: state.reviewer,
      }
    : null;
  let req = request;
  // The preparer typed in the old header is an entry too (as the file adapter does).
  if (state?.preparer && !request.unit.preparer)
    req = { ...request, unit: { ...request.unit, preparer: state.preparer } };
  const { spec, preview } = await prepareTemplate(req, old, options);
  const oldHeader = state?.meta ? oldHeaderCells(request.plan, state.meta) : [];
  const plan = planWrite(spec, state, preview.mode, oldHeader);
  const sheetName = state ? state.sheet : freeName(spec.sheetName, probe);
  return { probe, state, spec, preview: { ...preview, conflicts: plan.conflicts }, plan, sheetName };
}

function freeName(wanted: string, probe: Probe): string {
  const taken = new Set(probe.sheets.map((s) => s.name.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

export async function insert(
  ctx: Excel.RequestContext,
  request: InsertRequest,
  options: PrepareOptions,
  onProgress?: Progress,
): Promise<InsertResult> {
  const d = await decide(ctx, request, options);
  if (d.preview.conflicts.length > 0) throw refusedForConflicts(d.preview);
  const sheetInfo = d.probe.sheets.find((s) => s.name === d.sheetName);
  const meta = d.probe.sheets.find((s) => s.name === META_SHEET_NAME);
  const ops = renderOps(d.spec, {
    sheetName: d.sheetName,
    addSheet: !d.state,
    sheetProtected: sheetInfo?.protected ?? false,
    metaSheet: {
      exists: !!meta,
      protected: meta?.protected ?? false,
      veryHidden: meta?.visibility === "VeryHidden",
    },
    // Every SA_* name goes, even one left pointing at a deleted sheet, so the new ones can be added.
    oldNames: d.probe.allNames.filter((n) => SA_NAMES.has(n.toUpperCase())),
    oldMetaPartIds: d.probe.metaPartIds,
    keep: d.plan.keep,
    reformat: d.plan.reformat,
    clear: d.plan.clear,
    areaBottom: d.plan.areaBottom,
    unhide: d.plan.unhide,
    activate: true,
  });
  const chunks = chunk(ops);
  onProgress?.(0, chunks.length);
  try {
    await runChunks(ctx, chunks, (done, total) => onProgress?.(done, total));
  } catch (e) {
    throw await afterFailedWrite(ctx, e, [
      { sheet: d.sheetName, options: templateProtection(d.spec.protection) },
      { sheet: META_SHEET_NAME, options: META_PROTECTION },
    ]);
  }
  return { preview: d.preview, sheetName: d.sheetName, rows: d.spec.indicatorIds.length };
}

/**
 * What to tell a person when a write failed, after protecting the sheets again in the following
 * requests (a failure leaves whatever ran before it done, an unprotect included). When the failing
 * call was the first unprotect, nothing was written: a sheet still protected means Excel refused
 * (a password); one no longer protected means someone changed it meanwhile (AccessDenied, office-js
 * issue 6784).
 */
async function afterFailedWrite(ctx: Excel.RequestContext, e: unknown, sheets: Guarded[]): Promise<unknown> {
  const where = (e as { debugInfo?: { errorLocation?: string } }).debugInfo?.errorLocation ?? "";
  const restored = await restoreProtection(ctx, sheets);
  if (/unprotect/i.test(where) && restored.stillOpen.length === 0) {
    // The unprotect that failed left its sheet protected, unless someone had unprotected it already.
    const refused = restored.alreadyProtected[0];
    return refused !== undefined ? passwordProtected(refused) : protectionChanged(sheets[0]!.sheet);
  }
  const cause = e instanceof Error ? e.message : String(e);
  return incompleteWrite(cause, restored);
}
