import exampleScheme from "../../src/catalog/scoring/example-scheme.json";
import { ScoringSchemeSchema, scoreReport, type ScoringScheme } from "../../src/domain/scoring";
import { assessReport } from "../../src/domain/assess";
import { summarize } from "../../src/domain/summary";
import { IND, PLAN, answer, entry } from "./fixtures";
import { getPlan } from "../../src/catalog/index";
import { scoringSchemes } from "../../src/taskpane/facade";
import { SHORTFALL_COMPLETION_MAX } from "../../src/domain/target";
import { sealReport } from "../../src/domain/seal-report";
import { parseSubmission } from "../../src/domain/submission";

const scheme: ScoringScheme = ScoringSchemeSchema.parse(exampleScheme);

describe("the example scoring scheme", () => {
  it("is valid and says, in both languages, that it is only an example", () => {
    expect(scheme.description.vi).toContain("CHỈ LÀ VÍ DỤ, không phải quy định chính thức");
    expect(scheme.description.en).toContain("AN EXAMPLE ONLY, not an official rule");
  });

  it("reads unchanged through the schema, so the pane takes the bundled file as it is", () => {
    expect(ScoringSchemeSchema.parse(structuredClone(exampleScheme))).toEqual(exampleScheme);
    expect(scoringSchemes()).toEqual([exampleScheme]);
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

describe("scores that mean what they say (issue #12 item 6)", () => {
  const kh = getPlan("kh-1097-2023")!;

  it("\"> v\" at exactly v is a shortfall: 99% completion, a shortfall's points, not a met row's", () => {
    const ind = kh.indicators.find((i) => i.target.kind === "moreThan")!;
    const v = (ind.target as { value: number }).value;
    const one = { ...kh, indicators: [ind] };
    const at = assessReport(one, [answer(ind, v, "chưa vượt")]);
    expect(at[0]).toMatchObject({ status: "shortfall", completion: SHORTFALL_COMPLETION_MAX });
    const r = scoreReport(scheme, one, at);
    expect(r.maxPoints).toBe(10);
    expect(r.points).toBeLessThan(10);
    // Linear credit from the 50% floor: (0.99 - 0.5) / 0.5 of 10 points.
    expect(r.points).toBeCloseTo(9.8, 10);
  });

  it("the thrift section weighs what the scheme says, not four bullets: a publisher's 5 rows are 20 points", () => {
    const rows = kh.indicators.filter((i) => i.appliesTo.includes("publisher"));
    expect(rows.filter((i) => i.field === "thrift")).toHaveLength(4);
    const a = assessReport(
      kh,
      rows.map((i) => entry(i.id, i.valueType === "done" ? "Có" : null)),
      (i) => i.appliesTo.includes("publisher"),
    );
    const r = scoreReport(scheme, kh, a);
    expect(r.maxPoints).toBe(10 + 10);
    expect(r.perField.find((f) => f.field === "thrift")!.maxPoints).toBeCloseTo(10, 10);
    // Without fieldTotals, the same rows would be 50 points, 40 of them thrift.
    const counted = scoreReport({ ...scheme, fieldTotals: {} }, kh, a);
    expect(counted.maxPoints).toBe(50);
  });

  it("a scheme says whether it is an example or issued by a named body; the bundled one is an example", () => {
    expect(scheme.issuer).toEqual({ kind: "example" });
    const missing: Record<string, unknown> = { ...exampleScheme };
    delete missing.issuer;
    expect(ScoringSchemeSchema.safeParse(missing).success).toBe(false);
    const issued = ScoringSchemeSchema.parse({
      ...exampleScheme,
      issuer: {
        kind: "issued",
        body: { vi: "Cụm thi đua số 1", en: "Emulation cluster 1" },
        document: "QĐ 12/QĐ-CTĐ",
      },
    });
    const plan = { ...PLAN, indicators: [IND.count] };
    const a = assessReport(plan, [entry(IND.count.id, 27000)]);
    expect(scoreReport(scheme, plan, a).example).toBe(true);
    expect(scoreReport(issued, plan, a).example).toBe(false);
  });

  it("an example's classification is never sealed; an issued scheme's is", async () => {
    const plan = { ...PLAN, indicators: [IND.count] };
    const entries = [entry(IND.count.id, 27000)];
    const a = assessReport(plan, entries);
    const unit = { name: "Sở", code: "000.00.00.H26", unitType: "provincial-department", year: 2023 };
    const seal = (s: ScoringScheme) =>
      sealReport({ plan, unit, entries, assessments: a, scheme: s, generator: { name: "t", version: "1" } });
    const asExample = await seal(scheme);
    expect(asExample.summary.score).toMatchObject({ points: 10, band: null, example: true });
    const issued = ScoringSchemeSchema.parse({
      ...exampleScheme,
      issuer: { kind: "issued", body: { vi: "Cụm thi đua số 1", en: "Emulation cluster 1" } },
    });
    const official = await seal(issued);
    expect(official.summary.score?.band?.vi).toBe("Hoàn thành xuất sắc nhiệm vụ");
    expect(official.summary.score).not.toHaveProperty("example");
    expect(parseSubmission(JSON.parse(JSON.stringify(asExample))).ok).toBe(true);
  });
});
