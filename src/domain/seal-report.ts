// From an assessed report to the sealed submission: the one path the pane's export and the CLI's
// `export` share, so both send the ministry the same document for the same entries.
import type { Assessment, Entry } from "./entry";
import type { Plan, UnitProfile } from "./plan";
import { canonicalJson, sha256Hex } from "./hash";
import { buildSubmission, sealSubmission, type Submission } from "./submission";
import { scoreReport, type ScoringScheme } from "./scoring";
import type { ReportPrint } from "./report-print";

/** The reporting period: the plan's own when it is for that year, else Decree 09/2019 (15/12 to 14/12). */
export function periodOf(plan: Plan, year: number): { year: number; from: string; to: string } {
  if (plan.period && plan.period.year === year) return plan.period;
  return { year, from: `${year - 1}-12-15`, to: `${year}-12-14` };
}

export interface SealReportInput {
  plan: Plan;
  unit: UnitProfile;
  entries: readonly Entry[];
  /** The assessment of these entries, in the order the submission lists them. */
  assessments: readonly Assessment[];
  /** The scheme whose score goes in the summary; none when null. */
  scheme: ScoringScheme | null;
  generator: { name: string; version: string };
  /** SHA-256 of the canonical plan; computed when absent (callers that seal many reports cache it). */
  catalogHash?: string;
  /** ISO timestamp; defaults to now. */
  createdAt?: string;
  /** How the report prints; sealed with the data (DECISIONS D10). */
  print?: ReportPrint;
}

export async function sealReport(input: SealReportInput): Promise<Submission> {
  const { plan, unit, assessments, scheme } = input;
  const doc = buildSubmission({
    unit,
    period: periodOf(plan, unit.year),
    plan,
    catalogHash: input.catalogHash ?? (await sha256Hex(canonicalJson(plan))),
    entries: input.entries,
    assessments,
    generator: input.generator,
    ...(input.createdAt ? { createdAt: input.createdAt } : {}),
    ...(input.print ? { print: input.print } : {}),
    ...(scheme ? { score: { schemeId: scheme.id, score: scoreReport(scheme, plan, assessments) } } : {}),
  });
  return sealSubmission(doc);
}
