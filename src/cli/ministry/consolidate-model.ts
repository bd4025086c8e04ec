// The consolidation as data: which file stands for each unit, ranks, and the roster's units that
// sent nothing. Pure, so it is tested without files.
//
// - A resubmission (same unit code, year and plan) supersedes the older file. Newer means received
//   later by the ministry (the file's date on disk, DECISIONS D11), never the date a file writes about
//   itself; two files received at the same moment cannot be ordered, and the unit is held back
//   until the ministry removes one.
// - Only sealed submissions whose hash (and signature, when the roster has a key) verify and that
//   have no errors are ranked; a filled template is listed but never ranked.
// - Ranks are competition ranks (1, 2, 2, 4) by score percent within plan, year and the roster's
//   emulation cluster: one sort per cohort, O(n log n).
import type { CellValue, Status } from "../../domain/entry";
import { isCellError } from "../../domain/entry";
import type { FileIssue, FileReport } from "./file-report";
import type { StoredEntry } from "./entry-record";
import type { Roster, RosterUnit } from "./roster";
import type { FileRange } from "../process/atomic-write";

export interface Change {
  indicatorId: string;
  oldValue: CellValue;
  newValue: CellValue;
  oldStatus: Status | null;
  newStatus: Status | null;
}

export interface Resubmission {
  key: string;
  unitCode: string;
  file: string;
  supersedes: string;
  changes: Change[];
}

/** Why a unit has no rank, in both languages; null when it is ranked. */
export type Unranked = { code: string; message: { vi: string; en: string } } | null;

export interface UnitResult {
  key: string;
  report: FileReport;
  /** The unit's name: the roster's when it has one, else as the file says. */
  name: string;
  /** The roster's emulation cluster ("" without one). */
  cluster: string;
  /** No errors, and (for a submission) the hash verified. */
  valid: boolean;
  /** Competition rank within its cohort; null if unranked (see `unranked`). */
  rank: number | null;
  unranked: Unranked;
  /** Problems of the unit rather than of one file (two files received at the same moment). */
  issues: FileIssue[];
  superseded: FileReport[];
}

export interface Consolidation {
  inputs: { report: FileReport; supersededBy: string | null }[];
  units: UnitResult[];
  resubmissions: Resubmission[];
  missing: RosterUnit[];
  /** Units that reported but are not on the roster (when a roster is given). */
  notInRoster: string[];
  /** Indicator ids in first-seen order, for the matrix columns. */
  indicators: string[];
}

/**
 * A report's entries: in the report, or read back from where they were set aside (consolidate
 * spills them to disk as files arrive, so ten thousand reports are never held whole).
 */
export interface EntryStore {
  entries(r: FileReport): readonly StoredEntry[];
  /** Just the indicator ids, in order (cheap: the store keeps one copy per distinct list). */
  ids(r: FileReport): readonly string[];
  /** Where the entries are as items of the --json "entries" list (entry-record.ts), when the store has them so. */
  entriesJsonAt?(r: FileReport): FileRange | undefined;
}
export const OWN_ENTRIES: EntryStore = {
  entries: (r) => r.entries,
  ids: (r) => r.entries.map((e) => e.indicatorId),
};

export function unitKey(r: FileReport): string {
  return `${r.unit!.code}|${r.unit!.year}|${r.plan!.id}`;
}

/** When the ministry received the file (its date on disk), in ms; -Infinity when unknown. */
export function receivedTime(r: FileReport): number {
  const t = r.receivedAt ? Date.parse(r.receivedAt) : Number.NaN;
  return Number.isFinite(t) ? t : Number.NEGATIVE_INFINITY;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (isCellError(a) || isCellError(b)) return isCellError(a) && isCellError(b) && a.error === b.error;
  return a === b;
}

export function differences(older: FileReport, newer: FileReport, store: EntryStore = OWN_ENTRIES): Change[] {
  const before = new Map(store.entries(older).map((e) => [e.indicatorId, e]));
  const after = new Map(store.entries(newer).map((e) => [e.indicatorId, e]));
  const ids = [...new Set([...after.keys(), ...before.keys()])];
  const out: Change[] = [];
  for (const id of ids) {
    const o = before.get(id);
    const n = after.get(id);
    const ov = o?.value ?? null;
    const nv = n?.value ?? null;
    if (!o || !n || !sameValue(ov, nv) || o.status !== n.status)
      out.push({
        indicatorId: id,
        oldValue: ov,
        newValue: nv,
        oldStatus: o?.status ?? null,
        newStatus: n?.status ?? null,
      });
  }
  return out;
}

export function isValid(r: FileReport): boolean {
  return r.rejected === null && r.errors === 0 && (r.hash === null || r.hash.verified);
}

const UNRANKED = {
  template: {
    vi: "mẫu đã điền, chưa xuất thành bản nộp niêm phong: được liệt kê, không xếp hạng",
    en: "a filled template, not a sealed submission: listed, not ranked",
  },
  invalid: { vi: "còn lỗi hoặc mã kiểm tra không khớp", en: "has errors or its hash does not verify" },
  "no-score": { vi: "không có điểm (không có thang điểm)", en: "no score (no scoring scheme)" },
  "not-in-roster": { vi: "không có trong danh sách đơn vị", en: "not on the roster" },
} as const;

function unranked(code: keyof typeof UNRANKED): Unranked {
  return { code, message: UNRANKED[code] };
}

function sameTimeIssue(files: string[]): FileIssue {
  return {
    code: "resubmission.same-time",
    severity: "error",
    message: {
      vi: `các tệp ${files.join(", ")} của cùng đơn vị được nhận cùng một thời điểm (ngày giờ của tệp), nên không biết bản nào mới hơn; bỏ bản cũ khỏi thư mục rồi chạy lại`,
      en: `the files ${files.join(", ")} of the same unit were received at the same moment (their file dates), so which is newer cannot be told; remove the older one from the folder and run again`,
    },
  };
}

export function consolidate(
  reports: readonly FileReport[],
  roster: Roster | null,
  store: EntryStore = OWN_ENTRIES,
): Consolidation {
  const groups = new Map<string, { r: FileReport; i: number }[]>();
  reports.forEach((r, i) => {
    if (r.rejected || !r.unit || !r.plan) return;
    const key = unitKey(r);
    const list = groups.get(key);
    if (list) list.push({ r, i });
    else groups.set(key, [{ r, i }]);
  });
  const supersededBy = new Map<FileReport, string>();
  const resubmissions: Resubmission[] = [];
  const units: UnitResult[] = [];
  for (const [key, list] of groups) {
    // Oldest first by receipt; input order only keeps the listing stable among equals.
    const ordered = list.sort((a, b) => receivedTime(a.r) - receivedTime(b.r) || a.i - b.i).map((x) => x.r);
    const current = ordered[ordered.length - 1]!;
    const older = ordered.slice(0, -1);
    const issues: FileIssue[] = [];
    const tied = ordered.filter((r) => receivedTime(r) === receivedTime(current));
    if (tied.length > 1) issues.push(sameTimeIssue(tied.map((r) => r.file)));
    let newer = current;
    for (const o of [...older].reverse()) {
      supersededBy.set(o, current.file);
      resubmissions.push({
        key,
        unitCode: current.unit!.code,
        file: newer.file,
        supersedes: o.file,
        changes: differences(o, newer, store),
      });
      newer = o;
    }
    const onRoster = roster?.byCode.get(current.unit!.code);
    units.push({
      key,
      report: current,
      name: onRoster?.name || current.unit!.name,
      cluster: onRoster?.cluster ?? "",
      valid: isValid(current) && issues.length === 0,
      rank: null,
      unranked: null,
      issues,
      superseded: older.reverse(),
    });
  }
  units.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const cohorts = new Map<string, UnitResult[]>();
  for (const u of units) {
    const r = u.report;
    const pct = r.score?.percent;
    if (r.kind !== "submission") u.unranked = unranked("template");
    else if (!u.valid) u.unranked = unranked("invalid");
    else if (roster && !roster.byCode.has(r.unit!.code)) u.unranked = unranked("not-in-roster");
    else if (pct === null || pct === undefined) u.unranked = unranked("no-score");
    if (u.unranked) continue;
    const c = `${r.plan!.id}|${r.unit!.year}|${u.cluster}`;
    const list = cohorts.get(c);
    if (list) list.push(u);
    else cohorts.set(c, [u]);
  }
  for (const list of cohorts.values()) {
    list.sort((a, b) => b.report.score!.percent! - a.report.score!.percent!);
    list.forEach((u, i) => {
      const prev = list[i - 1];
      u.rank =
        prev && Math.abs(prev.report.score!.percent! - u.report.score!.percent!) < 1e-9 ? prev.rank : i + 1;
    });
  }

  const reported = new Set(units.map((u) => u.report.unit!.code));
  const indicators: string[] = [];
  const seen = new Set<string>();
  for (const u of units)
    for (const id of store.ids(u.report))
      if (!seen.has(id)) {
        seen.add(id);
        indicators.push(id);
      }
  return {
    inputs: reports.map((report) => ({ report, supersededBy: supersededBy.get(report) ?? null })),
    units,
    resubmissions,
    missing: (roster?.units ?? []).filter((r) => !reported.has(r.code)),
    notInRoster: roster ? [...reported].filter((c) => !roster.byCode.has(c)).sort() : [],
    indicators,
  };
}
