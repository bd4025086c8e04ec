// Reading a template back: the columns the SA_* names point at become entries. Pure, so both
// adapters share it: they resolve the names to cells, this decides what the cells mean.
import type { CellValue, Entry, EntryPart, Status } from "../domain/entry";
import type { ReportMeta } from "./port";
import { isCellError } from "../domain/entry";
import { decisionFromLabel } from "./strings";
import type { ArchiveRow } from "./layout";
import { COLUMN_ORDER, NAMES } from "./layout";

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
  indicators?: CellRead[];
  targets?: CellRead[];
  /** Rows of the archive area, columns A..M as the table has them. */
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
    indicators: column(NAMES.indicators),
    targets: column(NAMES.targets),
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
  /** Input cells holding a formula: a person's input never should (DESIGN §6). */
  formulaInputs: FormulaInput[];
  problems: ReadProblem[];
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
      review: { decision, comment: cellText(cell(cols.reviewComments).value) },
    });
    if (!texts.has(id)) texts.set(id, cellText(cell(cols.indicators).value));
    if (!targets.has(id)) targets.set(id, cellText(cell(cols.targets).value));
  }

  const archive: ArchiveRow[] = [];
  const at = (k: (typeof COLUMN_ORDER)[number]) => COLUMN_ORDER.indexOf(k);
  for (const row of cols.archive ?? []) {
    const get = (k: (typeof COLUMN_ORDER)[number]) => row[at(k)] ?? EMPTY_CELL;
    const id = cellText(get("id").value).trim();
    if (id === "") continue;
    archive.push({
      text: cellText(get("indicator").value),
      entry: {
        indicatorId: id,
        value: get("value").value ?? null,
        explanation: cellText(get("explanation").value),
        evidence: cellText(get("evidence").value),
        review: {
          decision: decisionFromLabel(cellText(get("reviewDecision").value)),
          comment: cellText(get("reviewComment").value),
        },
      },
    });
  }
  return { entries, archive, texts, targets, formulaInputs, problems };
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
   * The hidden parameter cells each row's formulas read (N:T, DECISIONS D9), by indicator id; empty
   * for a template without SA_PARAMS (made before D9).
   */
  params: Map<string, CellValue[]>;
  /** Cells below the table that hold something (rows added under it); never read. */
  below?: { address: string; text: string }[];
}
