// Scoring as data (DESIGN §3): each emulation cluster sets its own points and bands, so a scheme is a
// JSON file checked by this schema, and the code only applies it. No scheme here is an official rule.
import { z } from "zod";
import type { Assessment } from "./entry";
import { TextSchema, type Plan, type Text } from "./plan";

const Points = z.number().finite().min(0);

export const ScoringSchemeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: TextSchema,
    /** Who set the scheme and on what authority; the bundled example says it is only an example. */
    description: TextSchema,
    /** Points of an indicator not named below. */
    defaultPoints: Points,
    /** Points of every indicator of a field, by field id. */
    fieldPoints: z.record(z.string(), Points).optional(),
    /** Points of one indicator, by indicator id; wins over fieldPoints. */
    indicatorPoints: z.record(z.string(), Points).optional(),
    /**
     * Credit for a shortfall. linear: completion c earns points * (c - floor) / (1 - floor), clamped to
     * [0, 1] of the points, so c at or below the floor earns nothing. none: a shortfall earns nothing.
     */
    partialCredit: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("none") }).strict(),
      z.object({ kind: z.literal("linear"), floor: z.number().min(0).lt(1) }).strict(),
    ]),
    /**
     * How a "not applicable" answer scores (issue #12 item 3). earned (the default): an N/A leaves
     * the max only where the plan allows it for the unit type or the reviewer accepted it; any other
     * N/A counts as zero. explained: any N/A with an explanation leaves the max (the old rule).
     */
    notApplicable: z.enum(["earned", "explained"]).optional(),
    /**
     * How a not-due row scores (issue #12 item 1: short of a target due in a later year). excluded
     * (the default): it leaves the max, progress is not scored yet. partial: it earns partial credit
     * as a shortfall would.
     */
    notDue: z.enum(["excluded", "partial"]).optional(),
    /** Classification by percent of max points (0-100); the first band whose min is reached wins. */
    bands: z
      .array(z.object({ min: z.number().min(0).max(100), label: TextSchema }).strict())
      .min(1)
      .refine((b) => b.every((x, i) => i === 0 || b[i - 1]!.min > x.min), "bands go from highest min down")
      .refine((b) => b[b.length - 1]!.min === 0, "the last band has min 0, so every score has a band"),
  })
  .strict();
export type ScoringScheme = z.infer<typeof ScoringSchemeSchema>;

export interface FieldScore {
  field: string;
  points: number;
  maxPoints: number;
}

export interface Score {
  points: number;
  maxPoints: number;
  /** points / maxPoints * 100, or null when nothing counts (every indicator not applicable). */
  percent: number | null;
  band: { min: number; label: Text } | null;
  perField: FieldScore[];
}

function pointsOf(scheme: ScoringScheme, id: string, field: string): number {
  return scheme.indicatorPoints?.[id] ?? scheme.fieldPoints?.[field] ?? scheme.defaultPoints;
}

function credit(scheme: ScoringScheme, a: Assessment): number {
  if (a.status === "met" || a.status === "exceeded") return 1;
  const behind = a.status === "shortfall" || a.status === "not-due";
  if (!behind || scheme.partialCredit.kind === "none" || a.completion === null) return 0;
  const { floor } = scheme.partialCredit;
  const c = (a.completion - floor) / (1 - floor);
  return Number.isFinite(c) ? Math.min(1, Math.max(0, c)) : 0;
}

/** Codes of the issues that keep an N/A from leaving the max, per the scheme's notApplicable rule. */
const NOT_EARNED: Record<"earned" | "explained", readonly string[]> = {
  earned: ["explanation.required", "value.not-applicable-unaccepted"],
  explained: ["explanation.required"],
};

function notApplicableLeaves(scheme: ScoringScheme, a: Assessment): boolean {
  const blocking = NOT_EARNED[scheme.notApplicable ?? "earned"];
  return !a.issues.some((i) => blocking.includes(i.code));
}

/**
 * Scores a report. Met and exceeded earn full points; a shortfall earns partial credit; missing and
 * invalid earn nothing. A not-applicable row leaves the max (it is not the unit's to score) when the
 * scheme's notApplicable rule is met: by default, when the plan allows N/A for the unit type or the
 * reviewer accepted it, and it is explained; otherwise it counts as zero. The assessment must have
 * been given the unit type (assessReport) for the plan's rule to be known. A not-due row leaves the
 * max unless the scheme's notDue says "partial".
 * Assessments of indicators the plan does not know are ignored.
 */
export function scoreReport(scheme: ScoringScheme, plan: Plan, assessments: readonly Assessment[]): Score {
  const fieldOf = new Map(plan.indicators.map((i) => [i.id, i.field]));
  const perField = new Map(plan.fields.map((f) => [f.id, { field: f.id, points: 0, maxPoints: 0 }]));
  for (const a of assessments) {
    const field = fieldOf.get(a.indicatorId);
    const f = field === undefined ? undefined : perField.get(field);
    if (!f || field === undefined) continue;
    if (a.status === "not-applicable" && notApplicableLeaves(scheme, a)) continue;
    if (a.status === "not-due" && (scheme.notDue ?? "excluded") === "excluded") continue;
    const p = pointsOf(scheme, a.indicatorId, field);
    f.maxPoints += p;
    f.points += p * credit(scheme, a);
  }
  const fields = [...perField.values()];
  const points = fields.reduce((s, f) => s + f.points, 0);
  const maxPoints = fields.reduce((s, f) => s + f.maxPoints, 0);
  const percent = maxPoints === 0 ? null : (points / maxPoints) * 100;
  // Compare with a little slack so 80 points of 100 reach an 80 band despite binary fractions.
  const band = percent === null ? null : (scheme.bands.find((b) => percent + 1e-9 >= b.min) ?? null);
  return { points, maxPoints, percent, band, perField: fields };
}
