// Reading a template back: the columns the SA_* names point at become entries. Pure, so both
// adapters share it: they resolve the names to cells, this decides what the cells mean.
import type {
  CellValue,
  Entry,
  EntryPart,
  Review,
  ReviewBasis,
  ReviewDecision,
  Status,
} from "../domain/entry";
import { CELL_ERROR_CODES, isCellError } from "../domain/entry";
import { isIsoDateTime } from "../domain/review";
import type { ColumnKey, TrailKey } from "./layout-types";
import type { ReportMeta } from "./port";
import { decisionFromLabel } from "./strings";
import type { ArchiveRow } from "./layout";
import { COLUMN_ORDER, NAMES, TRAIL_FIRST_COL, TRAIL_ORDER } from "./layout";
import { colNumber } from "./a1";

/** One cell as an adapter hands it over. */
export interface CellRead {
  /** The value (for a formula cell, its cached result; null when there is none). */
  value: CellValue;
  /** Set when the cell holds a formula (without "="). */
  formula?: string;
  /** A1 address, for messages. */
  address: string;
}

/** The named columns of a template, each aligned row by row (the adapter resolved the names). */
export interface NamedColumns {
  ids: CellRead[];
  values: CellRead[];
  explanations: CellRead[];
  evidence: CellRead[];
  reviewDecisions?: CellRead[];
  reviewComments?: CellRead[];
  /** The review trail; absent in templates made before it. */
  replies?: CellRead[];
  reviewedBy?: CellRead[];
  reviewedAt?: CellRead[];
  reviewBasis?: CellRead[];
  indicators?: CellRead[];
  targets?: CellRead[];
  /** The deadline years the sheet shows (plan text); absent in templates made before D28. */
  deadlines?: CellRead[];
  /**
   * Rows of the archive area from its first column, columns as the table that wrote it has them
   * (each found where the table's named column is, so an archive in an older column order reads).
   */
  archive?: CellRead[][];
}

/**
 * The named columns of a template, given how an adapter reads the cells of one workbook name
 * (undefined when the name is missing). Which SA_* name feeds which column is the layout's
 * knowledge, so every reader takes it from here.
 */
export function columnsFromNames(
  column: (name: string) => CellRead[] | undefined,
  archive?: CellRead[][],
): NamedColumns {
  return {
    ids: column(NAMES.ids) ?? [],
    values: column(NAMES.values) ?? [],
    explanations: column(NAMES.explanations) ?? [],
    evidence: column(NAMES.evidence) ?? [],
    reviewDecisions: column(NAMES.reviewDecisions),
    reviewComments: column(NAMES.reviewComments),
    replies: column(NAMES.replies),
    reviewedBy: column(NAMES.reviewedBy),
    reviewedAt: column(NAMES.reviewedAt),
    reviewBasis: column(NAMES.reviewBasis),
    indicators: column(NAMES.indicators),
    targets: column(NAMES.targets),
    deadlines: column(NAMES.deadlines),
    archive,
  };
}

export interface FormulaInput {
  indicatorId: string;
  part: EntryPart;
  address: string;
  formula: string;
}

export interface ReadProblem {
  code: "names.misaligned" | "row.no-id" | "row.duplicate-id" | "review.unknown-decision";
  address: string;
  message: { vi: string; en: string };
}

export interface GridReading {
  entries: Entry[];
  archive: ArchiveRow[];
  /** Indicator text and target text as the sheet shows them, by id (for upgrades). */
  texts: Map<string, string>;
  targets: Map<string, string>;
  /** The deadline text the sheet shows, by id (plan text: the ministry compares it with the plan). */
  deadlines: Map<string, string>;
  /** Input cells holding a formula: a person's input never should (DESIGN §6). */
  formulaInputs: FormulaInput[];
  problems: ReadProblem[];
}

/** A header input as typed (the reviewer's name): its text trimmed, null when empty or an error. */
export function headerText(value: CellValue | undefined): string | null {
  if (value === null || value === undefined || isCellError(value) || typeof value === "boolean") return null;
  const text = String(value).trim();
  return text === "" ? null : text;
}

/** A cell's content as text: what a person typed in a text column. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isCellError(v)) return v.error;
  return "";
}

const EMPTY_CELL: CellRead = { value: null, address: "" };

/**
 * A row's review from its cells. The trail is taken only where it makes sense: a reviewer and time
 * only with a decision, a time only when it is an ISO 8601 time with its offset (as the pane writes
 * it), a basis only when it parses; anything else reads as absent, never as a guess.
 */
export function reviewOf(
  decision: ReviewDecision | null,
  comment: string,
  trail: Partial<Record<TrailKey, CellValue>>,
): Review {
  const review: Review = { decision, comment };
  const reply = cellText(trail.reply ?? null);
  if (reply.trim() !== "") review.reply = reply;
  if (decision === null) return review;
  const by = cellText(trail.reviewedBy ?? null).trim();
  if (by !== "") review.reviewer = by;
  const at = cellText(trail.reviewedAt ?? null).trim();
  if (isIsoDateTime(at)) review.reviewedAt = at;
  const basis = parseBasis(trail.basis ?? null);
  if (basis) review.basis = basis;
  return review;
}

function parseBasis(v: CellValue): ReviewBasis | null {
  if (typeof v !== "string" || v.length > 100_000) return null;
  let data: unknown;
  try {
    data = JSON.parse(v);
  } catch {
    return null;
  }
  if (typeof data !== "object" || data === null) return null;
  const { value, reply } = data as { value?: unknown; reply?: unknown };
  if (typeof reply !== "string") return null;
  if (value === null || typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return { value, reply };
  if (isCellError(value) && (CELL_ERROR_CODES as readonly string[]).includes(value.error))
    return { value: { error: value.error }, reply };
  return null;
}

export function readGrid(cols: NamedColumns): GridReading {
  const problems: ReadProblem[] = [];
  const formulaInputs: FormulaInput[] = [];
  const n = cols.ids.length;
  const aligned: [string, CellRead[] | undefined][] = [
    ["SA_VALUES", cols.values],
    ["SA_EXPLANATIONS", cols.explanations],
    ["SA_EVIDENCE", cols.evidence],
    ["SA_REVIEW_DECISIONS", cols.reviewDecisions],
    ["SA_REVIEW_COMMENTS", cols.reviewComments],
    [NAMES.replies, cols.replies],
    [NAMES.reviewedBy, cols.reviewedBy],
    [NAMES.reviewedAt, cols.reviewedAt],
    [NAMES.reviewBasis, cols.reviewBasis],
  ];
  for (const [name, list] of aligned) {
    if (list && list.length !== n) {
      problems.push({
        code: "names.misaligned",
        address: name,
        message: {
          vi: `Vùng tên ${name} có ${list.length} dòng, còn SA_IDS có ${n} dòng; chỉ đọc các dòng khớp nhau.`,
          en: `The name ${name} covers ${list.length} rows but SA_IDS covers ${n}; only matching rows are read.`,
        },
      });
    }
  }

  const texts = new Map<string, string>();
  const targets = new Map<string, string>();
  const deadlines = new Map<string, string>();
  const seen = new Set<string>();
  const entries: Entry[] = [];
  for (let i = 0; i < n; i++) {
    const idCell = cols.ids[i]!;
    const id = cellText(idCell.value).trim();
    if (id === "") {
      problems.push({
        code: "row.no-id",
        address: idCell.address,
        message: {
          vi: `Ô ${idCell.address} không có mã chỉ tiêu; dòng này bị bỏ qua.`,
          en: `Cell ${idCell.address} has no indicator id; the row is skipped.`,
        },
      });
      continue;
    }
    if (seen.has(id)) {
      problems.push({
        code: "row.duplicate-id",
        address: idCell.address,
        message: {
          vi: `Mã chỉ tiêu ${id} xuất hiện lần nữa ở ô ${idCell.address}; chỉ dòng đầu tiên được tính.`,
          en: `Indicator id ${id} appears again at ${idCell.address}; only the first row counts.`,
        },
      });
    }
    seen.add(id);
    const cell = (list: CellRead[] | undefined) => list?.[i] ?? EMPTY_CELL;
    const parts: [EntryPart, CellRead][] = [
      ["value", cell(cols.values)],
      ["explanation", cell(cols.explanations)],
      ["evidence", cell(cols.evidence)],
      ["review", cell(cols.reviewDecisions)],
      ["review", cell(cols.reviewComments)],
      ["review", cell(cols.replies)],
      ["review", cell(cols.reviewedBy)],
      ["review", cell(cols.reviewedAt)],
      ["review", cell(cols.reviewBasis)],
    ];
    for (const [part, c] of parts) {
      if (c.formula !== undefined)
        formulaInputs.push({ indicatorId: id, part, address: c.address, formula: c.formula });
    }
    const decisionCell = cell(cols.reviewDecisions);
    const decisionText = cellText(decisionCell.value).trim();
    const decision = decisionFromLabel(decisionText);
    if (decisionText !== "" && decision === null) {
      problems.push({
        code: "review.unknown-decision",
        address: decisionCell.address,
        message: {
          vi: `Ô ${decisionCell.address} ghi "${decisionText}", không phải Chấp nhận hoặc Trả lại.`,
          en: `Cell ${decisionCell.address} says "${decisionText}", which is neither Accepted nor Returned.`,
        },
      });
    }
    entries.push({
      indicatorId: id,
      value: cell(cols.values).value ?? null,
      explanation: cellText(cell(cols.explanations).value),
      evidence: cellText(cell(cols.evidence).value),
      review: reviewOf(decision, cellText(cell(cols.reviewComments).value), {
        reply: cell(cols.replies).value,
        reviewedBy: cell(cols.reviewedBy).value,
        reviewedAt: cell(cols.reviewedAt).value,
        basis: cell(cols.reviewBasis).value,
      }),
    });
    if (!texts.has(id)) texts.set(id, cellText(cell(cols.indicators).value));
    if (!targets.has(id)) targets.set(id, cellText(cell(cols.targets).value));
    if (cols.deadlines && !deadlines.has(id)) deadlines.set(id, cellText(cell(cols.deadlines).value));
  }

  const archive: ArchiveRow[] = [];
  const where = archiveColumns(cols);
  for (const row of cols.archive ?? []) {
    const left = columnOf(row[0]?.address) ?? 1;
    const get = (k: ArchiveKey) => row[where[k] - left] ?? EMPTY_CELL;
    const id = cellText(get("id").value).trim();
    if (id === "") continue;
    const decision = decisionFromLabel(cellText(get("reviewDecision").value));
    archive.push({
      text: cellText(get("indicator").value),
      entry: {
        indicatorId: id,
        value: get("value").value ?? null,
        explanation: cellText(get("explanation").value),
        evidence: cellText(get("evidence").value),
        // Archives written before the review trail stop before it: those cells read as empty.
        review: reviewOf(decision, cellText(get("reviewComment").value), {
          reply: get("reply").value,
          reviewedBy: get("reviewedBy").value,
          reviewedAt: get("reviewedAt").value,
          basis: get("basis").value,
        }),
      },
    });
  }
  return { entries, archive, texts, targets, deadlines, formulaInputs, problems };
}

/** The archive columns a reader needs. */
type ArchiveKey =
  | Extract<
      ColumnKey,
      "id" | "indicator" | "value" | "explanation" | "evidence" | "reviewDecision" | "reviewComment"
    >
  | TrailKey;

/** The column number of a cell address ("G12": 7), or null. */
function columnOf(address: string | undefined): number | null {
  const m = /^\$?([A-Z]{1,3})\$?\d+$/.exec(address ?? "");
  return m ? colNumber(m[1]!) : null;
}

/**
 * Where each archive column is: the archive has the columns of the table above it, and the table's
 * columns are where its SA_* names say, whatever column order the template that wrote them had
 * (docs/DECISIONS.md D28); the layout's own order only where a name is missing.
 */
function archiveColumns(cols: NamedColumns): Record<ArchiveKey, number> {
  const named: Record<ArchiveKey, CellRead[] | undefined> = {
    id: cols.ids,
    indicator: cols.indicators,
    value: cols.values,
    explanation: cols.explanations,
    evidence: cols.evidence,
    reviewDecision: cols.reviewDecisions,
    reviewComment: cols.reviewComments,
    reply: cols.replies,
    reviewedBy: cols.reviewedBy,
    reviewedAt: cols.reviewedAt,
    basis: cols.reviewBasis,
  };
  const fallback = (k: ArchiveKey): number => {
    const trail = TRAIL_ORDER.indexOf(k as TrailKey);
    return trail >= 0 ? TRAIL_FIRST_COL + trail : COLUMN_ORDER.indexOf(k as ColumnKey) + 1;
  };
  return Object.fromEntries(
    (Object.keys(named) as ArchiveKey[]).map((k) => [k, columnOf(named[k]?.[0]?.address) ?? fallback(k)]),
  ) as Record<ArchiveKey, number>;
}

/** What a reader of a template file gives the ministry's checks: metadata, cells, what formulas left. */
export interface TemplateRead {
  meta: ReportMeta;
  /** The two metadata stores disagree, or one is missing: what differs. */
  metaProblems: string[];
  grid: GridReading;
  /** The status label each row's formula left, by indicator id (null when not computed). */
  storedStatuses: Map<string, Status | null>;
  /**
   * The hidden parameter cells each row's formulas read (SA_PARAMS, DECISIONS D9), by indicator id; empty
   * for a template without SA_PARAMS (made before D9).
   */
  params: Map<string, CellValue[]>;
  /** Cells below the table that hold something (rows added under it); never read. */
  below?: { address: string; text: string }[];
}
