// The assessment of one entry, in the order of DECISIONS D1, which the template's formulas mirror.
// What a target means (edges of "met", tolerance, completion) is src/domain/target.ts's to say.
// Nothing here throws, whatever the input.
import type { Assessment, Entry, EntryPart, Issue, Review, Status } from "./entry";
import { isOpenReturn } from "./review";
import type { Indicator, Plan, Target } from "./plan";
import type { CellReading } from "./parse";
import { readCell } from "./parse";
import { hardBounds, percentSlip, plausibleBounds, separatorSlip } from "./bounds";
import { completionOf, isNotDue, statusAgainst, targetRule, type TargetRule } from "./target";
import { formatDate, formatNumber, formatPercent, formatTarget, formatValue, type Lang } from "./format";
import { MESSAGES, type MessageKey, type MessageParams } from "./messages";
import { baseText, growthFromZero, growthRate, typedIndicator } from "./growth";
import { judgeOf, sectorFiguresOf, type Judging } from "./whose-target";

/**
 * How a compared value becomes a status: due (a shortfall is a shortfall), not-due (short of a
 * target due in a later year, issue #12 item 1) or reported (a contribution judged by no target,
 * issue #11: src/domain/whose-target.ts).
 */
type Mode = "due" | "not-due" | "reported";

/** The status of a value compared with its target, under the row's mode. */
function verdict(compared: Status, mode: Mode): Status {
  if (mode === "reported") return "reported";
  return compared === "shortfall" && mode === "not-due" ? "not-due" : compared;
}

/** Everything about an indicator the hot path needs, computed once per indicator object. */
interface Compiled {
  readonly ind: Indicator;
  readonly rule: TargetRule;
  readonly min: number;
  readonly max: number;
  readonly whole: boolean;
  readonly pmin: number;
  readonly pmax: number;
  readonly required: boolean;
  /** Unit types that may answer "not applicable" without a reviewer's acceptance (plan data). */
  readonly naAllowed: ReadonlySet<string>;
  readonly text: Record<
    Lang,
    { name: string; expected: string; target: string; range: string; plausible: string }
  >;
  /**
   * A growth indicator's level (issue #12 item 4): what its value and "Năm trước" cells hold, parsed
   * and bounded as the level; null on every other indicator, whose value cell holds what is judged.
   */
  readonly typed: Compiled | null;
  /** The template row's number (STT) the messages lead with; 0 when not about a row. */
  readonly stt: number;
  /** This indicator as row `stt` of a template, made on first use (issue #15). */
  readonly rows: Map<number, Compiled>;
  /** Sentences that do not depend on the value, built on first use. */
  readonly fixed: {
    missing?: Readonly<Issue["message"]>;
    notApplicableExplanation?: Readonly<Issue["message"]>;
    notApplicableUnearned?: Readonly<Issue["message"]>;
    previousMissing?: Readonly<Issue["message"]>;
    previousZero?: Readonly<Issue["message"]>;
  };
}

const cache = new WeakMap<Indicator, Compiled>();

/**
 * Who reports, and for which year: the reporting unit's type (whether its "not applicable" is the
 * plan's to allow, issue #12 item 3) and the reporting period's year (whether a target is due yet,
 * item 1). A caller that gives neither gets neither rule.
 */
export interface AssessContext extends Judging {
  unitType?: string;
  year?: number;
  /** Each indicator's row number (STT) in the template, so messages name the row as the sheet does. */
  stt?: ReadonlyMap<string, number>;
}

/**
 * The indicator as row `stt` of a template: its messages lead with "stt. name", the name column B
 * shows. A growth row's level keeps its own expectations ("a number ≥ 0 (billion VND)") under the
 * row's name, so its messages name the row the person sees.
 */
function atRow(c: Compiled, stt: number | undefined, name: Compiled["text"] = c.text): Compiled {
  if (!stt) return c;
  let row = c.rows.get(stt);
  if (!row) {
    row = {
      ...c,
      stt,
      rows: c.rows,
      fixed: {},
      text: {
        vi: { ...c.text.vi, name: name.vi.name },
        en: { ...c.text.en, name: name.en.name },
      },
      typed: c.typed && atRow(c.typed, stt, c.text),
    };
    c.rows.set(stt, row);
  }
  return row;
}

const SHORT_NAME = 60;
/** A short name for messages: the indicator's text cut at a word boundary. */
export function shortName(text: string): string {
  const t = text.trim();
  if (t.length <= SHORT_NAME) return t;
  const cut = t.lastIndexOf(" ", SHORT_NAME - 1);
  return t.slice(0, cut > 20 ? cut : SHORT_NAME - 1) + "…";
}

function boundsText(min: number, max: number, show: (n: number) => string): string {
  const hasMin = Number.isFinite(min);
  const hasMax = Number.isFinite(max);
  if (hasMin && hasMax) return `${show(min)} – ${show(max)}`;
  if (hasMin) return `≥ ${show(min)}`;
  if (hasMax) return `≤ ${show(max)}`;
  return "";
}

const TYPE_WORDS: Record<Lang, Record<Indicator["valueType"], string>> = {
  vi: {
    percent: "một tỷ lệ phần trăm",
    rate: "một tỷ lệ phần trăm (ví dụ 30%)",
    number: "một số",
    integer: "một số nguyên",
    rank: "một thứ hạng (số nguyên)",
    date: "ngày hoàn thành (dd/mm/yyyy), hoặc 'Chưa thực hiện' kèm giải trình",
    done: "'Có' hoặc 'Không' (hoặc TRUE/FALSE)",
  },
  en: {
    percent: "a percentage",
    rate: "a percentage (for example 30%)",
    number: "a number",
    integer: "a whole number",
    rank: "a rank (a whole number)",
    date: "the completion date (dd/mm/yyyy), or 'Not done' with an explanation",
    done: "'Yes' or 'No' (or TRUE/FALSE)",
  },
};

function describe(ind: Indicator, lang: Lang, min: number, max: number) {
  const show = (n: number): string => formatValue(n, ind, lang);
  const range = boundsText(min, max, show);
  const p = plausibleBounds(ind);
  const plausible = boundsText(p.min ?? -Infinity, p.max ?? Infinity, show);
  let expected = TYPE_WORDS[lang][ind.valueType];
  if (ind.valueType !== "done" && ind.valueType !== "date") {
    // "a percentage from 0% to 100%" reads better than a bare interval.
    if (Number.isFinite(min) && Number.isFinite(max))
      expected += lang === "vi" ? ` từ ${show(min)} đến ${show(max)}` : ` from ${show(min)} to ${show(max)}`;
    else if (range) expected += ` ${range}`;
  }
  const unit = ind.unit[lang].trim();
  if (unit && unit !== "%" && ind.valueType !== "done" && ind.valueType !== "date") expected += ` (${unit})`;
  return { name: shortName(ind.text[lang]), expected, target: formatTarget(ind, lang), range, plausible };
}

export function compileIndicator(ind: Indicator): Compiled {
  const hit = cache.get(ind);
  if (hit) return hit;
  const b = hardBounds(ind);
  const p = plausibleBounds(ind);
  const min = b.min ?? -Infinity;
  const max = b.max ?? Infinity;
  const compiled: Compiled = {
    ind,
    rule: targetRule(ind.target),
    min,
    max,
    whole: b.whole,
    pmin: p.min ?? -Infinity,
    pmax: p.max ?? Infinity,
    required: ind.required !== false,
    naAllowed: new Set((ind.naAllowed ?? []).flatMap((n) => n.unitTypes)),
    text: { vi: describe(ind, "vi", min, max), en: describe(ind, "en", min, max) },
    typed: ind.growth ? compileIndicator(typedIndicator(ind)) : null,
    stt: 0,
    rows: new Map(),
    fixed: {},
  };
  cache.set(ind, compiled);
  return compiled;
}

const ownCache = new WeakMap<Target, { source: Indicator; compiled: Compiled }>();

/** The indicator judged against a unit's own target: its messages quote that target. */
function compileOwn(ind: Indicator, target: Target): Compiled {
  const hit = ownCache.get(target);
  if (hit?.source === ind) return hit.compiled;
  const compiled = compileIndicator({ ...ind, target });
  ownCache.set(target, { source: ind, compiled });
  return compiled;
}

/** How a likely fix is quoted: integers without grouping ("27000") read the same in every locale. */
function suggestionText(n: number, c: Compiled, lang: Lang): string {
  switch (c.ind.valueType) {
    case "percent":
    case "rate":
      return formatPercent(n, lang);
    case "date":
      return formatDate(n);
    default:
      return Number.isInteger(n) ? String(n) : formatNumber(n, lang);
  }
}

function messageParams(
  c: Compiled,
  key: MessageKey,
  shown: Record<Lang, string> | string,
  suggestion: number | undefined,
  lang: Lang,
): MessageParams {
  const t = c.text[lang];
  return {
    id: c.ind.id,
    name: t.name,
    stt: c.stt,
    expected: t.expected,
    target: t.target,
    shown: typeof shown === "string" ? shown : shown[lang],
    suggestion: suggestion === undefined ? "" : suggestionText(suggestion, c, lang),
    range: key === "implausible" ? t.plausible : t.range,
    plan: "",
  };
}

function buildMessage(
  c: Compiled,
  key: MessageKey,
  shown: Record<Lang, string> | string,
  suggestion?: number,
): { vi: string; en: string } {
  const m = MESSAGES[key];
  return {
    vi: m.vi(messageParams(c, key, shown, suggestion, "vi")),
    en: m.en(messageParams(c, key, shown, suggestion, "en")),
  };
}

// Plain top-level functions, no closures per call: this runs for every entry with an issue.
function issue(
  c: Compiled,
  key: MessageKey,
  shown: Record<Lang, string> | string,
  suggestion?: number,
): Issue {
  const m = MESSAGES[key];
  const out: Issue = {
    code: m.code,
    severity: m.severity,
    indicatorId: c.ind.id,
    part: m.part,
    message: buildMessage(c, key, shown, suggestion),
  };
  if (suggestion !== undefined) out.suggestion = suggestion;
  return out;
}

/** An issue whose sentence does not depend on the value, built once per indicator and key. */
function fixedIssue(
  c: Compiled,
  key: "missing" | "notApplicableExplanation" | "notApplicableUnearned",
): Issue {
  const m = MESSAGES[key];
  let message = c.fixed[key];
  if (!message) message = c.fixed[key] = Object.freeze(buildMessage(c, key, ""));
  return { code: m.code, severity: m.severity, indicatorId: c.ind.id, part: m.part, message };
}

function shownValue(c: Compiled, x: number): Record<Lang, string> {
  if (!Number.isFinite(x)) return { vi: String(x), en: String(x) };
  return { vi: formatValue(x, c.ind, "vi"), en: formatValue(x, c.ind, "en") };
}

const NOT_DONE_SHOWN: Record<Lang, string> = { vi: "Chưa thực hiện", en: "Not done" };

// What Excel's TRIM(CLEAN(x)) leaves: control characters removed, ordinary spaces trimmed. The
// sheet's explanation mark (src/workbook/marks.ts) asks the same, so both call the same text blank.
function hasText(s: unknown): boolean {
  if (typeof s !== "string") return false;
  for (const ch of s) if (ch.charCodeAt(0) > 32) return true;
  return false;
}

/** D1 step 6: the number is invalid when outside the hard bounds or not whole where it must be. */
function boundsIssue(c: Compiled, x: number): Issue | null {
  if (!Number.isFinite(x)) return issue(c, "wrongType", String(x));
  if (x < c.min || x > c.max) {
    // 80 typed in a percent cell: 80% was meant.
    return issue(c, "outOfBounds", shownValue(c, x), percentSlip(c.ind, x) ?? undefined);
  }
  if (c.whole && !Number.isInteger(x)) {
    // A date with a time of day: the date part was meant.
    const likely = c.ind.valueType === "date" ? Math.floor(x) : undefined;
    const shown = { vi: formatNumber(x, "vi"), en: formatNumber(x, "en") };
    return issue(c, "notWhole", shown, likely);
  }
  return null;
}

function result(
  id: string,
  status: Status,
  value: number | null,
  completion: number | null,
  issues: Issue[],
) {
  return { indicatorId: id, status, value, completion, issues };
}

/**
 * Issue #12 item 3: "not applicable" is earned where the plan allows it for the unit type, or where
 * the reviewer accepted it; elsewhere it is an error, and scores as the scheme says (notApplicable).
 * Without a unit type (a caller that does not know it) only the explanation is asked for.
 */
function notApplicableIssues(c: Compiled, entry: Entry, unitType: string | undefined): Issue[] {
  const issues: Issue[] = [];
  if (!hasText(entry.explanation)) issues.push(fixedIssue(c, "notApplicableExplanation"));
  if (unitType !== undefined && !c.naAllowed.has(unitType) && entry.review?.decision !== "accepted")
    issues.push(fixedIssue(c, "notApplicableUnearned"));
  return issues;
}

function assessReading(
  c: Compiled,
  entry: Entry,
  r: CellReading,
  unitType: string | undefined,
  mode: Mode,
): Assessment {
  const id = c.ind.id;
  switch (r.kind) {
    case "empty":
      return result(id, "missing", null, null, c.required ? [fixedIssue(c, "missing")] : []);
    case "error":
      return result(id, "invalid", null, null, [issue(c, "cellError", r.code)]);
    case "notApplicable":
      return result(id, "not-applicable", null, null, notApplicableIssues(c, entry, unitType));
    case "textNumber":
      return result(id, "invalid", null, null, [
        issue(c, c.ind.valueType === "date" ? "textDate" : "textNumber", r.text, r.suggestion),
      ]);
    case "wrongType":
      return result(id, "invalid", null, null, [issue(c, "wrongType", r.shown)]);
    case "done": {
      // A milestone not done has no date to keep: its value is null, its completion 0.
      const milestone = c.rule.shape === "T";
      const status = verdict(r.done ? "met" : "shortfall", mode);
      const issues: Issue[] = [];
      if (status === "shortfall" && !hasText(entry.explanation))
        issues.push(issue(c, "shortfallExplanation", milestone ? NOT_DONE_SHOWN : shownValue(c, 0)));
      const completion = status === "reported" ? null : r.done ? 1 : 0;
      return result(id, status, milestone ? null : r.done ? 1 : 0, completion, issues);
    }
    default:
      return assessNumber(c, entry, r.value, mode);
  }
}

function assessNumber(c: Compiled, entry: Entry, x: number, mode: Mode): Assessment {
  const id = c.ind.id;
  const bad = boundsIssue(c, x);
  if (bad) return result(id, "invalid", Number.isFinite(x) ? x : null, null, [bad]);
  const value = x === 0 ? 0 : x;
  const issues: Issue[] = [];
  if (mode === "reported") {
    // A contribution judged by no target: its value stands, with no completion and no slip to guess.
    if (value < c.pmin || value > c.pmax) issues.push(issue(c, "implausible", shownValue(c, value)));
    return result(id, "reported", value, null, issues);
  }
  const compared = statusAgainst(c.rule, value);
  // Short of a target not yet due: progress, with its completion, no explanation (issue #12 item 1).
  const status = verdict(compared, mode);
  if (value < c.pmin || value > c.pmax)
    issues.push(issue(c, "implausible", shownValue(c, value), percentSlip(c.ind, value) ?? undefined));
  // A shortfall that a separator slip explains: 0.8 typed into a percent cell, "27.000" read as 27.
  // Higher is better (atLeast, range) or more than: the target's lower edge is completion's base.
  // Not-due rows too: the slip is the same whether the target is due or not.
  const base = c.rule.completion?.base;
  if (compared === "shortfall" && (c.rule.shape === "H" || c.rule.shape === "M") && base !== undefined) {
    const meant = separatorSlip(c.ind, value, base);
    if (meant !== null) {
      const key =
        c.ind.valueType === "percent" || c.ind.valueType === "rate" ? "percentSlip" : "thousandsSlip";
      issues.push(issue(c, key, shownValue(c, value), meant));
    }
  }
  if (status === "shortfall" && !hasText(entry.explanation))
    issues.push(issue(c, "shortfallExplanation", shownValue(c, value)));
  return result(id, status, value, completionOf(c.rule, value, compared), issues);
}

/**
 * A growth indicator (issue #12 item 4, DECISIONS D29): the value cell holds this period's level and
 * the "Năm trước" cell the base's; both are read and bounded as the level (`t`), and the rate
 * computed from them is what the target judges. An empty, N/A or unreadable value is read as on any
 * row; a valid value with no base is missing, a bad base invalid, each with an issue on "previous".
 */
function assessGrowth(
  c: Compiled,
  t: Compiled,
  entry: Entry,
  unitType: string | undefined,
  mode: Mode,
): Assessment {
  const id = c.ind.id;
  const g = c.ind.growth!;
  const v = entry.value;
  const r = typeof v === "number" ? ({ kind: "number", value: v } as const) : readCell(v ?? null, t.ind);
  if (r.kind !== "number") return assessReading(t, entry, r, unitType, mode);
  const bad = boundsIssue(t, r.value);
  if (bad) return result(id, "invalid", null, null, [bad]);
  const p = readCell(entry.previous ?? null, t.ind);
  if (p.kind === "empty")
    return result(id, "missing", null, null, [previousIssue(c, t, "previousMissing", "")]);
  if (p.kind !== "number") {
    const shown =
      p.kind === "textNumber"
        ? p.text
        : p.kind === "error"
          ? p.code
          : p.kind === "wrongType"
            ? p.shown
            : String(entry.previous);
    const hint = p.kind === "textNumber" ? p.suggestion : undefined;
    return result(id, "invalid", null, null, [previousIssue(c, t, "previousInvalid", shown, hint)]);
  }
  const q = p.value;
  if (!Number.isFinite(q) || q < t.min || q > t.max || (t.whole && !Number.isInteger(q))) {
    const shown = Number.isFinite(q) ? shownValue(t, q) : String(q);
    const hint = Number.isFinite(q) ? (percentSlip(t.ind, q) ?? undefined) : undefined;
    return result(id, "invalid", null, null, [previousIssue(c, t, "previousInvalid", shown, hint)]);
  }
  if (growthFromZero(g, q))
    return result(id, "invalid", null, null, [previousIssue(c, t, "previousZero", "")]);
  return assessRate(c, entry, growthRate(g, r.value, q), mode);
}

/** The computed rate against the target: as assessNumber, without the slips of a typed number. */
function assessRate(c: Compiled, entry: Entry, x: number, mode: Mode): Assessment {
  const value = x === 0 ? 0 : x;
  const issues: Issue[] = [];
  if (value < c.pmin || value > c.pmax) issues.push(issue(c, "implausible", shownValue(c, value)));
  if (mode === "reported") return result(c.ind.id, "reported", value, null, issues);
  const compared = statusAgainst(c.rule, value);
  const status = verdict(compared, mode);
  if (status === "shortfall" && !hasText(entry.explanation))
    issues.push(issue(c, "shortfallExplanation", shownValue(c, value)));
  return result(c.ind.id, status, value, completionOf(c.rule, value, compared), issues);
}

/** An issue on the "Năm trước" cell: the level's words (`t`), the base's (`c`'s growth). */
function previousIssue(
  c: Compiled,
  t: Compiled,
  key: "previousMissing" | "previousInvalid" | "previousZero",
  shown: Record<Lang, string> | string,
  suggestion?: number,
): Issue {
  const m = MESSAGES[key];
  const g = c.ind.growth!;
  const params = (lang: Lang): MessageParams => ({
    ...messageParams(t, key, shown, suggestion, lang),
    base: baseText(g, lang),
  });
  const build = () => ({ vi: m.vi(params("vi")), en: m.en(params("en")) });
  // The sentences that do not depend on the value are built once per indicator.
  const message = key === "previousInvalid" ? build() : (c.fixed[key] ??= Object.freeze(build()));
  const out: Issue = { code: m.code, severity: m.severity, indicatorId: c.ind.id, part: m.part, message };
  if (suggestion !== undefined) out.suggestion = suggestion;
  return out;
}

/**
 * Assesses one entry against its indicator (DECISIONS D1). Never throws. With the context's unit
 * type, a "not applicable" the plan does not allow that type needs the reviewer's acceptance (issue
 * #12 item 3); with its year, a shortfall against a target due in a later year is not-due (item 1).
 * The target that judges the row is src/domain/whose-target.ts's to say (issue #11): the unit's own
 * (always due: it is the unit's target for the year), the plan's, or none (the row is reported).
 * With a unit type, give `sectorFigures` too (assessReport takes it from the plan).
 */
export function assessEntry(ind: Indicator, entry: Entry, context?: AssessContext): Assessment {
  const judge = judgeOf(ind, context);
  const own = judge.by === "unit" ? compileOwn(ind, judge.target) : compileIndicator(ind);
  const c = atRow(own, context?.stt?.get(ind.id));
  const v = entry?.value;
  const year = context?.year;
  const mode: Mode =
    judge.by === "none"
      ? "reported"
      : judge.by === "plan" && year !== undefined && isNotDue(ind, year)
        ? "not-due"
        : "due";
  // Hot path: a number on a numeric indicator skips the reading step (D1 steps 1-5 cannot apply).
  const a =
    c.typed !== null
      ? assessGrowth(c, c.typed, entry ?? ({} as Entry), context?.unitType, mode)
      : typeof v === "number" && c.rule.shape !== "D"
        ? assessNumber(c, entry, v, mode)
        : assessReading(c, entry ?? ({} as Entry), readCell(v ?? null, ind), context?.unitType, mode);
  if (isOpenReturn(entry?.review, v ?? null)) a.issues.push(returnedIssue(c, entry.review));
  return a;
}

/**
 * An input cell of the indicator's row holds a formula (DESIGN §6): an error, as at the ministry
 * (template.formula-in-input), so what is sealed is what a person typed, never a computed "2" for
 * "=1+1". `address` is the cell's A1 address; `stt` the row's number in the template.
 */
export function formulaInputIssue(ind: Indicator, part: EntryPart, address: string, stt?: number): Issue {
  return { ...issue(atRow(compileIndicator(ind), stt), "formulaInput", address), part };
}

/** A returned row not answered yet: who returned it and why, quoted in both languages. */
function returnedIssue(c: Compiled, review: Review): Issue {
  const by = (review.reviewer ?? "").trim();
  const comment = review.comment.trim();
  const quoted = comment.length > 200 ? `${comment.slice(0, 199)}…` : comment;
  const shown = (word: string) => `${by ? ` (${by})` : ""}${quoted ? `${word} "${quoted}"` : ""}`;
  return issue(c, "returned", { vi: shown(":"), en: shown(":") });
}

function planIssue(key: "unknownIndicator", id: string, plan: Plan): Issue {
  const m = MESSAGES[key];
  const params: MessageParams = {
    id,
    name: "",
    stt: 0,
    expected: "",
    target: "",
    shown: "",
    suggestion: "",
    range: "",
    plan: `${plan.id} ${plan.version}`,
  };
  return {
    code: m.code,
    severity: m.severity,
    indicatorId: id,
    part: m.part,
    message: { vi: m.vi(params), en: m.en(params) },
  };
}

/**
 * Assesses a report: one Assessment per indicator in plan order (those that apply and have no entry
 * are missing), then one per entry whose indicator id the plan does not know (invalid). An entry for
 * an indicator that does not apply is still assessed: the unit chose to report it. When an id has
 * several entries the first counts and the row gets a template.duplicate-indicator error. Pass the
 * unit's type and year (AssessContext) so that N/A and deadlines are judged (assessEntry).
 */
export function assessReport(
  plan: Plan,
  entries: readonly Entry[],
  applies: (ind: Indicator) => boolean = () => true,
  context?: AssessContext,
): Assessment[] {
  const byId = new Map<string, Entry>();
  const duplicates = new Set<string>();
  const unknown: Entry[] = [];
  const known = new Set(plan.indicators.map((i) => i.id));
  // Whose figures the unit reports is the plan's to say (whose-target.ts).
  if (context?.unitType !== undefined && context.sectorFigures === undefined)
    context = { ...context, sectorFigures: sectorFiguresOf(plan, context.unitType) };
  for (const e of entries) {
    const id = typeof e?.indicatorId === "string" ? e.indicatorId : String(e?.indicatorId);
    if (!known.has(id)) unknown.push(e);
    else if (byId.has(id)) duplicates.add(id);
    else byId.set(id, e);
  }
  const out: Assessment[] = [];
  for (const ind of plan.indicators) {
    const e = byId.get(ind.id);
    if (!e && !applies(ind)) continue;
    const a = assessEntry(
      ind,
      e ?? {
        indicatorId: ind.id,
        value: null,
        explanation: "",
        evidence: "",
        review: { decision: null, comment: "" },
      },
      context,
    );
    if (duplicates.has(ind.id))
      a.issues.push(issue(atRow(compileIndicator(ind), context?.stt?.get(ind.id)), "duplicateIndicator", ""));
    out.push(a);
  }
  for (const e of unknown) {
    const id = typeof e?.indicatorId === "string" ? e.indicatorId : String(e?.indicatorId);
    out.push(result(id, "invalid", null, null, [planIssue("unknownIndicator", id, plan)]));
  }
  return out;
}
