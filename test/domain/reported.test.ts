// Issue #11 item 2: a unit's entry on a national indicator is its contribution. With no target of
// its own it is `reported` ("Đã báo cáo"): no shortfall, no explanation asked, no points either way,
// counted in the summary. The unit type that reports the sector's own figures (the plan's
// `sectorFigures`, data) is still judged against the plan's national target.
import exampleScheme from "../../src/catalog/scoring/example-scheme.json";
import { getPlan } from "../../src/catalog/index";
import { assessEntry, assessReport } from "../../src/domain/assess";
import { ScoringSchemeSchema, scoreReport } from "../../src/domain/scoring";
import { summarize } from "../../src/domain/summary";
import { STATUS_LABELS } from "../../src/domain/status-labels";
import { PlanSchema, type Plan } from "../../src/domain/plan";
import { judgeOf, judgingOf, sectorFiguresOf } from "../../src/domain/whose-target";
import { SubmissionSummarySchema } from "../../src/domain/submission";
import { selectIndicators } from "../../src/domain/applicability";
import { entry } from "../fixtures/entry";
import { most2026Plan } from "../fixtures/plans/most-2026";
import v1Plan from "../fixtures/plans/kh-1097-2023-v1.0.0.json";

const plan = getPlan("kh-1097-2023")!;
const points = plan.indicators.find((i) => i.id === "postal.service-points")!;
const YEAR = 2023;
const scheme = ScoringSchemeSchema.parse(exampleScheme);

/** Every row a unit of `unitType` reports, met exactly (a yes/no task done), and 950 service points. */
function report(p: Plan, unitType: string, points950 = true) {
  const rows = selectIndicators(p, unitType);
  const entries = rows.map((ind) => {
    if (ind.id === points.id && points950) return entry(ind.id, 950);
    const t = ind.target;
    const v =
      t.kind === "done"
        ? "Có"
        : t.kind === "range"
          ? t.low
          : t.kind === "rank"
            ? t.best
            : t.kind === "milestone"
              ? 40000
              : t.kind === "moreThan"
                ? t.value + 1
                : t.value;
    return entry(ind.id, ind.growth ? 1 : v, ind.growth ? 1 : undefined);
  });
  return { rows, assessed: assessReport(p, entries, (i) => rows.includes(i), { unitType, year: YEAR }) };
}

describe("reported: a contribution with no target of the unit's own (issue #11)", () => {
  it("the acceptance case: a provincial department's 950 service points are reported, no error", () => {
    expect(points.scope).toBe("national");
    const a = assessEntry(points, entry(points.id, 950), {
      year: YEAR,
      ...judgingOf(plan, "provincial-department"),
    });
    expect(a).toEqual({
      indicatorId: points.id,
      status: "reported",
      value: 950,
      completion: null,
      issues: [],
    });
    expect([STATUS_LABELS.vi.reported, STATUS_LABELS.en.reported]).toEqual(["Đã báo cáo", "Reported"]);
  });

  it("has no effect on the unit's score, and the summary counts it", () => {
    const withPoints = report(plan, "provincial-department");
    const without = report(plan, "provincial-department", false);
    const a = withPoints.assessed.find((x) => x.indicatorId === points.id)!;
    expect(a.status).toBe("reported");
    const s = scoreReport(scheme, plan, withPoints.assessed);
    // The other rows as typed: whatever they score, the 950 points add neither points nor max.
    const rest = scoreReport(
      scheme,
      plan,
      withPoints.assessed.filter((x) => x.indicatorId !== points.id),
    );
    expect([s.points, s.maxPoints]).toEqual([rest.points, rest.maxPoints]);
    // Even a contribution of 0 (or 27,000) changes nothing.
    const zero = without.assessed.map((x) => (x.indicatorId === points.id ? { ...x, value: 0 } : x));
    expect(scoreReport(scheme, plan, zero).maxPoints).toBe(s.maxPoints);
    const summary = summarize(plan, withPoints.assessed);
    const reported = withPoints.assessed.filter((x) => x.status === "reported").length;
    expect(reported).toBeGreaterThanOrEqual(1);
    expect(summary.byStatus.reported).toBe(reported);
    expect(summary.byStatus.shortfall).toBe(
      withPoints.assessed.filter((x) => x.status === "shortfall").length,
    );
    expect(summary.errorCount).toBe(
      withPoints.assessed.flatMap((x) => x.issues).filter((i) => i.severity === "error").length,
    );
    expect(a.issues).toEqual([]);
  });

  it("the ministry's agency reports the sector's figure: judged against the national 27,000", () => {
    expect(sectorFiguresOf(plan, "ministry-agency")).toBe(true);
    expect(sectorFiguresOf(plan, "provincial-department")).toBe(false);
    const { assessed } = report(plan, "ministry-agency");
    const a = assessed.find((x) => x.indicatorId === points.id)!;
    expect(a.status).toBe("shortfall");
    expect(a.issues.map((i) => i.code)).toEqual(["explanation.required"]);
    expect(assessed.some((x) => x.status === "reported")).toBe(false);
  });

  it("a unit row stays judged, a bad contribution stays invalid, an empty one missing", () => {
    const j = judgingOf(plan, "provincial-department");
    const unitRow = plan.indicators.find(
      (i) => i.scope === "unit" && i.appliesTo.includes("provincial-department"),
    )!;
    expect(judgeOf(unitRow, j).by).toBe("plan");
    expect(judgeOf(points, j).by).toBe("none");
    expect(assessEntry(points, entry(points.id, 950.5), { ...j, year: YEAR }).status).toBe("invalid");
    expect(assessEntry(points, entry(points.id, null), { ...j, year: YEAR }).status).toBe("missing");
    expect(assessEntry(points, entry(points.id, "N/A"), { ...j, year: YEAR }).status).toBe("not-applicable");
    // Without a unit type (a caller that does not know it) the plan's target judges, as before.
    expect(assessEntry(points, entry(points.id, 950)).status).toBe("shortfall");
  });

  it("whose figures are the sector's is plan data: bundled plans, the v1 migration, the 2026 fixture", () => {
    const v1 = PlanSchema.parse(v1Plan);
    expect(v1.unitTypes.filter((u) => u.sectorFigures).map((u) => u.id)).toEqual(["ministry-agency"]);
    for (const p of [plan, getPlan("ct-67-2020")!])
      expect(p.unitTypes.filter((u) => u.sectorFigures).map((u) => u.id)).toEqual(["ministry-agency"]);
    const most = most2026Plan();
    expect(most.unitTypes.filter((u) => u.sectorFigures).map((u) => u.id)).toEqual(["don-vi-thuoc-bo"]);
    // The fixture's 5G stations are the enterprises' contributions, the agency's figure judged.
    const g5 = most.indicators.find((i) => i.id === "infra.5g-stations")!;
    expect(judgeOf(g5, judgingOf(most, "doanh-nghiep-vien-thong")).by).toBe("none");
    expect(judgeOf(g5, judgingOf(most, "don-vi-thuoc-bo")).by).toBe("plan");
  });

  it("a yes/no task or milestone on a national row is the unit's own to do: judged against the plan", () => {
    const task = { ...points, valueType: "done" as const, target: { kind: "done" as const } };
    const j = judgingOf(plan, "provincial-department");
    expect(judgeOf(task, j).by).toBe("plan");
    expect(assessEntry(task, entry(task.id, "Không"), { ...j, year: YEAR }).status).toBe("shortfall");
  });

  it("a summary sealed before `reported` existed still reads", () => {
    const old = {
      byStatus: { exceeded: 1, met: 2, shortfall: 0, missing: 0, invalid: 0, "not-applicable": 0 },
      errorCount: 0,
      warningCount: 0,
      overall: "complete",
    };
    expect(SubmissionSummarySchema.safeParse(old).success).toBe(true);
    expect(
      SubmissionSummarySchema.safeParse({ ...old, byStatus: { ...old.byStatus, reported: 2 } }).success,
    ).toBe(true);
  });
});
