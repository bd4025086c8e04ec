// The port: the few workbook operations the app needs, in its own words (DESIGN §2).
// src/excel/ implements it on Office.js, src/xlsx/ on ExcelJS. The pane and the CLI see only this.
import type { CellValue, Entry, EntryPart, Review } from "../domain/entry";
import type { Plan, UnitProfile } from "../domain/plan";
import type { Prefilled, UnitTargets } from "../domain/submission";

export type Language = "vi" | "en";

/** The cells a suggested value may be written to: the value, or a growth row's base level. */
export type WritablePart = "value" | "previous";

/** What the template records about itself (stored in a very-hidden sheet and a custom XML part). */
export interface ReportMeta {
  schemaVersion: number;
  planId: string;
  planVersion: string;
  /** SHA-256 (hex) of the canonical plan JSON the template was made from. */
  catalogHash: string;
  unit: UnitProfile;
  /** The indicator ids of the template, in row order. */
  indicatorIds: string[];
  /**
   * The fields the unit chose, in plan order, when the report covers only some of its fields
   * (domain/coverage.ts recordedFields); absent when it covers them all.
   */
  fields?: string[];
  /**
   * The "Năm trước" figures prefilled from last year's sealed submission (its hash), as filled:
   * sealed with the export so the ministry can tell an edited one (issue #12 item 4, D29).
   */
  prefilled?: Prefilled;
  /**
   * The unit's own targets from the ministry's targets file (its SHA-256), for the template's rows:
   * they judge those rows (src/domain/whose-target.ts) and are sealed with the export (D33).
   */
  unitTargets?: UnitTargets;
  /** "registration" for a registration template (the unit's commitments; D37); absent at year end. */
  kind?: "registration";
  language: Language;
  generator: string;
  createdAt: string;
}

export interface ReportSnapshot {
  meta: ReportMeta;
  /** One per template row, in row order. */
  entries: Entry[];
  /** Entries of indicators removed by an upgrade, kept in the archive area. */
  archived: Entry[];
  /** The reviewer's name in the header (SA_REVIEWER), recorded with each decision; null when empty. */
  reviewer?: string | null;
  /**
   * Input cells of the table holding a formula (DESIGN §6: an input holds what a person typed); the
   * pane shows each as an error, as the ministry's check does. Absent: the adapter does not say.
   */
  formulaInputs?: { indicatorId: string; part: EntryPart; address: string }[];
}

export interface InsertRequest {
  plan: Plan;
  unit: UnitProfile;
  /** Optional subset of the plan's field ids; all applicable fields when absent. */
  fields?: string[];
  language: Language;
  /** Base levels to put in empty "Năm trước" cells (src/domain/prefill.ts prefillFrom). */
  prefilled?: Prefilled;
  /** The unit's own targets (the ministry's targets file, read and checked: D31, D33). */
  unitTargets?: UnitTargets;
  /** "registration" for a registration template (D37). */
  kind?: "registration";
}

export interface InsertPreview {
  mode: "new" | "reinsert" | "upgrade";
  /** Indicator ids by what will happen to their rows. */
  added: string[];
  kept: string[];
  /** Indicators whose entry comes back out of the archive into their row (issue #15 item 4). */
  restored: string[];
  archived: string[];
  /**
   * Indicators whose entries the archive already held and still holds after the action (not in the
   * template, or their row has its own values): the preview says they live only there.
   */
  stillArchived: string[];
  targetChanged: string[];
  /** Cells a person typed into that the action would change; non-empty means insert will refuse. */
  conflicts: { address: string; reason: string }[];
  /**
   * Whether the action clears the application's undo history (Excel cannot undo sheet protection,
   * which an insert sets): the pane says so before the person confirms.
   */
  clearsUndo?: boolean;
}

/**
 * How the application reads what a person types (Excel's regional settings), so the pane can say
 * how to type numbers and dates there. Null fields: the application cannot tell.
 */
export interface EntrySettings {
  /** e.g. "vi-VN". */
  culture: string | null;
  decimalSeparator: string;
  thousandsSeparator: string;
  /** The order of a date typed with slashes. */
  dateOrder: "DMY" | "MDY" | "YMD" | null;
}

export interface InsertResult {
  preview: InsertPreview;
  sheetName: string;
  rows: number;
  /** What the person should know or do after the insert, e.g. a print setting Excel did not take. */
  notes?: { vi: string; en: string }[];
}

export type Progress = (done: number, total: number, label?: string) => void;

export interface WorkbookPort {
  /** The report in the active workbook, or null when it has none. */
  readReport(): Promise<ReportSnapshot | null>;
  /** What insertTemplate would do, without changing anything. */
  previewInsert(request: InsertRequest): Promise<InsertPreview>;
  /** Insert a new template, or re-insert/upgrade the existing one keeping every entry. */
  insertTemplate(request: InsertRequest, onProgress?: Progress): Promise<InsertResult>;
  /** How typed numbers and dates are read where the workbook is open; null when it cannot be known. */
  entrySettings(): Promise<EntrySettings | null>;
  /** Select the cell of an indicator's part. */
  goTo(indicatorId: string, part: EntryPart): Promise<void>;
  /**
   * Record a reviewer's decision: decision and comment, and the trail (who, when, on what value and
   * reply). Refuses a template made before the trail, which has nowhere to keep it.
   */
  writeReview(indicatorId: string, review: Review): Promise<void>;
  /** The unit's answer to a returned row (a person's text, written as text). */
  writeReply(indicatorId: string, reply: string): Promise<void>;
  /** The reviewer's name in the header, asked once and remembered in the workbook. */
  writeReviewer(name: string): Promise<void>;
  /**
   * Write a value a person accepted (a suggested fix) in the value cell, or in the "Năm trước" cell
   * of a growth row; text is written as text, never as a formula.
   */
  writeValue(indicatorId: string, value: CellValue, part?: WritablePart): Promise<void>;
  /** Write an explanation or evidence a person accepted, as text (never read as a formula). */
  writeText(indicatorId: string, part: "explanation" | "evidence", text: string): Promise<void>;
  /** Open a finished workbook (an .xlsx as base64) as a new workbook, e.g. the exported submission. */
  openNewWorkbook(base64: string): Promise<void>;
  /** Calls back with the indicator ids whose inputs changed; returns an unsubscribe. */
  onEntriesChanged(listener: (indicatorIds: string[]) => void): Promise<() => Promise<void>>;
}
