// What the ministry's return of a checked file decides, pure: every row the check found an error on
// is returned to the unit with the check's own findings as the comment, signed with the name and
// time given; every other row keeps the decision it came with. The unit's entries are carried as
// they were, so the workbook written from this is the unit's own (check-run.ts writes it).
import type { Entry, Review } from "../../../domain/entry";
import type { FileReport } from "../file-report";

export interface ReturnSigner {
  reviewer: string;
  /** ISO 8601 with offset, as the review trail keeps it. */
  reviewedAt: string;
}

export interface ReturnPlan {
  /** The rows of the unit's workbook, decisions filled in. */
  entries: Entry[];
  /** The indicators returned, in the file's order. */
  returned: string[];
}

/** Longest comment written into a row; the rest of a long list of findings is cut with "…". */
const MAX_COMMENT = 1000;

function commentOf(messages: readonly string[]): string {
  const text = messages.join(" ");
  return text.length > MAX_COMMENT ? `${text.slice(0, MAX_COMMENT - 1)}…` : text;
}

/** The ministry's decisions for one read file (never a rejected one). */
export function planReturn(r: FileReport, lang: "vi" | "en", by: ReturnSigner): ReturnPlan {
  const returned: string[] = [];
  const entries = r.entries.map((e): Entry => {
    const errors = e.issues.filter((i) => i.severity === "error");
    let review: Review = e.review;
    if (errors.length > 0) {
      returned.push(e.indicatorId);
      const reply = e.review.reply ?? "";
      review = {
        decision: "returned",
        comment: commentOf(errors.map((i) => i.message[lang])),
        reviewer: by.reviewer,
        reviewedAt: by.reviewedAt,
        ...(reply ? { reply } : {}),
        // What the ministry saw: the unit answers with a new reply or a changed value.
        basis: { value: e.value, reply },
      };
    }
    return {
      indicatorId: e.indicatorId,
      value: e.value,
      explanation: e.explanation,
      evidence: e.evidence,
      review,
    };
  });
  return { entries, returned };
}

/** The file a unit's returned workbook is written to: its code and year, safe on every file system. */
export function returnFileName(unit: { code: string; year: number }): string {
  const code = unit.code.replace(/[^\p{L}\p{N}._-]+/gu, "_").replace(/^[._]+/, "") || "unit";
  return `${code.slice(0, 80)}-${unit.year}.xlsx`;
}
