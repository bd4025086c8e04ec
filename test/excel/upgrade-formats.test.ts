// An upgrade that changes an indicator's value type leaves the person's value where it is but
// shows it the new way (its number format is the template's business, the value is theirs).
import { PlanSchema } from "../../src/domain/plan";
import { FIXTURE_PLAN, FIXTURE_UNIT } from "../workbook/fixture-plan";
import { cellsOf, makeBench } from "./workbook-fixture";

test("a kept value whose indicator becomes a plain number keeps its value and takes the number format", async () => {
  const { host, port } = makeBench();
  const request = { plan: FIXTURE_PLAN, unit: FIXTURE_UNIT, language: "vi" as const };
  const { sheetName } = await port.insertTemplate(request);
  host.user.type(sheetName, "F10", "85"); // automatic percent entry: 85%
  expect(cellsOf(host, sheetName).get("F10")).toMatchObject({ value: 0.85, text: "85.0%" });

  const renumbered = PlanSchema.parse({
    ...FIXTURE_PLAN,
    version: "2.0.0",
    indicators: FIXTURE_PLAN.indicators.map((ind) =>
      ind.id === "share-online"
        ? { ...ind, valueType: "number", target: { kind: "atLeast", value: 1 } }
        : ind,
    ),
  });
  await port.insertTemplate({ ...request, plan: renumbered });
  const f10 = cellsOf(host, sheetName).get("F10")!;
  expect(f10).toMatchObject({ value: 0.85, numberFormat: "#,##0.##########", text: "0.85" });
  expect((await port.readReport())!.entries[0]!.value).toBe(0.85);
});

test("the header's period line is the template's own: re-inserting keeps it, a plan without one gets Decree 09/2019's", async () => {
  const { host, port } = makeBench();
  const withPeriod = PlanSchema.parse({
    ...FIXTURE_PLAN,
    period: { year: 2023, from: "2022-12-15", to: "2023-12-14" },
  });
  const request = { plan: withPeriod, unit: FIXTURE_UNIT, language: "vi" as const };
  const { sheetName } = await port.insertTemplate(request);
  const period = cellsOf(host, sheetName).get("E6")!.value;
  expect(period).toContain("15/12/2022");

  const again = await port.insertTemplate(request);
  expect(again.preview.conflicts).toEqual([]);
  expect(cellsOf(host, sheetName).get("E6")!.value).toBe(period);

  const without = PlanSchema.parse({ ...FIXTURE_PLAN, version: "1.0.1" });
  const upgraded = await port.insertTemplate({ ...request, plan: without });
  expect(upgraded.preview.conflicts).toEqual([]);
  // One rule (src/domain/period.ts): 15/12 of the previous year to 14/12, as the submission says.
  const year = FIXTURE_UNIT.year;
  expect(cellsOf(host, sheetName).get("E6")!.value).toContain(`15/12/${year - 1}`);
  expect(cellsOf(host, sheetName).get("E6")!.value).toContain(`14/12/${year}`);
});
