// The submission (DESIGN §3): the versioned JSON a unit sends and the ministry reads. Its hash is a
// SHA-256 over the canonical JSON of the document without the hash; the ministry still recomputes
// every status from the values with its own copy of the plan, and never trusts the submitted ones.
import { z } from "zod";
import type { Assessment, CellErrorCode, CellValue, Entry, Review } from "./entry";
import { CELL_ERROR_CODES, REVIEW_DECISIONS, STATUSES, isCellError } from "./entry";
import type { Plan, UnitProfile } from "./plan";
import { TargetSchema, UnitProfileSchema } from "./plan";
import { canonicalJson, sha256Hex } from "./hash";
import { summarize } from "./summary";
import type { Score } from "./scoring";
import { ReportPrintSchema, type ReportPrint } from "./report-print";

export const SUBMISSION_SCHEMA_VERSION = 1;

// Each schema is built the first time it checks something (z.lazy), as in ./plan.ts (DECISIONS D46).
const isoDate = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");
const hex64 = () => z.string().regex(/^[0-9a-f]{64}$/, "64 lowercase hex digits (SHA-256)");
const count = () => z.number().int().min(0);
const storedCell = () => z.union([z.number(), z.string(), z.boolean(), z.null()]);

/**
 * A decision as sealed. Reviewer, time, reply and basis came with the review trail (DECISIONS, "The
 * review trail"): optional, so submissions sealed before it still read and hash as they were.
 */
export const SubmissionReviewSchema = z.lazy(() =>
  z
    .object({
      decision: z.enum(REVIEW_DECISIONS).nullable(),
      comment: z.string(),
      reviewer: z.string().min(1).optional(),
      reviewedAt: z.iso.datetime({ offset: true }).optional(),
      reply: z.string().optional(),
      /** The value (stored as `value` is) and the reply when the decision was recorded. */
      basis: z.object({ value: storedCell(), reply: z.string() }).strict().optional(),
    })
    .strict(),
);
export type SubmissionReview = z.infer<typeof SubmissionReviewSchema>;

/** The base levels prefilled from last year's submission (src/domain/prefill.ts). */
export const PrefilledSchema = z.lazy(() =>
  z
    .object({
      source: hex64(),
      previous: z.array(z.object({ indicatorId: z.string().min(1), value: z.number() }).strict()),
    })
    .strict(),
);
export type Prefilled = z.infer<typeof PrefilledSchema>;

/**
 * The unit's own targets (issue #11, DECISIONS D33): from the ministry's targets file (its SHA-256,
 * `source`), one per indicator, each of the plan target's kind (D31). Recorded in the template and
 * sealed with the submission, so the ministry recomputes with them and can compare them with its
 * own file.
 */
export const UnitTargetsSchema = z.lazy(() =>
  z
    .object({
      source: hex64(),
      targets: z.array(z.object({ indicatorId: z.string().min(1), target: TargetSchema }).strict()),
    })
    .strict(),
);
export type UnitTargets = z.infer<typeof UnitTargetsSchema>;

export const SubmissionEntrySchema = z.lazy(() =>
  z
    .object({
      indicatorId: z.string().min(1),
      /** The cell as typed; an Excel error value is kept as its text, e.g. "#N/A". */
      value: storedCell(),
      status: z.enum(STATUSES),
      completion: z.number().nullable(),
      explanation: z.string(),
      evidence: z.string(),
      review: SubmissionReviewSchema,
      /**
       * The "Năm trước" cell of a growth indicator (issue #12 item 4, DECISIONS D29), stored as `value`
       * is; absent on other rows and in submissions sealed before it, which still verify.
       */
      previous: storedCell().optional(),
    })
    .strict(),
);
export type SubmissionEntry = z.infer<typeof SubmissionEntrySchema>;

// "not-due" came with issue #12 item 1 and "reported" with issue #11: a submission sealed before
// them has no such count.
const ByStatusSchema = z.lazy(() =>
  z
    .object({
      ...(Object.fromEntries(STATUSES.map((s) => [s, count()])) as Record<
        Exclude<(typeof STATUSES)[number], "not-due" | "reported">,
        ReturnType<typeof count>
      >),
      "not-due": count().optional(),
      reported: count().optional(),
    })
    .strict(),
);

export const SubmissionSummarySchema = z.lazy(() =>
  z
    .object({
      byStatus: ByStatusSchema,
      errorCount: count(),
      warningCount: count(),
      overall: z.enum(["complete", "incomplete"]),
      score: z
        .object({
          schemeId: z.string().min(1),
          points: z.number().min(0),
          maxPoints: z.number().min(0),
          percent: z.number().nullable(),
          band: z.object({ vi: z.string(), en: z.string() }).strict().nullable(),
          /**
           * Scored under an example scheme (not issued by any body): the points are a guide, and no
           * classification is sealed (band is null). Absent under an issued scheme and in older files.
           */
          example: z.literal(true).optional(),
        })
        .strict()
        .optional(),
    })
    .strict(),
);

const unsealedSubmission = () =>
  z
    .object({
      schemaVersion: z.literal(SUBMISSION_SCHEMA_VERSION),
      unit: UnitProfileSchema,
      period: z.object({ year: z.number().int(), from: isoDate(), to: isoDate() }).strict(),
      plan: z.object({ id: z.string().min(1), version: z.string().min(1), catalogHash: hex64() }).strict(),
      entries: z.array(SubmissionEntrySchema),
      summary: SubmissionSummarySchema,
      generator: z.object({ name: z.string().min(1), version: z.string().min(1) }).strict(),
      createdAt: z.iso.datetime({ offset: true }),
      /** How the report sheet prints (language, document number, addressee, signer...): DECISIONS D17. */
      print: ReportPrintSchema.optional(),
      /**
       * The fields the report covers, in plan order, when the unit chose only some of its type's
       * fields (domain/coverage.ts); absent for a full report, and in submissions made before it.
       */
      fields: z.array(z.string().min(1)).min(1).optional(),
      /**
       * What `template --previous` prefilled in the "Năm trước" cells from last year's sealed
       * submission (its hash), so the ministry can say when a prefilled figure was edited (D29).
       */
      prefilled: PrefilledSchema.optional(),
      /** The unit's own targets the template recorded (D33); absent in submissions made before. */
      unitTargets: UnitTargetsSchema.optional(),
      /**
       * "registration" for the unit's sealed registration (đăng ký thi đua: its commitments in
       * `value`; domain/registration.ts, D37); absent on a year-end submission, so those sealed before
       * it hash as they did.
       */
      kind: z.literal("registration").optional(),
    })
    .strict();
export const UnsealedSubmissionSchema = z.lazy(unsealedSubmission);
export type UnsealedSubmission = z.infer<typeof UnsealedSubmissionSchema>;

/** The unit's optional signature (src/domain/signature.ts); like the hash, outside what is hashed. */
export const SubmissionSignatureSchema = z.lazy(() =>
  z
    .object({ algorithm: z.literal("ECDSA-P256-SHA256"), value: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/) })
    .strict(),
);

export const SubmissionSchema = z.lazy(() =>
  unsealedSubmission().extend({ hash: hex64(), signature: SubmissionSignatureSchema.optional() }).strict(),
);
export type Submission = z.infer<typeof SubmissionSchema>;

export interface SubmissionInput {
  unit: UnitProfile;
  period: { year: number; from: string; to: string };
  plan: Plan;
  catalogHash: string;
  entries: readonly Entry[];
  /** The assessment of these entries (assessReport), in the order the submission lists them. */
  assessments: readonly Assessment[];
  generator: { name: string; version: string };
  /** ISO timestamp; defaults to now. */
  createdAt?: string;
  score?: { schemeId: string; score: Score };
  /** The print choices, sealed with the data so the report can be rebuilt from the document alone. */
  print?: ReportPrint;
  /** The fields the report covers when the unit chose only some (coverage.ts recordedFields). */
  fields?: readonly string[];
  /** What the template prefilled from last year's submission (template --previous). */
  prefilled?: Prefilled;
  /** The unit's own targets the template recorded (template --targets; D33). */
  unitTargets?: UnitTargets;
  /** "registration" for a registration (D37); absent for a year-end submission. */
  kind?: "registration";
}

function storedValue(v: CellValue | undefined): string | number | boolean | null {
  if (v === undefined || v === null) return null;
  if (isCellError(v)) return v.error;
  if (typeof v === "number") return Number.isFinite(v) ? v : String(v);
  return v as string | boolean;
}

/** The review as sealed: only the parts the row has, so an unreviewed row seals as before the trail. */
export function sealedReview(r: Review | undefined): SubmissionReview {
  const out: SubmissionReview = { decision: r?.decision ?? null, comment: r?.comment ?? "" };
  const reviewer = r?.reviewer?.trim();
  if (reviewer) out.reviewer = reviewer;
  if (r?.reviewedAt) out.reviewedAt = r.reviewedAt;
  if (r?.reply) out.reply = r.reply;
  if (r?.basis) out.basis = { value: storedValue(r.basis.value), reply: r.basis.reply };
  return out;
}

/** The review of a sealed entry as the assessment reads it (an error value's text back to an error). */
export function reviewFromSealed(r: SubmissionReview): Review {
  // Built without the basis rather than copied and deleted from: a deleted key leaves V8 a slow
  // dictionary object, and a ministry makes 730,000 of these at 10,000 units.
  const { basis, ...rest } = r;
  const out: Review = rest;
  if (basis) out.basis = { value: cellFromStored(basis.value), reply: basis.reply };
  return out;
}

/** A sealed value back to the cell value it was: "#N/A" and the other error texts become errors. */
export function cellFromStored(v: string | number | boolean | null): CellValue {
  return typeof v === "string" && (CELL_ERROR_CODES as readonly string[]).includes(v)
    ? { error: v as CellErrorCode }
    : v;
}

/** A sealed entry as the entry the assessment reads: values (and a growth row's base) as typed. */
export function entryFromSealed(e: SubmissionEntry): Entry {
  return {
    indicatorId: e.indicatorId,
    value: cellFromStored(e.value),
    explanation: e.explanation,
    evidence: e.evidence,
    review: reviewFromSealed(e.review),
    ...(e.previous !== undefined ? { previous: cellFromStored(e.previous) } : {}),
  };
}

/** The unsealed document for a report: one entry per assessment, with what the person typed. */
export function buildSubmission(input: SubmissionInput): UnsealedSubmission {
  const byId = new Map<string, Entry>();
  for (const e of input.entries) if (!byId.has(e.indicatorId)) byId.set(e.indicatorId, e);
  const s = summarize(input.plan, input.assessments);
  const score = input.score;
  return {
    schemaVersion: SUBMISSION_SCHEMA_VERSION,
    // Trimmed as UnitProfileSchema trims on parsing, so a parsed document hashes like the sealed one.
    unit: { ...input.unit, name: input.unit.name.trim(), code: input.unit.code.trim() },
    period: input.period,
    plan: { id: input.plan.id, version: input.plan.version, catalogHash: input.catalogHash },
    entries: input.assessments.map((a) => {
      const e = byId.get(a.indicatorId);
      return {
        indicatorId: a.indicatorId,
        value: storedValue(e?.value),
        status: a.status,
        completion: a.completion,
        explanation: e?.explanation ?? "",
        evidence: e?.evidence ?? "",
        review: sealedReview(e?.review),
        ...(e?.previous !== undefined && e.previous !== null ? { previous: storedValue(e.previous) } : {}),
      };
    }),
    summary: {
      byStatus: s.byStatus,
      errorCount: s.errorCount,
      warningCount: s.warningCount,
      overall: s.overall,
      ...(score
        ? {
            score: {
              schemeId: score.schemeId,
              points: score.score.points,
              maxPoints: score.score.maxPoints,
              percent: score.score.percent,
              // An example scheme's classification is never sealed as one (issue #12 item 6).
              band:
                score.score.band && !score.score.example
                  ? { vi: score.score.band.label.vi, en: score.score.band.label.en }
                  : null,
              ...(score.score.example ? { example: true as const } : {}),
            },
          }
        : {}),
    },
    generator: input.generator,
    createdAt: input.createdAt ?? new Date().toISOString(),
    ...(input.print ? { print: input.print } : {}),
    ...(input.fields !== undefined && input.fields.length > 0 ? { fields: [...input.fields] } : {}),
    ...(input.prefilled ? { prefilled: input.prefilled } : {}),
    ...(input.unitTargets ? { unitTargets: input.unitTargets } : {}),
    ...(input.kind ? { kind: input.kind } : {}),
  };
}

function withoutHash(doc: object): object {
  const rest: Record<string, unknown> = { ...(doc as Record<string, unknown>) };
  delete rest.hash;
  delete rest.signature;
  return rest;
}

/** The document with its hash: SHA-256 over canonicalJson of everything but the hash. */
export async function sealSubmission(doc: UnsealedSubmission): Promise<Submission> {
  const body = withoutHash(doc) as UnsealedSubmission;
  return { ...body, hash: await sha256Hex(canonicalJson(body)) };
}

/** Whether the hash matches the document. False (never a throw) for anything malformed. */
export async function verifySubmissionHash(doc: unknown): Promise<boolean> {
  if (typeof doc !== "object" || doc === null) return false;
  const hash = (doc as { hash?: unknown }).hash;
  if (typeof hash !== "string") return false;
  try {
    return (await sha256Hex(canonicalJson(withoutHash(doc)))) === hash;
  } catch {
    return false;
  }
}

export type ParseResult = { ok: true; value: Submission } | { ok: false; errors: string[] };

/**
 * Checks a submission that came from outside: JSON text or an already parsed value. Unknown keys,
 * `__proto__` among them, are rejected by the strict schema rather than merged into anything.
 */
export function parseSubmission(json: unknown): ParseResult {
  let data = json;
  if (typeof json === "string") {
    try {
      data = JSON.parse(json);
    } catch (e) {
      return { ok: false, errors: [`not JSON: ${e instanceof Error ? e.message : String(e)}`] };
    }
  }
  const r = SubmissionSchema.safeParse(data);
  if (r.success) return { ok: true, value: r.data };
  return {
    ok: false,
    errors: r.error.issues.map((i) => `${i.path.length ? i.path.join(".") : "(document)"}: ${i.message}`),
  };
}
