// What a unit reports per indicator, and what the assessment says of it. Shared by every room.

/** An Excel error value as a cell can hold it. */
export const CELL_ERROR_CODES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#BUSY!",
  "#CONNECT!",
  "#UNKNOWN!",
] as const;
export type CellErrorCode = (typeof CELL_ERROR_CODES)[number];
export interface CellError {
  readonly error: CellErrorCode;
}

/**
 * A cell's value as the adapters hand it over: numbers (dates as Excel serial numbers), text,
 * booleans, errors, or null for an empty cell. Adapters never pass JS Date objects.
 */
export type CellValue = number | string | boolean | CellError | null;

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && typeof (v as { error?: unknown }).error === "string";
}

export const REVIEW_DECISIONS = ["accepted", "returned"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/**
 * A reviewer's decision on one row and what came of it. Everything but decision and comment is
 * optional: templates and submissions made before the review trail (docs/DECISIONS.md, "The review trail") have none of it,
 * and a decision typed into the sheet by hand has no reviewer or time.
 */
export interface Review {
  decision: ReviewDecision | null;
  comment: string;
  /** Who recorded the decision, as they gave their name. */
  reviewer?: string;
  /** When the decision was recorded (ISO 8601 with offset). */
  reviewedAt?: string;
  /** The unit's answer to the reviewer's comment. */
  reply?: string;
  /**
   * The row's value and reply when the decision was recorded: a returned row stays returned (an
   * error) until the unit answers with a new reply or changes the value (src/domain/review.ts).
   */
  basis?: ReviewBasis;
}

export interface ReviewBasis {
  value: CellValue;
  reply: string;
}

/** One row of a report: everything a person typed for one indicator. */
export interface Entry {
  indicatorId: string;
  value: CellValue;
  explanation: string;
  evidence: string;
  review: Review;
  /**
   * The "Năm trước" cell: the level of the base period (last year, or the plan's named year) on an
   * indicator whose growth is computed from two levels (issue #12 item 4, src/domain/growth.ts);
   * absent where the row has no such cell. The reviewer's card shows it beside this year's.
   */
  previous?: CellValue;
}

/**
 * not-due (issue #12 item 1): a valid answer short of a target whose deadlineYear falls after the
 * reporting period: progress, shown with its completion, needing no explanation.
 * reported (issue #11 item 2): a valid contribution to a national total with no target of the
 * unit's own (src/domain/whose-target.ts): recorded, not judged, needing no explanation.
 */
export const STATUSES = [
  "exceeded",
  "met",
  "shortfall",
  "not-due",
  "reported",
  "missing",
  "invalid",
  "not-applicable",
] as const;
export type Status = (typeof STATUSES)[number];

export type Severity = "error" | "warning";

/** Which input of the row an issue points at, so the pane can jump to that cell. */
export type EntryPart = "value" | "previous" | "explanation" | "evidence" | "review" | "template";

export interface Issue {
  /** Stable machine code, e.g. "value.not-a-number", "explanation.required". */
  code: string;
  severity: Severity;
  indicatorId: string;
  part: EntryPart;
  /** A full sentence that names the indicator and says what was expected. */
  message: { vi: string; en: string };
  /** A value that would likely fix the issue (e.g. 0.8 for "80" typed in a percent cell). */
  suggestion?: CellValue;
}

export interface Assessment {
  indicatorId: string;
  status: Status;
  /** The value as a number after parsing (a date as an Excel serial; done as 1/0), or null. */
  value: number | null;
  /** actual/target, or target/actual when lower is better; null when there is no number. */
  completion: number | null;
  issues: Issue[];
}
