import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { assessEntry, assessReport } from "../../src/domain/assess";
import { STATUSES, type Entry } from "../../src/domain/entry";
import { IND, PLAN, entry } from "./fixtures";
import { formatValue } from "../../src/domain/format";
import { ISSUE_CODES } from "../../src/domain/messages";
import { anyCell } from "./arbitraries";

const anyEntry = (id: fc.Arbitrary<string>): fc.Arbitrary<Entry> =>
  fc.record({
    indicatorId: id,
    value: anyCell,
    explanation: fc.oneof(fc.constant(""), fc.string()),
    evidence: fc.string(),
    review: fc.record({
      decision: fc.constantFrom(null, "accepted" as const, "returned" as const),
      comment: fc.string(),
    }),
  });

describe("assessment never throws", () => {
  it("assessEntry gives a status, a finite-or-null completion and full messages for any value", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(IND)), anyEntry(fc.string()), (ind, e) => {
        const a = assessEntry(ind, e);
        expect(STATUSES).toContain(a.status);
        expect(a.completion === null || Number.isFinite(a.completion)).toBe(true);
        for (const i of a.issues) {
          expect(i.message.vi.length).toBeGreaterThan(20);
          expect(i.message.en.length).toBeGreaterThan(20);
          expect(i.message.vi).toContain(ind.id);
        }
        // Only a usable number leads to met/exceeded/shortfall, and then the value is that number;
        // except a milestone honestly answered "not done" (issue #12 item 2): no date, completion 0.
        const notDoneMilestone =
          ind.target.kind === "milestone" && a.status === "shortfall" && typeof e.value !== "number";
        if (notDoneMilestone) expect([a.value, a.completion]).toEqual([null, 0]);
        else if (a.status === "met" || a.status === "exceeded" || a.status === "shortfall")
          expect(Number.isFinite(a.value)).toBe(true);
        // An error-free assessment and a blocking one are told apart by the issues alone.
        if (a.status === "invalid") expect(a.issues.some((i) => i.severity === "error")).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("assessReport gives one assessment per plan indicator plus one per unknown entry", () => {
    const ids = fc.oneof(
      fc.constantFrom(...PLAN.indicators.map((i) => i.id)),
      fc.string(),
      fc.constant("__proto__"),
    );
    fc.assert(
      fc.property(fc.array(anyEntry(ids), { maxLength: 30 }), (entries) => {
        const out = assessReport(PLAN, entries);
        const known = new Set(PLAN.indicators.map((i) => i.id));
        const unknown = entries.filter((e) => !known.has(e.indicatorId)).length;
        expect(out).toHaveLength(PLAN.indicators.length + unknown);
        expect(out.slice(0, PLAN.indicators.length).map((a) => a.indicatorId)).toEqual(
          PLAN.indicators.map((i) => i.id),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it("does not trip over a malformed entry object", () => {
    const bad = [undefined, null, {}, { value: 5 }, { indicatorId: 7, value: "x" }] as unknown as Entry[];
    for (const e of bad) expect(() => assessEntry(IND.count, e)).not.toThrow();
    expect(() => assessReport(PLAN, bad)).not.toThrow();
  });
});

describe("assessReport", () => {
  it("marks applicable indicators without an entry as missing, and skips those that do not apply", () => {
    const out = assessReport(PLAN, [entry(IND.count.id, 27000)], (ind) => ind.field === "postal");
    expect(out.map((a) => [a.indicatorId, a.status])).toEqual([
      [IND.count.id, "met"],
      [IND.optional.id, "missing"],
    ]);
  });

  it("assesses an entry for an indicator that does not apply, since the unit reported it", () => {
    const out = assessReport(PLAN, [entry(IND.share.id, 0.9)], (ind) => ind.field === "postal");
    expect(out.find((a) => a.indicatorId === IND.share.id)?.status).toBe("exceeded");
  });

  it("reports an entry of an unknown indicator as invalid, naming the id and the plan", () => {
    const out = assessReport(PLAN, [entry("postal.nonexistent", 5)]);
    const last = out[out.length - 1]!;
    expect(last.status).toBe("invalid");
    expect(last.issues[0]!.code).toBe("template.unknown-indicator");
    expect(last.issues[0]!.message.vi).toContain(
      "'postal.nonexistent' không có trong kế hoạch test-plan 1.2.3",
    );
    expect(last.issues[0]!.message.en).toContain("'postal.nonexistent' is not in plan test-plan 1.2.3");
  });

  it("counts the first of two rows for one indicator and flags the duplicate", () => {
    const out = assessReport(PLAN, [entry(IND.count.id, 27000), entry(IND.count.id, 1)]);
    const a = out.find((x) => x.indicatorId === IND.count.id)!;
    expect(a.status).toBe("met");
    expect(a.issues.map((i) => i.code)).toEqual(["template.duplicate-indicator"]);
    expect(a.issues[0]!.message.vi).toContain("chỉ dòng đầu tiên được tính");
  });
});

describe("assessment properties", () => {
  const order = { shortfall: 0, met: 1, exceeded: 2 } as const;
  const rankOf = (s: string): number => order[s as keyof typeof order];
  const numeric = [
    IND.count,
    IND.share,
    IND.third,
    IND.more,
    IND.most,
    IND.growth,
    IND.top,
    IND.group,
    IND.date,
    IND.zeroRate,
  ];

  it("never gets worse as the value gets better (higher, or lower where lower is better)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...numeric),
        fc.double({ min: -2, max: 3e6, noNaN: true }),
        fc.double({ min: -2, max: 3e6, noNaN: true }),
        (ind, p, q) => {
          const whole = ind.valueType === "integer" || ind.valueType === "rank" || ind.valueType === "date";
          const [x, y] = (whole ? [Math.round(p), Math.round(q)] : [p, q]).sort((a, b) => a - b) as [
            number,
            number,
          ];
          const a = assessEntry(ind, entry(ind.id, x, "x"));
          const b = assessEntry(ind, entry(ind.id, y, "x"));
          fc.pre(a.status in order && b.status in order);
          const lowerIsBetter = ["atMost", "rank", "milestone"].includes(ind.target.kind);
          if (lowerIsBetter) expect(rankOf(a.status)).toBeGreaterThanOrEqual(rankOf(b.status));
          else expect(rankOf(a.status)).toBeLessThanOrEqual(rankOf(b.status));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("reads a valid value typed as its own vi text back as that value, and the one-click fix assesses it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(IND.count, IND.share, IND.more, IND.growth, IND.top),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (ind, u) => {
          const x =
            ind.valueType === "integer" || ind.valueType === "rank"
              ? 1 + Math.round(u * 100000)
              : ind.valueType === "percent" || ind.valueType === "rate"
                ? Math.round(u * 10000) / 10000
                : u * 1e6;
          const text = formatValue(x, ind, "vi");
          const typed = assessEntry(ind, entry(ind.id, text, "x"));
          expect(typed.status).toBe("invalid");
          expect(typed.issues[0]!.code).toBe("value.text-number");
          const fix = typed.issues[0]!.suggestion as number;
          expect(Math.abs(fix - x)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(x)));
          expect(assessEntry(ind, entry(ind.id, fix, "x")).status).toBe(
            assessEntry(ind, entry(ind.id, x, "x")).status,
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("docs/domain.md", () => {
  it("lists every issue code the assessment can raise", () => {
    const doc = readFileSync(join(__dirname, "..", "..", "docs", "domain.md"), "utf8");
    for (const code of ISSUE_CODES) expect(doc).toContain("`" + code + "`");
  });
});
