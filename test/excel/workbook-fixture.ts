// Helpers for the adapter's tests: a host with the port over it, and ways to look at cells.
import { createExcelHost } from "../../src/playground/host";
import type { CellSnapshot, ExcelHost } from "../../src/playground/host";
import { createExcelPort } from "../../src/excel";
import type { WorkbookPort } from "../../src/workbook/port";

export interface Bench {
  host: ExcelHost;
  port: WorkbookPort;
}

export function makeBench(options?: Parameters<typeof createExcelHost>[0]): Bench {
  const host = createExcelHost(options);
  const port = createExcelPort(host.excel, { now: () => "2026-01-01T00:00:00.000Z", generator: "test" });
  return { host, port };
}

/** Every cell of a sheet by address (value, formula, shown text, number format, fill). */
export function cellsOf(host: ExcelHost, sheet: string): Map<string, CellSnapshot> {
  const s = host.snapshot({ sheet }).sheets.find((x) => x.name === sheet);
  return new Map((s?.cells ?? []).map((c) => [c.address, c]));
}

/** What a person sees of a cell and could lose: its content and how it is shown. */
export function looksOf(c: CellSnapshot | undefined): unknown {
  return c ? { value: c.value, formula: c.formula, text: c.text, numberFormat: c.numberFormat } : null;
}

export async function setProtected(host: ExcelHost, sheet: string, on: boolean): Promise<void> {
  await host.excel.run(async (ctx) => {
    const p = ctx.workbook.worksheets.getItem(sheet).protection;
    if (on) p.protect();
    else p.unprotect();
    await ctx.sync();
  });
}
