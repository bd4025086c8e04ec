// The Office.js adapter's round trips and request sizes (issue #4), measured on the in-browser host
// for templates of 10 to 10,000 rows: insert.syncs.<N> and insert.maxRequestBytes.<N>
// (the largest single request, which Excel on the web caps at 5 MB). Also read.syncs, the
// re-insert (whose one extra round trip reads the existing template), an upgrade to a plan whose
// rows all moved, and the largest responses. The same actions on Microsoft's own client library are
// bench/officejs.bench.ts (npm run bench -- officejs).
import { createExcelPort } from "../src/excel";
import { createExcelHost, REQUEST_LIMIT_BYTES } from "../src/playground/host";
import { SYNTH_UNIT, synthPlan } from "../test/excel/synth-plan";

const SIZES = [10, 100, 1000, 10000];

export const goals: Record<string, { max?: number; min?: number }> = {};
for (const n of SIZES) {
  goals[`insert.maxRequestBytes.${n}`] = { max: REQUEST_LIMIT_BYTES };
  goals[`read.syncs.${n}`] = { max: 2 };
  // Excel on the web caps responses at 5 MB as well: the reads must fit too.
  goals[`read.maxResponseBytes.${n}`] = { max: REQUEST_LIMIT_BYTES };
  goals[`reinsert.maxResponseBytes.${n}`] = { max: REQUEST_LIMIT_BYTES };
  // Issue #4: at most 3 for an insert or a re-insert, the same at every size (DECISIONS D9: a new
  // template is 2, a re-insert 3, from 10 to 10,000 rows).
  goals[`insert.syncs.${n}`] = { max: 2 };
  goals[`reinsert.syncs.${n}`] = { max: 3 };
  // An upgrade where every row's indicator moved (nothing kept in place): a re-insert's budget.
  goals[`upgrade.syncs.${n}`] = { max: 3 };
  goals[`upgrade.maxRequestBytes.${n}`] = { max: REQUEST_LIMIT_BYTES };
}
export async function run(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const n of SIZES) {
    const host = createExcelHost();
    const port = createExcelPort(host.excel, { now: () => "2026-01-01T00:00:00.000Z" });
    const request = { plan: synthPlan(n), unit: SYNTH_UNIT, language: "vi" as const };

    host.resetCounters();
    await port.insertTemplate(request);
    out[`insert.syncs.${n}`] = host.syncCount;
    out[`insert.maxRequestBytes.${n}`] = host.maxRequestBytes;

    host.resetCounters();
    await port.insertTemplate(request);
    out[`reinsert.syncs.${n}`] = host.syncCount;
    out[`reinsert.maxResponseBytes.${n}`] = host.maxResponseBytes;

    host.resetCounters();
    await port.insertTemplate({ ...request, plan: synthPlan(n, "1.1.0", 1) });
    out[`upgrade.syncs.${n}`] = host.syncCount;
    out[`upgrade.maxRequestBytes.${n}`] = host.maxRequestBytes;

    host.resetCounters();
    await port.readReport();
    out[`read.syncs.${n}`] = host.syncCount;
    out[`read.maxResponseBytes.${n}`] = host.maxResponseBytes;
  }
  return out;
}
