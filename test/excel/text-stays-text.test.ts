// "Text a user typed is written back as text, never as a formula": through writeValue, writeReview,
// and through an upgrade that moves a row (the adapter rewrites the cell).
import { FIXTURE_PLAN, FIXTURE_UNIT } from "../workbook/fixture-plan";
import { PlanSchema } from "../../src/domain/plan";
import { cellsOf, makeBench } from "./workbook-fixture";

const TRICKY = [
  "=1+2",
  "+84 912 345 678",
  "-abc",
  "@mention",
  "'quoted",
  "80%",
  "TRUE",
  "2024-01-02",
  "#N/A",
  "0012",
];
const request = { plan: FIXTURE_PLAN, unit: FIXTURE_UNIT, language: "vi" as const };

test.each(TRICKY)("writeValue and writeReview keep %j as that exact text", async (text) => {
  const { host, port } = makeBench();
  const { sheetName } = await port.insertTemplate(request);
  await port.writeValue("share-online", text);
  await port.writeReview("share-online", { decision: "returned", comment: text });
  const entry = (await port.readReport())!.entries.find((e) => e.indicatorId === "share-online")!;
  expect(entry.value).toBe(text);
  expect(entry.review).toEqual({ decision: "returned", comment: text });
  const cells = cellsOf(host, sheetName);
  expect(cells.get("F10")!.formula).toBeNull();
  expect(cells.get("L10")!.formula).toBeNull();
});

test("a person's text that looks like a formula stays text when an upgrade moves its row", async () => {
  const { host, port } = makeBench();
  const { sheetName } = await port.insertTemplate(request);
  // A person types '=SUM(A1) into the explanation of the second row: Excel keeps the text "=SUM(A1)".
  host.user.type(sheetName, "I11", "'=SUM(A1)");
  host.user.type(sheetName, "F11", "'-5");
  const upgraded = PlanSchema.parse({
    ...FIXTURE_PLAN,
    version: "1.1.0",
    indicators: FIXTURE_PLAN.indicators.slice(1),
  });
  const result = await port.insertTemplate({ ...request, plan: upgraded });
  expect(result.preview.mode).toBe("upgrade");
  const entry = (await port.readReport())!.entries.find((e) => e.indicatorId === "growth")!;
  expect(entry.explanation).toBe("=SUM(A1)");
  expect(entry.value).toBe("-5");
  const moved = cellsOf(host, sheetName);
  expect(moved.get("I10")).toMatchObject({ value: "=SUM(A1)", formula: null });
  expect(moved.get("F10")).toMatchObject({ value: "-5", formula: null });
});

test("a number a person wrote stays a number (writeValue does not quote numbers)", async () => {
  const { port } = makeBench();
  await port.insertTemplate(request);
  await port.writeValue("share-online", 0.85);
  await port.writeValue("launch", 45000);
  const entries = (await port.readReport())!.entries;
  expect(entries.find((e) => e.indicatorId === "share-online")!.value).toBe(0.85);
  expect(entries.find((e) => e.indicatorId === "launch")!.value).toBe(45000);
});
