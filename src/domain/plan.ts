// The plan model of DESIGN §3, as a zod schema so that a ministry's own plan file is checked the
// same way as the bundled ones. Every other room imports these types; change them with care.
//
// Schema version 2 (DECISIONS D19) makes the unit types, the issuer and the receiver data of the
// plan, and says per indicator whose figure it is (scope), who may answer "not applicable", what to
// tell the person typing, and which indicators are computed from a previous value. Version 1 files
// (no schemaVersion) are still read: PlanSchema migrates them on the way in (see migrateV1).
//
// Each schema is built the first time it checks something (z.lazy), not when this module loads:
// zod builds several hundred objects for these declarations, and most code that imports this module
// checks nothing at startup (the pane's first screen, DECISIONS D46). A lazy schema passes every
// value to the schema it builds, so what is accepted and every message are the same.
import { z } from "zod";
import { patternProblem } from "./safe-pattern";
import v1UnitTypes from "./plan-v1-unit-types.json";

export const PLAN_SCHEMA_VERSION = 2;

/** Every human-facing text is carried in both languages. */
export const TextSchema = z.lazy(() => z.object({ vi: z.string().min(1), en: z.string().min(1) }).strict());
export type Text = z.infer<typeof TextSchema>;

const isoDate = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");

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
export const ValueTypeSchema = z.lazy(() => z.enum(VALUE_TYPES));
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
export const TargetSchema = z.lazy(() =>
  z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("atLeast"), value: z.number() }).strict(),
    z.object({ kind: z.literal("moreThan"), value: z.number() }).strict(),
    z.object({ kind: z.literal("atMost"), value: z.number() }).strict(),
    z.object({ kind: z.literal("range"), low: z.number(), high: z.number() }).strict(),
    z
      .object({ kind: z.literal("rank"), best: z.number().int().min(1), worst: z.number().int().min(1) })
      .strict(),
    z.object({ kind: z.literal("milestone"), by: isoDate() }).strict(),
    z.object({ kind: z.literal("done") }).strict(),
  ]),
);
export type Target = z.infer<typeof TargetSchema>;
export type TargetKind = Target["kind"];

export const BoundsSchema = z.lazy(() =>
  z
    .object({ min: z.number().optional(), max: z.number().optional() })
    .strict()
    .refine((b) => b.min === undefined || b.max === undefined || b.min <= b.max, "min must not exceed max"),
);
export type Bounds = z.infer<typeof BoundsSchema>;

/** Ids of indicators, unit types, clusters: lowercase words joined by "." or "-". */
const slug = () => z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, "lowercase words joined by . or -");

/**
 * A unit type id as the plan declares it (for example "so-khcn"). Which ids exist is
 * the plan's business, never the code's: check an id against `plan.unitTypes`.
 */
export const UnitTypeIdSchema = z.lazy(() =>
  z
    .string()
    .max(40)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lowercase words joined by -"),
);
export type UnitType = string;

/**
 * How a unit of this type is identified; a code is valid when it fits any of the type's rules.
 * - electronic-id: the electronic identifier code of QCVN 102:2016/BTTTT (000.00.00.H26).
 * - enterprise-code: the enterprise (tax) code, 10 digits, or 13 for a branch (0100109106-001).
 * - pattern: any other identifier, as an anchored regular expression that is checked for safety
 *   (src/domain/safe-pattern.ts), with an example that fits it and a name to show.
 */
export const CodeRuleSchema = z.lazy(() =>
  z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("electronic-id") }).strict(),
    z.object({ kind: z.literal("enterprise-code") }).strict(),
    z
      .object({
        kind: z.literal("pattern"),
        regex: z.string().min(3),
        example: z.string().min(1).max(64),
        name: TextSchema,
      })
      .strict(),
  ]),
);
export type CodeRule = z.infer<typeof CodeRuleSchema>;

/** An emulation cluster or bloc (cụm, khối thi đua) within which units of a type are ranked. */
export const ClusterSchema = z.lazy(() => z.object({ id: slug(), name: TextSchema }).strict());
export type Cluster = z.infer<typeof ClusterSchema>;

export const UnitTypeDefSchema = z.lazy(() =>
  z
    .object({
      id: UnitTypeIdSchema,
      name: TextSchema,
      codes: z.array(CodeRuleSchema).min(1),
      clusters: z.array(ClusterSchema).optional(),
      /**
       * Units of this type report the sector's own figures (issue #11: in the bundled plans, the
       * ministry's agencies): their entry on a national indicator is judged against the plan's
       * national target. Any other unit's entry there is a contribution, `reported` unless the unit
       * has a target of its own (src/domain/whose-target.ts).
       */
      sectorFigures: z.boolean().optional(),
    })
    .strict(),
);
export type UnitTypeDef = z.infer<typeof UnitTypeDefSchema>;

/**
 * Whose figure an indicator is (issue #11):
 * - unit: the unit's own figure is judged against a target that makes sense for one unit (a share,
 *   a rate, a yes/no task, a milestone);
 * - national: a total or index of the whole sector (counts, money, subscribers, international ranks,
 *   shares of GDP, per-capita figures of the country). A unit's entry is its contribution.
 */
export const SCOPES = ["unit", "national"] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * How the ministry builds a national total from contributions: the sum of the entries of these
 * unit types. One partition only, so that nothing is counted twice (a province's service points are
 * also some enterprise's). Absent: the national figure is not a sum (an index, a rank, a ratio).
 */
export const AggregateSchema = z.lazy(() =>
  z.object({ kind: z.literal("sum"), unitTypes: z.array(UnitTypeIdSchema).min(1) }).strict(),
);

/** Unit types that may legitimately answer "not applicable", and why (issue #12 item 3). */
export const NaAllowedSchema = z.lazy(() =>
  z.object({ unitTypes: z.array(UnitTypeIdSchema).min(1), reason: TextSchema }).strict(),
);
export type NaAllowed = z.infer<typeof NaAllowedSchema>;

/**
 * A growth or increase that is computed from two levels rather than typed (issue #12 item 4). The
 * indicator's value and target stay the rate; the unit types the level of this period and of the
 * base, and the rate is computed:
 * - relative: (current − base) / base, e.g. news items 1,000 → 1,200 is 20%;
 * - points: current − base, for a share, e.g. 10% → 17% is 7 percentage points.
 * The base is the previous reporting period, or a named year ("so với năm 2020").
 */
export const GrowthSchema = z.lazy(() =>
  z
    .object({
      change: z.enum(["relative", "points"]),
      base: z.discriminatedUnion("kind", [
        z.object({ kind: z.literal("previous-period") }).strict(),
        z.object({ kind: z.literal("year"), year: z.number().int().min(2000).max(2100) }).strict(),
      ]),
      /** What the two level cells hold: what is counted and in which unit. */
      level: z
        .object({ valueType: z.enum(["percent", "number", "integer"]), text: TextSchema, unit: TextSchema })
        .strict(),
    })
    .strict(),
);
export type Growth = z.infer<typeof GrowthSchema>;

/** A cell's input message holds at most 255 characters (Excel); an entry note must fit in one. */
export const ENTRY_NOTE_MAX = 255;
const EntryNoteSchema = z.lazy(() =>
  z
    .object({
      vi: z
        .string()
        .min(1)
        .max(ENTRY_NOTE_MAX, `at most ${ENTRY_NOTE_MAX} characters (a cell input message)`),
      en: z
        .string()
        .min(1)
        .max(ENTRY_NOTE_MAX, `at most ${ENTRY_NOTE_MAX} characters (a cell input message)`),
    })
    .strict(),
);

export const IndicatorSchema = z.lazy(() =>
  z
    .object({
      /** Stable across plan versions; entries are matched by it. Lowercase, dots and dashes. */
      id: slug(),
      field: z.string().min(1),
      text: TextSchema,
      /** Unit of measure as shown beside the value, e.g. { vi: "điểm", en: "points" }. */
      unit: TextSchema,
      valueType: ValueTypeSchema,
      target: TargetSchema,
      /** The year by which the target is due (2020, 2025, ...). */
      deadlineYear: z.number().int().min(2000).max(2100),
      /** The unit types that report it: ids of `plan.unitTypes`. */
      appliesTo: z.array(UnitTypeIdSchema).min(1),
      scope: z.enum(SCOPES),
      aggregate: AggregateSchema.optional(),
      naAllowed: z.array(NaAllowedSchema).optional(),
      growth: GrowthSchema.optional(),
      /** What the person typing must know, short enough for a cell's input message. */
      entryNote: EntryNoteSchema.optional(),
      /** Ids of an earlier plan version's indicators that this one replaces (a split, a merge). */
      replaces: z.array(slug()).optional(),
      /** The exact phrase of the source document the indicator comes from (checked by a test). */
      source: z.object({ phrase: z.string().min(3), section: z.string().optional() }).strict(),
      /** Hard bounds: a value outside them is invalid (error). Defaults come from valueType. */
      bounds: BoundsSchema.optional(),
      /** Soft bounds: a value outside them is implausible (warning), e.g. 8000% where 80% was meant. */
      plausible: BoundsSchema.optional(),
      /** Ambiguities of the source, recorded rather than decided silently (longer than entry notes). */
      notes: z.array(TextSchema).optional(),
      /** Whether an empty value is an error (default true). */
      required: z.boolean().optional(),
    })
    .strict(),
);
export type Indicator = z.infer<typeof IndicatorSchema>;

export const FieldSchema = z.lazy(() => z.object({ id: z.string().min(1), name: TextSchema }).strict());
export type Field = z.infer<typeof FieldSchema>;

/** A problem the plan's own consistency check finds, in both languages (zod carries vi in params). */
function problem(ctx: z.RefinementCtx, path: PropertyKey[], en: string, vi: string): void {
  ctx.addIssue({ code: "custom", path, message: en, params: { vi } });
}

export const PlanV2Schema = z.lazy(() =>
  z
    .object({
      schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
      /** e.g. "kh-1097-2023", "ct-67-2020". */
      id: z.string().regex(/^[a-z0-9-]+$/),
      /** Bumped whenever indicators or targets change; templates record it. */
      version: z.string().regex(/^\d+\.\d+\.\d+$/, "a version as MAJOR.MINOR.PATCH"),
      title: TextSchema,
      documentNumber: z.string().min(1),
      date: isoDate(),
      /** Issuing body: data, never hard-coded (the ministry was merged in 2025, Decree 55/2025/NĐ-CP). */
      issuer: TextSchema,
      /** The body the units' reports go to ("Kính gửi" of the report). */
      receiver: TextSchema,
      /** Reporting period convention (Decree 09/2019/NĐ-CP: 15/12 of the previous year to 14/12). */
      period: z.object({ year: z.number().int(), from: isoDate(), to: isoDate() }).strict().optional(),
      /** The file name of the source text under src/catalog/sources/. */
      sourceFile: z.string().min(1),
      /** The unit types this plan addresses, in the order a picker lists them. */
      unitTypes: z.array(UnitTypeDefSchema).min(1),
      fields: z.array(FieldSchema).min(1),
      indicators: z.array(IndicatorSchema).min(1),
      notes: z.array(TextSchema).optional(),
    })
    .strict()
    .superRefine((plan, ctx) => {
      const typeIds = new Set<string>();
      plan.unitTypes.forEach((u, i) => {
        if (typeIds.has(u.id))
          problem(
            ctx,
            ["unitTypes", i, "id"],
            `duplicate unit type id ${u.id}`,
            `trùng mã loại đơn vị ${u.id}`,
          );
        typeIds.add(u.id);
        const clusterIds = new Set<string>();
        (u.clusters ?? []).forEach((c, j) => {
          if (clusterIds.has(c.id))
            problem(
              ctx,
              ["unitTypes", i, "clusters", j, "id"],
              `duplicate cluster id ${c.id}`,
              `trùng mã cụm thi đua ${c.id}`,
            );
          clusterIds.add(c.id);
        });
        u.codes.forEach((rule, j) => {
          if (rule.kind !== "pattern") return;
          const bad = patternProblem(rule.regex);
          if (bad) {
            problem(ctx, ["unitTypes", i, "codes", j, "regex"], bad.en, bad.vi);
            return;
          }
          if (!new RegExp(rule.regex, "u").test(rule.example))
            problem(
              ctx,
              ["unitTypes", i, "codes", j, "example"],
              `the example ${JSON.stringify(rule.example)} does not fit the pattern ${rule.regex}`,
              `ví dụ ${JSON.stringify(rule.example)} không khớp mẫu ${rule.regex}`,
            );
        });
      });
      const declared = [...typeIds].join(", ");
      const unknownType = (path: PropertyKey[], id: string) =>
        problem(
          ctx,
          path,
          `unknown unit type "${id}"; the plan declares: ${declared}`,
          `loại đơn vị "${id}" không được khai báo trong kế hoạch; các loại đã khai báo: ${declared}`,
        );
      const fieldIds = new Set(plan.fields.map((f) => f.id));
      const seen = new Set<string>();
      plan.indicators.forEach((ind, i) => {
        const at = (...rest: PropertyKey[]) => ["indicators", i, ...rest];
        if (seen.has(ind.id))
          problem(ctx, at("id"), `duplicate indicator id ${ind.id}`, `trùng mã chỉ tiêu ${ind.id}`);
        seen.add(ind.id);
        if (!fieldIds.has(ind.field))
          problem(
            ctx,
            at("field"),
            `unknown field ${ind.field}`,
            `lĩnh vực ${ind.field} không có trong kế hoạch`,
          );
        const applies = new Set<string>();
        ind.appliesTo.forEach((id, j) => {
          if (!typeIds.has(id)) unknownType(at("appliesTo", j), id);
          else if (applies.has(id))
            problem(ctx, at("appliesTo", j), `unit type ${id} listed twice`, `loại đơn vị ${id} ghi hai lần`);
          applies.add(id);
        });
        (ind.naAllowed ?? []).forEach((na, j) =>
          na.unitTypes.forEach((id, k) => {
            if (!typeIds.has(id)) unknownType(at("naAllowed", j, "unitTypes", k), id);
            else if (!applies.has(id))
              problem(
                ctx,
                at("naAllowed", j, "unitTypes", k),
                `unit type ${id} may answer "not applicable" but the indicator does not apply to it`,
                `loại đơn vị ${id} được ghi "không áp dụng" nhưng chỉ tiêu không áp dụng cho loại này`,
              );
          }),
        );
        if (ind.aggregate) {
          if (ind.scope !== "national")
            problem(
              ctx,
              at("aggregate"),
              "only a national indicator is summed from contributions",
              "chỉ chỉ tiêu toàn ngành (national) mới được cộng từ số liệu đóng góp",
            );
          if (ind.valueType !== "integer" && ind.valueType !== "number")
            problem(
              ctx,
              at("aggregate"),
              `a ${ind.valueType} cannot be summed; only counts and amounts (integer, number) can`,
              `giá trị kiểu ${ind.valueType} không cộng được; chỉ số đếm và số lượng (integer, number) cộng được`,
            );
          ind.aggregate.unitTypes.forEach((id, k) => {
            if (!applies.has(id))
              problem(
                ctx,
                at("aggregate", "unitTypes", k),
                `unit type ${id} is summed but the indicator does not apply to it`,
                `loại đơn vị ${id} được cộng nhưng chỉ tiêu không áp dụng cho loại này`,
              );
          });
        }
        if (ind.growth) {
          if (ind.valueType !== "rate")
            problem(
              ctx,
              at("growth"),
              "a growth computed from two levels goes with valueType rate",
              "tăng trưởng tính từ hai mức đi với kiểu giá trị rate",
            );
          if (ind.growth.change === "points" && ind.growth.level.valueType !== "percent")
            problem(
              ctx,
              at("growth", "level", "valueType"),
              "an increase in percentage points is between two shares (level valueType percent)",
              "mức tăng theo điểm phần trăm là giữa hai tỷ lệ (level valueType percent)",
            );
        }
        (ind.replaces ?? []).forEach((old, j) => {
          if (plan.indicators.some((x) => x.id === old))
            problem(
              ctx,
              at("replaces", j),
              `replaces ${old}, which is still an indicator of this plan`,
              `thay cho ${old}, nhưng ${old} vẫn là chỉ tiêu của kế hoạch này`,
            );
        });
        const t = ind.target;
        if (t.kind === "range" && t.low > t.high)
          problem(ctx, at("target"), "range low exceeds high", "cận dưới của khoảng lớn hơn cận trên");
        if (t.kind === "rank" && t.best > t.worst)
          problem(
            ctx,
            at("target"),
            "rank best exceeds worst",
            "thứ hạng tốt nhất lớn hơn thứ hạng kém nhất",
          );
        if ((t.kind === "rank") !== (ind.valueType === "rank"))
          problem(
            ctx,
            at("valueType"),
            "rank targets go with valueType rank",
            "mục tiêu thứ hạng đi với kiểu giá trị rank",
          );
        if ((t.kind === "milestone") !== (ind.valueType === "date"))
          problem(
            ctx,
            at("valueType"),
            "milestone targets go with valueType date",
            "mục tiêu mốc thời gian đi với kiểu giá trị date",
          );
        if ((t.kind === "done") !== (ind.valueType === "done"))
          problem(
            ctx,
            at("valueType"),
            "done targets go with valueType done",
            "mục tiêu hoàn thành/chưa hoàn thành đi với kiểu giá trị done",
          );
      });
    }),
);
export type Plan = z.infer<typeof PlanV2Schema>;

/**
 * A version 1 plan (2019–2024 files: no schemaVersion) as version 2: the eight unit types of the
 * Ministry of Information and Communications, which v1 fixed in code, become the plan's own (their
 * definitions are data, src/domain/plan-v1-unit-types.json); the receiver is the issuer;
 * `nationalIndex: true` becomes scope national, anything else scope unit. Anything that is not a
 * v1 object is passed on untouched, for the v2 schema to judge.
 */
export function migrateV1(input: unknown): unknown {
  if (input === null || typeof input !== "object" || Array.isArray(input)) return input;
  const o = input as Record<string, unknown>;
  if (o.schemaVersion !== undefined && o.schemaVersion !== 1) return input;
  const { schemaVersion: _v, ...rest } = o;
  const indicators = Array.isArray(o.indicators)
    ? o.indicators.map((raw: unknown) => {
        if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return raw;
        const { nationalIndex, ...ind } = raw as Record<string, unknown>;
        return { scope: nationalIndex === true ? "national" : "unit", ...ind };
      })
    : o.indicators;
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    ...rest,
    ...(o.receiver === undefined && o.issuer !== undefined ? { receiver: o.issuer } : {}),
    ...(o.unitTypes === undefined ? { unitTypes: v1UnitTypes } : {}),
    indicators,
  };
}

/**
 * The plan as any room reads it: a version 2 object, or a version 1 object migrated on the way in.
 * A schemaVersion this program does not know (3, "2") is refused by the version 2 schema.
 */
export const PlanSchema = z.lazy(() => z.preprocess(migrateV1, PlanV2Schema));

/** Who is reporting. The code is an electronic identifier (QCVN 102:2016/BTTTT) or an enterprise code. */
export const UnitProfileSchema = z.lazy(() =>
  z
    .object({
      name: z.string().trim().min(1),
      code: z.string().trim().min(1),
      /** An id of the plan's unit types (checked against the plan where the plan is known). */
      unitType: UnitTypeIdSchema,
      year: z.number().int().min(2000).max(2100),
      preparer: z.string().optional(),
    })
    .strict(),
);
export type UnitProfile = z.infer<typeof UnitProfileSchema>;
