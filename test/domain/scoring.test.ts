import exampleScheme from "../../src/catalog/scoring/example-scheme.json";
import { ScoringSchemeSchema, scoreReport, type ScoringScheme } from "../../src/domain/scoring";
import { assessReport } from "../../src/domain/assess";
import { summarize } from "../../src/domain/summary";
import { IND, PLAN, entry } from "./fixtures";

const scheme: ScoringScheme = ScoringSchemeSchema.parse(exampleScheme);

describe("the example scoring scheme", () => {
  it("is valid and says, in both languages, that it is only an example", () => {
    expect(scheme.description.vi).toContain("CHỈ LÀ VÍ DỤ, không phải quy định chính thức");
    expect(scheme.description.en).toContain("AN EXAMPLE ONLY, not an official rule");
  });
});

describe("scoreReport", () => {
  const plan = { ...PLAN, indicators: [IND.count, IND.share, IND.top, IND.done] };
  const score = (entries: Parameters<typeof assessReport>[1], s: ScoringScheme = scheme) =>
    scoreReport(s, plan, assessReport(plan, entries));

  it("gives full points for met and exceeded, and the top band", () => {
    const r = score([
      entry(IND.count.id, 27000),
      entry(IND.share.id, 0.9),
      entry(IND.top.id, 3),
      entry(IND.done.id, "Có"),
    ]);
    expect(r).toMatchObject({ points: 40, maxPoints: 40, percent: 100 });
    expect(r.band?.label.vi).toBe("Hoàn thành xuất sắc nhiệm vụ");
  });

  it("gives linear partial credit above the floor and nothing at or below it", () => {
    // count at 75% completion: (0.75 - 0.5) / 0.5 = half of 10 points; share at 40/80 = floor: 0.
    const r = score([
      entry(IND.count.id, 20250, "x"),
      entry(IND.share.id, 0.4, "x"),
      entry(IND.top.id, 3),
      entry(IND.done.id, "Có"),
    ]);
    expect(r.points).toBeCloseTo(25, 10);
    expect(r.maxPoints).toBe(40);
    expect(r.percent).toBeCloseTo(62.5, 10);
    expect(r.band?.label.en).toBe("Completed");
  });

  it("gives nothing for missing and invalid values, and counts them in the max", () => {
    const r = score([entry(IND.count.id, "27.000"), entry(IND.top.id, 3), entry(IND.done.id, "Có")]);
    expect(r).toMatchObject({ points: 20, maxPoints: 40, percent: 50 });
    expect(r.band?.label.en).toBe("Completed");
  });

  it("leaves an explained not-applicable row out of the max, an unexplained one in", () => {
    const base = [entry(IND.count.id, 27000), entry(IND.top.id, 3), entry(IND.done.id, "Có")];
    expect(score([...base, entry(IND.share.id, "KAD", "Đơn vị không cung cấp dịch vụ công")])).toMatchObject({
      points: 30,
      maxPoints: 30,
    });
    expect(score([...base, entry(IND.share.id, "KAD")])).toMatchObject({ points: 30, maxPoints: 40 });
  });

  it("uses indicator points over field points over the default, and reports per field", () => {
    const custom: ScoringScheme = {
      ...scheme,
      fieldPoints: { national: 5 },
      indicatorPoints: { [IND.count.id]: 30 },
      partialCredit: { kind: "none" },
    };
    const r = score(
      [
        entry(IND.count.id, 27000),
        entry(IND.share.id, 0.7, "x"),
        entry(IND.top.id, 3),
        entry(IND.done.id, "Có"),
      ],
      custom,
    );
    expect(r.maxPoints).toBe(30 + 10 + 5 + 10);
    expect(r.points).toBe(30 + 0 + 5 + 10);
    expect(r.perField.find((f) => f.field === "national")).toEqual({
      field: "national",
      points: 5,
      maxPoints: 5,
    });
  });

  it("has no percent or band when nothing counts", () => {
    const r = score(plan.indicators.map((i) => entry(i.id, "N/A", "không có")));
    expect(r).toMatchObject({ points: 0, maxPoints: 0, percent: null, band: null });
  });

  it("reaches a band exactly at its minimum despite binary fractions", () => {
    const bands: ScoringScheme = { ...scheme, defaultPoints: 0.1 };
    // 9 of 10 indicators met at 0.1 points each: 0.9 / 1.0 is 90% only up to rounding.
    const many = {
      ...PLAN,
      indicators: Array.from({ length: 10 }, (_, k) => ({ ...IND.count, id: `c.${k}` })),
    };
    const a = assessReport(
      many,
      many.indicators.map((i, k) => entry(i.id, k < 9 ? 27000 : 0, "x")),
    );
    expect(scoreReport(bands, many, a).band?.min).toBe(90);
  });
});

describe("ScoringSchemeSchema", () => {
  it.each([
    [{ bands: [{ min: 50, label: { vi: "a", en: "a" } }] }, "the last band has min 0"],
    [
      {
        bands: [
          { min: 0, label: { vi: "a", en: "a" } },
          { min: 50, label: { vi: "b", en: "b" } },
        ],
      },
      "bands go from highest min down",
    ],
    [{ partialCredit: { kind: "linear", floor: 1 } }, ""],
    [{ defaultPoints: -1 }, ""],
    [{ extra: 1 }, ""],
  ])("rejects a scheme with %j", (patch, message) => {
    const r = ScoringSchemeSchema.safeParse({ ...exampleScheme, ...patch });
    expect(r.success).toBe(false);
    if (message) expect(JSON.stringify(r.error?.issues)).toContain(message);
  });
});

describe("summarize", () => {
  it("counts statuses, issues and fields, capping completion for the average", () => {
    const a = assessReport(PLAN, [
      entry(IND.count.id, 27000 * 10),
      entry(IND.optional.id, 5, "x"),
      entry(IND.share.id, "80%"),
      entry(IND.growth.id, 80),
    ]);
    const s = summarize(PLAN, a);
    expect(s.total).toBe(PLAN.indicators.length);
    expect(s.byStatus.exceeded).toBe(2);
    expect(s.byStatus.shortfall).toBe(1);
    expect(s.byStatus.invalid).toBe(1);
    expect(s.byStatus.missing).toBe(PLAN.indicators.length - 4);
    expect(s.warningCount).toBe(1);
    expect(s.errorCount).toBe(1 + (PLAN.indicators.length - 4));
    expect(s.overall).toBe("incomplete");
    const postal = s.fields.find((f) => f.field === "postal")!;
    // count at 1000% is capped at 200% for the average with optional at 50%.
    expect(postal).toMatchObject({ count: 2, met: 1, completionAverage: (2 + 0.5) / 2 });
    expect(s.fields.find((f) => f.field === "press")!.completionAverage).toBeNull();
  });

  it("is complete when no error remains", () => {
    const plan = { ...PLAN, indicators: [IND.count] };
    expect(summarize(plan, assessReport(plan, [entry(IND.count.id, 1, "Thiếu vốn")])).overall).toBe(
      "complete",
    );
  });
});
