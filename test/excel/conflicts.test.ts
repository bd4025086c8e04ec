// "The adapter writes only cells the template owns; before an action would change any cell a person
// typed into, it refuses and says which."
import { FIXTURE_PLAN, FIXTURE_UNIT } from "../workbook/fixture-plan";
import { PlanSchema } from "../../src/domain/plan";
import { WorkbookError } from "../../src/workbook/errors";
import { cellsOf, looksOf, makeBench, setProtected } from "./workbook-fixture";

const request = { plan: FIXTURE_PLAN, unit: FIXTURE_UNIT, language: "vi" as const };
const grown = PlanSchema.parse({
  ...FIXTURE_PLAN,
  version: "1.1.0",
  indicators: [
    ...FIXTURE_PLAN.indicators,
    ...[1, 2, 3].map((n) => ({ ...FIXTURE_PLAN.indicators[0]!, id: `extra-${n}` })),
  ],
});

test("an upgrade that would grow over a note a person typed below the table refuses, names it, changes nothing", async () => {
  const { host, port } = makeBench();
  const { sheetName } = await port.insertTemplate(request);
  await setProtected(host, sheetName, false);
  host.user.type(sheetName, "B19", "ghi chú của tôi");
  const before = [...cellsOf(host, sheetName)].map(([a, c]) => [a, looksOf(c)]);

  const preview = await port.previewInsert({ ...request, plan: grown });
  expect(preview.conflicts.map((c) => c.address)).toEqual(["B19"]);
  const error = await port.insertTemplate({ ...request, plan: grown }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WorkbookError);
  expect((error as WorkbookError).text.vi).toContain("B19");
  expect((error as WorkbookError).text.en).toContain("B19");
  expect([...cellsOf(host, sheetName)].map(([a, c]) => [a, looksOf(c)])).toEqual(before);
  // Still unprotected as the person left it: a refused insert does not touch protection either.
  expect(host.snapshot().sheets.find((s) => s.name === sheetName)!.protected).toBe(false);
});

test("typing over a status formula is a conflict; a note beside the table (right of the parameters O:V and the review trail W:Z) is not and survives", async () => {
  const { host, port } = makeBench();
  const { sheetName } = await port.insertTemplate(request);
  await setProtected(host, sheetName, false);
  host.user.type(sheetName, "H12", "Đạt");
  host.user.type(sheetName, "AA12", "bên cạnh");
  const preview = await port.previewInsert(request);
  expect(preview.conflicts.map((c) => c.address)).toEqual(["H12"]);

  host.user.clear(sheetName, "H12");
  const result = await port.insertTemplate(request);
  expect(result.preview.conflicts).toEqual([]);
  const cells = cellsOf(host, sheetName);
  expect(cells.get("AA12")!.value).toBe("bên cạnh");
  expect(cells.get("H12")!.formula).not.toBeNull();
  // The adapter checked the state first: the sheet was unprotected, and it is protected again.
  expect(host.snapshot().sheets.find((s) => s.name === sheetName)!.protected).toBe(true);
});

test("a first insert never writes over a sheet that already has the template's name", async () => {
  const { host, port } = makeBench();
  await host.excel.run(async (ctx) => {
    ctx.workbook.worksheets.add("Tự đánh giá").getRange("A1").values = [["của tôi"]];
    await ctx.sync();
  });
  const result = await port.insertTemplate(request);
  expect(result.sheetName).toBe("Tự đánh giá (2)");
  expect(cellsOf(host, "Tự đánh giá").get("A1")!.value).toBe("của tôi");
});

test("a template sheet a person protected with a password is reported, not forced", async () => {
  const { host, port } = makeBench();
  const { sheetName } = await port.insertTemplate(request);
  await setProtected(host, sheetName, false);
  await host.excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheetName).protection.protect({}, "bí mật");
    await ctx.sync();
  });
  await expect(port.insertTemplate(request)).rejects.toMatchObject({
    code: "protected",
    text: { vi: expect.stringContaining("mật khẩu"), en: expect.stringContaining("password") },
  });
});

test("after a person deletes the template sheet, a new insert starts clean (stale names and metadata go)", async () => {
  const { host, port } = makeBench();
  const { sheetName } = await port.insertTemplate(request);
  await host.excel.run(async (ctx) => {
    ctx.workbook.worksheets.add("Ghi chú");
    ctx.workbook.worksheets.getItem(sheetName).delete();
    await ctx.sync();
  });
  expect(host.snapshot().names.find((n) => n.name === "SA_IDS")!.formula).toMatch(/^=#REF!/);
  expect(await port.readReport()).toBeNull();
  const fewer = PlanSchema.parse({
    ...FIXTURE_PLAN,
    version: "1.0.1",
    indicators: FIXTURE_PLAN.indicators.slice(0, 3),
  });
  const result = await port.insertTemplate({ ...request, plan: fewer });
  expect(result.preview.mode).toBe("new");
  const report = (await port.readReport())!;
  expect(report.meta.indicatorIds).toEqual(fewer.indicators.map((i) => i.id));
  expect(report.entries.map((e) => e.indicatorId)).toEqual(report.meta.indicatorIds);
});

test("in the header block only the cells the layout writes are the template's: notes in B4 and E5 stay, the period line at E6 is rewritten without a conflict", async () => {
  const withPeriod = PlanSchema.parse({
    ...FIXTURE_PLAN,
    period: { year: 2023, from: "2022-12-15", to: "2023-12-14" },
  });
  const { host, port } = makeBench();
  const { sheetName } = await port.insertTemplate({ ...request, plan: withPeriod });
  await setProtected(host, sheetName, false);
  host.user.type(sheetName, "B4", "ghi chú B4");
  host.user.type(sheetName, "E5", "ghi chú E5");
  // The header cells the layout writes are its own: re-inserting rewrites them, no conflict.
  const again = await port.insertTemplate({ ...request, plan: withPeriod });
  expect(again.preview.conflicts).toEqual([]);
  const cells = cellsOf(host, sheetName);
  expect(cells.get("B4")!.value).toBe("ghi chú B4");
  expect(cells.get("E5")!.value).toBe("ghi chú E5");
  expect(String(cells.get("E6")!.value)).toContain("15/12/2022");
});
