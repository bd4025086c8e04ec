// The national figures of a consolidation (issue #11 item 4, DECISIONS D34): for each `national`
// indicator of a plan and year, either the sum of the contributions of the plan's one partition of
// unit types (`aggregate`), judged against the national target by the one target rule, or, where a
// sum means nothing (indices, ranks, ratios), the entries of the units that report it, listed as
// they are. Pure: no files, so it is tested without them.
//
// - Counted: the unit's current file is a sealed submission that is valid (hash and signature
//   verified, no errors) and, when a roster is given, on it: the files consolidate would rank.
// - A contribution is the entry's value when it is a finite number the ministry's own check did not
//   find invalid, missing or not applicable, whatever its status against the plan's target.
// - The sum is exact up to one final rounding (Shewchuk's partials, as Python's math.fsum), so it is
//   the same whatever order the files arrived in.
// - Every unit of a summed type that does not contribute is listed with why, so the ministry sees
//   how partial the sum is; roster units of those types that sent nothing are among them.
import type { CellValue, Status } from "../../domain/entry";
import type { Indicator, Plan, Target, Text, UnitType, ValueType } from "../../domain/plan";
import { formatNumber, formatPercent, formatTarget } from "../../domain/format";
import { STATUS_LABELS } from "../../domain/status-labels";
import { completionOf, isNotDue, statusAgainst, targetRule } from "../../domain/target";
import type { Consolidation, UnitResult } from "./consolidate-model";
import type { EntryReport, FileReport } from "./file-report";
import { OWN_ENTRIES } from "./consolidate-model";
import type { Roster } from "./roster";

/** Why a unit of a summed type adds nothing to the sum. */
export type GapReason = "not-received" | "not-counted" | "no-entry" | "empty" | "invalid" | "not-applicable";

export const GAP_REASONS: Record<GapReason, Text> = {
  "not-received": { vi: "chưa nộp (theo danh sách đơn vị)", en: "sent nothing (by the roster)" },
  "not-counted": {
    vi: "tệp không được tính (mẫu chưa niêm phong, còn lỗi, mã kiểm tra hoặc chữ ký không khớp, hoặc không có trong danh sách)",
    en: "its file is not counted (an unsealed template, errors, a hash or signature that does not verify, or not on the roster)",
  },
  "no-entry": { vi: "báo cáo không có chỉ tiêu này", en: "the report does not cover this indicator" },
  empty: { vi: "để trống", en: "left empty" },
  invalid: { vi: "giá trị không hợp lệ", en: "an invalid value" },
  "not-applicable": { vi: "ghi không áp dụng", en: "answered not applicable" },
};

export interface NationalUnit {
  unitCode: string;
  name: string;
  unitType: UnitType;
  file: string | null;
}

export interface Contribution extends NationalUnit {
  value: number;
}

export interface Gap extends NationalUnit {
  reason: GapReason;
  /** The value as the file holds it (empty and invalid entries), else null. */
  value: CellValue;
}

/** A unit's entry listed as it is, never added: an index or rank, or a total outside the partition. */
export interface ListedEntry extends NationalUnit {
  value: CellValue;
  status: Status;
  completion: number | null;
}

interface NationalBase {
  planId: string;
  year: number;
  indicatorId: string;
  text: Text;
  unit: Text;
  valueType: ValueType;
  target: Target;
  deadlineYear: number;
  /** The target as the template shows it, e.g. "≥ 27.000 điểm". */
  targetText: Text;
  /** False when the target's deadline year is after the reporting year (a shortfall is not-due). */
  due: boolean;
}

export interface NationalSum extends NationalBase {
  kind: "sum";
  /** The partition of unit types whose entries add up to the national total. */
  unitTypes: UnitType[];
  /** Null when no unit contributed: nothing is judged. */
  sum: number | null;
  /** The sum against the national target; "missing" when no unit contributed. */
  status: Status;
  completion: number | null;
  contributors: number;
  contributions: Contribution[];
  gaps: Gap[];
  /** Counted entries of unit types outside the partition (the ministry's own figure, a province's): not added. */
  notSummed: ListedEntry[];
}

export interface NationalListed extends NationalBase {
  kind: "listed";
  /** The counted entries of the unit types that report it; empty when none was received. */
  entries: ListedEntry[];
}

export type NationalFigure = NationalSum | NationalListed;

/**
 * Exactly rounded sum of finite numbers (Shewchuk, "Adaptive Precision Floating-Point Arithmetic",
 * 1997, as in Python's math.fsum): the partials hold the exact sum, rounded once at the end, so the
 * result does not depend on the order of the values.
 */
export function exactSum(values: Iterable<number>): number {
  const partials: number[] = [];
  for (let x of values) {
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n]!;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n]!;
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  // Round half to even across the remaining partials, as fsum does.
  if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi === 0 ? 0 : hi;
}

/** The sum judged against the national target by the one target rule (src/domain/target.ts). */
export function judgeSum(
  ind: Pick<Indicator, "target" | "deadlineYear">,
  year: number,
  sum: number | null,
): { status: Status; completion: number | null } {
  if (sum === null) return { status: "missing", completion: null };
  const rule = targetRule(ind.target);
  const compared = statusAgainst(rule, sum);
  const status: Status = compared === "shortfall" && isNotDue(ind, year) ? "not-due" : compared;
  return { status, completion: completionOf(rule, sum, compared) };
}

const NO_VALUE: ReadonlySet<Status> = new Set<Status>(["invalid", "missing", "not-applicable"]);

/** The entry's contribution, or why it has none. */
export function contributionOf(value: CellValue, status: Status): number | GapReason {
  if (status === "not-applicable") return "not-applicable";
  if (value === null || value === "") return "empty";
  if (typeof value !== "number" || !Number.isFinite(value) || NO_VALUE.has(status)) return "invalid";
  return value === 0 ? 0 : value;
}

/** Whether consolidate counts the unit's file: what it would rank, a scoring scheme aside. */
export function isCounted(u: UnitResult): boolean {
  return u.unranked === null || u.unranked.code === "no-score";
}

/**
 * The national figures of every plan and year in the consolidation, in plan order. `planOf` finds a
 * plan by id (the --plan-file ones first); a plan it cannot find has no national figures.
 */
export function nationalFigures(
  c: Consolidation,
  planOf: (id: string) => Plan | undefined,
  roster: Roster | null,
  store: NationalStore = OWN_ENTRIES,
): NationalFigure[] {
  const groups = new Map<string, { plan: Plan; year: number; units: UnitResult[] }>();
  for (const u of c.units) {
    const key = `${u.report.plan!.id}|${u.report.unit!.year}`;
    let g = groups.get(key);
    if (!g) {
      const plan = planOf(u.report.plan!.id);
      if (!plan) continue;
      g = { plan, year: u.report.unit!.year, units: [] };
      groups.set(key, g);
    }
    g.units.push(u);
  }
  const out: NationalFigure[] = [];
  for (const { plan, year, units } of [...groups.values()].sort(
    (a, b) => (a.plan.id < b.plan.id ? -1 : a.plan.id > b.plan.id ? 1 : 0) || a.year - b.year,
  ))
    out.push(...figuresOf(plan, year, units, roster, store));
  return out;
}

function figuresOf(
  plan: Plan,
  year: number,
  units: readonly UnitResult[],
  roster: Roster | null,
  store: NationalStore,
): NationalFigure[] {
  const national = plan.indicators.filter((i) => i.scope === "national");
  if (national.length === 0) return [];
  const wanted = new Set(national.flatMap((i) => i.appliesTo));
  const read = units
    .filter((u) => wanted.has(u.report.unit!.unitType))
    .map((u) => ({ u, counted: isCounted(u) }));
  // Each unit's entries of the national indicators, read once (they may be on disk), kept per
  // indicator by the unit's place in `read`: 26 lists, where a Map per unit was 10,000 Maps (D44).
  const columns = new Map(national.map((i) => [i.id, new Array<NationalEntry | undefined>(read.length)]));
  read.forEach((r, k) => {
    for (const e of store.entries(r.u.report)) {
      const column = columns.get(e.indicatorId);
      if (column) column[k] = e;
    }
  });
  // Each row is one object literal with all its fields: a spread of the unit's fields followed by
  // more fields gave every one of 260,000 rows (10,000 units) its own hidden class and property
  // array, about 350 bytes a row where 80 do (D44).
  const listedEntry = (u: UnitResult, e: NationalEntry): ListedEntry => ({
    unitCode: u.report.unit!.code,
    name: u.name,
    unitType: u.report.unit!.unitType,
    file: u.report.file,
    value: e.value,
    status: e.status,
    completion: e.completion,
  });
  const gap = (u: UnitResult, reason: GapReason, value: CellValue): Gap => ({
    unitCode: u.report.unit!.code,
    name: u.name,
    unitType: u.report.unit!.unitType,
    file: u.report.file,
    reason,
    value,
  });
  const received = new Set(units.map((u) => u.report.unit!.code));
  return national.map((ind): NationalFigure => {
    const base: NationalBase = {
      planId: plan.id,
      year,
      indicatorId: ind.id,
      text: ind.text,
      unit: ind.unit,
      valueType: ind.valueType,
      target: ind.target,
      deadlineYear: ind.deadlineYear,
      targetText: { vi: formatTarget(ind, "vi"), en: formatTarget(ind, "en") },
      due: !isNotDue(ind, year),
    };
    const column = columns.get(ind.id)!;
    const listed = (types: ReadonlySet<string>): ListedEntry[] => {
      const out: ListedEntry[] = [];
      read.forEach((r, k) => {
        const e = column[k];
        if (e && r.counted && types.has(r.u.report.unit!.unitType)) out.push(listedEntry(r.u, e));
      });
      return out;
    };
    if (!ind.aggregate) return { ...base, kind: "listed", entries: listed(new Set(ind.appliesTo)) };
    const partition = new Set(ind.aggregate.unitTypes);
    const contributions: Contribution[] = [];
    const gaps: Gap[] = [];
    for (const [k, r] of read.entries()) {
      if (!partition.has(r.u.report.unit!.unitType)) continue;
      if (!r.counted) {
        gaps.push(gap(r.u, "not-counted", null));
        continue;
      }
      const e = column[k];
      if (!e) {
        gaps.push(gap(r.u, "no-entry", null));
        continue;
      }
      const v = contributionOf(e.value, e.status);
      if (typeof v === "number")
        contributions.push({
          unitCode: r.u.report.unit!.code,
          name: r.u.name,
          unitType: r.u.report.unit!.unitType,
          file: r.u.report.file,
          value: v,
        });
      else gaps.push(gap(r.u, v, v === "empty" ? null : e.value));
    }
    for (const m of roster?.units ?? [])
      if (m.unitType !== null && partition.has(m.unitType) && !received.has(m.code))
        gaps.push({
          unitCode: m.code,
          name: m.name,
          unitType: m.unitType,
          file: null,
          reason: "not-received",
          value: null,
        });
    const sum = contributions.length === 0 ? null : exactSum(contributions.map((x) => x.value));
    const others = new Set(ind.appliesTo.filter((t) => !partition.has(t)));
    return {
      ...base,
      kind: "sum",
      unitTypes: [...ind.aggregate.unitTypes],
      sum,
      ...judgeSum(ind, year, sum),
      contributors: contributions.length,
      contributions,
      gaps,
      notSummed: listed(others),
    };
  });
}

/** The command's text summary of the national figures: a line per sum, one for the rest. */
export function nationalSummary(figures: readonly NationalFigure[], lang: "vi" | "en"): string[] {
  const vi = lang === "vi";
  const lines: string[] = [];
  let listed = 0;
  let withEntry = 0;
  for (const f of figures) {
    if (f.kind === "listed") {
      listed++;
      if (f.entries.length > 0) withEntry++;
      continue;
    }
    const head = `${vi ? "Toàn ngành" : "National"} · ${f.planId} ${f.year} · ${f.indicatorId}: `;
    const gaps = f.gaps.length;
    const tail =
      gaps === 0
        ? vi
          ? "đủ số liệu của mọi đơn vị đã nhận"
          : "every received unit has a value"
        : vi
          ? `tổng CHƯA ĐẦY ĐỦ, ${gaps} đơn vị thiếu số liệu`
          : `the sum is PARTIAL, ${gaps} units without a value`;
    if (f.sum === null) {
      lines.push(
        head +
          (gaps === 0
            ? vi
              ? "chưa nhận báo cáo nào của các loại đơn vị được cộng"
              : "no report received from the summed unit types"
            : (vi ? "chưa có số liệu đóng góp nào; " : "no contribution yet; ") + tail),
      );
      continue;
    }
    const done =
      f.completion === null ? "" : ` (${formatPercent(Math.round(f.completion * 1000) / 1000, lang)})`;
    lines.push(
      head +
        (vi
          ? `tổng ${formatNumber(f.sum, lang)} của ${f.contributors} đơn vị so với ${f.targetText.vi} → ${STATUS_LABELS.vi[f.status]}${done}; `
          : `sum ${formatNumber(f.sum, lang)} of ${f.contributors} units against ${f.targetText.en} → ${STATUS_LABELS.en[f.status]}${done}; `) +
        tail,
    );
  }
  if (listed > 0)
    lines.push(
      vi
        ? `Toàn ngành: ${listed} chỉ tiêu không cộng (chỉ số, thứ hạng, tỷ lệ): ${withEntry} có số liệu của đơn vị báo cáo, ${listed - withEntry} chưa nhận; xem trang "Toàn ngành"`
        : `National: ${listed} indicators not summed (indices, ranks, ratios): ${withEntry} with the reporting unit's entry, ${listed - withEntry} not received; see the "National" sheet`,
    );
  return lines;
}

const STATUS_TEXT: ReadonlyMap<string, Status> = new Map(
  Object.keys(STATUS_LABELS.en).map((st) => [st, st as Status]),
);

/** What the national figures read of an entry: a sum or a list needs nothing more. */
export type NationalEntry = Pick<EntryReport, "indicatorId" | "value" | "status" | "completion">;

/** Where the national figures find each report's entries: the report itself, or NationalEntries. */
export interface NationalStore {
  entries(r: FileReport): readonly NationalEntry[];
}

/** The plan's national indicators' ids, each mapped to the plan's own copy of the text. */
export function nationalIds(plan: Plan | undefined): ReadonlyMap<string, string> {
  return new Map((plan?.indicators ?? []).filter((i) => i.scope === "national").map((i) => [i.id, i.id]));
}

/**
 * The entries of national indicators, kept aside as reports arrive (a few per report), so the
 * national figures never read the spilled entries back from disk. Only the four fields the figures
 * read are kept: a whole entry (explanation, evidence, issues) for each of 10,000 units' national
 * rows held memory near 300 MB on its own.
 */
export class NationalEntries implements NationalStore {
  private readonly kept = new Map<FileReport, NationalEntry[]>();
  /** Per plan, its national indicators' ids, each mapped to the plan's own copy of the text. */
  private readonly idsOf = new Map<string, ReadonlyMap<string, string>>();

  constructor(private readonly planOf: (id: string) => Plan | undefined) {}

  keep(r: FileReport): void {
    if (r.rejected || !r.plan) return;
    let ids = this.idsOf.get(r.plan.id);
    if (!ids) {
      ids = nationalIds(this.planOf(r.plan.id));
      this.idsOf.set(r.plan.id, ids);
    }
    if (ids.size === 0) return;
    const mine: NationalEntry[] = [];
    // Each report comes from its worker with its own copy of every id and status text: the plan's
    // id and one status text are kept instead (520,000 copies at 10,000 units, 17 MB; D44).
    // A reader that made the entries ready for the spill sent the national ones apart (D53).
    for (const e of r.spilled ? r.spilled.national : r.entries) {
      const id = ids.get(e.indicatorId);
      if (id !== undefined)
        mine.push({
          indicatorId: id,
          value: e.value,
          status: STATUS_TEXT.get(e.status) ?? e.status,
          completion: e.completion,
        });
    }
    if (mine.length > 0) this.kept.set(r, mine);
  }

  entries(r: FileReport): readonly NationalEntry[] {
    return this.kept.get(r) ?? [];
  }
}
