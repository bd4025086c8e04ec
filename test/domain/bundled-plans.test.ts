// The assessment on the real plans: every bundled indicator is met at its own target, falls short
// just past it, and gets sentences that name it. Catches a target the assessment cannot read.
import { BUNDLED_PLANS } from "../../src/catalog/index";
import exampleScheme from "../../src/catalog/scoring/example-scheme.json";
import { assessEntry, assessReport } from "../../src/domain/assess";
import { isoToSerial } from "../../src/domain/excel-date";
import { formatTarget } from "../../src/domain/format";
import type { Indicator } from "../../src/domain/plan";
import type { CellValue } from "../../src/domain/entry";
import { ScoringSchemeSchema, scoreReport } from "../../src/domain/scoring";
import { answer } from "./fixtures";

/** A value that meets the target exactly, and one just on the wrong side of it. */
function atAndPast(ind: Indicator): [CellValue, CellValue] {
  const t = ind.target;
  const step = ind.valueType === "integer" || ind.valueType === "rank" ? 1 : 1e-3;
  switch (t.kind) {
    case "atLeast":
      return [t.value, t.value - step];
    case "moreThan":
      return [t.value + step, t.value];
    case "atMost":
      return [t.value, t.value + step];
    case "range":
      return [t.low, t.low - step];
    case "rank":
      return [t.worst, t.worst + 1];
    case "milestone":
      return [isoToSerial(t.by), isoToSerial(t.by) + 1];
    case "done":
      return ["Đã thực hiện", "Chưa thực hiện"];
  }
}

const all = BUNDLED_PLANS.flatMap((p) => p.indicators.map((ind) => [p.id, ind.id, ind] as const));

describe("assessment on the bundled plans", () => {
  it("has indicators to check", () => {
    expect(all.length).toBeGreaterThan(50);
  });

  it.each(all)(
    "%s %s: met at the target, shortfall past it, target text in both languages",
    (_p, id, ind) => {
      const [at, past] = atAndPast(ind);
      const met = assessEntry(ind, answer(ind, at));
      expect(met.status).toBe("met");
      expect(met.issues).toEqual([]);
      const short = assessEntry(ind, answer(ind, past));
      expect(short.status).toBe("shortfall");
      expect(short.issues.map((i) => i.code)).toContain("explanation.required");
      expect(short.issues[0]!.message.vi).toContain(id);
      expect(formatTarget(ind, "vi").length).toBeGreaterThan(0);
      expect(formatTarget(ind, "en").length).toBeGreaterThan(0);
    },
  );

  it("scores a report that meets every target at 100% with the example scheme", () => {
    const scheme = ScoringSchemeSchema.parse(exampleScheme);
    for (const plan of BUNDLED_PLANS) {
      const entries = plan.indicators.map((ind) => answer(ind, atAndPast(ind)[0]));
      const score = scoreReport(scheme, plan, assessReport(plan, entries));
      expect(score.percent).toBe(100);
      expect(score.band?.label.vi).toBe("Hoàn thành xuất sắc nhiệm vụ");
    }
  });
});
