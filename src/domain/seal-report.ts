// From an assessed report to the sealed submission: the one path the pane's export and the CLI's
// `export` share, so both send the ministry the same document for the same entries.
import type { Assessment, Entry } from "./entry";
import type { Plan, UnitProfile } from "./plan";
import { planHash } from "./hash";
import {
  buildSubmission,
  sealSubmission,
  type Prefilled,
  type Submission,
  type UnitTargets,
} from "./submission";
import { scoreReport, type ScoringScheme } from "./scoring";
import type { ReportPrint } from "./report-print";
import { periodOf } from "./period";

export interface SealReportInput {
  plan: Plan;
  unit: UnitProfile;
  entries: readonly Entry[];
  /** The assessment of these entries, in the order the submission lists them. */
  assessments: readonly Assessment[];
  /** The scheme whose score goes in the summary; none when null. */
  scheme: ScoringScheme | null;
  generator: { name: string; version: string };
  /** ISO timestamp; defaults to now. */
  createdAt?: string;
  /** How the report prints; sealed with the data (DECISIONS D17). */
  print?: ReportPrint;
  /** The fields the report covers when the unit chose only some (the template's metadata). */
  fields?: readonly string[];
  /** What the template prefilled from last year's submission (its metadata; D29). */
  prefilled?: Prefilled;
  /** The unit's own targets (its metadata; D33). */
  unitTargets?: UnitTargets;
  /** "registration" for the unit's registration (its metadata; D37). */
  kind?: "registration";
}

export async function sealReport(input: SealReportInput): Promise<Submission> {
  const { plan, unit, assessments, scheme } = input;
  const doc = buildSubmission({
    unit,
    period: periodOf(plan, unit.year),
    plan,
    catalogHash: await planHash(plan),
    entries: input.entries,
    assessments,
    generator: input.generator,
    ...(input.createdAt ? { createdAt: input.createdAt } : {}),
    ...(input.print ? { print: input.print } : {}),
    ...(input.fields ? { fields: input.fields } : {}),
    ...(input.prefilled ? { prefilled: input.prefilled } : {}),
    ...(input.unitTargets ? { unitTargets: input.unitTargets } : {}),
    ...(input.kind ? { kind: input.kind } : {}),
    ...(scheme ? { score: { schemeId: scheme.id, score: scoreReport(scheme, plan, assessments) } } : {}),
  });
  return sealSubmission(doc);
}
