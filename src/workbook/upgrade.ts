// Re-inserting or upgrading a template keeps every entry (DESIGN §5): entries of kept indicators
// go back into their rows, matched by id; entries of removed indicators go to the archive area; an
// indicator that comes back (a plan switched and switched back, a field ticked again) takes its
// entry back out of the archive into its row (issue #15 item 4), so switching is reversible. Pure,
// so the ExcelJS and Office.js adapters merge the same way.
import type { Entry } from "../domain/entry";
import type { Indicator } from "../domain/plan";
import { judgeOf, sameTargetShown, unitTargetMap } from "../domain/whose-target";
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
  /** The old archive less the entries that returned to rows, then the entries of indicators no longer in the template. */
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
  /** The plan of the new template: another plan, or another version of it, is an upgrade. */
  plan: { id: string; version: string },
): MergeResult {
  const newIds = new Set(indicators.map((i) => i.id));
  if (!old) {
    return {
      entries: [],
      archive: [],
      preview: {
        mode: "new",
        added: [...newIds],
        kept: [],
        restored: [],
        archived: [],
        stillArchived: [],
        targetChanged: [],
        conflicts: [],
      },
    };
  }
  const firstById = new Map<string, Entry>();
  const { archive, restored } = restoreFromArchive(old, indicators);
  const stillArchived = [...new Set(archive.map((a) => a.entry.indicatorId))];
  const archivedIds: string[] = [];
  for (const e of old.entries) {
    // A second row with the same id (a tampered sheet) is archived rather than dropped.
    if (newIds.has(e.indicatorId) && !firstById.has(e.indicatorId)) {
      firstById.set(e.indicatorId, restored.get(e.indicatorId) ?? e);
      continue;
    }
    if (hasContent(e)) {
      archive.push({ entry: e, text: old.texts?.get(e.indicatorId) ?? "" });
      archivedIds.push(e.indicatorId);
    }
  }
  for (const [id, e] of restored) if (!firstById.has(id)) firstById.set(id, e);
  const oldIds = new Set(old.entries.map((e) => e.indicatorId));
  const kept = indicators.filter((i) => oldIds.has(i.id) && !restored.has(i.id)).map((i) => i.id);
  const added = indicators.filter((i) => !oldIds.has(i.id) && !restored.has(i.id)).map((i) => i.id);
  // The old sheet showed the unit's own targets it recorded beside the plan's (D33).
  const unitTargets = unitTargetMap(old.meta?.unitTargets?.targets);
  const targetChanged = indicators
    .filter((i) => {
      const shown = old.targets?.get(i.id);
      return shown !== undefined && !sameTargetShown(shown, i, judgeOf(i, { unitTargets }));
    })
    .map((i) => i.id);
  // "upgrade" is a change of plan (DESIGN: "upgrade to a changed plan"), or of its version (two
  // plans may share a version number); the same plan with other fields or another unit type is still
  // a re-insert, whatever rows it adds or archives.
  const same = old.meta !== null && old.meta.planId === plan.id && old.meta.planVersion === plan.version;
  const mode = same ? "reinsert" : "upgrade";
  // Rows in the new template's order (a restored entry joins where its indicator is).
  const entries = indicators.flatMap((i) => {
    const e = firstById.get(i.id);
    return e ? [e] : [];
  });
  return {
    entries,
    archive,
    preview: {
      mode,
      added,
      kept,
      restored: indicators.filter((i) => restored.has(i.id)).map((i) => i.id),
      archived: [...new Set(archivedIds)],
      stillArchived,
      targetChanged,
      conflicts: [],
    },
  };
}

/**
 * The archived entries that go back to their rows: for each indicator of the new template whose
 * row has nothing typed (or that had no row), the latest archived entry of it with anything in it.
 * A row with something typed keeps it, and its archived entries stay where they are.
 */
function restoreFromArchive(
  old: OldReport,
  indicators: readonly Indicator[],
): { archive: ArchiveRow[]; restored: Map<string, Entry> } {
  const typedInTable = new Set(old.entries.filter(hasContent).map((e) => e.indicatorId));
  const wanted = new Set(indicators.map((i) => i.id).filter((id) => !typedInTable.has(id)));
  const taken = new Set<number>();
  const restored = new Map<string, Entry>();
  for (let k = old.archive.length - 1; k >= 0; k--) {
    const { entry } = old.archive[k]!;
    if (!wanted.has(entry.indicatorId) || restored.has(entry.indicatorId) || !hasContent(entry)) continue;
    restored.set(entry.indicatorId, entry);
    taken.add(k);
  }
  return { archive: old.archive.filter((_, k) => !taken.has(k)), restored };
}
