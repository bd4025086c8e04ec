// Issue #12 items 2 and 3 as a unit and its reviewer would meet them: "not applicable" is earned
// where the plan allows it for the unit type or the reviewer accepted it, else it is an error and
// scores zero (as the scheme's notApplicable says); an honest "not done" is a shortfall that scores
// like one. The two scoring cases of the issue's acceptance use Directive 67 and the example scheme.
import exampleScheme from "../../src/catalog/scoring/example-scheme.json";
import { getPlan } from "../../src/catalog/index";
import { assessEntry, assessReport } from "../../src/domain/assess";
import { selectIndicators } from "../../src/domain/applicability";
import { ScoringSchemeSchema, scoreReport, type ScoringScheme } from "../../src/domain/scoring";
import type { CellValue, Entry } from "../../src/domain/entry";
import type { Indicator } from "../../src/domain/plan";
import { valueFor } from "../ministry/fixtures/submissions";

const scheme: ScoringScheme = ScoringSchemeSchema.parse(exampleScheme);
const plan = getPlan("ct-67-2020")!;
const AGENCY = "ministry-agency";
const rows = selectIndicators(plan, AGENCY);
const tasks = rows.filter((i) => i.target.kind === "done");
const NA_REASON = "Nhiệm vụ do đơn vị khác chủ trì";

function entry(ind: Indicator, value: CellValue, explanation = "", accepted = false): Entry {
  return {
    indicatorId: ind.id,
    value,
    explanation,
    evidence: "",
    review: { decision: accepted ? "accepted" : null, comment: "" },
  };
}

/** The agency's report: every row met, except the tasks, which `task` answers. */
function report(task: (ind: Indicator, i: number) => Entry): Entry[] {
  let k = 0;
  return rows.map((ind) => (ind.target.kind === "done" ? task(ind, k++) : entry(ind, valueFor(ind, "met"))));
}

const scoreOf = (entries: Entry[], s: ScoringScheme = scheme) =>
  scoreReport(
    s,
    plan,
    assessReport(plan, entries, (i) => i.appliesTo.includes(AGENCY), { unitType: AGENCY }),
  );

describe("not applicable must be earned (issue #12 item 3)", () => {
  const task = tasks.find((t) => !(t.naAllowed ?? []).some((n) => n.unitTypes.includes(AGENCY)))!;
  const allowed = rows.find((i) => (i.naAllowed ?? []).some((n) => n.unitTypes.includes(AGENCY)))!;
  const codes = (e: Entry, unitType?: string) =>
    assessEntry(
      rows.find((i) => i.id === e.indicatorId)!,
      e,
      { unitType },
    ).issues.map((i) => i.code);

  it("is an error, with a sentence in both languages, where the plan does not allow it for the unit type", () => {
    const a = assessEntry(task, entry(task, "Không áp dụng", NA_REASON), { unitType: AGENCY });
    expect(a.status).toBe("not-applicable");
    expect(a.issues.map((i) => [i.code, i.severity, i.part])).toEqual([
      ["value.not-applicable-unaccepted", "error", "value"],
    ]);
    expect(a.issues[0]!.message.vi).toContain("Chưa thực hiện");
    expect(a.issues[0]!.message.vi).toContain("Chấp nhận");
    expect(a.issues[0]!.message.en).toContain("review decision: Accepted");
  });

  it("is fine once the reviewer accepted it, and where the plan allows it (IDI: no edition in 2020)", () => {
    expect(codes(entry(task, "N/A", NA_REASON, true), AGENCY)).toEqual([]);
    expect(allowed.id).toBe("telecom.idi-rank");
    expect(codes(entry(allowed, "N/A", "ITU không công bố IDI năm 2020"), AGENCY)).toEqual([]);
    // Allowed for the agency does not mean allowed for everyone: a province is not on the list.
    expect(codes(entry(allowed, "N/A", "x"), "provincial-department")).toEqual([
      "value.not-applicable-unaccepted",
    ]);
  });

  it("still needs its explanation, accepted or allowed", () => {
    expect(codes(entry(allowed, "N/A"), AGENCY)).toEqual(["explanation.required"]);
    expect(codes(entry(task, "N/A", "", true), AGENCY)).toEqual(["explanation.required"]);
    expect(codes(entry(task, "N/A"), AGENCY).sort()).toEqual([
      "explanation.required",
      "value.not-applicable-unaccepted",
    ]);
  });

  it("acceptance: an agency marking every Directive 67 task N/A no longer scores 100% Outstanding", () => {
    expect(tasks.length).toBe(11);
    expect(rows.length).toBe(17);
    const s = scoreOf(report((ind) => entry(ind, "Không áp dụng", NA_REASON)));
    // 6 rows met of 17: the 11 unaccepted N/A count as zero.
    expect(s).toMatchObject({ points: 60, maxPoints: 170 });
    expect(s.percent).toBeCloseTo((6 / 17) * 100, 10);
    expect(s.band?.label.vi).toBe("Không hoàn thành nhiệm vụ");
  });

  it("the scheme decides: a cluster keeping the old rule (explained) gets the old score", () => {
    const old = ScoringSchemeSchema.parse({ ...exampleScheme, notApplicable: "explained" });
    const s = scoreOf(
      report((ind) => entry(ind, "Không áp dụng", NA_REASON)),
      old,
    );
    expect(s).toMatchObject({ points: 60, maxPoints: 60, percent: 100 });
    // A scheme that says nothing gets the safe default, earned.
    const { notApplicable: _drop, ...silent } = exampleScheme;
    expect(
      scoreOf(
        report((ind) => entry(ind, "N/A", NA_REASON)),
        ScoringSchemeSchema.parse(silent),
      ).maxPoints,
    ).toBe(170);
    expect(ScoringSchemeSchema.safeParse({ ...exampleScheme, notApplicable: "always" }).success).toBe(false);
  });

  it("an N/A the reviewer accepted, or the plan allows, leaves the max", () => {
    // Two tasks accepted by the reviewer, the rest not: 9 count as zero.
    const s = scoreOf(report((ind, i) => entry(ind, "N/A", NA_REASON, i < 2)));
    expect(s).toMatchObject({ points: 60, maxPoints: 150 });
    const withIdi = report((ind) => entry(ind, "Đã thực hiện")).map((e) =>
      e.indicatorId === "telecom.idi-rank" ? { ...e, value: "N/A", explanation: "Không có IDI 2020" } : e,
    );
    expect(scoreOf(withIdi)).toMatchObject({ points: 160, maxPoints: 160, percent: 100 });
  });
});

describe("an honest not done (issue #12 item 2)", () => {
  it("acceptance: an agency answering every task honestly 'Chưa thực hiện' scores as the N/A agency now does", () => {
    const honest = scoreOf(report((ind) => entry(ind, "Chưa thực hiện", "Chưa bố trí được kinh phí")));
    expect(honest).toMatchObject({ points: 60, maxPoints: 170 });
    const gamed = scoreOf(report((ind) => entry(ind, "Không áp dụng", NA_REASON)));
    expect(gamed.percent).toBe(honest.percent);
  });

  it("an agency that did 7 of its 11 tasks and says so for the other 4 is 'Hoàn thành tốt nhiệm vụ'", () => {
    const words = ["Chưa thực hiện", "Chưa hoàn thành", "Not done", false];
    const s = scoreOf(
      report((ind, i) => (i < 7 ? entry(ind, "Đã thực hiện") : entry(ind, words[i - 7]!, "Đang trình ký"))),
    );
    expect(s).toMatchObject({ points: 130, maxPoints: 170 });
    expect(s.percent).toBeCloseTo((13 / 17) * 100, 10);
    expect(s.band?.label.vi).toBe("Hoàn thành tốt nhiệm vụ");
    // And nothing in the report is invalid: every not-done word is a shortfall with its explanation.
    const a = assessReport(
      plan,
      report((ind, i) => entry(ind, words[i % 4]!, "x")),
      undefined,
      { unitType: AGENCY },
    );
    for (const t of a.filter((x) => tasks.some((k) => k.id === x.indicatorId))) {
      expect(t.status).toBe("shortfall");
      expect(t.issues).toEqual([]);
    }
  });

  it("a milestone not done needs its explanation and completes 0", () => {
    const ms = getPlan("kh-1097-2023")!.indicators.find((i) => i.target.kind === "milestone");
    const m = ms ?? {
      ...tasks[0]!,
      valueType: "date" as const,
      target: { kind: "milestone" as const, by: "2020-12-31" },
    };
    expect(assessEntry(m, entry(m, "Chưa hoàn thành")).issues.map((i) => i.code)).toEqual([
      "explanation.required",
    ]);
    expect(assessEntry(m, entry(m, false, "Chậm phê duyệt"))).toMatchObject({
      status: "shortfall",
      value: null,
      completion: 0,
      issues: [],
    });
  });
});
