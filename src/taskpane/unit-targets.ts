// The unit's own targets chosen at Setup for a year-end report (issue #11 item 3, DECISIONS D41):
// the ministry's targets file (.csv), read by the CLI's reader (src/targets, `template --targets`),
// or the unit's sealed registration (.xlsx), read by the CLI's reader (`template --registration`).
// Either is refused whole, with every reason; both together are refused, as in the CLI, because a
// template records one source. And which document a workbook may hold (registration or year end).
import type { Plan, Text, UnitProfile } from "../domain/plan";
import type { RegisteredTargetsResult } from "../domain/registration";
import type { UnitTargets } from "../domain/submission";
import type { UnitTargetsResult } from "../targets/for-unit";
import type { Language, ReportMeta } from "../workbook/port";
import type { Strings } from "./i18n";
import { indicatorOf, unitTargetLines } from "./facade";
import { shortName } from "../domain/assess";

export type DocumentKind = "year-end" | "registration";

export function documentKindOf(meta: Pick<ReportMeta, "kind"> | undefined): DocumentKind {
  return meta?.kind === "registration" ? "registration" : "year-end";
}

/**
 * Why the chosen document cannot be inserted into this workbook, or null. A re-insert keeps the
 * workbook's kind (src/workbook/prepare.ts), so results typed at year end would silently become
 * commitments, or commitments results: each document has a workbook of its own.
 */
export function documentKindConflict(
  existing: Pick<ReportMeta, "kind"> | undefined,
  chosen: DocumentKind,
  t: Strings,
): string | null {
  if (!existing || documentKindOf(existing) === chosen) return null;
  return chosen === "year-end" ? t.setup.kindIsRegistration : t.setup.kindIsYearEnd;
}

/** The ministry's targets file, read as `template --targets` reads it, in a chunk of its own. */
export async function targetsFromFile(
  bytes: Uint8Array,
  plan: Plan,
  unit: Pick<UnitProfile, "code" | "unitType">,
): Promise<UnitTargetsResult> {
  const { unitTargetsFrom } = await import(/* webpackChunkName: "targets-file" */ "../targets/for-unit");
  return unitTargetsFrom(bytes, plan, unit);
}

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface UnitTargetsReaders {
  targets(bytes: Uint8Array, plan: Plan, unit: UnitProfile): Promise<UnitTargetsResult>;
  registration(bytes: Uint8Array, plan: Plan, unit: UnitProfile): Promise<RegisteredTargetsResult>;
}

export type UnitTargetsState =
  | { kind: "idle" }
  | { kind: "ready"; unitTargets: UnitTargets; message: string; notes: string[] }
  | { kind: "refused"; message: string; reasons: string[] };

/**
 * What the files picked give the report of `unit` under `plan`, in the pane's language: the
 * targets to insert with, or why nothing is used. Nothing is taken from a refused file.
 */
export async function readUnitTargets(
  picked: { targets: PickedFile | null; registration: PickedFile | null },
  plan: Plan | null,
  unit: UnitProfile | null,
  readers: UnitTargetsReaders,
  t: Strings,
  lang: Language,
): Promise<UnitTargetsState> {
  const { targets, registration } = picked;
  if (!targets && !registration) return { kind: "idle" };
  if (targets && registration) return { kind: "refused", message: t.setup.unitTargetsBoth, reasons: [] };
  if (!plan || !unit) return { kind: "refused", message: t.setup.unitTargetsNeedUnit, reasons: [] };
  const said = (texts: readonly Text[]) => texts.map((x) => x[lang]);
  if (targets) {
    const r = await readers.targets(targets.bytes, plan, unit);
    if (!r.ok)
      return {
        kind: "refused",
        message: t.setup.targetsFileRefused(targets.name, r.problems.length),
        reasons: said(r.problems),
      };
    return {
      kind: "ready",
      unitTargets: r.unitTargets,
      message: t.setup.targetsFileReady(targets.name, r.unitTargets.targets.length),
      notes: [...said(r.warnings), ...unitTargetLines(plan, r.unitTargets, lang)],
    };
  }
  const file = registration!;
  const r = await readers.registration(file.bytes, plan, unit);
  if (!r.ok)
    return { kind: "refused", message: t.setup.registrationRefused(file.name), reasons: said(r.problems) };
  const rowName = (id: string) => {
    const ind = indicatorOf(plan, id);
    return ind ? shortName(ind.text[lang]) : id;
  };
  return {
    kind: "ready",
    unitTargets: r.unitTargets,
    message: t.setup.registrationReady(file.name, r.unitTargets.targets.length),
    notes: [
      ...r.skipped.map((s) => t.setup.registrationSkipped(rowName(s.indicatorId), s.why[lang])),
      ...unitTargetLines(plan, r.unitTargets, lang),
    ],
  };
}
