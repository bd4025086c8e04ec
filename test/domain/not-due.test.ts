// Issue #12 item 1 as a province would meet it: a target set for a later year is progress in this
// year's report, not a shortfall: status not-due ("Chưa đến hạn"), its completion shown, no
// explanation asked, and by default not scored (the scheme's notDue decides).
import exampleScheme from "../../src/catalog/scoring/example-scheme.json";
import { getPlan } from "../../src/catalog/index";
import { assessEntry, assessReport } from "../../src/domain/assess";
import { ScoringSchemeSchema, scoreReport } from "../../src/domain/scoring";
import { summarize } from "../../src/domain/summary";
import { STATUS_LABELS } from "../../src/domain/status-labels";
import type { CellValue, Entry } from "../../src/domain/entry";
import type { Indicator } from "../../src/domain/plan";

const plan = getPlan("ct-67-2020")!;
const perThousand = plan.indicators.find((i) => i.id === "ict.digital-enterprises-per-1000")!;
const YEAR = plan.period!.year;

function entry(ind: Indicator, value: CellValue, explanation = ""): Entry {
  return { indicatorId: ind.id, value, explanation, evidence: "", review: { decision: null, comment: "" } };
}

describe("not yet due (issue #12 item 1)", () => {
  it("the issue's case: 0.4 digital enterprises per 1,000 people in 2020, against 1 by 2030", () => {
    expect([perThousand.deadlineYear, YEAR]).toEqual([2030, 2020]);
    const a = assessEntry(perThousand, entry(perThousand, 0.4), { year: YEAR });
    expect(a).toMatchObject({ status: "not-due", value: 0.4, issues: [] });
    expect(a.completion).toBeCloseTo(0.4, 12);
    expect(STATUS_LABELS.vi["not-due"]).toBe("Chưa đến hạn");
    expect(STATUS_LABELS.en["not-due"]).toBe("Not yet due");
  });

  it("is a shortfall once the deadline's year is reported, or when no year is known", () => {
    const due = assessEntry(perThousand, entry(perThousand, 0.4), { year: 2030 });
    expect(due.status).toBe("shortfall");
    expect(due.issues.map((i) => i.code)).toEqual(["explanation.required"]);
    expect(assessEntry(perThousand, entry(perThousand, 0.4)).status).toBe("shortfall");
  });

  it("a target reached early is met, and a bad value is still invalid or missing", () => {
    expect(assessEntry(perThousand, entry(perThousand, 1.2), { year: YEAR }).status).toBe("exceeded");
    expect(assessEntry(perThousand, entry(perThousand, 1), { year: YEAR }).status).toBe("met");
    expect(assessEntry(perThousand, entry(perThousand, -1), { year: YEAR }).status).toBe("invalid");
    expect(assessEntry(perThousand, entry(perThousand, "0,4"), { year: YEAR }).status).toBe("invalid");
    expect(assessEntry(perThousand, entry(perThousand, null), { year: YEAR }).status).toBe("missing");
  });

  it("a yes/no task or milestone not done before its deadline year is not-due too", () => {
    const task = { ...plan.indicators.find((i) => i.target.kind === "done")!, deadlineYear: 2022 };
    expect(assessEntry(task, entry(task, "Chưa thực hiện"), { year: YEAR })).toMatchObject({
      status: "not-due",
      completion: 0,
      issues: [],
    });
    const ms: Indicator = {
      ...task,
      valueType: "date",
      target: { kind: "milestone", by: "2022-06-30" },
    };
    expect(assessEntry(ms, entry(ms, false), { year: YEAR })).toMatchObject({
      status: "not-due",
      issues: [],
    });
    expect(assessEntry(ms, entry(ms, 44700), { year: YEAR }).status).toBe("met");
  });

  it("is not scored by default, and scored as partial credit where the scheme says so; summary counts it", () => {
    // The ministry's agency reports the sector's own figures (issue #11): its per-1,000 row is judged
    // against the national target; a province's would be its contribution, reported.
    const rows = plan.indicators.filter((i) => i.appliesTo.includes("ministry-agency"));
    expect(rows.map((i) => i.id)).toContain(perThousand.id);
    const entries = rows.map((ind) =>
      ind === perThousand ? entry(ind, 0.8) : entry(ind, ind.target.kind === "done" ? "Có" : 1),
    );
    const assessed = assessReport(plan, entries, (i) => rows.includes(i), {
      unitType: "ministry-agency",
      year: YEAR,
    });
    const scheme = ScoringSchemeSchema.parse(exampleScheme);
    const n = rows.length;
    const met = assessed.filter((a) => a.status === "met" || a.status === "exceeded").length;
    expect(assessed.find((a) => a.indicatorId === perThousand.id)!.status).toBe("not-due");
    const s = scoreReport(scheme, plan, assessed);
    expect(s.maxPoints).toBe(10 * (n - 1));
    expect(s.points).toBe(10 * met);
    const partial = scoreReport(
      ScoringSchemeSchema.parse({ ...exampleScheme, notDue: "partial" }),
      plan,
      assessed,
    );
    // 0.8 of the way with a floor of 0.5: 0.6 of 10 points.
    expect(partial.maxPoints).toBe(10 * n);
    expect(partial.points).toBeCloseTo(10 * met + 6, 10);
    expect(summarize(plan, assessed).byStatus["not-due"]).toBe(1);
  });
});
