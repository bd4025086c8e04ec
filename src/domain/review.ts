// What a review decision means for the row it is on: when a returned row has been answered, and which
// rows a reviewer must look at. One answer for the pane, the CLI's export and the ministry's check.
import { z } from "zod";
import type { Assessment, CellValue, Review } from "./entry";
import { isCellError } from "./entry";

// Built the first time it checks something, as the schemas in ./plan.ts are (DECISIONS D46).
const IsoDateTime = z.lazy(() => z.iso.datetime({ offset: true }));

/** An ISO 8601 time with its offset, as the submission schema takes it (reviewedAt). */
export function isIsoDateTime(s: string): boolean {
  return IsoDateTime.safeParse(s).success;
}

/** "Now" as the pane records it: local time with its offset, to the second (2025-01-15T09:30:12+07:00). */
export function localIsoNow(now: Date = new Date()): string {
  const pad = (n: number) => String(Math.abs(n)).padStart(2, "0");
  const offset = -now.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return (
    `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` +
    `T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/** Two cell values are the same entry: same number, same text (ignoring surrounding space), same error. */
export function sameCellValue(a: CellValue, b: CellValue): boolean {
  const norm = (v: CellValue) => (typeof v === "string" && v.trim() === "" ? null : v);
  const x = norm(a);
  const y = norm(b);
  if (x === null || y === null) return x === y;
  if (isCellError(x) || isCellError(y)) return isCellError(x) && isCellError(y) && x.error === y.error;
  if (typeof x === "string" && typeof y === "string") return x.trim() === y.trim();
  return x === y || (Number.isNaN(x) && Number.isNaN(y));
}

/**
 * Whether the unit has answered a returned row: a reply that is not the one the reviewer saw when
 * returning it, or a value other than the one returned. Without a record of what the reviewer saw (a
 * decision typed into the sheet by hand, a template from before the trail), any reply answers it.
 */
export function isAnswered(review: Review, value: CellValue): boolean {
  const reply = (review.reply ?? "").trim();
  const basis = review.basis;
  if (!basis) return reply !== "";
  if (!sameCellValue(value, basis.value)) return true;
  return reply !== "" && reply !== basis.reply.trim();
}

/** A returned row the unit has not answered yet: an error, so it blocks export. */
export function isOpenReturn(review: Review | undefined, value: CellValue): boolean {
  return review?.decision === "returned" && !isAnswered(review, value);
}

/**
 * Rows a reviewer must look at: every shortfall, not-applicable and invalid row, every row with an
 * issue, and every row already decided (so a decision can be revisited after the unit answers).
 */
export function needsReview(a: Assessment, review: Review | undefined): boolean {
  return (
    a.status === "shortfall" ||
    a.status === "not-applicable" ||
    a.status === "invalid" ||
    a.issues.length > 0 ||
    (review?.decision ?? null) !== null
  );
}

/**
 * A recorded time as people read it, in the recorder's own local time: "15/01/2025 09:30". The
 * offset is not converted: the reviewer and the unit are in the same country, and the sheet shows
 * the same digits.
 */
export function showDateTime(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso ?? "");
  return m ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}` : "";
}
