import { PlanSchema } from "../src/domain/plan";
import { planHeader } from "./fixtures/plan-header";

const base = {
  ...planHeader(),
  fields: [{ id: "postal", name: { vi: "Bưu chính", en: "Postal" } }],
  indicators: [
    {
      id: "postal.points",
      field: "postal",
      text: { vi: "điểm phục vụ", en: "service points" },
      unit: { vi: "điểm", en: "points" },
      valueType: "integer",
      target: { kind: "atLeast", value: 27000 },
      deadlineYear: 2025,
      appliesTo: ["postal-enterprise"],
      source: { phrase: "27.000 điểm phục vụ bưu chính" },
    },
  ],
};

describe("plan schema", () => {
  it("accepts a well-formed plan", () => {
    expect(PlanSchema.safeParse(base).success).toBe(true);
  });
  it("names an unknown field, a duplicate id and a target that does not fit its value type", () => {
    const bad = {
      ...base,
      indicators: [
        { ...base.indicators[0], field: "nowhere" },
        { ...base.indicators[0], target: { kind: "rank", best: 1, worst: 50 } },
      ],
    };
    const r = PlanSchema.safeParse(bad);
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message).join("\n");
    expect(messages).toMatch(/unknown field nowhere/);
    expect(messages).toMatch(/duplicate indicator id postal.points/);
    expect(messages).toMatch(/rank targets go with valueType rank/);
  });
});
