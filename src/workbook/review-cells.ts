// What recording a review decision writes, cell by cell, in the template's words: one answer for
// the Office.js and ExcelJS adapters. The unit's reply is the unit's and is never written here.
import type { CellValue, Review } from "../domain/entry";
import type { Language } from "./port";
import { NAMES, basisText } from "./layout";
import { SHEET_STRINGS } from "./strings";

/** The workbook names a decision is written into, in this order. */
export const REVIEW_WRITE_NAMES = [
  NAMES.reviewDecisions,
  NAMES.reviewComments,
  NAMES.reviewedBy,
  NAMES.reviewedAt,
  NAMES.reviewBasis,
] as const;

/**
 * The cell value for each name of REVIEW_WRITE_NAMES. Clearing the decision clears who and when too
 * (a trail without a decision would read as nothing: src/workbook/read.ts reviewOf).
 */
export function reviewWrites(review: Review, lang: Language): Map<string, CellValue> {
  const decided = review.decision !== null;
  const text = (s: string | undefined) => (decided && s && s.trim() !== "" ? s : null);
  return new Map<string, CellValue>([
    [NAMES.reviewDecisions, review.decision ? SHEET_STRINGS[lang].decisions[review.decision] : null],
    [NAMES.reviewComments, review.comment === "" ? null : review.comment],
    [NAMES.reviewedBy, text(review.reviewer)],
    [NAMES.reviewedAt, text(review.reviewedAt)],
    [NAMES.reviewBasis, decided && review.basis ? basisText(review.basis) : null],
  ]);
}
