// What the pane says about the report's rows (src/taskpane/facade.ts): each row named as the sheet
// names it (STT, then the name; the id kept on the issue), a formula typed into an input as an error,
// the plan list's year, and the years a plan covers (issue #15).
import { assessSnapshot, planLabel, planYears, rowName } from "../../src/taskpane/facade";
import type { ReportSnapshot } from "../../src/workbook/port";
import type { Entry } from "../../src/domain/entry";
import { getPlan } from "../../src/catalog";

const plan = getPlan("kh-1097-2023")!;
const ids = ["publishing.revenue-growth", "thrift.budget-planning", "thrift.state-funds"];
const entry = (indicatorId: string, value: Entry["value"]): Entry => ({
  indicatorId,
  value,
  explanation: "",
  evidence: "",
  review: { decision: null, comment: "" },
});
const snapshot = (entries: Entry[], extra: Partial<ReportSnapshot> = {}): ReportSnapshot => ({
  meta: {
    schemaVersion: 1,
    planId: plan.id,
    planVersion: plan.version,
    catalogHash: "",
    unit: { name: "NXB", code: "0101234567", unitType: "publisher", year: 2023 },
    indicatorIds: ids,
    fields: ["publishing", "thrift"],
    language: "vi",
    generator: "test",
    createdAt: "2023-01-01T00:00:00Z",
  },
  entries,
  archived: [],
  ...extra,
});
const nameOf = (id: string) => plan.indicators.find((i) => i.id === id)!.text.vi;

test("messages lead with the row's STT and name, as the sheet's columns A and D show them", () => {
  const all = assessSnapshot(plan, snapshot(ids.map((id) => entry(id, null))));
  const growth = all.find((a) => a.indicatorId === "publishing.revenue-growth")!;
  const message = growth.issues[0]!.message.vi;
  expect(message.startsWith(`1. ${nameOf("publishing.revenue-growth").slice(0, 20)}`)).toBe(true);
  expect(message).not.toContain("publishing.revenue-growth");
  expect(growth.issues[0]!.indicatorId).toBe("publishing.revenue-growth");
  expect(rowName(plan, snapshot([]), "thrift.state-funds", "vi")).toMatch(/^3\. \S/);
  // A row the template does not hold: its name alone.
  expect(rowName(plan, snapshot([]), "thrift.recovery-tasks", "vi")).toMatch(/^[^\d]/);
});

test("a formula typed into an input is an error at its cell, named by the row", () => {
  const entries = ids.map((id) => entry(id, id === "thrift.state-funds" ? "Có" : null));
  const plain = assessSnapshot(plan, snapshot(entries));
  const withFormula = assessSnapshot(
    plan,
    snapshot(entries, {
      formulaInputs: [{ indicatorId: "thrift.state-funds", part: "explanation", address: "K14" }],
    }),
  );
  const funds = (all: typeof plain) => all.find((a) => a.indicatorId === "thrift.state-funds")!;
  expect(funds(plain).issues).toEqual([]);
  const [issue] = funds(withFormula).issues;
  expect(issue).toMatchObject({ code: "template.formula-in-input", severity: "error", part: "explanation" });
  expect(issue!.message.vi).toMatch(/^3\. .*: ô K14 chứa công thức\./);
  expect(issue!.message.en).toMatch(/^3\. .*: cell K14 holds a formula\./);
  // The status is the one the shown value earns; only the error is added.
  expect(funds(withFormula).status).toBe(funds(plain).status);
});

test("the plan list names a plan by the year it is for, and a plan's years run to its last deadline", () => {
  expect(planLabel(getPlan("ct-67-2020")!)).toBe("67/CT-BTTTT (2020)");
  expect(planYears(getPlan("ct-67-2020")!).from).toBe(2020);
  const years = planYears(plan);
  expect(years.from).toBe(2023);
  expect(years.to).toBeGreaterThanOrEqual(2023);
  expect(years.to).toBeLessThan(2030);
});
