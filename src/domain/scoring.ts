// Scoring as data (DESIGN §3): each emulation cluster sets its own points and bands, so a scheme is a
// JSON file checked by this schema, and the code only applies it. No scheme here is an official rule.
import { z } from "zod";
import type { Assessment } from "./entry";
import { TextSchema, type Plan, type Text } from "./plan";

// Built the first time it checks something (z.lazy), as in ./plan.ts (DECISIONS D46).
const Points = z.lazy(() => z.number().finite().min(0));

export const ScoringSchemeSchema = z.lazy(() =>
  z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      name: TextSchema,
      /** Who set the scheme and on what authority; the bundled example says it is only an example. */
      description: TextSchema,
      /**
       * Whether the scheme is an example or was issued by a named body (a cluster's or a ministry's
       * decision). An example's classification is shown as an example and never sealed as one.
       */
      issuer: z.discriminatedUnion("kind", [
        z.object({ kind: z.literal("example") }).strict(),
        z
          .object({
            kind: z.literal("issued"),
            body: TextSchema,
            /** The document that set it, e.g. "Quyết định số 12/QĐ-CTĐ". */
            document: z.string().trim().min(1).optional(),
          })
          .strict(),
      ]),
      /** Points of an indicator not named below. */
      defaultPoints: Points,
      /** Points of every indicator of a field, by field id. */
      fieldPoints: z.record(z.string(), Points).optional(),
      /**
       * The weight of a whole field (section), by field id: its points are shared equally among the
       * field's scored rows, so a section written as four bullets weighs what the scheme says, not
       * four times an indicator. Wins over fieldPoints.
       */
      fieldTotals: z.record(z.string(), Points).optional(),
      /** Points of one indicator, by indicator id; wins over fieldTotals and fieldPoints. */
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
    .strict(),
);
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
  /** The scheme is an example: its band is shown as an example's and never sealed (issuer). */
  example: boolean;
  perField: FieldScore[];
}

function pointsOf(scheme: ScoringScheme, id: string, field: string, rowsInField: number): number {
  const own = scheme.indicatorPoints?.[id];
  if (own !== undefined) return own;
  const total = scheme.fieldTotals?.[field];
  if (total !== undefined) return rowsInField > 0 ? total / rowsInField : 0;
  return scheme.fieldPoints?.[field] ?? scheme.defaultPoints;
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
 * max unless the scheme's notDue says "partial". A reported row (a contribution with no target of
 * the unit's own) always leaves it: it scores nothing either way.
 * Assessments of indicators the plan does not know are ignored.
 */
export function scoreReport(scheme: ScoringScheme, plan: Plan, assessments: readonly Assessment[]): Score {
  const fieldOf = new Map(plan.indicators.map((i) => [i.id, i.field]));
  const perField = new Map(plan.fields.map((f) => [f.id, { field: f.id, points: 0, maxPoints: 0 }]));
  // A reported contribution is judged by no target (issue #11): neither points nor max, always.
  const leaves = (a: Assessment) =>
    a.status === "reported" ||
    (a.status === "not-applicable" && notApplicableLeaves(scheme, a)) ||
    (a.status === "not-due" && (scheme.notDue ?? "excluded") === "excluded");
  const scored = assessments.filter((a) => {
    const field = fieldOf.get(a.indicatorId);
    return field !== undefined && perField.has(field) && !leaves(a);
  });
  // A field's total is shared among its rows the scheme does not price one by one.
  const shared = new Map<string, number>();
  for (const a of scored)
    if (scheme.indicatorPoints?.[a.indicatorId] === undefined) {
      const field = fieldOf.get(a.indicatorId)!;
      shared.set(field, (shared.get(field) ?? 0) + 1);
    }
  for (const a of scored) {
    const field = fieldOf.get(a.indicatorId)!;
    const f = perField.get(field)!;
    const p = pointsOf(scheme, a.indicatorId, field, shared.get(field) ?? 0);
    f.maxPoints += p;
    f.points += p * credit(scheme, a);
  }
  const fields = [...perField.values()];
  const points = fields.reduce((s, f) => s + f.points, 0);
  const maxPoints = fields.reduce((s, f) => s + f.maxPoints, 0);
  const percent = maxPoints === 0 ? null : (points / maxPoints) * 100;
  // Compare with a little slack so 80 points of 100 reach an 80 band despite binary fractions.
  const band = percent === null ? null : (scheme.bands.find((b) => percent + 1e-9 >= b.min) ?? null);
  return { points, maxPoints, percent, band, example: scheme.issuer.kind === "example", perField: fields };
}
