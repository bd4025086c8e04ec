// Last year's figures carried into this year's template (issue #12 item 4, DECISIONS D29): the
// "Năm trước" cells of growth indicators are prefilled from the unit's sealed submission of the
// year before, and what was prefilled is recorded (the template's metadata, then the submission),
// so that the ministry's check can say when a prefilled figure was edited. Pure: the CLI and the
// pane read the file, this decides what it may give.
import type { Entry, Issue } from "./entry";
import type { Plan, Text, UnitProfile } from "./plan";
import type { Prefilled, Submission } from "./submission";
import { cellFromStored } from "./submission";
import { baseYear } from "./growth";
import { coveredIndicators } from "./coverage";
import { normaliseUnitCode } from "./unit-code";

export type PrefillResult =
  | { ok: true; prefilled: Prefilled; skipped: { indicatorId: string; why: Text }[] }
  | { ok: false; problems: Text[] };

/**
 * The base levels last year's sealed submission gives this year's report: refused (with every
 * reason, in both languages) unless its hash verified, it is the same unit (code and type) and plan,
 * and its year is the one before. Per growth indicator of the unit: a base of the previous period is
 * last year's level (its value); a named base year is carried from last year's own base, or is last
 * year's level when last year was that year. Only rows sealed with two levels give a level: an
 * older submission's value on a growth row is a typed rate, which is no level (skipped, with why).
 */
export function prefillFrom(
  last: Submission,
  hashVerified: boolean,
  plan: Plan,
  unit: UnitProfile,
): PrefillResult {
  const problems: Text[] = [];
  if (!hashVerified)
    problems.push({
      vi: "mã kiểm tra của bản nộp năm trước không khớp nội dung (tệp đã bị sửa sau khi xuất); không dùng được số liệu của nó",
      en: "last year's submission does not match its hash (the file was edited after export); its figures cannot be used",
    });
  // A registration holds commitments, not results: its figures are not last year's (D41).
  if (last.kind === "registration")
    problems.push({
      vi: "đây là bản đăng ký thi đua (chỉ tiêu cam kết), không phải báo cáo kết quả năm trước",
      en: "this is an emulation registration (commitments), not last year's results report",
    });
  if (last.plan.id !== plan.id)
    problems.push({
      vi: `bản nộp năm trước theo kế hoạch ${last.plan.id}, không phải ${plan.id}`,
      en: `last year's submission is for plan ${last.plan.id}, not ${plan.id}`,
    });
  if (normaliseUnitCode(last.unit.code).code !== normaliseUnitCode(unit.code).code)
    problems.push({
      vi: `bản nộp năm trước của đơn vị mã ${last.unit.code}, không phải ${unit.code}`,
      en: `last year's submission is from unit ${last.unit.code}, not ${unit.code}`,
    });
  if (last.unit.unitType !== unit.unitType)
    problems.push({
      vi: `bản nộp năm trước của loại đơn vị ${last.unit.unitType}, không phải ${unit.unitType}`,
      en: `last year's submission is for unit type ${last.unit.unitType}, not ${unit.unitType}`,
    });
  if (last.unit.year !== unit.year - 1)
    problems.push({
      vi: `bản nộp năm trước là báo cáo năm ${last.unit.year}, không phải năm ${unit.year - 1} (năm trước của ${unit.year})`,
      en: `last year's submission reports ${last.unit.year}, not ${unit.year - 1} (the year before ${unit.year})`,
    });
  if (problems.length > 0) return { ok: false, problems };

  const sealed = new Map(last.entries.map((e) => [e.indicatorId, e]));
  const previous: Prefilled["previous"] = [];
  const skipped: { indicatorId: string; why: Text }[] = [];
  for (const ind of coveredIndicators(plan, { unitType: unit.unitType })) {
    const g = ind.growth;
    if (!g) continue;
    const e = sealed.get(ind.id);
    const base = baseYear(g, unit.year);
    // Last year's level is its value when the base is last year; a named year's level is carried.
    const level = base === last.unit.year ? e?.value : base < last.unit.year ? e?.previous : undefined;
    if (e?.previous === undefined || typeof level !== "number") {
      skipped.push({
        indicatorId: ind.id,
        why:
          e === undefined
            ? { vi: "bản nộp năm trước không có chỉ tiêu này", en: "last year's submission has no such row" }
            : e.previous === undefined
              ? {
                  vi: "năm trước chỉ tiêu này được nhập dưới dạng tỷ lệ, không có hai mức",
                  en: "last year this row was typed as a rate, without two levels",
                }
              : {
                  vi: `năm trước không có số liệu năm ${base} (ô ghi ${JSON.stringify(cellFromStored(level ?? null))})`,
                  en: `last year has no figure for ${base} (the cell held ${JSON.stringify(cellFromStored(level ?? null))})`,
                },
      });
      continue;
    }
    previous.push({ indicatorId: ind.id, value: level });
  }
  return { ok: true, prefilled: { source: last.hash, previous }, skipped };
}

/**
 * The entries with the prefilled base levels in their "Năm trước" cells: only where nothing is
 * typed there yet (a person's figure is never overwritten), and a record of what was filled.
 */
export function applyPrefill(
  entries: readonly Entry[],
  ids: readonly string[],
  prefilled: Prefilled,
): { entries: Entry[]; prefilled: Prefilled } {
  const byId = new Map(entries.map((e) => [e.indicatorId, e]));
  const out = [...entries];
  const filled: Prefilled["previous"] = [];
  for (const p of prefilled.previous) {
    if (!ids.includes(p.indicatorId)) continue;
    const e = byId.get(p.indicatorId);
    if (e && e.previous !== undefined && e.previous !== null && e.previous !== "") continue;
    const next: Entry = e
      ? { ...e, previous: p.value }
      : {
          indicatorId: p.indicatorId,
          value: null,
          explanation: "",
          evidence: "",
          review: { decision: null, comment: "" },
          previous: p.value,
        };
    if (e) out[out.indexOf(e)] = next;
    else out.push(next);
    filled.push(p);
  }
  return { entries: out, prefilled: { source: prefilled.source, previous: filled } };
}

/**
 * The figures last year's submission offers where a "Năm trước" cell already holds something else:
 * applyPrefill leaves those cells as typed, and the pane says so before the insert.
 */
export function keptAsTyped(
  entries: readonly Entry[],
  prefilled: Prefilled,
): { indicatorId: string; typed: NonNullable<Entry["previous"]>; offered: number }[] {
  const byId = new Map(entries.map((e) => [e.indicatorId, e]));
  return prefilled.previous.flatMap((p) => {
    const typed = byId.get(p.indicatorId)?.previous;
    return typed === undefined || typed === null || typed === "" || typed === p.value
      ? []
      : [{ indicatorId: p.indicatorId, typed, offered: p.value }];
  });
}

/**
 * previous.edited: a "Năm trước" cell that no longer holds what was prefilled from last year's
 * sealed submission (a warning: a correction is possible, the reviewer should know of it).
 */
export function previousEdits(prefilled: Prefilled | undefined, entries: readonly Entry[]): Issue[] {
  if (!prefilled) return [];
  const byId = new Map(entries.map((e) => [e.indicatorId, e]));
  const out: Issue[] = [];
  for (const p of prefilled.previous) {
    const now = byId.get(p.indicatorId)?.previous ?? null;
    if (now === p.value) continue;
    const shown = now === null ? "" : typeof now === "object" ? now.error : String(now);
    out.push({
      code: "previous.edited",
      severity: "warning",
      indicatorId: p.indicatorId,
      part: "previous",
      message: {
        vi: `Chỉ tiêu ${p.indicatorId}: số liệu "Năm trước" được điền sẵn từ bản nộp năm trước là ${p.value}, nay là ${shown === "" ? "(trống)" : shown}: đã bị sửa sau khi điền.`,
        en: `Indicator ${p.indicatorId}: the "Previous year" figure prefilled from last year's submission was ${p.value}, now ${shown === "" ? "(empty)" : shown}: it was edited after prefilling.`,
      },
    });
  }
  return out;
}
