// One unit's own targets out of the ministry's targets file (issue #11, DECISIONS D31, D33): the
// whole file read and checked (readTargetsFile), refused with every error named by its line in both
// languages, and the unit's rows kept with the file's SHA-256, as the template records them. The
// CLI's `template --targets` and the pane's Setup both ask this.
import type { Plan, Text, UnitProfile } from "../domain/plan";
import type { UnitTargets } from "../domain/submission";
import { sha256HexOf } from "../domain/hash";
import { normaliseUnitCode } from "../domain/unit-code";
import { readTargetsFile, targetsOfUnit } from "./read";

export type UnitTargetsResult =
  { ok: true; unitTargets: UnitTargets; warnings: Text[] } | { ok: false; problems: Text[] };

/**
 * The targets `unit` has in the file, for the plan. Every unit's rows are checked (a file with a
 * wrong row anywhere is refused: D31); the unit's own rows must name indicators that apply to its
 * type. A file that gives the unit nothing is not an error: the unit is then judged as without it,
 * and a warning says so.
 */
export async function unitTargetsFrom(
  bytes: Uint8Array,
  plan: Plan,
  unit: Pick<UnitProfile, "code" | "unitType">,
): Promise<UnitTargetsResult> {
  const read = readTargetsFile(bytes, {
    plan,
    // This unit's type is known; any other unit may be of any type the plan declares.
    unitTypeOf: (code) => (code === normaliseUnitCode(unit.code).code ? unit.unitType : null),
  });
  const errors = read.problems.filter((p) => p.severity === "error");
  // Each problem's text names its line ("Dòng 4: …" / "Line 4: …").
  if (errors.length > 0) return { ok: false, problems: errors.map((p) => p.text) };
  const warnings = read.problems.filter((p) => p.severity === "warning").map((p) => p.text);
  const own = [...targetsOfUnit(read, unit.code).values()].sort((a, b) => a.line - b.line);
  if (own.length === 0)
    warnings.push({
      vi: `tệp chỉ tiêu không có dòng nào cho đơn vị ${unit.code}: đơn vị được đánh giá theo mục tiêu của kế hoạch.`,
      en: `the targets file has no row for unit ${unit.code}: the unit is judged against the plan's targets.`,
    });
  return {
    ok: true,
    unitTargets: {
      source: await sha256HexOf(bytes),
      targets: own.map((t) => ({ indicatorId: t.indicatorId, target: t.target })),
    },
    warnings,
  };
}
