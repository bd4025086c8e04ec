// The review loop's rules: a returned row is an error until the unit answers it (a new reply, or a
// changed value), the reviewer's name and time are sealed, and submissions sealed before the trail
// still read and verify.
import fc from "fast-check";
import { assessReport } from "../../src/domain/assess";
import type { CellValue, Entry, Review } from "../../src/domain/entry";
import {
  isAnswered,
  isIsoDateTime,
  localIsoNow,
  needsReview,
  sameCellValue,
  showDateTime,
} from "../../src/domain/review";
import {
  buildSubmission,
  parseSubmission,
  reviewFromSealed,
  sealSubmission,
  verifySubmissionHash,
} from "../../src/domain/submission";
import { IND, PLAN, entry } from "./fixtures";

const returned = (extra: Partial<Review> = {}): Review => ({
  decision: "returned",
  comment: "Đề nghị bổ sung số liệu quý IV",
  reviewer: "Nguyễn Văn A",
  reviewedAt: "2025-12-12T09:30:00+07:00",
  basis: { value: 26000, reply: "" },
  ...extra,
});

const withReview = (value: CellValue, review: Review): Entry => ({
  ...entry(IND.count.id, value, "Thiếu điểm ở vùng sâu"),
  review,
});

const returnedIssues = (e: Entry) =>
  assessReport(PLAN, [e])
    .find((a) => a.indicatorId === e.indicatorId)!
    .issues.filter((i) => i.code === "review.returned");

describe("a returned row", () => {
  it("is an error naming the reviewer and quoting the comment, in both languages", () => {
    const issues = returnedIssues(withReview(26000, returned()));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: "error", part: "review", indicatorId: IND.count.id });
    expect(issues[0]!.message.vi).toContain("Nguyễn Văn A");
    expect(issues[0]!.message.vi).toContain('"Đề nghị bổ sung số liệu quý IV"');
    expect(issues[0]!.message.en).toContain("returned by the reviewer (Nguyễn Văn A)");
  });

  it("is answered by a new reply or a changed value, not by the reply the reviewer already saw", () => {
    expect(returnedIssues(withReview(26000, returned({ reply: "Đã bổ sung số liệu" })))).toEqual([]);
    expect(returnedIssues(withReview(26500, returned()))).toEqual([]);
    // The reply of an earlier round, returned again with it in view: not an answer.
    const again = returned({ reply: "Đã bổ sung", basis: { value: 26000, reply: "Đã bổ sung" } });
    expect(returnedIssues(withReview(26000, again))).toHaveLength(1);
    // Blanks are not an answer; retyping the same number is not a change.
    expect(returnedIssues(withReview(26000, returned({ reply: "   " })))).toHaveLength(1);
    expect(returnedIssues(withReview("26000 ", returned()))).toHaveLength(0);
  });

  it("without a recorded basis (typed by hand), any reply answers it", () => {
    const byHand: Review = { decision: "returned", comment: "Xem lại" };
    expect(isAnswered(byHand, 26000)).toBe(false);
    expect(isAnswered({ ...byHand, reply: "x" }, 26000)).toBe(true);
    expect(returnedIssues(withReview(26000, byHand))).toHaveLength(1);
    expect(returnedIssues(withReview(26000, { ...byHand, reply: "Đã xem" }))).toEqual([]);
  });

  it("accepted rows and rows without a decision raise nothing, and the status is never changed", () => {
    expect(returnedIssues(withReview(26000, { ...returned(), decision: "accepted" }))).toEqual([]);
    const [a] = assessReport(PLAN, [withReview(26000, returned())]);
    expect(a!.status).toBe("shortfall");
  });
});

describe("the review queue", () => {
  it("holds shortfalls, not-applicable, invalid, issues and decided rows; not a clean met row", () => {
    const clean = assessReport(PLAN, [entry(IND.count.id, 28000)])[0]!;
    expect(needsReview(clean, undefined)).toBe(false);
    expect(needsReview(clean, { decision: "accepted", comment: "" })).toBe(true);
    for (const [value, explanation] of [
      [26000, "lý do"],
      ["Không áp dụng", "không có"],
      ["abc", ""],
    ] as const) {
      const a = assessReport(PLAN, [entry(IND.count.id, value, explanation)])[0]!;
      expect([value, needsReview(a, undefined)]).toEqual([value, true]);
    }
  });
});

describe("cell values and times", () => {
  it("sameCellValue is reflexive and treats blank text as empty", () => {
    const cell = fc.oneof(
      fc.double(),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.constant({ error: "#N/A" as const }),
    );
    fc.assert(fc.property(cell, (v) => sameCellValue(v, v)));
    expect(sameCellValue("  ", null)).toBe(true);
    expect(sameCellValue(1, "1")).toBe(false);
    expect(sameCellValue({ error: "#N/A" }, { error: "#REF!" })).toBe(false);
  });

  it("records local time with its offset, as the submission schema takes it, and shows it as dd/mm/yyyy", () => {
    const now = localIsoNow(new Date(2025, 0, 15, 9, 30, 12));
    expect(now).toMatch(/^2025-01-15T09:30:12[+-]\d{2}:\d{2}$/);
    expect(isIsoDateTime(now)).toBe(true);
    expect(isIsoDateTime("15/01/2025 09:30")).toBe(false);
    expect(showDateTime(now)).toBe("15/01/2025 09:30");
    expect(showDateTime(undefined)).toBe("");
  });
});

describe("the sealed review", () => {
  const seal = (review: Review) => {
    const entries = [withReview(26500, review)];
    return sealSubmission(
      buildSubmission({
        unit: { name: "Bưu điện tỉnh A", code: "000.00.00.H26", unitType: "postal-enterprise", year: 2025 },
        period: { year: 2025, from: "2024-12-15", to: "2025-12-14" },
        plan: PLAN,
        catalogHash: "a".repeat(64),
        entries,
        assessments: assessReport(PLAN, entries),
        generator: { name: "self-assess", version: "0.1.0" },
        createdAt: "2025-12-13T08:00:00.000Z",
      }),
    );
  };

  it("carries the reviewer, the time, the reply and the basis, and reads back to the same review", async () => {
    const review = returned({ reply: "Đã bổ sung", basis: { value: { error: "#N/A" }, reply: "" } });
    const doc = await seal(review);
    const sealed = doc.entries.find((e) => e.indicatorId === IND.count.id)!.review;
    expect(sealed).toEqual({
      decision: "returned",
      comment: review.comment,
      reviewer: "Nguyễn Văn A",
      reviewedAt: "2025-12-12T09:30:00+07:00",
      reply: "Đã bổ sung",
      basis: { value: "#N/A", reply: "" },
    });
    expect(reviewFromSealed(sealed)).toEqual(review);
    const parsed = parseSubmission(JSON.stringify(doc));
    expect(parsed.ok).toBe(true);
    expect(await verifySubmissionHash(doc)).toBe(true);
  });

  it("a row without a decision seals as before the trail, so older submissions read and verify unchanged", async () => {
    const doc = await seal({ decision: null, comment: "" });
    const sealed = doc.entries.find((e) => e.indicatorId === IND.count.id)!.review;
    expect(sealed).toEqual({ decision: null, comment: "" });
    // A submission sealed before the trail: only decision and comment in each review.
    const old = await seal({ decision: "accepted", comment: "ok" });
    expect(old.entries.find((e) => e.indicatorId === IND.count.id)!.review).toEqual({
      decision: "accepted",
      comment: "ok",
    });
    expect(parseSubmission(JSON.parse(JSON.stringify(old))).ok).toBe(true);
    expect(await verifySubmissionHash(old)).toBe(true);
  });

  it("refuses a time without its offset and an unknown key in the review, naming the path", async () => {
    const doc = JSON.parse(JSON.stringify(await seal(returned()))) as {
      entries: { review: Record<string, unknown> }[];
    };
    doc.entries[0]!.review.reviewedAt = "12/12/2025";
    const bad = parseSubmission(doc);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.join("\n")).toContain("entries.0.review.reviewedAt");
    doc.entries[0]!.review.reviewedAt = "2025-12-12T09:30:00+07:00";
    doc.entries[0]!.review.signedBy = "x";
    const unknown = parseSubmission(doc);
    expect(unknown.ok).toBe(false);
  });
});
