// Runs in Chromium, after Microsoft's Excel client library (excel-web-16.00.debug.js): the Office
// host's bootstrap is replaced by requirement sets we declare (the manifest's ExcelApi 1.9, or what a
// test asks), the library's requirement-set check is switched on, and its request executor is a
// recorder that hands every request to Node (window.__richApi), where the host answers it. The
// adapter (createExcelPort) runs on the library's own Excel namespace.
import { createExcelPort } from "../../../src/excel";
import type { WorkbookPort } from "../../../src/workbook/port";

interface Page {
  Excel: typeof Excel;
  OSF: { _OfficeAppFactory?: unknown };
  OfficeExtension: {
    CommonUtility: { _doApiNotSupportedCheck: boolean };
    Utility: { _doApiNotSupportedCheck: boolean };
    SessionBase: { _overrideSession?: unknown };
  };
  __richApi(session: number, flags: number, body: string): Promise<string>;
  judge: unknown;
}
const w = window as unknown as Page;

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

let excelApi = "1.9";
const requirements = {
  isSetSupported: (name: string, version?: string): boolean => {
    if (name === "ExcelApi") return compareVersions(version ?? "1.1", excelApi) <= 0;
    // Excel.run's delayForCellEdit: every Excel that has ExcelApi 1.9 has it.
    return name === "DelayForCellEdit";
  },
};
w.OSF._OfficeAppFactory = { getContext: () => ({ requirements }) };
// The library ships with the check off in its base class; the judge switches it on.
w.OfficeExtension.CommonUtility._doApiNotSupportedCheck = true;
w.OfficeExtension.Utility._doApiNotSupportedCheck = true;

let sessions = 0;
w.OfficeExtension.SessionBase._overrideSession = {
  _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: "local-document", headers: {} }),
  // One recorder per request context, so the host keeps one context per client context.
  _createRequestExecutorOrNull: () => {
    const session = ++sessions;
    return {
      executeAsync: async (_custom: unknown, flags: number, message: { Body: unknown }) => {
        const response = await w.__richApi(session, flags, JSON.stringify(message.Body));
        return { ErrorCode: "", ErrorMessage: "", Headers: {}, Body: JSON.parse(response) as unknown };
      },
    };
  },
  getEventRegistration: () => null,
};

function errorOf(e: unknown): { code: string; message: string } {
  const err = e as { code?: string; message?: string };
  return { code: err.code ?? "Error", message: err.message ?? String(e) };
}

/** Runs one port action; a planted call above the declared set can be put into every batch. */
async function run(
  action: string,
  argsJson: string,
  options: { excelApi: string; plant?: boolean },
): Promise<string> {
  excelApi = options.excelApi;
  const excel = options.plant
    ? ({
        ...w.Excel,
        run: (first: unknown, batch: (ctx: Excel.RequestContext) => Promise<unknown>) =>
          w.Excel.run(first as Excel.RunOptions, async (ctx) => {
            // What an engineer might add to find merged cells: Range.getMergedAreasOrNullObject, ExcelApi 1.13.
            ctx.workbook.worksheets.getActiveWorksheet().getRange("A1").getMergedAreasOrNullObject();
            return batch(ctx);
          }),
      } as unknown as typeof Excel)
    : w.Excel;
  const port: WorkbookPort = createExcelPort(excel, {
    now: () => "2026-01-01T00:00:00.000Z",
    generator: "office-js judge",
    requirements,
  });
  const args = JSON.parse(argsJson) as unknown[];
  try {
    const method = (port as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[action]!;
    return JSON.stringify({ ok: (await method.apply(port, args)) ?? null });
  } catch (e) {
    return JSON.stringify({ error: errorOf(e) });
  }
}

w.judge = { run };
