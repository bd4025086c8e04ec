// What reading one file tells the ministry: the shape of `check --json` per file, and of the
// consolidated inputs. Plain data, so it crosses from a worker thread as is. Field-by-field docs
// are in docs/ministry-cli.md; change both together.
import type { CellValue, Issue, Review, Status } from "../../domain/entry";
import type { UnitProfile } from "../../domain/plan";
import type { Prefilled, UnitTargets } from "../../domain/submission";
import type { RejectionReason } from "../../ooxml/rejection";

export type FileKind = "template" | "submission";

/** A problem with the file as a whole rather than one indicator (edited after export, wrong plan...). */
export interface FileIssue {
  code: string;
  severity: "error" | "warning";
  message: { vi: string; en: string };
}

export interface EntryReport {
  indicatorId: string;
  value: CellValue;
  /** Recomputed from the value with the bundled plan. */
  status: Status;
  /** What the file said (a template's status cell, a submission's JSON), never trusted. */
  storedStatus: Status | null;
  completion: number | null;
  explanation: string;
  evidence: string;
  review: Review;
  issues: Issue[];
}

/** A report's entries as the spill keeps them (spill.ts), made by the reader (DECISIONS D53). */
export interface SpilledEntries {
  /** The entries in the spill's form (packEntries). */
  packed: string;
  /** The entries as items of the --json "entries" list (entriesJsonText). */
  json: string;
  ids: string[];
  /** The entries of the plan's national indicators, which the national figures keep (nationalIds). */
  national: Pick<EntryReport, "indicatorId" | "value" | "status" | "completion">[];
}

/** The indicators the report gives values for, in order, wherever its entries are. */
export function entryIds(r: FileReport): readonly string[] {
  return r.spilled ? r.spilled.ids : r.entries.map((e) => e.indicatorId);
}

export interface FileReport {
  file: string;
  rejected: RejectionReason | null;
  kind: FileKind | null;
  unit: UnitProfile | null;
  plan: { id: string; version: string; bundledVersion: string | null } | null;
  /** Submissions only: the stored hash, and whether it matches the sealed JSON and the data sheet. */
  hash: { stored: string; computed: string; verified: boolean } | null;
  /**
   * Submissions only: whether the unit signed it, and whether the signature verifies against the
   * roster's public key for the unit (null: no key on the roster, so not checked).
   */
  signature?: { signed: boolean; verified: boolean | null } | null;
  /** When the file was exported (submissions) or made (templates), as the file says. */
  createdAt: string | null;
  /** When the file reached the ministry, as far as the file system knows (its modification time). */
  receivedAt: string | null;
  /** The language the file was made in (templates); submissions carry none, "vi" is assumed. */
  language: "vi" | "en";
  fileIssues: FileIssue[];
  /** The fields the report covers when the unit chose only some (domain/coverage.ts); else absent. */
  fields?: string[];
  /** What the template prefilled in "Năm trước" from last year's submission (D29); else absent. */
  prefilled?: Prefilled;
  /** The unit's own targets the file records (template --targets; D33); else absent. */
  unitTargets?: UnitTargets;
  /**
   * The file is the unit's registration (đăng ký thi đua, D37): its values are commitments, it is
   * never scored or ranked. Absent for a year-end report.
   */
  registration?: true;
  entries: EntryReport[];
  /**
   * Consolidate only: the entries made ready where the file was read (read-worker.ts), so that the
   * main thread only writes them aside (spill.ts); `entries` is then empty. In no output.
   */
  spilled?: SpilledEntries | undefined;
  /** By the scoring scheme in use (the bundled example unless --scheme is given). */
  score: {
    points: number;
    maxPoints: number;
    percent: number | null;
    band: { vi: string; en: string } | null;
    /** Scored under an example scheme (not issued by any body): the band is marked as an example's. */
    example: boolean;
  } | null;
  errors: number;
  warnings: number;
  /** Milliseconds the worker spent on the file. */
  ms: number;
}

export function rejectedReport(file: string, reason: RejectionReason, ms: number): FileReport {
  return {
    file,
    rejected: reason,
    kind: null,
    unit: null,
    plan: null,
    hash: null,
    createdAt: null,
    receivedAt: null,
    language: "vi",
    fileIssues: [],
    entries: [],
    score: null,
    errors: 0,
    warnings: 0,
    ms,
  };
}
