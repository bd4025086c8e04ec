// The template's metadata (ReportMeta) in its two stores (DESIGN §4): a custom XML part and a
// very-hidden sheet of key/value rows. Both encoders and both decoders are here so the adapters
// only move text and cells. Decoders face files strangers send: they never throw, they say why.
import { z } from "zod";
import type { CellValue } from "../domain/entry";
import { UnitProfileSchema } from "../domain/plan";
import { PrefilledSchema, UnitTargetsSchema } from "../domain/submission";
import type { ReportMeta } from "./port";

export const META_SCHEMA_VERSION = 1;
export const META_SHEET_NAME = "SA_META";
export const META_NAMESPACE = "urn:self-assess:report-meta:1";

// Built the first time a template's metadata is read (z.lazy), not when the port loads: a new
// workbook has none (DECISIONS D46).
const MetaSchema = z.lazy(() =>
  z
    .object({
      schemaVersion: z.number().int().min(1),
      planId: z.string().min(1),
      planVersion: z.string().min(1),
      catalogHash: z.string().regex(/^[0-9a-f]{64}$/, "64 hex digits"),
      unit: UnitProfileSchema,
      indicatorIds: z.array(z.string().min(1)),
      fields: z.array(z.string().min(1)).min(1).optional(),
      prefilled: PrefilledSchema.optional(),
      unitTargets: UnitTargetsSchema.optional(),
      kind: z.literal("registration").optional(),
      language: z.enum(["vi", "en"]),
      generator: z.string(),
      createdAt: z.string(),
    })
    .strict(),
);

export type MetaResult = { ok: true; meta: ReportMeta } | { ok: false; reason: string };

function check(candidate: unknown): MetaResult {
  const r = MetaSchema.safeParse(candidate);
  if (r.success) return { ok: true, meta: r.data as ReportMeta };
  const first = r.error.issues[0];
  return { ok: false, reason: `${first?.path.join(".") || "metadata"}: ${first?.message ?? "invalid"}` };
}

// ---------- custom XML ----------

const escapeXml = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // Characters XML 1.0 cannot carry at all; a unit name never needs them.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");

const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#[0-9]+);/g, (_, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    if (e === "amp") return "&";
    const code = e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });

const el = (tag: string, text: string) => `<${tag}>${escapeXml(text)}</${tag}>`;

export function metaToXml(meta: ReportMeta): string {
  const u = meta.unit;
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
    `<selfAssessment xmlns="${META_NAMESPACE}">`,
    el("schemaVersion", String(meta.schemaVersion)),
    el("planId", meta.planId),
    el("planVersion", meta.planVersion),
    el("catalogHash", meta.catalogHash),
    el("language", meta.language),
    el("generator", meta.generator),
    el("createdAt", meta.createdAt),
    ...(meta.kind !== undefined ? [el("kind", meta.kind)] : []),
    `<unit>`,
    el("name", u.name),
    el("code", u.code),
    el("unitType", u.unitType),
    el("year", String(u.year)),
    ...(u.preparer !== undefined ? [el("preparer", u.preparer)] : []),
    `</unit>`,
    `<indicatorIds>`,
    ...meta.indicatorIds.map((id) => el("id", id)),
    `</indicatorIds>`,
    ...(meta.fields !== undefined
      ? [`<fields>`, ...meta.fields.map((f) => el("field", f)), `</fields>`]
      : []),
    ...(meta.prefilled !== undefined
      ? [
          `<prefilled>`,
          el("source", meta.prefilled.source),
          ...meta.prefilled.previous.map(
            (p) => `<previous>${el("indicator", p.indicatorId)}${el("value", String(p.value))}</previous>`,
          ),
          `</prefilled>`,
        ]
      : []),
    // The unit's own targets (D33): the targets file's hash, then each target as JSON text.
    ...(meta.unitTargets !== undefined
      ? [
          `<unitTargets>`,
          el("source", meta.unitTargets.source),
          ...meta.unitTargets.targets.map((t) => el("unitTarget", JSON.stringify(t))),
          `</unitTargets>`,
        ]
      : []),
    `</selfAssessment>`,
  ].join("\n");
}

/** Text of the first <tag>…</tag> inside `xml`, or undefined. Our part has no attributes or nesting of same tags. */
function textOf(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml);
  return m ? unescapeXml(m[1]!) : undefined;
}

function blockOf(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  return m ? m[1] : undefined;
}

const MAX_XML_CHARS = 5_000_000;

export function metaFromXml(xml: string): MetaResult {
  if (typeof xml !== "string" || xml.length > MAX_XML_CHARS)
    return { ok: false, reason: "custom XML part missing or too large" };
  if (!xml.includes(`xmlns="${META_NAMESPACE}"`))
    return { ok: false, reason: `custom XML part is not in namespace ${META_NAMESPACE}` };
  const unitXml = blockOf(xml, "unit") ?? "";
  const idsXml = blockOf(xml, "indicatorIds");
  const fieldsXml = blockOf(xml, "fields");
  const prefilledXml = blockOf(xml, "prefilled");
  const targetsXml = blockOf(xml, "unitTargets");
  const num = (s: string | undefined) => (s !== undefined && /^-?\d+$/.test(s.trim()) ? Number(s) : s);
  const preparer = textOf(unitXml, "preparer");
  const kind = textOf(xml, "kind");
  return check({
    ...(kind !== undefined ? { kind } : {}),
    schemaVersion: num(textOf(xml, "schemaVersion")),
    planId: textOf(xml, "planId"),
    planVersion: textOf(xml, "planVersion"),
    catalogHash: textOf(xml, "catalogHash"),
    language: textOf(xml, "language"),
    generator: textOf(xml, "generator"),
    createdAt: textOf(xml, "createdAt"),
    unit: {
      name: textOf(unitXml, "name"),
      code: textOf(unitXml, "code"),
      unitType: textOf(unitXml, "unitType"),
      year: num(textOf(unitXml, "year")),
      ...(preparer !== undefined ? { preparer } : {}),
    },
    indicatorIds:
      idsXml === undefined
        ? undefined
        : [...idsXml.matchAll(/<id>([^<]*)<\/id>/g)].map((m) => unescapeXml(m[1]!)),
    ...(fieldsXml !== undefined
      ? { fields: [...fieldsXml.matchAll(/<field>([^<]*)<\/field>/g)].map((m) => unescapeXml(m[1]!)) }
      : {}),
    ...(prefilledXml !== undefined
      ? {
          prefilled: {
            source: textOf(prefilledXml, "source"),
            previous: [
              ...prefilledXml.matchAll(
                /<previous><indicator>([^<]*)<\/indicator><value>([^<]*)<\/value><\/previous>/g,
              ),
            ].map((m) => ({ indicatorId: unescapeXml(m[1]!), value: Number(m[2]) })),
          },
        }
      : {}),
    ...(targetsXml !== undefined
      ? {
          unitTargets: {
            source: textOf(targetsXml, "source"),
            targets: [...targetsXml.matchAll(/<unitTarget>([^<]*)<\/unitTarget>/g)].map((m) =>
              parseJson(unescapeXml(m[1]!)),
            ),
          },
        }
      : {}),
  });
}

/** JSON text as a value, or null (which the schema then refuses with its reason). */
function parseJson(text: string): unknown {
  try {
    return text.length < 1000 ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

// ---------- very-hidden sheet ----------
// Column A holds the key, column B the value. Indicator ids take one row each (key "indicatorId")
// because 10,000 ids do not fit in one cell (32,767 characters); so do chosen fields (key "field").

export function metaToRows(meta: ReportMeta): CellValue[][] {
  const u = meta.unit;
  return [
    ["schemaVersion", meta.schemaVersion],
    ["planId", meta.planId],
    ["planVersion", meta.planVersion],
    ["catalogHash", meta.catalogHash],
    ["language", meta.language],
    ["generator", meta.generator],
    ["createdAt", meta.createdAt],
    ...(meta.kind !== undefined ? [["kind", meta.kind] as CellValue[]] : []),
    ["unit.name", u.name],
    ["unit.code", u.code],
    ["unit.unitType", u.unitType],
    ["unit.year", u.year],
    ...(u.preparer !== undefined ? [["unit.preparer", u.preparer] as CellValue[]] : []),
    ...meta.indicatorIds.map((id) => ["indicatorId", id] as CellValue[]),
    ...(meta.fields ?? []).map((f) => ["field", f] as CellValue[]),
    // Prefilled "Năm trước" figures: the source's hash, then one row per indicator ({indicatorId, value}
    // as JSON: every reader of this sheet reads two columns).
    ...(meta.prefilled
      ? [
          ["prefilledFrom", meta.prefilled.source] as CellValue[],
          ...meta.prefilled.previous.map((p) => ["prefilled", JSON.stringify(p)] as CellValue[]),
        ]
      : []),
    // The unit's own targets (D33): the targets file's hash, then one row per target as JSON.
    ...(meta.unitTargets
      ? [
          ["unitTargetsFrom", meta.unitTargets.source] as CellValue[],
          ...meta.unitTargets.targets.map((t) => ["unitTarget", JSON.stringify(t)] as CellValue[]),
        ]
      : []),
  ];
}

export function metaFromRows(rows: readonly (readonly CellValue[])[]): MetaResult {
  const one = new Map<string, CellValue>();
  const ids: string[] = [];
  const fields: string[] = [];
  const prefilled: unknown[] = [];
  const unitTargets: unknown[] = [];
  for (const row of rows) {
    const key = row[0];
    if (typeof key !== "string") continue;
    const value = row[1] ?? null;
    if (key === "indicatorId") {
      if (typeof value === "string") ids.push(value);
      else return { ok: false, reason: "an indicatorId row has no text id" };
    } else if (key === "prefilled") {
      try {
        prefilled.push(typeof value === "string" && value.length < 1000 ? JSON.parse(value) : null);
      } catch {
        return { ok: false, reason: "a prefilled row is not JSON" };
      }
    } else if (key === "unitTarget") {
      unitTargets.push(typeof value === "string" ? parseJson(value) : null);
    } else if (key === "field") {
      if (typeof value === "string") fields.push(value);
      else return { ok: false, reason: "a field row has no text id" };
    } else one.set(key, value);
  }
  const str = (k: string) => {
    const v = one.get(k);
    return typeof v === "number" ? String(v) : typeof v === "string" ? v : undefined;
  };
  const numeric = (k: string) => {
    const v = one.get(k);
    return typeof v === "string" && /^-?\d+$/.test(v.trim()) ? Number(v) : v;
  };
  const preparer = str("unit.preparer");
  return check({
    ...(one.has("kind") ? { kind: str("kind") } : {}),
    schemaVersion: numeric("schemaVersion"),
    planId: str("planId"),
    planVersion: str("planVersion"),
    catalogHash: str("catalogHash"),
    language: str("language"),
    generator: str("generator"),
    createdAt: str("createdAt"),
    unit: {
      name: str("unit.name"),
      code: str("unit.code"),
      unitType: str("unit.unitType"),
      year: numeric("unit.year"),
      ...(preparer !== undefined ? { preparer } : {}),
    },
    indicatorIds: ids,
    ...(fields.length > 0 ? { fields } : {}),
    ...(one.has("prefilledFrom") ? { prefilled: { source: str("prefilledFrom"), previous: prefilled } } : {}),
    ...(one.has("unitTargetsFrom")
      ? { unitTargets: { source: str("unitTargetsFrom"), targets: unitTargets } }
      : {}),
  });
}

/** Compares the two stores; returns the names of the fields that differ. */
export function metaDifferences(a: ReportMeta, b: ReportMeta): string[] {
  const out: string[] = [];
  const keys: (keyof ReportMeta)[] = [
    "schemaVersion",
    "planId",
    "planVersion",
    "catalogHash",
    "language",
    "generator",
    "createdAt",
    "kind",
  ];
  for (const k of keys) if (a[k] !== b[k]) out.push(k);
  if (JSON.stringify(a.unit) !== JSON.stringify(b.unit)) out.push("unit");
  if (a.indicatorIds.join("\n") !== b.indicatorIds.join("\n")) out.push("indicatorIds");
  if ((a.fields ?? []).join("\n") !== (b.fields ?? []).join("\n")) out.push("fields");
  if (JSON.stringify(a.prefilled ?? null) !== JSON.stringify(b.prefilled ?? null)) out.push("prefilled");
  if (JSON.stringify(a.unitTargets ?? null) !== JSON.stringify(b.unitTargets ?? null))
    out.push("unitTargets");
  return out;
}
