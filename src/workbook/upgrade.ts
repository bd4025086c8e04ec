// Re-inserting or upgrading a template keeps every entry (DESIGN §5): entries of kept indicators
// go back into their rows, matched by id; entries of removed indicators go to the archive area,
// which only ever grows. Pure, so the ExcelJS and Office.js adapters merge the same way.
import type { Entry } from "../domain/entry";
import type { Indicator } from "../domain/plan";
import { formatTarget } from "../domain/format";
import type { InsertPreview, ReportMeta } from "./port";
import type { ArchiveRow } from "./layout";

export interface OldReport {
  meta: ReportMeta | null;
  entries: readonly Entry[];
  archive: readonly ArchiveRow[];
  /** Indicator texts and target texts by id as the old sheet showed them. */
  texts?: ReadonlyMap<string, string>;
  targets?: ReadonlyMap<string, string>;
  /** The reviewer's name the old header held. */
  reviewer?: string | null;
}

export interface MergeResult {
  /** Entries for the new rows (only indicators that had one). */
  entries: Entry[];
  /** The old archive, then the entries of indicators no longer in the template. */
  archive: ArchiveRow[];
  preview: InsertPreview;
}

/** Whether a person typed anything in the entry (an empty row needs no archiving). */
export function hasContent(e: Entry): boolean {
  return (
    (e.value !== null && !(typeof e.value === "string" && e.value.trim() === "")) ||
    e.explanation.trim() !== "" ||
    e.evidence.trim() !== "" ||
    e.review.decision !== null ||
    e.review.comment.trim() !== "" ||
    (e.review.reply ?? "").trim() !== ""
  );
}

export function mergeEntries(
  old: OldReport | null,
  indicators: readonly Indicator[],
  planVersion: string,
): MergeResult {
  const newIds = new Set(indicators.map((i) => i.id));
  if (!old) {
    return {
      entries: [],
      archive: [],
      preview: { mode: "new", added: [...newIds], kept: [], archived: [], targetChanged: [], conflicts: [] },
    };
  }
  const firstById = new Map<string, Entry>();
  const archive: ArchiveRow[] = [...old.archive];
  const archivedIds: string[] = [];
  for (const e of old.entries) {
    // A second row with the same id (a tampered sheet) is archived rather than dropped.
    if (newIds.has(e.indicatorId) && !firstById.has(e.indicatorId)) {
      firstById.set(e.indicatorId, e);
      continue;
    }
    if (hasContent(e)) {
      archive.push({ entry: e, text: old.texts?.get(e.indicatorId) ?? "" });
      archivedIds.push(e.indicatorId);
    }
  }
  const oldIds = new Set(old.entries.map((e) => e.indicatorId));
  const kept = indicators.filter((i) => oldIds.has(i.id)).map((i) => i.id);
  const added = indicators.filter((i) => !oldIds.has(i.id)).map((i) => i.id);
  const targetChanged = indicators
    .filter((i) => {
      const shown = old.targets?.get(i.id);
      return shown !== undefined && shown !== formatTarget(i, "vi") && shown !== formatTarget(i, "en");
    })
    .map((i) => i.id);
  // "upgrade" is a change of plan (DESIGN: "upgrade to a changed plan"); the same plan with other
  // fields or another unit type is still a re-insert, whatever rows it adds or archives.
  const mode = old.meta !== null && old.meta.planVersion === planVersion ? "reinsert" : "upgrade";
  return {
    entries: [...firstById.values()],
    archive,
    preview: { mode, added, kept, archived: [...new Set(archivedIds)], targetChanged, conflicts: [] },
  };
}
