// From an insert request (and the report already in the workbook, if any) to the layout spec and
// what will happen to each indicator: the one path both adapters take to a template.
import type { UnitProfile } from "../domain/plan";
import { coveredIndicators, recordedFields } from "../domain/coverage";
import { planHash } from "../domain/hash";
import type { InsertPreview, InsertRequest, ReportMeta } from "./port";
import type { LayoutSpec } from "./layout-types";
import { buildLayout } from "./layout";
import { META_SCHEMA_VERSION } from "./meta";
import type { OldReport } from "./upgrade";
import { mergeEntries } from "./upgrade";
import { noIndicators } from "./errors";
import { applyPrefill } from "../domain/prefill";

export interface PrepareOptions {
  generator: string;
  /** ISO timestamp; a parameter so tests and reproducible builds can fix it. */
  createdAt: string;
}

export async function prepareTemplate(
  request: InsertRequest,
  old: OldReport | null,
  options: PrepareOptions,
): Promise<{ spec: LayoutSpec; preview: InsertPreview }> {
  const { plan, language } = request;
  const unit: UnitProfile = request.unit;
  const fields = recordedFields(plan, unit.unitType, request.fields);
  const indicators = coveredIndicators(plan, { unitType: unit.unitType, fields: request.fields });
  if (indicators.length === 0) {
    throw noIndicators({
      vi: `Không có chỉ tiêu nào của kế hoạch ${plan.id} áp dụng cho loại đơn vị ${unit.unitType}${request.fields ? ` trong các lĩnh vực ${request.fields.join(", ")}` : ""}.`,
      en: `No indicator of plan ${plan.id} applies to unit type ${unit.unitType}${request.fields ? ` in fields ${request.fields.join(", ")}` : ""}.`,
    });
  }
  const merged = mergeEntries(old, indicators, plan);
  // Last year's figures go in empty "Năm trước" cells only; what was filled is recorded (D29). An
  // upgrade keeps the old template's record.
  const ids = indicators.map((i) => i.id);
  const filled = request.prefilled ? applyPrefill(merged.entries, ids, request.prefilled) : null;
  const prefilled = filled?.prefilled ?? old?.meta?.prefilled;
  // The unit's own targets for the template's rows (D33); an upgrade keeps the old record.
  const given = request.unitTargets ?? old?.meta?.unitTargets;
  const unitTargets = given && {
    source: given.source,
    targets: given.targets.filter((t) => ids.includes(t.indicatorId)),
  };
  const meta: ReportMeta = {
    schemaVersion: META_SCHEMA_VERSION,
    planId: plan.id,
    planVersion: plan.version,
    catalogHash: await planHash(plan),
    unit,
    indicatorIds: indicators.map((i) => i.id),
    ...(fields !== undefined && fields.length > 0 ? { fields } : {}),
    ...(prefilled ? { prefilled } : {}),
    ...(unitTargets ? { unitTargets } : {}),
    ...((request.kind ?? old?.meta?.kind) ? { kind: request.kind ?? old?.meta?.kind } : {}),
    language,
    generator: options.generator,
    createdAt: options.createdAt,
  };
  const spec = buildLayout({
    plan,
    unit,
    indicators,
    language,
    meta,
    entries: filled?.entries ?? merged.entries,
    archive: merged.archive,
    reviewer: old?.reviewer ?? null,
  });
  return { spec, preview: merged.preview };
}
