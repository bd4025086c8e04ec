// The plans a check reads against: the bundled ones, and any plan file the ministry brings
// (--plan-file), which wins over a bundled plan of the same id. Set once per thread: the main
// thread from the options, each worker from its workerData.
import type { Plan } from "../../domain/plan";
import { getPlan, parsePlanFile, planFileErrors } from "../../catalog/index";
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../io";

let ministryPlans: readonly Plan[] = [];

export function usePlans(plans: readonly Plan[]): void {
  ministryPlans = plans;
}

export function planById(id: string): Plan | undefined {
  return ministryPlans.find((p) => p.id === id) ?? getPlan(id);
}

/** Reads and checks --plan-file arguments; a bad file is a usage error naming every problem. */
export function loadPlanFiles(cwd: string, files: readonly string[]): Plan[] {
  return files.map((file) => {
    const path = resolve(cwd, file);
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st || !st.isFile() || st.size > 5 * 1024 * 1024)
      throw new UsageError({
        vi: `Không đọc được tệp kế hoạch ${file} (không có, hoặc lớn hơn 5 MB).`,
        en: `Cannot read the plan file ${file} (missing, or larger than 5 MB).`,
      });
    const r = parsePlanFile(readFileSync(path, "utf8"));
    if (!r.ok) throw new UsageError(planFileErrors(file, r.errors));
    return r.plan;
  });
}
