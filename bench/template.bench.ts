// Time to render a template of 100 and 10,000 rows to a file: layout, ExcelJS, custom XML part,
// write. The plan is synthesized from the bundled one's indicators, cycled, so every target kind
// the catalog has appears in proportion.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { Plan } from "../src/domain/plan";
import { getPlan } from "../src/catalog/index";
import { prepareTemplate } from "../src/workbook/prepare";
import { renderXlsx } from "../src/xlsx/render";
import { writeFileAtomic } from "../src/cli/process/atomic-write";
import { makeTemplateFile } from "../src/xlsx/template-file";

function syntheticPlan(rows: number): Plan {
  const base = getPlan("kh-1097-2023")!;
  const indicators = Array.from({ length: rows }, (_, i) => {
    const ind = base.indicators[i % base.indicators.length]!;
    return { ...ind, id: `${ind.id}.n${i}`, appliesTo: ["ministry-agency" as const] };
  });
  return { ...base, indicators };
}

async function renderOnce(plan: Plan, dir: string): Promise<number> {
  const t0 = performance.now();
  const { spec } = await prepareTemplate(
    {
      plan,
      unit: UNIT,
      language: "vi",
    },
    null,
    { generator: "bench", createdAt: new Date().toISOString() },
  );
  writeFileAtomic(join(dir, `t${plan.indicators.length}.xlsx`), await renderXlsx(spec));
  return performance.now() - t0;
}

const UNIT = { name: "Bench", code: "000.00.00.H26", unitType: "ministry-agency" as const, year: 2023 };

/** Upgrade of a filled 10,000-row template to a version that drops 100 rows: read, merge, render. */
async function upgradeOnce(plan: Plan): Promise<number> {
  const options = { generator: "bench", createdAt: new Date().toISOString() };
  const entries = plan.indicators.map((ind, i) => ({
    indicatorId: ind.id,
    value: i,
    explanation: `giải trình ${i}`,
    evidence: "",
    review: { decision: null, comment: "" },
  }));
  const request = { plan, unit: UNIT, language: "vi" as const };
  const { spec } = await prepareTemplate(request, { meta: null, entries, archive: [] }, options);
  const old = await renderXlsx(spec);
  const next = { ...plan, version: "9.0.0", indicators: plan.indicators.slice(100) };
  const t0 = performance.now();
  await makeTemplateFile({ ...request, plan: next }, options, old);
  return performance.now() - t0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export const goals = {
  "template.xlsxMs.100": { max: 500 },
  "template.xlsxMs.10000": { max: 15000 },
  "template.upgradeMs.10000": { max: 30000 },
};

export async function run(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), "sa-bench-template-"));
  try {
    const small = syntheticPlan(100);
    const large = syntheticPlan(10_000);
    await renderOnce(small, dir); // warm-up: module loading and JIT
    const smallTimes: number[] = [];
    for (let i = 0; i < 7; i++) smallTimes.push(await renderOnce(small, dir));
    const largeTimes: number[] = [];
    for (let i = 0; i < 3; i++) largeTimes.push(await renderOnce(large, dir));
    return {
      "template.xlsxMs.100": Math.round(median(smallTimes)),
      "template.xlsxMs.10000": Math.round(median(largeTimes)),
      "template.upgradeMs.10000": Math.round(await upgradeOnce(large)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
