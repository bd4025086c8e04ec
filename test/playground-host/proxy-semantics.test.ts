// The host behaves like Office where add-in code can go wrong: reading before load+sync, null
// objects, missing items, array shapes, protection, request size, and the round-trip counter.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   these tests read proxies before load and sync on purpose: the host must throw there as Office does. */
import { createExcelHost, REQUEST_LIMIT_BYTES } from "../../src/playground/host";
import { codeOf } from "./code-of";

describe("proxies", () => {
  test("a property is readable only after load and sync, as in Office", async () => {
    const host = createExcelHost();
    await host.excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.values = [[42]];
      expect(() => r.values).toThrow(/call the load method/);
      r.load("values");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(r.values).toEqual([[42]]);
      // Loading one property does not load another.
      expect(() => r.numberFormat).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("getItemOrNullObject says isNullObject after a sync; getItem fails the sync with ItemNotFound", async () => {
    const host = createExcelHost();
    await host.excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      const there = ctx.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
    });
    const code = await codeOf(
      host.excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Nope").load("name");
        await ctx.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
  });

  test("a failed sync keeps what ran before the failure and drops the rest", async () => {
    const host = createExcelHost();
    const ws = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem("Sheet1");
    const code = await codeOf(
      host.excel.run(async (ctx) => {
        ws(ctx).getRange("A1").values = [[1]];
        ws(ctx).getRange("A2:B2").values = [[1]];
        ws(ctx).getRange("A3").values = [[3]];
        await ctx.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
    const cells = host.snapshot().sheets[0]!.cells.map((c) => `${c.address}=${c.value}`);
    expect(cells).toEqual(["A1=1"]);
  });

  test("values are parsed the way Excel reads typing; a leading apostrophe or the @ format keeps text", async () => {
    const host = createExcelHost();
    await host.excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("B1").numberFormat = [["@"]];
      ws.getRange("A1:E1").values = [["=1+1", "'=1+1", "80%", "-x", "2020-01-02"]];
      ws.getRange("B1").values = [["=1+1"]];
      const r = ws.getRange("A1:E1").load("values,valueTypes,formulas");
      await ctx.sync();
      expect(r.values).toEqual([[2, "=1+1", 0.8, "#NAME?", 43832]]);
      expect(r.valueTypes).toEqual([["Double", "String", "Double", "Error", "Double"]]);
      // Office's `formulas` gives a text cell's text: "=1+1" reads the same as a formula would.
      expect(r.formulas[0]![1]).toBe("=1+1");
    });
  });

  test("a formula Excel cannot parse is refused", async () => {
    const host = createExcelHost();
    const code = await codeOf(
      host.excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=SUM(("]];
        await ctx.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  test("empty cells read as empty strings and errors as their text", async () => {
    const host = createExcelHost();
    await host.excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("B2").formulas = [["=1/0"]];
      const r = ws.getRange("A2:B2").load("values,valueTypes");
      await ctx.sync();
      expect(r.values).toEqual([["", "#DIV/0!"]]);
      expect(r.valueTypes).toEqual([["Empty", "Error"]]);
    });
  });
});

describe("protection", () => {
  test("locked cells of a protected sheet refuse writes with AccessDenied; unlocked ones accept them", async () => {
    const host = createExcelHost();
    await host.excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("B1").format.protection.locked = false;
      ws.protection.protect();
      ws.getRange("B1").values = [["ok"]];
      await ctx.sync();
    });
    const code = await codeOf(
      host.excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["x", "y"]];
        await ctx.sync();
      }),
    );
    expect(code).toBe("AccessDenied");
    expect(host.snapshot().sheets[0]!.cells.map((c) => c.value)).toEqual(["ok"]);
  });

  test("protecting a protected sheet and unprotecting an unprotected one fail with AccessDenied, as Excel since June 2026", async () => {
    const host = createExcelHost();
    const twice = (fn: (p: Excel.WorksheetProtection) => void) =>
      codeOf(
        host.excel.run(async (ctx) => {
          fn(ctx.workbook.worksheets.getItem("Sheet1").protection);
          await ctx.sync();
        }),
      );
    expect(await twice((p) => p.unprotect())).toBe("AccessDenied");
    expect(await twice((p) => p.protect())).toBe("no error");
    expect(await twice((p) => p.protect())).toBe("AccessDenied");
  });

  test("a person cannot type into a locked cell, nor past a Stop validation", async () => {
    const host = createExcelHost();
    await host.excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const b = ws.getRange("B1:B3");
      b.format.protection.locked = false;
      b.dataValidation.rule = { wholeNumber: { operator: "Between", formula1: 1, formula2: 10 } };
      b.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: "Số", message: "1 đến 10" };
      ws.protection.protect();
      await ctx.sync();
    });
    expect(() => host.user.type("Sheet1", "A1", "x")).toThrow(/protected/);
    expect(() => host.user.type("Sheet1", "B2", "11")).toThrow("1 đến 10");
    host.user.type("Sheet1", "B2", "7");
    expect(host.snapshot().sheets[0]!.cells.find((c) => c.address === "B2")!.value).toBe(7);
  });
});

describe("counters and limits", () => {
  test("each sync counts once and the largest request is kept", async () => {
    const host = createExcelHost();
    await host.excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").values = [["x".repeat(1000)]];
      await ctx.sync();
      ws.getRange("A2").values = [[1]];
      await ctx.sync();
    });
    expect(host.syncCount).toBe(2);
    expect(host.maxRequestBytes).toBeGreaterThan(1000);
    expect(host.maxRequestBytes).toBeLessThan(1400);
    host.resetCounters();
    expect(host.syncCount).toBe(0);
  });

  test("a request above 5 MB fails as on Excel on the web, and changes nothing", async () => {
    const host = createExcelHost();
    const big = Array.from({ length: 6000 }, () => ["é".repeat(500)]);
    const code = await codeOf(
      host.excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A6000").values = big;
        await ctx.sync();
      }),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.maxRequestBytes).toBeGreaterThan(REQUEST_LIMIT_BYTES);
    expect(host.snapshot().sheets[0]!.cells).toEqual([]);
  });
});

test("a response above 5 MB fails too: loading must be as lean as writing", async () => {
  const host = createExcelHost();
  await host.excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Sheet1");
    for (const col of ["A", "B"]) {
      ws.getRange(`${col}1:${col}3500`).values = Array.from({ length: 3500 }, () => ["ư".repeat(400)]);
      await ctx.sync(); // one column per request: each request stays under 5 MB
    }
  });
  const code = await codeOf(
    host.excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B3500").load("values");
      await ctx.sync();
    }),
  );
  expect(code).toBe("ResponsePayloadSizeLimitExceeded");
  expect(host.maxResponseBytes).toBeGreaterThan(REQUEST_LIMIT_BYTES);
});

test("getSpecialCells finds formula cells as compact areas, and the OrNullObject form finds none", async () => {
  const host = createExcelHost();
  await host.excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Sheet1");
    ws.getRange("A1:C3").formulas = [
      [1, "=A1", "x"],
      [2, "=A2", "=1/0"],
      [3, "=A3", "y"],
    ];
    const formulas = ws.getRange("A1:C3").getSpecialCells("Formulas").load("address");
    const errors = ws.getRange("A1:C3").getSpecialCells("Formulas", "Errors").load("address");
    const none = ws.getRange("D1:D3").getSpecialCellsOrNullObject("Constants").load("address");
    await ctx.sync();
    // How Excel cuts the cells into areas is its own business; which cells they cover is not.
    expect(cellsOf(formulas.address)).toEqual(["B1", "B2", "B3", "C2"]);
    expect(errors.address).toBe("Sheet1!C2");
    expect(none.isNullObject).toBe(true);
  });
});

function cellsOf(areas: string): string[] {
  const out: string[] = [];
  for (const part of areas.split(",")) {
    const [from, to] = part.split("!")[1]!.split(":");
    const [c0, r0] = [from!.charCodeAt(0), Number(from!.slice(1))];
    const [c1, r1] = to ? [to.charCodeAt(0), Number(to.slice(1))] : [c0, r0];
    for (let c = c0; c <= c1; c++) for (let r = r0; r <= r1; r++) out.push(`${String.fromCharCode(c)}${r}`);
  }
  return out.sort();
}

test("Range.getBoundingRect: the smallest range holding both, as Office's client uses it to cut a large array", async () => {
  const host = createExcelHost({ sheets: ["Sheet1", "Sheet2"] });
  await host.excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Sheet1");
    const box = ws.getRange("C5").getBoundingRect(ws.getRange("B9:D9")).load("address");
    const byAddress = ws.getRange("B2").getBoundingRect("A1").load("address");
    await ctx.sync();
    expect([box.address, byAddress.address]).toEqual(["Sheet1!B5:D9", "Sheet1!A1:B2"]);
  });
  const other = host.excel.run(async (ctx) => {
    const a = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
    a.getBoundingRect(ctx.workbook.worksheets.getItem("Sheet2").getRange("B2")).load("address");
    await ctx.sync();
  });
  expect(await codeOf(other)).toBe("InvalidArgument");
});
