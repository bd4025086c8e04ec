// catalog.parsePlanFileMs: validating Plan 1097 from its JSON text, as a ministry's own plan file is
// loaded in the pane (median of 50). catalog.selectionsPerSecond: indicator selections with counts
// per field, which the pane recomputes on every unit-type or field click.
import { getPlan, parsePlanFile } from "../src/catalog";
import { countByField, selectIndicators } from "../src/domain/applicability";

export const goals = {
  "catalog.parsePlanFileMs": { max: 20 },
  "catalog.selectionsPerSecond": { min: 10_000 },
};

export async function run(): Promise<Record<string, number>> {
  const plan = getPlan("kh-1097-2023")!;
  const text = JSON.stringify(plan);
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    if (!parsePlanFile(text).ok) throw new Error("bundled plan failed to parse");
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const fields = plan.fields.map((f) => f.id);
  const types = plan.unitTypes.map((u) => u.id);
  const n = 20_000;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const u = types[i % types.length]!;
    const chosen = fields.filter((_, j) => (i >> j) & 1);
    selectIndicators(plan, u, chosen);
    countByField(plan, u, chosen);
  }
  const secs = (performance.now() - t0) / 1000;
  return {
    "catalog.parsePlanFileMs": Math.round(times[25]! * 1000) / 1000,
    "catalog.selectionsPerSecond": Math.round(n / secs),
  };
}
