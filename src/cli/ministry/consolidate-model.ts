// The consolidation as data: which file stands for each unit (a resubmission for the same unit,
// year and plan supersedes the older one, and what changed is listed), ranks, and the roster's
// units that sent nothing. Pure, so it is tested without files.
import type { CellValue, Status } from "../../domain/entry";
import { isCellError } from "../../domain/entry";
import type { FileReport } from "./file-report";
import type { RosterUnit } from "./roster";

export interface Change {
  indicatorId: string;
  oldValue: CellValue;
  newValue: CellValue;
  oldStatus: Status | null;
  newStatus: Status | null;
}

export interface Resubmission {
  key: string;
  file: string;
  supersedes: string;
  changes: Change[];
}

export interface UnitResult {
  key: string;
  report: FileReport;
  /** No errors, and (for a submission) the hash verified. */
  valid: boolean;
  /** Competition rank by score percent among valid units of the same plan and year; null if unranked. */
  rank: number | null;
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

export function unitKey(r: FileReport): string {
  return `${r.unit!.code}|${r.unit!.year}|${r.plan!.id}`;
}

function time(r: FileReport): number {
  const t = r.createdAt ? Date.parse(r.createdAt) : Number.NaN;
  return Number.isFinite(t) ? t : 0;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (isCellError(a) || isCellError(b)) return isCellError(a) && isCellError(b) && a.error === b.error;
  return a === b;
}

export function differences(older: FileReport, newer: FileReport): Change[] {
  const before = new Map(older.entries.map((e) => [e.indicatorId, e]));
  const after = new Map(newer.entries.map((e) => [e.indicatorId, e]));
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

export function consolidate(
  reports: readonly FileReport[],
  roster: readonly RosterUnit[] | null,
): Consolidation {
  const groups = new Map<string, FileReport[]>();
  for (const r of reports) {
    if (r.rejected) continue;
    const key = unitKey(r);
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const supersededBy = new Map<FileReport, string>();
  const resubmissions: Resubmission[] = [];
  const units: UnitResult[] = [];
  for (const [key, list] of groups) {
    // Newest by the time the file says it was made; among equals, the later input wins.
    const ordered = list.map((r, i) => ({ r, i })).sort((a, b) => time(a.r) - time(b.r) || a.i - b.i);
    const current = ordered[ordered.length - 1]!.r;
    const older = ordered.slice(0, -1).map((x) => x.r);
    let newer = current;
    for (const o of [...older].reverse()) {
      supersededBy.set(o, current.file);
      resubmissions.push({ key, file: newer.file, supersedes: o.file, changes: differences(o, newer) });
      newer = o;
    }
    units.push({ key, report: current, valid: isValid(current), rank: null, superseded: older.reverse() });
  }
  units.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // Ranks within each plan and year: competition ranking (1, 2, 2, 4) by score percent.
  const cohorts = new Map<string, UnitResult[]>();
  for (const u of units) {
    const pct = u.report.score?.percent;
    if (!u.valid || pct === null || pct === undefined) continue;
    const c = `${u.report.plan!.id}|${u.report.unit!.year}`;
    cohorts.set(c, [...(cohorts.get(c) ?? []), u]);
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
  const rosterCodes = new Set((roster ?? []).map((r) => r.code));
  const indicators: string[] = [];
  const seen = new Set<string>();
  for (const u of units)
    for (const e of u.report.entries)
      if (!seen.has(e.indicatorId)) {
        seen.add(e.indicatorId);
        indicators.push(e.indicatorId);
      }
  return {
    inputs: reports.map((report) => ({ report, supersededBy: supersededBy.get(report) ?? null })),
    units,
    resubmissions,
    missing: (roster ?? []).filter((r) => !reported.has(r.code)),
    notInRoster: roster ? [...reported].filter((c) => !rosterCodes.has(c)).sort() : [],
    indicators,
  };
}
