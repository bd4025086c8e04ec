// `check --targets` and `consolidate --targets` (issue #11 item 4): the ministry trusts no claim. A
// file's statuses are recomputed with the unit targets sealed in it (rules/verify.ts); with the
// ministry's own targets file, a sealed target that differs from the file, a target the file gives
// that the report lacks, or one the report claims that the file does not give, is an error. So a
// target changed after the template was made shows, whichever side changed it.
import { readFileSync, statSync } from "node:fs";
import type { Indicator, Plan, Target } from "../../domain/plan";
import { canonicalJson } from "../../domain/hash";
import { formatTarget } from "../../domain/format";
import { normaliseUnitCode } from "../../domain/unit-code";
import { BUNDLED_PLANS } from "../../catalog/index";
import { readTargetsFile } from "../../targets/read";
import { UsageError } from "../io";
import { entryIds, type FileIssue, type FileReport } from "./file-report";
import type { Roster } from "./roster";

export interface TargetsCheck {
  /** The file as the person named it, for messages. */
  name: string;
  plan: Plan;
  /** Normalised unit code → indicator id → target. */
  byUnit: Map<string, Map<string, Target>>;
  /**
   * What the targets come from, as messages name it; the ministry's targets file when absent (the
   * unit's sealed registration for check --registrations: D37).
   */
  source?: { vi: string; en: string };
}

const MAX_BYTES = 20 * 1024 * 1024;

/**
 * Reads the ministry's targets file for the run: against the plans the ministry brought
 * (--plan-file) and then the bundled ones, the first the whole file fits without an error is its
 * plan. A file that fits none is refused with its errors against the first, each with its line.
 */
export function loadTargetsCheck(
  path: string,
  name: string,
  plans: readonly Plan[],
  roster: Roster | null,
): TargetsCheck {
  let bytes: Uint8Array;
  try {
    if (statSync(path).size > MAX_BYTES) throw new Error("too large");
    bytes = new Uint8Array(readFileSync(path));
  } catch {
    throw new UsageError({
      vi: `Không đọc được tệp chỉ tiêu ${name} (không có, không phải tệp, hoặc lớn hơn 20 MB).`,
      en: `Cannot read the targets file ${name} (missing, not a file, or larger than 20 MB).`,
    });
  }
  const unitTypeOf = roster
    ? (code: string) => {
        const u = roster.byCode.get(code);
        return u === undefined ? undefined : (u.unitType ?? null);
      }
    : undefined;
  const candidates = [...plans, ...BUNDLED_PLANS];
  let first: ReturnType<typeof readTargetsFile> | null = null;
  for (const plan of candidates) {
    const read = readTargetsFile(bytes, { plan, ...(unitTypeOf ? { unitTypeOf } : {}) });
    first ??= read;
    if (read.problems.some((p) => p.severity === "error")) continue;
    const byUnit = new Map<string, Map<string, Target>>();
    for (const t of read.targets) {
      const unit = byUnit.get(t.unitCode) ?? new Map<string, Target>();
      unit.set(t.indicatorId, t.target);
      byUnit.set(t.unitCode, unit);
    }
    return { name, plan, byUnit };
  }
  const errors = (first?.problems ?? []).filter((p) => p.severity === "error");
  const plan = candidates[0]!;
  throw new UsageError({
    vi: `Tệp chỉ tiêu ${name} có lỗi (đọc theo kế hoạch ${plan.documentNumber}), không dùng được:\n${errors.map((p) => `  ${p.text.vi}`).join("\n")}`,
    en: `The targets file ${name} has errors (read against plan ${plan.documentNumber}) and cannot be used:\n${errors.map((p) => `  ${p.text.en}`).join("\n")}`,
  });
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function shown(ind: Indicator | undefined, t: Target, lang: "vi" | "en"): string {
  return ind ? formatTarget({ ...ind, target: t }, lang) : canonicalJson(t);
}

/** Adds to the report an error for each unit target that differs from the ministry's file. */
export function matchTargets(r: FileReport, check: TargetsCheck): void {
  if (r.rejected || !r.unit || !r.plan) return;
  const what =
    r.kind === "template" ? { vi: "mẫu", en: "the template" } : { vi: "bản nộp", en: "the submission" };
  const What = { vi: cap(what.vi), en: cap(what.en) };
  if (r.plan.id !== check.plan.id) {
    r.fileIssues.push({
      code: "targets.other-plan",
      severity: "warning",
      message: {
        vi: `${what.vi} theo kế hoạch ${r.plan.id}, tệp chỉ tiêu ${check.name} theo kế hoạch ${check.plan.id}: chỉ tiêu riêng không được đối chiếu.`,
        en: `${What.en} is for plan ${r.plan.id}, the targets file ${check.name} for plan ${check.plan.id}: the unit's own targets are not compared.`,
      },
    });
    r.warnings++;
    return;
  }
  const given = check.byUnit.get(normaliseUnitCode(r.unit.code).code) ?? new Map<string, Target>();
  const sealed = new Map((r.unitTargets?.targets ?? []).map((t) => [t.indicatorId, t.target]));
  const reported = new Set(entryIds(r));
  const byId = new Map(check.plan.indicators.map((i) => [i.id, i]));
  const issues: FileIssue[] = [];
  const src = check.source ?? {
    vi: `tệp chỉ tiêu của Bộ (${check.name})`,
    en: `the ministry's targets file (${check.name})`,
  };
  const Src = { vi: cap(src.vi), en: cap(src.en) };
  for (const [id, want] of given) {
    if (!reported.has(id)) continue;
    const ind = byId.get(id);
    const got = sealed.get(id);
    if (got === undefined)
      issues.push({
        code: "targets.missing",
        severity: "error",
        message: {
          vi: `${Src.vi} giao cho đơn vị chỉ tiêu ${id} là ${shown(ind, want, "vi")}, nhưng ${what.vi} không ghi chỉ tiêu này: mẫu được lập không có tệp chỉ tiêu (template --targets) hoặc chỉ tiêu đã bị xóa; trạng thái của dòng này không đáng tin.`,
          en: `${Src.en} gives the unit ${shown(ind, want, "en")} for ${id}, but ${what.en} does not record it: the template was made without the targets file (template --targets) or the target was removed; this row's status cannot be trusted.`,
        },
      });
    else if (canonicalJson(got) !== canonicalJson(want))
      issues.push({
        code: "targets.changed",
        severity: "error",
        message: {
          vi: `Chỉ tiêu riêng của ${id} trong ${what.vi} là ${shown(ind, got, "vi")}, nhưng ${src.vi} giao ${shown(ind, want, "vi")}: chỉ tiêu đã bị sửa sau khi giao; trạng thái của dòng này không đáng tin.`,
          en: `The unit's own target for ${id} in ${what.en} is ${shown(ind, got, "en")}, but ${src.en} gives ${shown(ind, want, "en")}: the target was changed after it was given; this row's status cannot be trusted.`,
        },
      });
  }
  for (const [id, got] of sealed)
    if (!given.has(id) && reported.has(id))
      issues.push({
        code: "targets.changed",
        severity: "error",
        message: {
          vi: `${What.vi} ghi chỉ tiêu riêng ${shown(byId.get(id), got, "vi")} cho ${id}, nhưng ${src.vi} không giao chỉ tiêu này cho đơn vị; trạng thái của dòng này không đáng tin.`,
          en: `${What.en} records an own target of ${shown(byId.get(id), got, "en")} for ${id}, but ${src.en} gives the unit none; this row's status cannot be trusted.`,
        },
      });
  r.fileIssues.push(...issues);
  r.errors += issues.length;
}
