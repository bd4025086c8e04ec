// The plan model of DESIGN §3, as a zod schema so that a ministry's own plan file is checked the
// same way as the bundled ones. Every other room imports these types; change them with care.
import { z } from "zod";

export const UNIT_TYPES = [
  "ministry-agency",
  "provincial-department",
  "postal-enterprise",
  "telecom-enterprise",
  "digital-enterprise",
  "press-agency",
  "broadcaster",
  "publisher",
] as const;
export const UnitTypeSchema = z.enum(UNIT_TYPES);
export type UnitType = z.infer<typeof UnitTypeSchema>;

/** Every human-facing text is carried in both languages. */
export const TextSchema = z.object({ vi: z.string().min(1), en: z.string().min(1) }).strict();
export type Text = z.infer<typeof TextSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");

/**
 * What a value cell holds, and so how it is parsed, bounded and shown.
 * - percent: a share, stored as a fraction (0.8) and shown as 80%; hard bounds [0, 1].
 * - rate: a growth or change rate, a fraction that may be negative or above 1 (0.3 = 30%).
 * - number: any real quantity (revenue, traffic); hard bound min 0 unless the indicator says otherwise.
 * - integer: a count; hard bounds: whole and >= 0.
 * - rank: a position in a ranking, whole and >= 1; lower is better.
 * - date: the date a milestone was completed.
 * - done: a yes/no answer (done / not done) with an explanation.
 */
export const VALUE_TYPES = ["percent", "rate", "number", "integer", "rank", "date", "done"] as const;
export const ValueTypeSchema = z.enum(VALUE_TYPES);
export type ValueType = z.infer<typeof ValueTypeSchema>;

/**
 * Target kinds. The exact met/exceeded semantics live in src/domain/assess.ts and README; in short:
 * - atLeast v:       x < v shortfall; x = v met; x > v exceeded.
 * - moreThan v:      x <= v shortfall; x > v met (an open bound has nothing to exceed).
 * - atMost v:        lower is better: x > v shortfall; x = v met; x < v exceeded.
 * - range [lo, hi]:  higher is better: x < lo shortfall; lo <= x <= hi met; x > hi exceeded.
 * - rank [best, worst]: lower is better ("Top 50" = [1, 50], "nhóm 40–45" = [40, 45]):
 *                    x > worst shortfall; best <= x <= worst met; x < best exceeded.
 * - milestone by:    a completion date: x <= by met; x > by shortfall.
 * - done:            "done" met; "not done" shortfall (qualitative; explanation required).
 * Growth-rate targets are atLeast/range targets on an indicator whose valueType is "rate".
 */
export const TargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("atLeast"), value: z.number() }).strict(),
  z.object({ kind: z.literal("moreThan"), value: z.number() }).strict(),
  z.object({ kind: z.literal("atMost"), value: z.number() }).strict(),
  z.object({ kind: z.literal("range"), low: z.number(), high: z.number() }).strict(),
  z
    .object({ kind: z.literal("rank"), best: z.number().int().min(1), worst: z.number().int().min(1) })
    .strict(),
  z.object({ kind: z.literal("milestone"), by: isoDate }).strict(),
  z.object({ kind: z.literal("done") }).strict(),
]);
export type Target = z.infer<typeof TargetSchema>;
export type TargetKind = Target["kind"];

export const BoundsSchema = z
  .object({ min: z.number().optional(), max: z.number().optional() })
  .strict()
  .refine((b) => b.min === undefined || b.max === undefined || b.min <= b.max, "min must not exceed max");
export type Bounds = z.infer<typeof BoundsSchema>;

export const IndicatorSchema = z
  .object({
    /** Stable across plan versions; entries are matched by it. Lowercase, dots and dashes. */
    id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, "lowercase words joined by . or -"),
    field: z.string().min(1),
    text: TextSchema,
    /** Unit of measure as shown beside the value, e.g. { vi: "điểm", en: "points" }. */
    unit: TextSchema,
    valueType: ValueTypeSchema,
    target: TargetSchema,
    /** The year by which the target is due (2020, 2025, ...). */
    deadlineYear: z.number().int().min(2000).max(2100),
    appliesTo: z.array(UnitTypeSchema).min(1),
    /** The exact phrase of the source document the indicator comes from (checked by a test). */
    source: z.object({ phrase: z.string().min(3), section: z.string().optional() }).strict(),
    /** Hard bounds: a value outside them is invalid (error). Defaults come from valueType. */
    bounds: BoundsSchema.optional(),
    /** Soft bounds: a value outside them is implausible (warning), e.g. 8000% where 80% was meant. */
    plausible: BoundsSchema.optional(),
    /** A national index only the ministry can report (IDI, GCI, EGDI ranks...). */
    nationalIndex: z.boolean().optional(),
    /** Ambiguities of the source, recorded rather than decided silently. */
    notes: z.array(TextSchema).optional(),
    /** Whether an empty value is an error (default true). */
    required: z.boolean().optional(),
  })
  .strict();
export type Indicator = z.infer<typeof IndicatorSchema>;

export const FieldSchema = z.object({ id: z.string().min(1), name: TextSchema }).strict();
export type Field = z.infer<typeof FieldSchema>;

export const PlanSchema = z
  .object({
    /** e.g. "kh-1097-2023", "ct-67-2020". */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Bumped whenever indicators or targets change; templates record it. */
    version: z.string().regex(/^\d+\.\d+\.\d+$/, "a version as MAJOR.MINOR.PATCH"),
    title: TextSchema,
    documentNumber: z.string().min(1),
    date: isoDate,
    /** Issuing body: data, never hard-coded (the ministry was merged in 2025, Decree 55/2025/NĐ-CP). */
    issuer: TextSchema,
    /** Reporting period convention (Decree 09/2019/NĐ-CP: 15/12 of the previous year to 14/12). */
    period: z.object({ year: z.number().int(), from: isoDate, to: isoDate }).strict().optional(),
    /** The file name of the source text under src/catalog/sources/. */
    sourceFile: z.string().min(1),
    fields: z.array(FieldSchema).min(1),
    indicators: z.array(IndicatorSchema).min(1),
    notes: z.array(TextSchema).optional(),
  })
  .strict()
  .superRefine((plan, ctx) => {
    const fieldIds = new Set(plan.fields.map((f) => f.id));
    const seen = new Set<string>();
    plan.indicators.forEach((ind, i) => {
      if (seen.has(ind.id))
        ctx.addIssue({
          code: "custom",
          path: ["indicators", i, "id"],
          message: `duplicate indicator id ${ind.id}`,
        });
      seen.add(ind.id);
      if (!fieldIds.has(ind.field))
        ctx.addIssue({
          code: "custom",
          path: ["indicators", i, "field"],
          message: `unknown field ${ind.field}`,
        });
      const t = ind.target;
      if (t.kind === "range" && t.low > t.high)
        ctx.addIssue({
          code: "custom",
          path: ["indicators", i, "target"],
          message: "range low exceeds high",
        });
      if (t.kind === "rank" && t.best > t.worst)
        ctx.addIssue({
          code: "custom",
          path: ["indicators", i, "target"],
          message: "rank best exceeds worst",
        });
      if ((t.kind === "rank") !== (ind.valueType === "rank"))
        ctx.addIssue({
          code: "custom",
          path: ["indicators", i, "valueType"],
          message: "rank targets go with valueType rank",
        });
      if ((t.kind === "milestone") !== (ind.valueType === "date"))
        ctx.addIssue({
          code: "custom",
          path: ["indicators", i, "valueType"],
          message: "milestone targets go with valueType date",
        });
      if ((t.kind === "done") !== (ind.valueType === "done"))
        ctx.addIssue({
          code: "custom",
          path: ["indicators", i, "valueType"],
          message: "done targets go with valueType done",
        });
    });
  });
export type Plan = z.infer<typeof PlanSchema>;

/** Who is reporting. The code is an electronic identifier (QCVN 102:2016/BTTTT) or an enterprise code. */
export const UnitProfileSchema = z
  .object({
    name: z.string().trim().min(1),
    code: z.string().trim().min(1),
    unitType: UnitTypeSchema,
    year: z.number().int().min(2000).max(2100),
    preparer: z.string().optional(),
  })
  .strict();
export type UnitProfile = z.infer<typeof UnitProfileSchema>;
