// assess.entriesPerSecond: 100,000 entries assessed one by one, on the bundled plans' indicators when
// the catalog is there (a synthetic plan of every target kind otherwise), with a realistic mix of
// clean numbers, shortfalls, text-that-is-a-number, empties, Excel errors and not-applicable tokens.
import type { Entry, CellValue } from "../src/domain/entry";
import type { Indicator, Plan } from "../src/domain/plan";
import { assessEntry } from "../src/domain/assess";
import { planHeader } from "../test/fixtures/plan-header";

export const goals = { "assess.entriesPerSecond": { min: 2_000_000 } };

const N = 100_000;

function syntheticPlan(): Plan {
  const base = {
    field: "f",
    unit: { vi: "điểm", en: "points" },
    deadlineYear: 2025,
    appliesTo: ["postal-enterprise"],
    scope: "unit" as const,
    source: { phrase: "synthetic" },
  };
  const mk = (id: string, valueType: Indicator["valueType"], target: Indicator["target"]): Indicator => ({
    ...base,
    id,
    text: { vi: `Chỉ tiêu ${id}`, en: `Indicator ${id}` },
    valueType,
    target,
  });
  return {
    schemaVersion: 2,
    ...planHeader({ id: "synthetic", title: { vi: "Tổng hợp", en: "Synthetic" } }),
    receiver: { vi: "Bộ", en: "Ministry" },
    unitTypes: [
      {
        id: "postal-enterprise",
        name: { vi: "Doanh nghiệp", en: "Enterprise" },
        codes: [{ kind: "enterprise-code" }],
      },
    ],
    fields: [{ id: "f", name: { vi: "Lĩnh vực", en: "Field" } }],
    indicators: [
      mk("a.count", "integer", { kind: "atLeast", value: 27000 }),
      mk("a.share", "percent", { kind: "atLeast", value: 0.8 }),
      mk("a.more", "number", { kind: "moreThan", value: 19 }),
      mk("a.most", "percent", { kind: "atMost", value: 0.05 }),
      mk("a.growth", "rate", { kind: "range", low: 0.2, high: 0.3 }),
      mk("a.rank", "rank", { kind: "rank", best: 1, worst: 50 }),
      mk("a.date", "date", { kind: "milestone", by: "2020-12-31" }),
      mk("a.done", "done", { kind: "done" }),
    ],
  };
}

async function loadPlans(): Promise<Plan[]> {
  // The catalog is written in parallel with this bench; fall back to the synthetic plan without it.
  const catalogPath = "../src/catalog/index";
  try {
    const mod = (await import(catalogPath)) as { BUNDLED_PLANS?: Plan[] };
    if (Array.isArray(mod.BUNDLED_PLANS) && mod.BUNDLED_PLANS.length > 0) return mod.BUNDLED_PLANS;
  } catch {
    // no catalog yet
  }
  return [syntheticPlan()];
}

/** A value a person might type for this indicator, chosen by a cheap deterministic sequence. */
function valueFor(ind: Indicator, k: number): CellValue {
  const r = k % 20;
  if (r === 0) return null;
  if (r === 1) return { error: "#N/A" };
  if (r === 2) return "Không áp dụng";
  if (r === 3) return "27.000";
  if (r === 4) return "abc";
  if (ind.valueType === "done") return r % 2 ? "Đã thực hiện" : "Chưa thực hiện";
  const t = ind.target;
  const scale = 0.8 + (r / 20) * 0.4; // 80% .. 120% of the target: shortfalls, met and exceeded
  switch (t.kind) {
    case "atLeast":
    case "moreThan":
    case "atMost":
      return ind.valueType === "integer" ? Math.round(t.value * scale) : t.value * scale;
    case "range":
      return t.low * scale;
    case "rank":
      return Math.max(1, Math.round(t.worst * scale));
    case "milestone":
      return 44000 + r * 10;
    default:
      return 1;
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function run(): Promise<Record<string, number>> {
  const plans = await loadPlans();
  const inds = plans.flatMap((p) => p.indicators);
  const pairs: { ind: Indicator; entry: Entry }[] = [];
  for (let k = 0; k < N; k++) {
    const ind = inds[k % inds.length]!;
    const explanation = k % 3 === 0 ? "" : "Lý do";
    pairs.push({
      ind,
      entry: {
        indicatorId: ind.id,
        value: valueFor(ind, Math.floor(k / inds.length) + k),
        explanation,
        evidence: "",
        review: { decision: null, comment: "" },
      },
    });
  }
  let sink = 0;
  const once = (): number => {
    const t0 = performance.now();
    for (let k = 0; k < pairs.length; k++) {
      const p = pairs[k]!;
      sink += assessEntry(p.ind, p.entry).issues.length;
    }
    return performance.now() - t0;
  };
  for (let w = 0; w < 5; w++) once();
  const times: number[] = [];
  for (let i = 0; i < 9; i++) times.push(once());
  if (sink < 0) throw new Error("unreachable");
  return { "assess.entriesPerSecond": Math.round(N / (median(times) / 1000)) };
}
