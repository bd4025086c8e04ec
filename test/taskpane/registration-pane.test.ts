// A registration template opened in the pane (D37): its commitments are read as the ministry reads
// them (a weaker one a warning, not the year-end error), and the pane's export seals a registration,
// never scored, rather than a year-end submission.
import { assessSnapshot, sealSnapshot } from "../../src/taskpane/facade";
import type { ReportSnapshot } from "../../src/workbook/port";
import { getPlan } from "../../src/catalog";
import { reportPrintFrom } from "../../src/cli/report-print-options";
import { entry } from "../fixtures/entry";

const plan = getPlan("kh-1097-2023")!;
const TYPE = "provincial-department";
const ind = plan.indicators.find(
  (i) =>
    i.appliesTo.includes(TYPE) &&
    i.scope === "unit" &&
    i.target.kind === "atLeast" &&
    !i.growth &&
    i.deadlineYear <= 2023,
)!;
const low = ind.target.kind === "atLeast" ? ind.target.value / 2 : 0;

const snapshot = (kind?: "registration"): ReportSnapshot => ({
  meta: {
    schemaVersion: 1,
    planId: plan.id,
    planVersion: plan.version,
    catalogHash: "",
    unit: { name: "Sở Thử", code: "000.00.00.H26", unitType: TYPE, year: 2023 },
    indicatorIds: [ind.id],
    language: "vi",
    generator: "test",
    createdAt: "2023-01-01T00:00:00Z",
    ...(kind ? { kind } : {}),
  },
  entries: [entry(ind.id, low)],
  archived: [],
});

test("a weaker commitment is a warning in a registration, the year-end error otherwise", () => {
  const issue = (s: ReportSnapshot) =>
    assessSnapshot(plan, s)
      .find((a) => a.indicatorId === ind.id)!
      .issues.map((i) => [i.code, i.severity]);
  expect(issue(snapshot())).toEqual([["explanation.required", "error"]]);
  expect(issue(snapshot("registration"))).toEqual([["registration.weaker", "warning"]]);
});

test("the pane seals a registration with its kind and no score", async () => {
  const s = snapshot("registration");
  const print = reportPrintFrom({}, "vi", plan.issuer.vi);
  const sealed = await sealSnapshot(plan, s, assessSnapshot(plan, s), "", print);
  expect(sealed.kind).toBe("registration");
  expect(sealed.summary.score).toBeUndefined();
  const yearEnd = await sealSnapshot(plan, snapshot(), assessSnapshot(plan, snapshot()), "", print);
  expect(yearEnd.kind).toBeUndefined();
});
