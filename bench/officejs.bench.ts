// The largest requests Microsoft's own Excel client library sends for the adapter's actions (issue
// #13): npm @microsoft/office-js in Chromium (test/excel/officejs/judge.ts), at the real plans and at
// 10,000 rows. officejs.maxRequestBytes.<action>.<plan or rows> is the largest request as the
// library serialised it, in UTF-8 bytes; officejs.maxRequestUnits.* the same in UTF-16 code units.
// Run on its own with `npm run bench -- officejs`.
import { getPlan } from "../src/catalog/index";
import { selectIndicators } from "../src/domain/applicability";
import { REQUEST_LIMIT_BYTES } from "../src/playground/host";
import type { InsertRequest } from "../src/workbook/port";
import { SYNTH_UNIT, synthPlan } from "../test/excel/synth-plan";
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

const JUDGED_ACTIONS = ["insert", "reinsert", "upgrade", "read", "fix", "review"];

export const goals: Record<string, { max?: number; min?: number }> = {};
for (const { name } of JUDGED)
  for (const action of JUDGED_ACTIONS)
    goals[`officejs.maxRequestBytes.${action}.${name}`] = { max: REQUEST_LIMIT_BYTES };

export async function run(): Promise<Record<string, number>> {
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
      // A value fixed and a review written on the last row: small requests, at any size.
      const rows = selectIndicators(upgrade.plan, upgrade.unit.unitType);
      const last = rows[rows.length - 1]!.id;
      record("fix", await judge.run("writeValue", [last, 1]));
      record("review", await judge.run("writeReview", [last, { decision: "returned", comment: "Bổ sung" }]));
    }
  } finally {
    await judge.close();
  }
  return out;
}
