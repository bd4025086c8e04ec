// From a read report to a sealed submission: the export the pane does, for units that fill the
// template without the add-in. Statuses come from the assessment, never from the sheet.
import type { Assessment, Entry } from "../../domain/entry";
import type { Plan, UnitProfile } from "../../domain/plan";
import { buildSubmission, sealSubmission, type Submission } from "../../domain/submission";
import { scoreReport, type ScoringScheme } from "../../domain/scoring";
import { catalogHashOf } from "./read-file";
import pkg from "../../../package.json";

export const GENERATOR = { name: "self-assess-cli", version: pkg.version };

/** The reporting period: the plan's own when it is for that year, else Decree 09/2019 (15/12 to 14/12). */
export function periodOf(plan: Plan, year: number): { year: number; from: string; to: string } {
  if (plan.period && plan.period.year === year) return plan.period;
  return { year, from: `${year - 1}-12-15`, to: `${year}-12-14` };
}

export async function sealFrom(
  plan: Plan,
  unit: UnitProfile,
  entries: readonly Entry[],
  assessments: readonly Assessment[],
  scheme: ScoringScheme | null,
  createdAt?: string,
): Promise<Submission> {
  const doc = buildSubmission({
    unit,
    period: periodOf(plan, unit.year),
    plan,
    catalogHash: await catalogHashOf(plan),
    entries,
    assessments,
    generator: GENERATOR,
    ...(createdAt ? { createdAt } : {}),
    ...(scheme ? { score: { schemeId: scheme.id, score: scoreReport(scheme, plan, assessments) } } : {}),
  });
  return sealSubmission(doc);
}
