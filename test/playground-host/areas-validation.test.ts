// RangeAreas.dataValidation: one custom rule laid over several areas reads, in every cell, relative
// to that cell (the formula is written for the first area's top-left cell), as the Office adapter
// relies on for one rule per value type instead of one per row.
import { createExcelHost } from "../../src/playground/host";
import type { HostApiError } from "../../src/playground/host";

async function setUp(address: string, formula: string) {
  const host = createExcelHost();
  await host.excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Sheet1");
    ws.getRange("A1:A20").values = Array.from({ length: 20 }, (_, i) => [i + 1]);
    const areas = ws.getRanges(address);
    areas.dataValidation.rule = { custom: { formula } };
    areas.dataValidation.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: "Số",
      message: "Lớn hơn cột A",
    };
    await ctx.sync();
  });
  return host;
}

test("each area's cells are checked against their own row, not the first area's", async () => {
  const host = await setUp("B2,B5:B6,B12", "=B2>A2");
  // B12 must exceed A12 = 12: 5 would pass against A2 = 2 but not against its own row.
  expect(() => host.user.type("Sheet1", "B12", "5")).toThrow("Lớn hơn cột A");
  host.user.type("Sheet1", "B12", "13");
  expect(() => host.user.type("Sheet1", "B6", "6")).toThrow("Lớn hơn cột A");
  host.user.type("Sheet1", "B6", "7");
  host.user.type("Sheet1", "B2", "3");
  // A cell outside the areas has no rule.
  host.user.type("Sheet1", "B3", "0");
});

test("overlapping areas, a bad address and a rule over part of another are refused", async () => {
  const code = async (address: string, before?: string) => {
    try {
      const host = createExcelHost();
      await host.excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Sheet1");
        if (before) ws.getRange(before).dataValidation.rule = { custom: { formula: "=TRUE" } };
        ws.getRanges(address).dataValidation.rule = { custom: { formula: "=TRUE" } };
        await ctx.sync();
      });
    } catch (e) {
      return (e as HostApiError).code;
    }
    return "no error";
  };
  await expect(code("B2:B5,B4")).resolves.toBe("InvalidArgument");
  await expect(code("B2,nope")).resolves.toBe("InvalidArgument");
  await expect(code("B2,B4", "B3:B4")).resolves.toBe("InvalidOperation");
  await expect(code("B2,B4", "C1")).resolves.toBe("no error");
});
