// The Office.js adapter's round trips and request sizes (issue #4), measured on the in-browser host
// for templates of 10 to 10,000 rows: insert.syncs.<N> and insert.maxRequestBytes.<N>
// (the largest single request, which Excel on the web caps at 5 MB). Also read.syncs, the
// re-insert (whose one extra round trip reads the existing template), an upgrade to a plan whose
// rows all moved, and the largest responses. Then the same actions on Microsoft's own client
// library (npm @microsoft/office-js in Chromium, test/excel/officejs/judge.ts), at the real plans and
// at 10,000 rows: officejs.maxRequestBytes.<action>.<plan or rows> is the largest request as the
// library serialised it, in UTF-8 bytes, and officejs.maxRequestUnits.* the same in UTF-16 code units.
import { createExcelPort } from "../src/excel";
import { createExcelHost, REQUEST_LIMIT_BYTES } from "../src/playground/host";
import { SYNTH_UNIT, synthPlan } from "../test/excel/synth-plan";
import { getPlan } from "../src/catalog/index";
import type { InsertRequest } from "../src/workbook/port";
import { startJudge } from "../test/excel/officejs/judge";
import type { Outcome } from "../test/excel/officejs/judge";

const JUDGED: { name: string; request: InsertRequest; upgrade: InsertRequest }[] = [
  ...["kh-1097-2023", "ct-67-2020"].map((id) => {
    const plan = getPlan(id)!;
    const unit = { ...SYNTH_UNIT, unitType: "provincial-department" as const };
    const request = { plan, unit, language: "vi" as const };
    return { name: id, request, upgrade: { ...request, plan: { ...plan, version: `${plan.version}-next` } } };
  }),
  {
    name: "10000",
    request: { plan: synthPlan(10000), unit: SYNTH_UNIT, language: "vi" },
    upgrade: { plan: synthPlan(10000, "1.1.0", 1), unit: SYNTH_UNIT, language: "vi" },
  },
];
const JUDGED_ACTIONS = ["insert", "reinsert", "upgrade", "read"];

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
for (const { name } of JUDGED)
  for (const action of JUDGED_ACTIONS)
    goals[`officejs.maxRequestBytes.${action}.${name}`] = { max: REQUEST_LIMIT_BYTES };

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
  Object.assign(out, await onOfficeJs());
  return out;
}

/** The largest requests Microsoft's client library sends for each action, at the real plans and 10,000 rows. */
async function onOfficeJs(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const judge = await startJudge({ culture: "vi-VN" });
  try {
    for (const { name, request, upgrade } of JUDGED) {
      judge.reset({ culture: "vi-VN" });
      const record = (action: string, o: Outcome) => {
        if (o.error)
          throw new Error(`office-js judge, ${action} of ${name}: ${o.error.code} ${o.error.message}`);
        out[`officejs.maxRequestBytes.${action}.${name}`] = Math.max(...o.requests.map((r) => r.utf8Bytes));
        out[`officejs.maxRequestUnits.${action}.${name}`] = Math.max(...o.requests.map((r) => r.utf16Units));
      };
      record("insert", await judge.run("insertTemplate", [request]));
      record("reinsert", await judge.run("insertTemplate", [request]));
      record("upgrade", await judge.run("insertTemplate", [upgrade]));
      record("read", await judge.run("readReport", []));
    }
  } finally {
    await judge.close();
  }
  return out;
}
