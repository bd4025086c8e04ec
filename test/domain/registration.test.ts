// A commitment as the unit's target, in the plan target's kind (D37), and the registration's reading
// of an assessment: weaker is a warning asking for an explanation, empty registers nothing.
import { getPlan } from "../../src/catalog/index";
import { assessReport } from "../../src/domain/assess";
import { isoToSerial } from "../../src/domain/excel-date";
import { asRegistration, commitmentTarget } from "../../src/domain/registration";
import { entry } from "../fixtures/entry";

describe("commitmentTarget: what a unit commits to, per target kind", () => {
  test("one number for at-least, more-than and at-most", () => {
    expect(commitmentTarget({ kind: "atLeast", value: 0.8 }, 0.7)).toEqual({ kind: "atLeast", value: 0.7 });
    expect(commitmentTarget({ kind: "moreThan", value: 5 }, 6)).toEqual({ kind: "atLeast", value: 6 });
    expect(commitmentTarget({ kind: "atMost", value: 10 }, 8)).toEqual({ kind: "atMost", value: 8 });
  });
  test("a range: the unit's lower edge, the plan's upper edge kept unless the commitment is higher", () => {
    expect(commitmentTarget({ kind: "range", low: 0.1, high: 0.2 }, 0.15)).toEqual({
      kind: "range",
      low: 0.15,
      high: 0.2,
    });
    expect(commitmentTarget({ kind: "range", low: 0.1, high: 0.2 }, 0.3)).toEqual({
      kind: "range",
      low: 0.3,
      high: 0.3,
    });
  });
  test("a rank: the worst place committed to; a milestone: its date; a task: done, or nothing", () => {
    expect(commitmentTarget({ kind: "rank", best: 1, worst: 50 }, 40)).toEqual({
      kind: "rank",
      best: 1,
      worst: 40,
    });
    expect(commitmentTarget({ kind: "rank", best: 40, worst: 45 }, 30)).toEqual({
      kind: "rank",
      best: 30,
      worst: 30,
    });
    expect(commitmentTarget({ kind: "rank", best: 1, worst: 50 }, 2.5)).toBeNull();
    expect(commitmentTarget({ kind: "milestone", by: "2025-12-31" }, isoToSerial("2025-06-30"))).toEqual({
      kind: "milestone",
      by: "2025-06-30",
    });
    expect(commitmentTarget({ kind: "done" }, 1)).toEqual({ kind: "done" });
    expect(commitmentTarget({ kind: "done" }, 0)).toBeNull();
  });
});

describe("asRegistration", () => {
  const plan = getPlan("kh-1097-2023")!;
  const ind = plan.indicators.find(
    (i) =>
      i.appliesTo.includes("provincial-department") &&
      i.scope === "unit" &&
      i.target.kind === "atLeast" &&
      !i.growth &&
      i.deadlineYear <= 2023,
  )!;
  const low = ind.target.kind === "atLeast" ? ind.target.value / 2 : 0;
  const ctx = { unitType: "provincial-department", year: 2023 };
  const only = (i: { id: string }) => i.id === ind.id;

  test("a weaker commitment: a warning in both languages while unexplained, nothing once explained", () => {
    const year = assessReport(plan, [entry(ind.id, low)], only, ctx);
    expect(year[0]!.issues.map((i) => [i.code, i.severity])).toEqual([["explanation.required", "error"]]);
    const reg = asRegistration(plan, year);
    expect(reg[0]!.status).toBe("shortfall");
    expect(reg[0]!.issues).toEqual([
      expect.objectContaining({ code: "registration.weaker", severity: "warning", indicatorId: ind.id }),
    ]);
    expect(reg[0]!.issues[0]!.message.vi).toMatch(/chỉ tiêu đăng ký thấp hơn mục tiêu của kế hoạch/);
    expect(reg[0]!.issues[0]!.message.en).toMatch(/registered target is weaker than the plan's target/);
    const explained = assessReport(
      plan,
      [{ ...entry(ind.id, low), explanation: "Thiếu biên chế" }],
      only,
      ctx,
    );
    expect(asRegistration(plan, explained)[0]!.issues).toEqual([]);
  });

  test("an empty row registers nothing: a warning, not an error; a text number stays an error", () => {
    const empty = asRegistration(plan, assessReport(plan, [entry(ind.id, null)], only, ctx));
    expect(empty[0]!.issues.map((i) => [i.code, i.severity])).toEqual([["registration.none", "warning"]]);
    const text = asRegistration(plan, assessReport(plan, [entry(ind.id, "abc")], only, ctx));
    expect(text[0]!.issues.some((i) => i.severity === "error")).toBe(true);
  });
});
