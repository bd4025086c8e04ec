// From a read report to a sealed submission: the export the pane does, for units that fill the
// template without the add-in. Statuses come from the assessment, never from the sheet.
import type { Assessment, Entry } from "../../domain/entry";
import type { Plan, UnitProfile } from "../../domain/plan";
import type { Prefilled, Submission, UnitTargets } from "../../domain/submission";
import type { ScoringScheme } from "../../domain/scoring";
import type { ReportPrint } from "../../domain/report-print";
import { sealReport } from "../../domain/seal-report";
import { GENERATORS } from "../../domain/version";

export { periodOf } from "../../domain/period";

export const GENERATOR = GENERATORS.cli;

export async function sealFrom(
  plan: Plan,
  unit: UnitProfile,
  entries: readonly Entry[],
  assessments: readonly Assessment[],
  scheme: ScoringScheme | null,
  createdAt?: string,
  print?: ReportPrint,
  fields?: readonly string[],
  prefilled?: Prefilled,
  unitTargets?: UnitTargets,
  kind?: "registration",
): Promise<Submission> {
  return sealReport({
    plan,
    unit,
    entries,
    assessments,
    scheme,
    generator: GENERATOR,
    ...(createdAt ? { createdAt } : {}),
    ...(print ? { print } : {}),
    ...(fields ? { fields } : {}),
    ...(prefilled ? { prefilled } : {}),
    ...(unitTargets ? { unitTargets } : {}),
    ...(kind ? { kind } : {}),
  });
}
