// The unit's registration (đăng ký thi đua; issue #11 item 3b, DECISIONS D37): at the start of the
// year the unit types its commitment per indicator into the value column of a registration
// template, and exports it sealed like a submission with `kind: "registration"`. The commitment is
// assessed by the very rules a result is (the plan's target, or none for a contribution to a
// national figure: whose-target.ts), then read as a registration here: a commitment weaker than
// the plan's target is a warning that asks for an explanation, not an error, and a row left empty
// registers nothing. At year end the sealed registration gives the unit its own targets, one per
// committed row, in the plan target's kind (commitmentTarget). Pure: the CLI and the pane read the
// files, this decides.
import type { Assessment, Issue } from "./entry";
import type { Indicator, Plan, Target, Text, UnitProfile } from "./plan";
import type { Submission, UnitTargets } from "./submission";
import { entryFromSealed } from "./submission";
import { assessEntry } from "./assess";
import { formatTarget } from "./format";
import { serialToIso } from "./excel-date";
import { normaliseUnitCode } from "./unit-code";

/** The `kind` a sealed registration carries; a year-end submission has none (its hash is as before). */
export const REGISTRATION_KIND = "registration";
export type DocumentKind = typeof REGISTRATION_KIND;

/** What the registration's issues say in place of a result's. */
function weaker(ind: Indicator | undefined, id: string): Issue["message"] {
  const vi = ind ? formatTarget(ind, "vi") : "";
  const en = ind ? formatTarget(ind, "en") : "";
  return {
    vi: `Chỉ tiêu ${id}: chỉ tiêu đăng ký thấp hơn mục tiêu của kế hoạch (${vi}). Hãy ghi giải trình lý do đăng ký thấp hơn.`,
    en: `Indicator ${id}: the registered target is weaker than the plan's target (${en}). Write an explanation of why.`,
  };
}

function nothing(id: string): Issue["message"] {
  return {
    vi: `Chỉ tiêu ${id}: chưa đăng ký. Đơn vị chưa đăng ký chỉ tiêu này; cuối năm được đánh giá theo mục tiêu của kế hoạch (hoặc chỉ báo cáo số đóng góp).`,
    en: `Indicator ${id}: nothing registered. At year end the unit is judged against the plan's target (or its contribution only reported).`,
  };
}

/**
 * The assessment of commitments read as a registration: a shortfall against the plan's target
 * (commitment weaker) is the warning registration.weaker while no explanation is written, and an
 * empty row the warning registration.none; every other issue (a text number, a wrong type, a "not
 * applicable" without its explanation) stays as it is.
 */
export function asRegistration(plan: Plan, assessments: readonly Assessment[]): Assessment[] {
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  return assessments.map((a) => {
    const issues = a.issues.map((i): Issue => {
      if (i.code === "explanation.required" && a.status === "shortfall")
        return {
          ...i,
          code: "registration.weaker",
          severity: "warning",
          message: weaker(byId.get(a.indicatorId), a.indicatorId),
        };
      if (i.code === "value.missing" && a.status === "missing" && i.part === "value")
        return { ...i, code: "registration.none", severity: "warning", message: nothing(a.indicatorId) };
      return i;
    });
    return { ...a, issues };
  });
}

/**
 * A commitment as the unit's target, in the plan target's kind (D37): one number for at-least,
 * more-than and at-most; for a range, the unit's lower edge (the plan's upper edge kept, or the
 * commitment when higher); for a rank, the worst place the unit commits to (best place the plan's,
 * or the commitment when better); for a milestone, the date it commits to; for a yes/no task, "done"
 * (a task not committed gives no target: the plan's stands). `x` is the assessed value (a date as
 * its Excel serial, done as 1/0).
 */
export function commitmentTarget(plan: Target, raw: number): Target | null {
  if (!Number.isFinite(raw)) return null;
  // A growth commitment is a rate computed from two levels, and 140/100 − 1 is 0.3999999999999999:
  // the unit committed to 40%, so the rate is kept to 12 significant digits (D42), far finer than
  // any target's tolerance and exact for every number a person types.
  const x = Number(raw.toPrecision(12));
  switch (plan.kind) {
    // A commitment is the figure the unit will reach: "more than 5" committed as 6 is "at least 6",
    // or reaching exactly what one registered would be a shortfall (D42).
    case "atLeast":
    case "moreThan":
      return { kind: "atLeast", value: x };
    case "atMost":
      return { kind: "atMost", value: x };
    case "range":
      return { kind: "range", low: x, high: Math.max(x, plan.high) };
    case "rank": {
      if (!Number.isInteger(x) || x < 1) return null;
      return { kind: "rank", best: Math.min(plan.best, x), worst: x };
    }
    case "milestone": {
      const by = serialToIso(x);
      return by === null ? null : { kind: "milestone", by };
    }
    case "done":
      return x === 1 ? { kind: "done" } : null;
  }
}

export type RegisteredTargetsResult =
  | { ok: true; unitTargets: UnitTargets; skipped: { indicatorId: string; why: Text }[] }
  | { ok: false; problems: Text[] };

/**
 * The unit targets a sealed registration gives this year's template: refused (every reason, in
 * both languages) unless its hash verified, it is a registration, and it is the same unit (code and
 * type), plan and year. Each committed row is read again from the sealed value by the plan's rules
 * (never from the sealed status); a row of an indicator the plan no longer has, or whose commitment
 * cannot be read, is skipped with why.
 */
export function registeredTargets(
  reg: Submission,
  hashVerified: boolean,
  plan: Plan,
  unit: UnitProfile,
): RegisteredTargetsResult {
  const problems: Text[] = [];
  if (!hashVerified)
    problems.push({
      vi: "mã kiểm tra của bản đăng ký không khớp nội dung (tệp đã bị sửa sau khi xuất)",
      en: "the registration does not match its hash (the file was edited after export)",
    });
  if (reg.kind !== REGISTRATION_KIND)
    problems.push({
      vi: "đây là bản nộp cuối năm, không phải bản đăng ký thi đua (tệp xuất từ mẫu self-assess register)",
      en: "this is a year-end submission, not a registration (a file exported from a self-assess register template)",
    });
  if (reg.plan.id !== plan.id)
    problems.push({
      vi: `bản đăng ký theo kế hoạch ${reg.plan.id}, không phải ${plan.id}`,
      en: `the registration is for plan ${reg.plan.id}, not ${plan.id}`,
    });
  if (normaliseUnitCode(reg.unit.code).code !== normaliseUnitCode(unit.code).code)
    problems.push({
      vi: `bản đăng ký của đơn vị mã ${reg.unit.code}, không phải ${unit.code}`,
      en: `the registration is from unit ${reg.unit.code}, not ${unit.code}`,
    });
  if (reg.unit.unitType !== unit.unitType)
    problems.push({
      vi: `bản đăng ký của loại đơn vị ${reg.unit.unitType}, không phải ${unit.unitType}`,
      en: `the registration is for unit type ${reg.unit.unitType}, not ${unit.unitType}`,
    });
  if (reg.unit.year !== unit.year)
    problems.push({
      vi: `bản đăng ký cho năm ${reg.unit.year}, không phải năm ${unit.year}`,
      en: `the registration is for ${reg.unit.year}, not ${unit.year}`,
    });
  if (problems.length > 0) return { ok: false, problems };

  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const targets: UnitTargets["targets"] = [];
  const skipped: { indicatorId: string; why: Text }[] = [];
  for (const e of reg.entries) {
    if (e.value === null || e.value === "") continue;
    const ind = byId.get(e.indicatorId);
    if (!ind) {
      skipped.push({
        indicatorId: e.indicatorId,
        why: { vi: "kế hoạch không còn chỉ tiêu này", en: "the plan no longer has this indicator" },
      });
      continue;
    }
    // Read as the ministry reads it, against the plan's target (no unit target yet).
    const a = assessEntry(ind, entryFromSealed(e), { unitType: unit.unitType, year: unit.year });
    const target = a.value === null ? null : commitmentTarget(ind.target, a.value);
    if (target === null) {
      if (a.status !== "not-applicable" && !(ind.target.kind === "done" && a.value === 0))
        skipped.push({
          indicatorId: e.indicatorId,
          why: {
            vi: `không đọc được mức đăng ký ${JSON.stringify(e.value)}`,
            en: `the registered ${JSON.stringify(e.value)} cannot be read`,
          },
        });
      continue;
    }
    targets.push({ indicatorId: e.indicatorId, target });
  }
  return { ok: true, unitTargets: { source: reg.hash, targets }, skipped };
}
