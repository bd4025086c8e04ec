// The counts a reviewer and the ministry look at first: per status, per field, errors and warnings.
import type { Assessment, Status } from "./entry";
import { STATUSES } from "./entry";
import type { Plan, Text } from "./plan";

/** Completion averages are capped so one 5000% row cannot hide a field's shortfalls. */
export const COMPLETION_DISPLAY_CAP = 2;

export interface FieldSummary {
  field: string;
  name: Text;
  /** Assessments in this field. */
  count: number;
  /** Met or exceeded. */
  met: number;
  /** Mean of completions (each capped at COMPLETION_DISPLAY_CAP) over rows that have one; null if none. */
  completionAverage: number | null;
}

export interface Summary {
  total: number;
  byStatus: Record<Status, number>;
  errorCount: number;
  warningCount: number;
  fields: FieldSummary[];
  /** complete: nothing blocks export (no error issue); incomplete otherwise. */
  overall: "complete" | "incomplete";
}

export function summarize(plan: Plan, assessments: readonly Assessment[]): Summary {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const fieldOf = new Map(plan.indicators.map((i) => [i.id, i.field]));
  const acc = new Map(plan.fields.map((f) => [f.id, { count: 0, met: 0, sum: 0, n: 0 }]));
  let errorCount = 0;
  let warningCount = 0;
  for (const a of assessments) {
    if (a.status in byStatus) byStatus[a.status] += 1;
    for (const i of a.issues) {
      if (i.severity === "error") errorCount += 1;
      else warningCount += 1;
    }
    const f = acc.get(fieldOf.get(a.indicatorId) ?? "");
    if (!f) continue;
    f.count += 1;
    if (a.status === "met" || a.status === "exceeded") f.met += 1;
    if (a.completion !== null && Number.isFinite(a.completion)) {
      f.sum += Math.min(a.completion, COMPLETION_DISPLAY_CAP);
      f.n += 1;
    }
  }
  const fields = plan.fields.map((fd) => {
    const f = acc.get(fd.id)!;
    return {
      field: fd.id,
      name: fd.name,
      count: f.count,
      met: f.met,
      completionAverage: f.n === 0 ? null : f.sum / f.n,
    };
  });
  return {
    total: assessments.length,
    byStatus,
    errorCount,
    warningCount,
    fields,
    overall: errorCount === 0 ? "complete" : "incomplete",
  };
}
