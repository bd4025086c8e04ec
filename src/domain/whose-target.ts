// Which target judges a unit's row (issue #11), decided once: the unit's own target where it has
// one (from the ministry's targets file), else the plan's, except that a unit's entry on a national
// indicator is only its contribution to the sector's figure and, with no target of its own, is
// judged by nothing: it is `reported`. The unit type that reports the sector's own figures (the
// plan's `sectorFigures` flag on a unit type, plan data) is judged against the plan's national
// target as ever. The assessment, the template's parameter cells and formulas, the target text, the
// printed report and the ministry's verification all ask this module.
import type { Indicator, Plan, Target } from "./plan";
import { formatTarget, type Lang } from "./format";

/** What judges a row: the unit's own target, the plan's, or none (the contribution is reported). */
export type Judge =
  | { readonly by: "unit"; readonly target: Target }
  | { readonly by: "plan"; readonly target: Target }
  | { readonly by: "none" };

/** What decides the judge of a unit's rows. */
export interface Judging {
  /** The reporting unit's type; without it every row is judged against the plan (old callers). */
  unitType?: string;
  /** Whether the unit's type reports the sector's own figures (the plan's data: sectorFiguresOf). */
  sectorFigures?: boolean;
  /** The unit's own targets by indicator id (targets file, DECISIONS D31, D33). */
  unitTargets?: ReadonlyMap<string, Target>;
}

/** Whether the plan says units of this type report the sector's own figures. */
export function sectorFiguresOf(plan: Plan, unitType: string | undefined): boolean {
  if (unitType === undefined) return false;
  return plan.unitTypes.find((u) => u.id === unitType)?.sectorFigures === true;
}

/** The judging of a unit of `unitType` under `plan`, with its own targets if any. */
export function judgingOf(
  plan: Plan,
  unitType: string | undefined,
  unitTargets?: ReadonlyMap<string, Target>,
): Judging {
  return { unitType, sectorFigures: sectorFiguresOf(plan, unitType), unitTargets };
}

const PLAN = new WeakMap<Indicator, Judge>();
const NONE: Judge = Object.freeze({ by: "none" });

/**
 * Whether the indicator's target is a figure a contribution adds to. A yes/no task or a dated
 * milestone is each unit's own to do, even on a row a (version 1) plan calls national: judged
 * against the plan's target.
 */
function figure(ind: Indicator): boolean {
  return ind.target.kind !== "done" && ind.target.kind !== "milestone";
}

/** The target that judges the unit's row of `ind`. */
export function judgeOf(ind: Indicator, j: Judging | undefined): Judge {
  const own = j?.unitTargets?.get(ind.id);
  // A unit's target has the plan target's kind (D31); one of another kind (a plan changed since)
  // judges nothing.
  if (own && own.kind === ind.target.kind) return { by: "unit", target: own };
  if (ind.scope === "national" && j?.unitType !== undefined && j.sectorFigures !== true && figure(ind))
    return NONE;
  let plan = PLAN.get(ind);
  if (!plan) PLAN.set(ind, (plan = Object.freeze({ by: "plan", target: ind.target })));
  return plan;
}

/** The targets of a unit as a map by indicator id, from any list of { indicatorId, target }. */
export function unitTargetMap(
  list: readonly { indicatorId: string; target: Target }[] | undefined,
): ReadonlyMap<string, Target> | undefined {
  if (!list || list.length === 0) return undefined;
  return new Map(list.map((t) => [t.indicatorId, t.target]));
}

const TARGET_WORDS: Record<Lang, { unit: string; plan: string }> = {
  vi: { unit: "Đơn vị", plan: "Kế hoạch" },
  en: { unit: "Unit", plan: "Plan" },
};

/** The plan's target as shown, per indicator object: every report prints every indicator's. */
const SHOWN = new WeakMap<Indicator, Partial<Record<Lang, string>>>();

/**
 * The target as the template's target cell and the printed report show it: the plan's; with a
 * unit's own target, that one first and the plan's beneath it, each named (DECISIONS D33).
 */
export function targetText(ind: Indicator, judge: Judge, lang: Lang): string {
  let shown = SHOWN.get(ind);
  if (!shown) SHOWN.set(ind, (shown = {}));
  const plan = (shown[lang] ??= formatTarget(ind, lang));
  if (judge.by !== "unit") return plan;
  const w = TARGET_WORDS[lang];
  return `${w.unit}: ${formatTarget({ ...ind, target: judge.target }, lang)}\n${w.plan}: ${plan}`;
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * Whether a target cell still shows what the template wrote for this judge, in either language
 * and whatever the spacing (Excel and LibreOffice may turn a no-break space or a line break into a
 * space).
 */
export function sameTargetShown(shown: string, ind: Indicator, judge: Judge): boolean {
  const t = squash(shown);
  return t === squash(targetText(ind, judge, "vi")) || t === squash(targetText(ind, judge, "en"));
}
