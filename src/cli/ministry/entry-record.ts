// A report's entries as consolidate writes them down: in the spill's packed form (spill.ts), and as
// items of the --json "entries" list (docs/ministry-cli.md). The readers write both where each file
// is read, and the main thread only copies them, so each form is decided here only (DECISIONS D53).
import type { EntryReport, FileReport } from "./file-report";

/** An entry as the spill keeps it: the fields the outputs read. */
export type StoredEntry = Pick<
  EntryReport,
  "indicatorId" | "value" | "status" | "completion" | "explanation" | "evidence"
>;

/**
 * The entries in the spill's form: one JSON line of objects with just those fields, which
 * JSON.parse gives back as they are (an array per entry mapped to an object made two per entry,
 * 1.5 million objects for each of the workbook's two reads at 10,000 units).
 */
export function packEntries(entries: readonly EntryReport[]): string {
  const stored: StoredEntry[] = entries.map((e) => ({
    indicatorId: e.indicatorId,
    value: e.value,
    status: e.status,
    completion: e.completion,
    explanation: e.explanation,
    evidence: e.evidence,
  }));
  return JSON.stringify(stored) + "\n";
}

/** Between two items of a list in the --json file: each item on its own line (jsonPieces). */
export const LIST_ITEM_GAP = ",\n    ";

export function entryRecord(r: FileReport, e: StoredEntry, file: string): Record<string, unknown> {
  return {
    unitCode: r.unit!.code,
    year: r.unit!.year,
    planId: r.plan!.id,
    indicatorId: e.indicatorId,
    value: e.value,
    status: e.status,
    completion: e.completion,
    explanation: e.explanation,
    evidence: e.evidence,
    file,
  };
}

/** The report's entries as items of the "entries" list, `LIST_ITEM_GAP` between them. */
export function entriesJsonText(r: FileReport, entries: readonly StoredEntry[], file: string): string {
  let text = "";
  for (let i = 0; i < entries.length; i++)
    text += (i > 0 ? LIST_ITEM_GAP : "") + JSON.stringify(entryRecord(r, entries[i]!, file));
  return text;
}

/**
 * Makes a year-end report's entries ready for the spill (r.spilled, under `file` in the --json
 * list) and empties its list, where the file is read: two texts cross to the main thread instead
 * of 73 objects to copy and pack there. `national`: the plan's national indicators (nationalIds),
 * whose entries the national figures keep. A registration keeps its entries (consolidated apart,
 * never spilled).
 */
export function readyForSpill(r: FileReport, file: string, national: ReadonlyMap<string, string>): void {
  if (r.rejected || r.registration || !r.plan || r.entries.length === 0) return;
  r.spilled = {
    packed: packEntries(r.entries),
    json: entriesJsonText(r, r.entries, file),
    ids: r.entries.map((e) => e.indicatorId),
    national: r.entries
      .filter((e) => national.has(e.indicatorId))
      .map((e) => ({
        indicatorId: e.indicatorId,
        value: e.value,
        status: e.status,
        completion: e.completion,
      })),
  };
  r.entries = [];
}
