// The host's person-at-the-keyboard actions the grid needs beyond typing one cell: a pasted block
// (each field read as typed, one change event, refused whole over a locked cell), and the exact
// cell states an undo reads and puts back.
import { createExcelHost, UserActionError, type ExcelHost } from "../../src/playground/host";

async function protectedSheet(): Promise<{
  host: ExcelHost;
  events: { address: string; triggerSource: string }[];
}> {
  // A Vietnamese computer: comma decimals, dot thousands, Excel's automatic percent entry on.
  const host = createExcelHost({ culture: "vi-VN" });
  const events: { address: string; triggerSource: string }[] = [];
  await host.excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Sheet1");
    ws.getRange("A1:C1").values = [["Chỉ tiêu", "Kết quả", "Trạng thái"]];
    ws.getRange("B2:B5").format.protection.locked = false;
    ws.getRange("B2:B3").numberFormat = [["0.0%"], ["0.0%"]];
    ws.getRange("C2:C5").formulas = [["=B2*2"], ["=B3*2"], ["=B4*2"], ["=B5*2"]];
    ws.protection.protect();
    await ctx.sync();
  });
  await host.idle();
  await host.excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Sheet1").onChanged.add(async (e) => {
      events.push(e);
    });
    await ctx.sync();
  });
  return { host, events };
}

const cell = (host: ExcelHost, address: string) =>
  host.snapshot({ sheet: "Sheet1" }).sheets[0]!.cells.find((c) => c.address === address);

describe("user.paste", () => {
  test("fills the block, each field read as if typed (culture, percent entry), with one change event", async () => {
    const { host, events } = await protectedSheet();
    host.user.paste("Sheet1", "B2", [["80%"], ["50"], ["27.000"], [""]]);
    await host.idle();
    expect(cell(host, "B2")?.value).toBe(0.8);
    // B3 is a percent cell: 50 typed there is 50%, as Excel's automatic percent entry reads it.
    expect(cell(host, "B3")?.value).toBe(0.5);
    expect(cell(host, "B4")?.value).toBe(27000);
    expect(cell(host, "C4")?.value).toBe(54000);
    expect(events.map((e) => [e.address, e.triggerSource])).toEqual([["B2:B5", "Unknown"]]);
  });

  test("an empty field clears its cell", () => {
    const host = createExcelHost();
    host.user.type("Sheet1", "A2", "x");
    host.user.paste("Sheet1", "A1", [["a"], [""]]);
    expect(cell(host, "A2")?.value ?? "").toBe("");
  });

  test("is refused whole when the block reaches a locked cell, and changes nothing", async () => {
    const { host, events } = await protectedSheet();
    expect(() => host.user.paste("Sheet1", "B4", [["1", "2"]])).toThrow(UserActionError);
    expect(() => host.user.paste("Sheet1", "B5", [["1"], ["2"]])).toThrow(/B6/);
    await host.idle();
    expect(cell(host, "B4")?.value ?? "").toBe("");
    expect(events).toEqual([]);
  });

  test("refuses a broken formula, naming its cell, and a block that is not a rectangle", () => {
    const host = createExcelHost();
    expect(() => host.user.paste("Sheet1", "A1", [["1"], ["=SUM("]])).toThrow(/A2/);
    expect(() => host.user.paste("Sheet1", "A1", [["1", "2"], ["3"]])).toThrow(UserActionError);
    expect(() => host.user.paste("Sheet1", "A1", [])).toThrow(UserActionError);
    expect(cell(host, "A1")).toBeUndefined();
  });
});

describe("user.cells and user.restore", () => {
  test("put back exactly what cells held: content, text that looks like a number, and the format typing gave", async () => {
    const host = createExcelHost();
    host.user.type("Sheet1", "A1", "'0123");
    host.user.type("Sheet1", "B1", '=A1&"x"');
    const before = host.user.cells("Sheet1", "A1:C1");
    host.user.paste("Sheet1", "A1", [["5", "7", "80%"]]);
    expect(cell(host, "C1")?.numberFormat).toBe("0%");
    const after = host.user.cells("Sheet1", "A1:C1");

    host.user.restore("Sheet1", "A1:C1", before);
    expect(cell(host, "A1")?.value).toBe("0123");
    expect(cell(host, "B1")?.value).toBe("0123x");
    expect(cell(host, "C1")).toBeUndefined();
    expect(host.user.cells("Sheet1", "A1:C1")).toEqual(before);

    host.user.restore("Sheet1", "A1:C1", after);
    expect(cell(host, "C1")?.text).toBe("80%");
    expect(host.user.cells("Sheet1", "A1:C1")).toEqual(after);
  });

  test("restore is an edit by the user: protection applies and onChanged fires", async () => {
    const { host, events } = await protectedSheet();
    host.user.restore("Sheet1", "B2", [[{ content: { t: "n", v: 0.5 } }]]);
    await host.idle();
    expect(events.map((e) => e.triggerSource)).toEqual(["Unknown"]);
    expect(() => host.user.restore("Sheet1", "C2", [[{}]])).toThrow(UserActionError);
    expect(() => host.user.restore("Sheet1", "B2:B3", [[{}]])).toThrow(UserActionError);
  });
});
