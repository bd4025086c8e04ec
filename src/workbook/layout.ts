// buildLayout: a plan, a unit and the selected indicators become the template sheet as data
// (LayoutSpec). Entries already typed (a re-insert or an upgrade) are placed in their rows, and
// entries of removed indicators in the archive area below the table.
import type { CellValue, Entry, ReviewBasis, Status } from "../domain/entry";
import { STATUSES } from "../domain/entry";
import type { Indicator, Plan, UnitProfile, ValueType } from "../domain/plan";
import { hardBounds } from "../domain/bounds";
import { formatDate, formatValue } from "../domain/format";
import { isoToSerial } from "../domain/excel-date";
import { baseText, typedIndicator } from "../domain/growth";
import { periodOf } from "../domain/period";
import { DONE_TOKENS, NOT_APPLICABLE_TOKENS, NOT_DONE_TOKENS, statusLabels } from "../domain/status-labels";
import type { Language, ReportMeta } from "./port";
import type {
  CellStyle,
  ColumnKey,
  ColumnSpec,
  ConditionalFormatSpec,
  FormulaColumnSpec,
  InputRole,
  LayoutCell,
  LayoutSpec,
  NameSpec,
  TableGeometry,
  TrailKey,
  ValidationSpec,
} from "./layout-types";
import { EXCEL_LIMITS } from "./excel-limits";
import { SHEET_STRINGS } from "./strings";
import { unitTypeName } from "../domain/unit";
import {
  completionFormula,
  PARAM_KEYS,
  previousValidationFormula,
  statusFormula,
  targetParams,
  valueValidationFormula,
  xlString,
} from "./formulas";
import type { ParamKey, ParamRefs } from "./formulas";
import { META_NAMESPACE, META_SHEET_NAME, metaToRows, metaToXml } from "./meta";
import { statusColours } from "./palette";
import { judgeOf, judgingOf, targetText, unitTargetMap } from "../domain/whose-target";
import { NUMBER_FORMATS } from "./number-formats";
import { a1, colLetter, parseRange, shiftRows } from "./a1";
import { areasOf, markFormats } from "./marks";

/** An archived entry with the indicator text it had, so the archive stays readable on paper. */
export interface ArchiveRow {
  entry: Entry;
  text: string;
}

export interface LayoutRequest {
  plan: Plan;
  unit: UnitProfile;
  /** The rows, in order (usually selectIndicators(plan, unit.unitType, fields)). */
  indicators: readonly Indicator[];
  language: Language;
  meta: ReportMeta;
  /** Entries to place in the rows, matched by indicator id. */
  entries?: readonly Entry[];
  /** Entries kept from removed indicators. */
  archive?: readonly ArchiveRow[];
  /** The reviewer's name kept in the header (a re-insert carries it over). */
  reviewer?: string | null;
}

/**
 * The table's visible columns, left to right (docs/DECISIONS.md D28): what the accountant reads and
 * types first, so the value column is on screen at 1366×768 beside a 350 px pane, then the
 * explanations and the review, then the indicator id and field, kept for readers and tools. Data: a
 * column added later (the unit's own target, the previous period) slots in by its key. Readers
 * find columns by the SA_* names, never by these positions, so an older order still reads.
 */
export const COLUMN_ORDER: readonly ColumnKey[] = [
  "number",
  "indicator",
  "unit",
  "deadline",
  "target",
  "previous",
  "value",
  "completion",
  "status",
  "explanation",
  "evidence",
  "reviewDecision",
  "reviewComment",
  "id",
  "field",
];

/**
 * Widths in Excel's characters (about 7 px each plus 5 px): A to the value column, "Năm trước"
 * included, take about 780 px with the row headers, inside the ~1,016 px of sheet beside a 350 px
 * pane at 1366×768, with room left for one more column before the value (the unit's own target).
 */
const WIDTHS: Record<ColumnKey, number> = {
  number: 5,
  indicator: 38,
  unit: 10,
  deadline: 8,
  target: 16,
  previous: 12,
  value: 14,
  completion: 11,
  status: 13,
  explanation: 30,
  evidence: 22,
  reviewDecision: 14,
  reviewComment: 24,
  id: 18,
  field: 16,
};

/** Width of the hidden parameter columns (shown only when a person unhides them). */
const PARAM_WIDTH = 14;

/** The review trail, right of the parameter columns (docs/DECISIONS.md, "The review trail"). */
export const TRAIL_ORDER: readonly TrailKey[] = ["reply", "reviewedBy", "reviewedAt", "basis"];
/** The first trail column; the archive rows (SA_ARCHIVE) reach it too, so an archived row keeps its trail. */
export const TRAIL_FIRST_COL = COLUMN_ORDER.length + PARAM_KEYS.length + 1;
const TRAIL_WIDTHS: Record<TrailKey, number> = { reply: 36, reviewedBy: 20, reviewedAt: 22, basis: 14 };

/** Header block rows; the table header follows one blank row later. */
export const HEADER_ROWS = {
  title: 1,
  plan: 2,
  unitName: 3,
  unitCode: 4,
  unitType: 5,
  year: 6,
  preparer: 7,
  reviewer: 8,
} as const;
export const TABLE_HEADER_ROW = 9;

/** The workbook names of DESIGN §4 plus the ones a reader needs to find every input. */
export const NAMES = {
  ids: "SA_IDS",
  values: "SA_VALUES",
  explanations: "SA_EXPLANATIONS",
  evidence: "SA_EVIDENCE",
  status: "SA_STATUS",
  completion: "SA_COMPLETION",
  reviewDecisions: "SA_REVIEW_DECISIONS",
  reviewComments: "SA_REVIEW_COMMENTS",
  indicators: "SA_INDICATORS",
  targets: "SA_TARGETS",
  /** The deadline year of each row (plan text, like the target: shown, never read as an input). */
  deadlines: "SA_DEADLINES",
  /** The preparer input of the header block. */
  preparer: "SA_PREPARER",
  /** The "Năm trước" column: a growth indicator's base level (issue #12 item 4). */
  previous: "SA_PREVIOUS",
  /**
   * The archive rows, columns as in the table (A..O, then the review trail Y..AB; the parameter
   * columns between stay empty); present only when something is archived.
   */
  archive: "SA_ARCHIVE",
  /** The hidden parameter columns of the table rows (DECISIONS D9), P..X. */
  params: "SA_PARAMS",
  /** The review trail (Y..AB): the unit's replies, who decided, when, and on what (hidden). */
  replies: "SA_REPLIES",
  reviewedBy: "SA_REVIEWED_BY",
  reviewedAt: "SA_REVIEWED_AT",
  reviewBasis: "SA_REVIEW_BASIS",
  /** The reviewer's name in the header block, recorded with each decision. */
  reviewer: "SA_REVIEWER",
} as const;

/** The workbook name of each review-trail column. */
export const TRAIL_NAMES: Record<TrailKey, string> = {
  reply: NAMES.replies,
  reviewedBy: NAMES.reviewedBy,
  reviewedAt: NAMES.reviewedAt,
  basis: NAMES.reviewBasis,
};

const INPUT_FILL = "FFF9E0";
const HEADER_FILL = "D9E1F2";
const ARCHIVE_FILL = "EDEDED";

/** The statuses a template row is coloured for; "missing" is not: the empty input says it already. */
const COLOURED: readonly Status[] = STATUSES.filter((s) => s !== "missing");

// Shared style objects: 10,000 rows must not mean 130,000 style objects.
const S = {
  title: { bold: true, fontSize: 14, locked: true } as CellStyle,
  label: { bold: true, locked: true } as CellStyle,
  plain: { locked: true } as CellStyle,
  headerValue: { locked: true, hAlign: "left" } as CellStyle,
  // Text-formatted (DESIGN §4): "80%" or "1/2" typed into an explanation stays what was typed.
  preparer: { fill: INPUT_FILL, border: true, numFmt: "@", locked: false } as CellStyle,
  header: {
    bold: true,
    fill: HEADER_FILL,
    wrap: true,
    border: true,
    hAlign: "center",
    vAlign: "middle",
    locked: true,
  } as CellStyle,
  fixed: { border: true, wrap: true, vAlign: "top", locked: true } as CellStyle,
  fixedCenter: { border: true, vAlign: "top", hAlign: "center", locked: true } as CellStyle,
  completion: { border: true, vAlign: "top", numFmt: "0%", locked: true } as CellStyle,
  status: { border: true, vAlign: "top", bold: true, locked: true } as CellStyle,
  input: {
    border: true,
    wrap: true,
    vAlign: "top",
    fill: INPUT_FILL,
    numFmt: "@",
    locked: false,
  } as CellStyle,
  /** Written by the pane when a reviewer records a decision: not an input for the unit, so no fill. */
  trail: { border: true, wrap: true, vAlign: "top", locked: false } as CellStyle,
  basis: { locked: false } as CellStyle,
  archiveTitle: { bold: true, locked: true } as CellStyle,
  archive: { border: true, wrap: true, vAlign: "top", fill: ARCHIVE_FILL, locked: true } as CellStyle,
  param: { locked: true } as CellStyle,
  paramHeader: { bold: true, locked: true } as CellStyle,
};

/** A row without a base level: its "Năm trước" cell is part of the fixed text, not an input. */
const NO_PREVIOUS: CellStyle = { ...S.fixed, fill: ARCHIVE_FILL };

const valueStyles = new Map<string, CellStyle>();
function valueStyle(t: ValueType): CellStyle {
  let s = valueStyles.get(t);
  if (!s) {
    s = { ...S.input, wrap: false, numFmt: NUMBER_FORMATS[t] };
    valueStyles.set(t, s);
  }
  return s;
}

const clip = (s: string, n: number) => (s.length <= n ? s : s.slice(0, n - 1) + "…");

function boundText(ind: Indicator, lang: Language, n: number | undefined): string | undefined {
  if (n === undefined) return undefined;
  return ind.valueType === "date" ? formatDate(n) : formatValue(n, ind, lang);
}

/**
 * The input message of a value cell: the plan's entry note for the indicator when it has one (what
 * the person typing must know), then what to type, the target, and how to say "does not apply", as
 * much of it as fits in Excel's 255 characters; the pane shows the note in full.
 */
export function valuePrompt(ind: Indicator, lang: Language): string {
  const p = SHEET_STRINGS[lang].prompt;
  // A growth row's value cell holds this year's level, not the rate (issue #12 item 4).
  const t = typedIndicator(ind);
  const b = hardBounds(t);
  const expects = p.expects[t.valueType](boundText(t, lang, b.min), boundText(t, lang, b.max));
  // No target text: the message is shared by every row of a value type and bounds, so one rule
  // covers them all (issue #4: a 10,000-row template in a fixed number of requests); only rows
  // with a note of their own get a rule of their own.
  const general = `${expects} ${p.targetBeside} ${p.notApplicable}`;
  const note = ind.entryNote?.[lang].trim();
  if (!note) return clip(general, EXCEL_LIMITS.promptMessage);
  for (const tail of [general, `${expects} ${p.notApplicable}`, expects]) {
    const whole = `${note} ${tail}`;
    if (whole.length <= EXCEL_LIMITS.promptMessage) return whole;
  }
  return clip(note, EXCEL_LIMITS.promptMessage);
}

/** The review trail of an entry as its four cells hold it (reply, reviewed by, at, basis as JSON). */
export function trailCells(e: Entry | undefined): Record<TrailKey, CellValue> {
  const r = e?.review;
  return {
    reply: textOrNull(r?.reply),
    reviewedBy: textOrNull(r?.reviewer),
    reviewedAt: textOrNull(r?.reviewedAt),
    basis: r?.basis ? basisText(r.basis) : null,
  };
}

/** What the decision was made on, as the hidden basis cell holds it (JSON; errors as {"error":...}). */
export function basisText(b: ReviewBasis): string {
  return JSON.stringify({ value: b.value, reply: b.reply });
}

/** What a person typed, as the cell should hold it (a review decision as its label). */
function decisionLabel(entry: Entry | undefined, lang: Language): CellValue {
  const d = entry?.review.decision;
  return d ? SHEET_STRINGS[lang].decisions[d] : null;
}

const textOrNull = (s: string | undefined): CellValue => (s === undefined || s === "" ? null : s);

/** The reporting period of the unit's year (src/domain/period.ts) as the sheet shows it, dd/mm/yyyy. */
export function reportingPeriod(plan: Plan, year: number): { from: string; to: string } {
  const p = periodOf(plan, year);
  return { from: formatDate(isoToSerial(p.from)), to: formatDate(isoToSerial(p.to)) };
}

/** The A1 references of row `r`'s parameter cells, column-absolute ("$N12"). */
function paramRefs(g: TableGeometry, r: number): ParamRefs {
  return Object.fromEntries(PARAM_KEYS.map((k) => [k, `$${colLetter(g.param[k])}${r}`])) as ParamRefs;
}

/**
 * The cells of the formula columns, one per row, each with its own formula (the top row's moved
 * down): for readers of a spec that want every cell, such as tests and engines fed cell by cell.
 */
export function formulaColumnCells(spec: Pick<LayoutSpec, "formulaColumns">): LayoutCell[] {
  const out: LayoutCell[] = [];
  for (const fc of spec.formulaColumns)
    for (let row = fc.top; row <= fc.bottom; row++)
      out.push({
        row,
        col: fc.col,
        address: a1(row, fc.col),
        formula: shiftRows(fc.formula, row - fc.top),
        style: fc.style,
      });
  return out;
}

/** Adds cells to `cells`: a value or a formula, a style, and the input role of a cell people type in. */
function putter(cells: LayoutCell[]) {
  return (
    row: number,
    col: number,
    content: { value?: CellValue; formula?: string },
    style: CellStyle,
    input?: InputRole,
  ): void => {
    const cell: LayoutCell = { row, col, address: a1(row, col), style, ...content };
    if (input) cell.input = input;
    cells.push(cell);
  };
}

export function geometry(rowCount: number, archiveCount: number): TableGeometry {
  const col = Object.fromEntries(COLUMN_ORDER.map((k, i) => [k, i + 1])) as Record<ColumnKey, number>;
  const param = Object.fromEntries(PARAM_KEYS.map((k, i) => [k, COLUMN_ORDER.length + i + 1])) as Record<
    ParamKey,
    number
  >;
  const trail = Object.fromEntries(
    TRAIL_ORDER.map((k, i) => [k, COLUMN_ORDER.length + PARAM_KEYS.length + i + 1]),
  ) as Record<TrailKey, number>;
  const firstRow = TABLE_HEADER_ROW + 1;
  const lastRow = firstRow + rowCount - 1;
  const archive =
    archiveCount > 0
      ? {
          titleRow: lastRow + 3,
          headerRow: lastRow + 4,
          firstRow: lastRow + 5,
          lastRow: lastRow + 4 + archiveCount,
        }
      : null;
  return {
    headerRow: TABLE_HEADER_ROW,
    firstRow,
    lastRow,
    col,
    param,
    trail,
    archive,
    preparerCell: a1(HEADER_ROWS.preparer, 4),
    reviewerCell: a1(HEADER_ROWS.reviewer, 4),
  };
}

/**
 * The header block above the table: labels in A (they overflow into the empty B and C), values
 * in D, the reporting period beside the year. A function of its own because a re-insert must know
 * which header cells the OLD template wrote (from its metadata) to own exactly those.
 */
export function headerCells(
  plan: Plan,
  unit: UnitProfile,
  lang: Language,
  reviewer: string | null = null,
  kind?: ReportMeta["kind"],
): LayoutCell[] {
  const str = SHEET_STRINGS[lang];
  const cells: LayoutCell[] = [];
  const put = putter(cells);
  put(HEADER_ROWS.title, 1, { value: kind ? str.registration.title : str.title }, S.title);
  put(
    HEADER_ROWS.plan,
    1,
    { value: str.planLine(plan.documentNumber, formatDate(isoToSerial(plan.date)), plan.version) },
    S.plain,
  );
  const headerLines: [number, string, CellValue][] = [
    [HEADER_ROWS.unitName, str.header.unitName, unit.name],
    [HEADER_ROWS.unitCode, str.header.unitCode, unit.code],
    [HEADER_ROWS.unitType, str.header.unitType, unitTypeName(plan, unit.unitType)[lang]],
    [HEADER_ROWS.year, str.header.year, unit.year],
  ];
  for (const [row, labelText, value] of headerLines) {
    put(row, 1, { value: labelText }, S.label);
    put(row, 4, { value }, S.headerValue);
  }
  const period = reportingPeriod(plan, unit.year);
  put(HEADER_ROWS.year, 5, { value: str.periodLine(period.from, period.to) }, S.plain);
  put(HEADER_ROWS.preparer, 1, { value: str.header.preparer }, S.label);
  put(HEADER_ROWS.preparer, 4, { value: textOrNull(unit.preparer) }, S.preparer, "preparer");
  put(HEADER_ROWS.reviewer, 1, { value: str.header.reviewer }, S.label);
  put(HEADER_ROWS.reviewer, 4, { value: textOrNull(reviewer ?? undefined) }, S.preparer, "reviewer");
  return cells;
}

export function buildLayout(req: LayoutRequest): LayoutSpec {
  const { plan, unit, indicators, language: lang } = req;
  if (indicators.length === 0) throw new Error("buildLayout: no indicators to lay out");
  const str = SHEET_STRINGS[lang];
  const archive = req.archive ?? [];
  const g = geometry(indicators.length, archive.length);
  const C = g.col;
  const cells: LayoutCell[] = [];
  const put = putter(cells);

  cells.push(...headerCells(plan, unit, lang, req.reviewer ?? null, req.meta.kind));

  // Table header; a registration's value column holds the unit's commitment (D37).
  const headers = req.meta.kind ? { ...str.columns, value: str.registration.value } : str.columns;
  COLUMN_ORDER.forEach((key, i) => put(g.headerRow, i + 1, { value: headers[key] }, S.header));
  for (const k of PARAM_KEYS) put(g.headerRow, g.param[k], { value: str.params[k] }, S.paramHeader);
  for (const k of TRAIL_ORDER)
    put(g.headerRow, g.trail[k], { value: str.trail[k] }, k === "basis" ? S.paramHeader : S.header);

  const fieldName = new Map(plan.fields.map((f) => [f.id, f.name[lang]]));
  const byId = new Map<string, Entry>();
  for (const e of req.entries ?? []) if (!byId.has(e.indicatorId)) byId.set(e.indicatorId, e);

  const validations: ValidationSpec[] = [];
  const judging = judgingOf(plan, unit.unitType, unitTargetMap(req.meta.unitTargets?.targets));
  indicators.forEach((ind, i) => {
    const r = g.firstRow + i;
    const v = a1(r, C.value);
    const e = byId.get(ind.id);
    put(r, C.number, { value: i + 1 }, S.fixedCenter);
    put(r, C.id, { value: ind.id }, S.fixed);
    put(r, C.field, { value: fieldName.get(ind.field) ?? ind.field }, S.fixed);
    put(r, C.indicator, { value: ind.text[lang] }, S.fixed);
    put(r, C.unit, { value: ind.unit[lang] }, S.fixed);
    put(r, C.deadline, { value: ind.deadlineYear }, S.fixedCenter);
    const judge = judgeOf(ind, judging);
    put(r, C.target, { value: targetText(ind, judge, lang) }, S.fixed);
    // A growth row's value and "Năm trước" cells hold levels (issue #12 item 4); elsewhere the
    // "Năm trước" cell is empty and locked.
    const typed = typedIndicator(ind);
    if (ind.growth) {
      put(r, C.previous, { value: e?.previous ?? null }, valueStyle(typed.valueType), "previous");
      validations.push(previousValidation(ind, a1(r, C.previous), lang));
    } else put(r, C.previous, { value: null }, NO_PREVIOUS);
    put(r, C.value, { value: e ? e.value : null }, valueStyle(typed.valueType), "value");
    put(r, C.explanation, { value: textOrNull(e?.explanation) }, S.input, "explanation");
    put(r, C.evidence, { value: textOrNull(e?.evidence) }, S.input, "evidence");
    put(r, C.reviewDecision, { value: decisionLabel(e, lang) }, S.input, "reviewDecision");
    put(r, C.reviewComment, { value: textOrNull(e?.review.comment) }, S.input, "reviewComment");
    const params = targetParams(ind, unit.year, judge);
    for (const k of PARAM_KEYS) put(r, g.param[k], { value: params[k] }, S.param);
    const trail = trailCells(e);
    put(r, g.trail.reply, { value: trail.reply }, S.input, "reply");
    put(r, g.trail.reviewedBy, { value: trail.reviewedBy }, S.trail, "reviewedBy");
    put(r, g.trail.reviewedAt, { value: trail.reviewedAt }, S.trail, "reviewedAt");
    put(r, g.trail.basis, { value: trail.basis }, S.basis, "basis");
    validations.push(valueValidation(ind, v, lang, req.meta.kind));
  });
  validations.splice(0, validations.length, ...groupValidations(validations));

  // The status and completion columns: one formula each, written for the first row and filled down.
  const top = g.firstRow;
  const topParams = paramRefs(g, top);
  const formulaColumns: FormulaColumnSpec[] = [
    {
      col: C.completion,
      top,
      bottom: g.lastRow,
      formula: completionFormula(
        a1(top, C.value),
        a1(top, C.previous),
        a1(top, C.status),
        topParams,
        lang,
        req.meta.kind,
      ),
      style: S.completion,
    },
    {
      col: C.status,
      top,
      bottom: g.lastRow,
      formula: statusFormula(a1(top, C.value), a1(top, C.previous), topParams, lang, req.meta.kind),
      style: S.status,
    },
  ];

  const col = (k: ColumnKey, from = g.firstRow, to = g.lastRow) =>
    `${colLetter(C[k])}${from}:${colLetter(C[k])}${to}`;
  const trailCol = (k: TrailKey) =>
    `${colLetter(g.trail[k])}${g.firstRow}:${colLetter(g.trail[k])}${g.lastRow}`;
  const p = str.prompt;
  const textRule = (k: ColumnKey, title: string, message: string, maxLength: number): ValidationSpec => ({
    range: col(k),
    type: "textLength",
    maxLength,
    allowBlank: true,
    prompt: { title, message },
    error: { style: "stop", title: str.error.title, message: str.error.text },
  });
  validations.push(
    textRule("explanation", p.explanationTitle, p.explanationMessage, 2000),
    textRule("evidence", p.evidenceTitle, p.evidenceMessage, 1000),
    {
      range: col("reviewDecision"),
      type: "list",
      list: [str.decisions.accepted, str.decisions.returned],
      allowBlank: true,
      prompt: { title: p.decisionTitle, message: p.decisionMessage },
      error: { style: "stop", title: str.error.title, message: str.error.decision },
    },
    textRule("reviewComment", p.commentTitle, p.commentMessage, 2000),
    { ...textRule("reviewComment", p.preparerTitle, p.preparerMessage, 255), range: g.preparerCell },
    { ...textRule("reviewComment", p.replyTitle, p.replyMessage, 2000), range: trailCol("reply") },
    { ...textRule("reviewComment", p.reviewerTitle, p.reviewerMessage, 255), range: g.reviewerCell },
    {
      ...textRule("reviewComment", p.reviewerTitle, p.reviewedByMessage, 255),
      range: trailCol("reviewedBy"),
    },
    {
      ...textRule("reviewComment", p.reviewedAtTitle, p.reviewedAtMessage, 64),
      range: trailCol("reviewedAt"),
    },
    { ...textRule("reviewComment", p.basisTitle, p.basisMessage, 32767), range: trailCol("basis") },
  );

  // Archive area: same columns as the table, so one reader serves both.
  if (g.archive) {
    const ar = g.archive;
    put(ar.titleRow, 1, { value: str.archive.title }, S.archiveTitle);
    put(ar.titleRow, C.indicator, { value: str.archive.note }, { ...S.plain, italic: true });
    COLUMN_ORDER.forEach((key, i) => put(ar.headerRow, i + 1, { value: str.columns[key] }, S.header));
    for (const k of TRAIL_ORDER) put(ar.headerRow, g.trail[k], { value: str.trail[k] }, S.header);
    archive.forEach((row, i) => {
      const r = ar.firstRow + i;
      const e = row.entry;
      const values: Record<ColumnKey, CellValue> = {
        number: i + 1,
        id: e.indicatorId,
        field: null,
        indicator: textOrNull(row.text),
        unit: null,
        deadline: null,
        target: null,
        previous: e.previous ?? null,
        value: e.value,
        completion: null,
        status: null,
        explanation: textOrNull(e.explanation),
        evidence: textOrNull(e.evidence),
        reviewDecision: decisionLabel(e, lang),
        reviewComment: textOrNull(e.review.comment),
      };
      COLUMN_ORDER.forEach((key, c) => put(r, c + 1, { value: values[key] }, S.archive));
      const trail = trailCells(e);
      for (const k of TRAIL_ORDER) put(r, g.trail[k], { value: trail[k] }, S.archive);
    });
  }

  const abs = (range: string) => range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  const names: NameSpec[] = [
    { name: NAMES.ids, range: abs(col("id")) },
    { name: NAMES.values, range: abs(col("value")) },
    { name: NAMES.previous, range: abs(col("previous")) },
    { name: NAMES.explanations, range: abs(col("explanation")) },
    { name: NAMES.evidence, range: abs(col("evidence")) },
    { name: NAMES.status, range: abs(col("status")) },
    { name: NAMES.completion, range: abs(col("completion")) },
    { name: NAMES.reviewDecisions, range: abs(col("reviewDecision")) },
    { name: NAMES.reviewComments, range: abs(col("reviewComment")) },
    { name: NAMES.indicators, range: abs(col("indicator")) },
    { name: NAMES.targets, range: abs(col("target")) },
    { name: NAMES.deadlines, range: abs(col("deadline")) },
    { name: NAMES.preparer, range: abs(g.preparerCell) },
    {
      name: NAMES.params,
      range: abs(
        `${colLetter(g.param[PARAM_KEYS[0]!])}${g.firstRow}:${colLetter(g.param[PARAM_KEYS[PARAM_KEYS.length - 1]!])}${g.lastRow}`,
      ),
    },
    ...TRAIL_ORDER.map((k) => ({ name: TRAIL_NAMES[k], range: abs(trailCol(k)) })),
    { name: NAMES.reviewer, range: abs(g.reviewerCell) },
  ];
  if (g.archive) {
    names.push({
      name: NAMES.archive,
      range: abs(`A${g.archive.firstRow}:${colLetter(g.trail.basis)}${g.archive.lastRow}`),
    });
  }

  const lastCol = colLetter(COLUMN_ORDER.length);
  const statusCol = colLetter(C.status);
  // Colour the row's fixed part and its status; the input cells keep their input fill. The words
  // and colours are the document's own (a registration's commitment below the plan is amber, D42).
  const words = statusLabels(lang, req.meta.kind);
  const colours = statusColours(req.meta.kind);
  const conditionalFormats: ConditionalFormatSpec[] = COLOURED.flatMap((s) => {
    const colour = colours[s];
    return [
      {
        range: `A${g.firstRow}:${statusCol}${g.lastRow}`,
        status: s,
        formula: `$${statusCol}${g.firstRow}=${xlString(words[s])}`,
        fill: colour.fill,
        fontColor: colour.font,
      },
    ];
  });

  // The marks come first: on a value cell a mark outranks the row's status colour.
  conditionalFormats.unshift(...markFormats(indicators, g, lang, req.meta.kind));

  const lastPrintedRow = g.archive ? g.archive.lastRow : g.lastRow;
  const columns: ColumnSpec[] = [
    ...COLUMN_ORDER.map((key) => ({ key, width: WIDTHS[key] })),
    ...PARAM_KEYS.map((k) => ({ key: `param.${k}` as const, width: PARAM_WIDTH, hidden: true })),
    ...TRAIL_ORDER.map((k) => ({
      key: `trail.${k}` as const,
      width: TRAIL_WIDTHS[k],
      ...(k === "basis" ? { hidden: true } : {}),
    })),
  ];
  return {
    language: lang,
    sheetName: str.sheetName,
    columns,
    cells,
    formulaColumns,
    rowHeights: { [g.headerRow]: 32, ...(g.archive ? { [g.archive.headerRow]: 32 } : {}) },
    // The number and the indicator text stay in view while explanations and reviews are typed.
    freeze: { rows: g.headerRow, cols: C.indicator },
    validations,
    conditionalFormats,
    names,
    protection: {
      password: null,
      allowFormatColumns: true,
      allowFormatRows: true,
      allowSelectLocked: true,
      allowSelectUnlocked: true,
    },
    print: {
      paper: "A4",
      paperSizeCode: 9,
      orientation: "landscape",
      scale: 100,
      repeatRows: `${g.headerRow}:${g.headerRow}`,
      repeatColumns: `A:${colLetter(C.number)}`,
      pageOrder: "overThenDown",
      printArea: `A1:${lastCol}${lastPrintedRow}`,
      // Narrow sides, so the columns right of the indicator text fit one page with the number.
      margins: { left: 0.3, right: 0.3, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      footer: lang === "vi" ? "Trang &P/&N" : "Page &P of &N",
    },
    table: g,
    indicatorIds: indicators.map((i) => i.id),
    meta: req.meta,
    metaSheet: { name: META_SHEET_NAME, rows: metaToRows(req.meta) },
    customXml: { namespace: META_NAMESPACE, xml: metaToXml(req.meta) },
  };
}

/**
 * Rows whose rules are the same in relative terms become one rule over several areas (sqref
 * "G10 G17 G24:G25"), its formula relative to the first area's top-left cell: a template of
 * 10,000 rows has one rule per value type and bounds, not one per row.
 */
function groupValidations(list: readonly ValidationSpec[]): ValidationSpec[] {
  const groups = new Map<string, { spec: ValidationSpec; rows: number[]; col: number }>();
  for (const v of list) {
    const at = parseRange(v.range)!.box;
    const relative = v.formula?.split(v.range).join("\u0000");
    const k = JSON.stringify([
      v.type,
      relative,
      v.list,
      v.maxLength,
      v.allowBlank,
      v.prompt,
      v.error,
      at.left,
    ]);
    const g = groups.get(k);
    if (g) g.rows.push(at.top);
    else groups.set(k, { spec: v, rows: [at.top], col: at.left });
  }
  return [...groups.values()].map(({ spec, rows, col }) => ({ ...spec, range: areasOf(col, rows) }));
}

/**
 * A rule's areas, each with its formula moved to the area's own top-left cell: for writers that
 * take one range per rule (ExcelJS). Only the validated cell itself is referenced by a value
 * rule, so moving that one reference is the whole shift.
 */
export function validationAreas(v: ValidationSpec): { range: string; formula?: string }[] {
  const areas = v.range.split(" ").filter((x) => x !== "");
  const anchor = areas[0]!.split(":")[0]!;
  const ref = new RegExp(`(?<![A-Za-z0-9_$.])${anchor}(?![0-9])`, "g");
  return areas.map((range) => {
    const topLeft = range.split(":")[0]!;
    return v.formula === undefined ? { range } : { range, formula: v.formula.replace(ref, topLeft) };
  });
}

/** The "Năm trước" cell of a growth row: a number within the level's bounds, for the plan's base. */
function previousValidation(ind: Indicator, q: string, lang: Language): ValidationSpec {
  const str = SHEET_STRINGS[lang];
  const g = ind.growth!;
  const message = clip(
    str.prompt.previousMessage(g.level.text[lang], baseText(g, lang)),
    EXCEL_LIMITS.promptMessage,
  );
  return {
    range: q,
    type: "custom",
    formula: previousValidationFormula(ind, q),
    allowBlank: true,
    prompt: { title: str.prompt.previousTitle, message },
    error: { style: "warning", title: str.error.title, message: str.error.value },
  };
}

function valueValidation(
  ind: Indicator,
  v: string,
  lang: Language,
  kind?: ReportMeta["kind"],
): ValidationSpec {
  const str = SHEET_STRINGS[lang];
  const title = kind ? str.registration.valueTitle : str.prompt.valueTitle;
  const prompt = { title, message: valuePrompt(ind, lang) };
  const error = { style: "warning" as const, title: str.error.title, message: str.error.value };
  if (ind.valueType === "done") {
    // A drop-down of the words the status formula understands, in the template's language first.
    const vi = lang === "vi";
    const list = [
      vi ? DONE_TOKENS[0] : DONE_TOKENS[2],
      vi ? NOT_DONE_TOKENS[0] : NOT_DONE_TOKENS[2],
      vi ? NOT_APPLICABLE_TOKENS[0] : NOT_APPLICABLE_TOKENS[1],
    ];
    return { range: v, type: "list", list, allowBlank: true, prompt, error };
  }
  return {
    range: v,
    type: "custom",
    formula: valueValidationFormula(ind, v),
    allowBlank: true,
    prompt,
    error,
  };
}
