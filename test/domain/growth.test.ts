// Issue #12 item 4 as a unit meets it: on a growth indicator the unit types two levels, this year's
// in the value cell and the base's in "Năm trước", and the rate the target judges is computed, so a
// slip like 30 typed for 30% (or a count typed for a rate) can no longer pass as "Vượt".
import { getPlan } from "../../src/catalog/index";
import { assessEntry, assessReport } from "../../src/domain/assess";
import { growthRate, typedIndicator } from "../../src/domain/growth";
import { PlanSchema, type Indicator } from "../../src/domain/plan";
import type { CellValue, Entry } from "../../src/domain/entry";

const plan = getPlan("kh-1097-2023")!;
const byId = (id: string) => plan.indicators.find((i) => i.id === id)!;
const news = byId("press.political-news-growth"); // relative, ≥ 20%, integer items
const paid = byId("press.paid-content-models"); // points since 2020, 5 - 10 points
const postal = byId("postal.ecommerce-growth"); // relative, ≥ 30%, VND billion

function entry(ind: Indicator, value: CellValue, previous?: CellValue, explanation = ""): Entry {
  const e: Entry = {
    indicatorId: ind.id,
    value,
    explanation,
    evidence: "",
    review: { decision: null, comment: "" },
  };
  if (previous !== undefined) e.previous = previous;
  return e;
}
const codes = (e: Entry, ind: Indicator) => assessEntry(ind, e).issues.map((i) => i.code);

describe("growth computed from two levels (issue #12 item 4)", () => {
  it("the plan marks its eight growth indicators, the paid-content one in points against 2020", () => {
    const growth = plan.indicators.filter((i) => i.growth);
    expect(growth).toHaveLength(8);
    expect(growth.every((i) => i.valueType === "rate")).toBe(true);
    expect(paid.growth).toMatchObject({ change: "points", base: { kind: "year", year: 2020 } });
    expect(news.growth).toMatchObject({ change: "relative", base: { kind: "previous-period" } });
  });

  it("computes the rate: 1,000 → 1,200 items is 20% (met), 1,000 → 1,300 exceeds, 1,100 falls short", () => {
    expect(assessEntry(news, entry(news, 1200, 1000))).toMatchObject({ status: "met", issues: [] });
    const a = assessEntry(news, entry(news, 1200, 1000));
    expect(a.value).toBeCloseTo(0.2, 12);
    expect(a.completion).toBeCloseTo(1, 12);
    expect(assessEntry(news, entry(news, 1300, 1000)).status).toBe("exceeded");
    const short = assessEntry(news, entry(news, 1100, 1000));
    expect(short.status).toBe("shortfall");
    expect(short.value).toBeCloseTo(0.1, 12);
    expect(short.issues.map((i) => i.code)).toEqual(["explanation.required"]);
    expect(short.issues[0]!.message.vi).toContain("10%");
  });

  it("the issue's paid-content case: a press agency from 10% (2020) to 12% is 2 points, a shortfall; 17% is met", () => {
    expect(assessEntry(paid, entry(paid, 0.12, 0.1, "x")).status).toBe("shortfall");
    const met = assessEntry(paid, entry(paid, 0.17, 0.1));
    expect(met.status).toBe("met");
    expect(met.value).toBeCloseTo(0.07, 12);
    // On the edges, within the tolerance: 15% − 10% is 0.04999... in binary, still 5 points.
    expect(assessEntry(paid, entry(paid, 0.15, 0.1)).status).toBe("met");
    expect(assessEntry(paid, entry(paid, 0.21, 0.1)).status).toBe("exceeded");
  });

  it("the slips of the issue cannot pass: a level typed as a rate, a share typed as a whole number", () => {
    // 30 typed where last year was 100 (VND billion): a fall of 70%, a shortfall, not 3,000% "Vượt".
    expect(assessEntry(postal, entry(postal, 30, 100, "x")).status).toBe("shortfall");
    // 12 typed for 12% in a share: out of the level's bounds, with the fix suggested.
    const slip = assessEntry(paid, entry(paid, 12, 0.1));
    expect(slip.status).toBe("invalid");
    expect(slip.issues[0]).toMatchObject({ code: "value.out-of-bounds", suggestion: 0.12 });
    const prevSlip = assessEntry(paid, entry(paid, 0.12, 10));
    expect(prevSlip.status).toBe("invalid");
    expect(prevSlip.issues[0]).toMatchObject({ code: "previous.invalid", part: "previous", suggestion: 0.1 });
  });

  it("a missing base is an error in both languages, naming the base year", () => {
    for (const prev of [undefined, null, "  "]) {
      const a = assessEntry(news, entry(news, 1200, prev));
      expect(a.status).toBe("missing");
      expect(a.issues.map((i) => i.code)).toEqual(["previous.missing"]);
      expect(a.issues[0]!.severity).toBe("error");
      expect(a.issues[0]!.message.vi).toContain("năm trước");
      expect(a.issues[0]!.message.en).toContain("the previous year");
    }
    const p = assessEntry(paid, entry(paid, 0.17, null)).issues[0]!;
    expect(p.message.vi).toContain("năm 2020");
    expect(p.message.en).toContain("2020");
  });

  it("a bad base is invalid: text, an error, a negative or fractional count, or 0 for a relative change", () => {
    expect(codes(entry(news, 1200, "một nghìn"), news)).toEqual(["previous.invalid"]);
    expect(codes(entry(news, 1200, { error: "#N/A" }), news)).toEqual(["previous.invalid"]);
    expect(codes(entry(news, 1200, true), news)).toEqual(["previous.invalid"]);
    expect(codes(entry(news, 1200, -5), news)).toEqual(["previous.invalid"]);
    expect(codes(entry(news, 1200, 10.5), news)).toEqual(["previous.invalid"]);
    const text = assessEntry(news, entry(news, 1200, "1.000")).issues[0]!;
    expect(text).toMatchObject({ code: "previous.invalid", suggestion: 1000 });
    expect(codes(entry(news, 1200, 0), news)).toEqual(["previous.zero"]);
    // In points a base of 0% is fine: 0% → 7% is 7 points.
    expect(assessEntry(paid, entry(paid, 0.07, 0)).status).toBe("met");
  });

  it("the value is still read first: empty is missing, N/A is N/A, text or a fraction of a count invalid", () => {
    expect(assessEntry(news, entry(news, null, 1000)).status).toBe("missing");
    expect(assessEntry(news, entry(news, "Không áp dụng", null, "lý do")).status).toBe("not-applicable");
    expect(codes(entry(news, "1.200", 1000), news)).toEqual(["value.text-number"]);
    expect(codes(entry(news, 1200.5, 1000), news)).toEqual(["value.not-whole"]);
  });

  it("a very large computed rate is still a warning, and the report's year makes a shortfall not-due", () => {
    expect(codes(entry(postal, 1000, 10), postal)).toEqual(["value.implausible"]);
    const later = byId("ict.it-revenue-growth"); // > 8% by 2025
    expect(assessEntry(later, entry(later, 105, 100), { year: 2023 }).status).toBe("not-due");
  });

  it("a rate without growth data is typed as before, and a report carries previous through", () => {
    const { growth: _g, ...typed } = news;
    const legacy = PlanSchema.parse({ ...plan, indicators: [typed] }).indicators[0]!;
    expect(assessEntry(legacy, entry(legacy, 0.25)).status).toBe("exceeded");
    expect(typedIndicator(legacy)).toBe(legacy);
    expect(typedIndicator(news)).toMatchObject({ valueType: "integer", id: news.id });
    const report = assessReport(plan, [entry(news, 1200, 1000)], (i) => i.id === news.id);
    expect(report.find((a) => a.indicatorId === news.id)!.status).toBe("met");
    expect(growthRate(news.growth!, 1200, 1000)).toBeCloseTo(0.2, 12);
  });
});
