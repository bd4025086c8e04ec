// The report sheet of a submission, as data: every cell's text, font and place, the row heights, the
// page breaks. A pure function of the sealed submission and its plan (the print choices are sealed
// with it, DECISIONS D17), so a reader can rebuild the sheet and compare it with what it received,
// and the ExcelJS writer (submission-workbook.ts) only renders it.
//
// The layout follows Decree 30/2020/NĐ-CP, Appendix I (docs/report.md cites each rule): A4, Times New
// Roman, margins of 20 mm top and bottom, 30 mm left and 15 mm right; landscape, which the decree
// allows for a document holding a table; the issuing body's name under the body it belongs to, top
// left; the national name and motto top right; number; place and date; document type and subject;
// "Kính gửi"; the content; "Nơi nhận" bottom left and the signature block bottom right, with room
// for the signature and the seal; page numbers at the top from page 2.
import type { Indicator, Plan } from "../domain/plan";
import type { Submission, SubmissionEntry } from "../domain/submission";
import type { Status } from "../domain/entry";
import { STATUSES } from "../domain/entry";
import { statusLabels } from "../domain/status-labels";
import { unitTypeName } from "../domain/unit";
import { judgeOf, targetText, unitTargetMap } from "../domain/whose-target";
import { defaultReportPrint, type ReportPrint } from "../domain/report-print";
import type { Language } from "../workbook/port";
import { statusColours } from "../workbook/palette";
import { REPORT_TABLE, reportStrings } from "./submission-strings";
import { printedCompletion, printedScore, printedValue } from "./submission-numbers";
import {
  cellHeight,
  linePitch,
  textWidth,
  CELL_PADDING,
  lineWrapper,
  wrapWidth,
  type FontSpec,
} from "./text-fit";

export interface ReportFont extends FontSpec {
  underline?: boolean;
  /** RGB hex; black when absent. */
  colour?: string;
}

/** Which sides of a table cell carry a line (a row cut over two sheet rows has no line at the cut). */
export type Box = "all" | "noBottom" | "noTop" | "sides";

export interface ReportCell {
  row: number;
  col: number;
  /** Columns covered, merged when more than one. */
  span: number;
  text: string | number;
  font: ReportFont;
  hAlign: "left" | "center" | "right";
  vAlign: "top" | "middle" | "bottom";
  wrap: boolean;
  box?: Box;
  /** RGB hex, e.g. "FFC7CE". */
  fill?: string;
}

export interface ReportSheet {
  name: string;
  language: Language;
  /** Column widths in characters of the default font (Times New Roman 11). */
  columns: number[];
  cells: ReportCell[];
  /** Height of each row in points; heights[0] is row 1. */
  heights: number[];
  /** The table's header row, repeated at the top of every page. */
  tableHeaderRow: number;
  lastRow: number;
  /** Rows after which a page ends. */
  breaks: number[];
  pages: number;
  /** Header and footer texts with Excel's codes; the first page has no page number (Decree 30). */
  header: string;
  footer: string;
}

/** Decree 30/2020/NĐ-CP, Appendix I, Part I.I.3: top and bottom 20-25 mm, left 30-35, right 15-20. */
export const REPORT_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 8 };
const MM = 72 / 25.4;
/** A4 landscape, in points. */
export const PAGE = { width: 297 * MM, height: 210 * MM };
/** The body's height on a page; a little is kept back against the programs' rounding. */
export const BODY_HEIGHT = (PAGE.height - (REPORT_MARGINS_MM.top + REPORT_MARGINS_MM.bottom) * MM) * 0.99;

/**
 * No., indicator, unit, target, result, completion, assessment, explanation, evidence: 125
 * characters, 687 points in LibreOffice (the wider of the two programs), inside the 714 points
 * between the decree's margins, so the table prints at 100% and its text stays at 11 pt.
 */
// No width of exactly 9: ExcelJS leaves such a column out of the file (9 is its default), and
// the programs then use their own, narrower default.
export const REPORT_COLUMNS = [5, 28, 10, 12, 11, 10, 10, 25, 14];
const ALL = REPORT_COLUMNS.length;
/** The table's columns one by one. */
const COLUMN = REPORT_COLUMNS.map((_, i) => ({ col: i + 1, span: 1 }));
/** Header blocks: the issuing body on the left, the national name and motto on the right. */
const LEFT = { col: 1, span: 4 };
const RIGHT = { col: 5, span: 5 };
/** Closing blocks: recipients, the preparer, the signer. */
const RECIPIENTS = { col: 1, span: 2 };
const PREPARER = { col: 3, span: 4 };
const SIGNER = { col: 7, span: 3 };

/**
 * A row of more lines than this is cut over several sheet rows (a page holds about 30 lines and
 * Excel at most 409 points a row), in pieces of CHUNK lines, which fill the ends of pages well.
 */
const SPLIT_AT = 11;
const CHUNK = 6;
/** Room left for the handwritten signature and the seal between the title and the name. */
const SIGNATURE_SPACE = 80;

const TABLE: ReportFont = { size: 11 };
/** Each table column's wrapping, its box worked out once. */
const TABLE_LINES = REPORT_COLUMNS.map((w) => lineWrapper(wrapWidth([w]), TABLE));
/** The status column's font in each status colour, shared by every cell of that colour. */
const COLOURED = new Map<string, ReportFont>();
const colouredFont = (colour: string): ReportFont => {
  let font = COLOURED.get(colour);
  if (!font) COLOURED.set(colour, (font = { ...TABLE, colour }));
  return font;
};
const BODY: ReportFont = { size: 13 };
const HEADER_FILL = "D9E1F2";
const FIELD_FILL = "F2F2F2";
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/** The sealed print choices, or, for a submission sealed before they existed, none but a language. */
export function printOf(sub: Submission, fallback: Language): ReportPrint {
  return sub.print ?? defaultReportPrint(fallback);
}

const upper = (s: string) => s.toLocaleUpperCase("vi");

/** A run of underscores about `width` points long: the decree's short rules under names and titles. */
function rule(width: number): string {
  const n = Math.max(3, Math.round(width / textWidth("_", BODY)));
  return "_".repeat(n);
}

const span = (cols: { col: number; span: number }) =>
  REPORT_COLUMNS.slice(cols.col - 1, cols.col - 1 + cols.span);

/** The sheet's cells and row structure, before row heights and page breaks are worked out. */
export interface ReportCells {
  name: string;
  language: Language;
  cells: ReportCell[];
  /** Each row's own minimum height in points (0: none); minHeights[0] is row 1. */
  minHeights: number[];
  tableHeaderRow: number;
  keepWithNext: ReadonlySet<number>;
  lastEntryFirstRow: number;
  closingFirst: number;
  lastRow: number;
}

/**
 * Every cell of the report sheet, where it goes and what it says: what a reader compares with the
 * sheet it received. reportSheet adds the row heights and the page breaks, which only the writer needs.
 */
export function reportCells(sub: Submission, plan: Plan, fallback: Language = "vi"): ReportCells {
  const print = printOf(sub, fallback);
  const lang = print.language;
  const r = reportStrings(lang, sub.kind);
  // A registration's words and colours (a commitment below the plan: amber, D42).
  const words = statusLabels(lang, sub.kind);
  const colours = statusColours(sub.kind);
  const cells: ReportCell[] = [];
  const minHeights: number[] = [];
  let row = 0;
  const next = (min = 0): number => {
    row++;
    minHeights[row - 1] = min;
    return row;
  };
  const put = (
    at: number,
    where: { col: number; span: number },
    text: string | number,
    font: ReportFont,
    more?: Partial<Pick<ReportCell, "hAlign" | "vAlign" | "box" | "fill">>,
  ) => {
    // Built field by field, not spread: a report has hundreds of cells and thousands are read.
    const cell: ReportCell = {
      row: at,
      col: where.col,
      span: where.span,
      text,
      font,
      hAlign: more?.hAlign ?? "center",
      vAlign: more?.vAlign ?? "top",
      wrap: true,
    };
    if (more?.box !== undefined) cell.box = more.box;
    if (more?.fill !== undefined) cell.fill = more.fill;
    cells.push(cell);
  };
  const all = { col: 1, span: ALL };

  // Header (Decree 30, Appendix I, II.1 to II.4): left, the body the unit belongs to (capitals,
  // 12-13 pt) above the unit's name (capitals, bold) and a short rule; right, the national name
  // (capitals, bold, 12-13 pt) above the motto (bold, 13-14 pt) and a rule as long as the motto.
  const unitName = upper(sub.unit.name);
  const left: [string, ReportFont][] = [
    ...(print.governingBody ? [[upper(print.governingBody), { size: 12 }] as [string, ReportFont]] : []),
    [unitName, { size: 12, bold: true }],
    [rule(Math.min(textWidth(unitName, { size: 12, bold: true }), 200) / 2.5), { size: 12 }],
  ];
  const right: [string, ReportFont][] = [
    [r.nationalName, { size: 12, bold: true }],
    [r.motto, { size: 13, bold: true }],
    [rule(textWidth(r.motto, { size: 13, bold: true })), { size: 12 }],
  ];
  for (let i = 0; i < 3; i++) {
    const at = next();
    if (left[i]) put(at, LEFT, left[i]![0], left[i]![1]);
    put(at, RIGHT, right[i]![0], right[i]![1]);
  }
  {
    const at = next();
    put(at, LEFT, r.documentNumber(print.documentNumber), BODY);
    const d = print.date
      ? {
          y: Number(print.date.slice(0, 4)),
          m: Number(print.date.slice(5, 7)),
          d: Number(print.date.slice(8)),
        }
      : null;
    put(at, RIGHT, r.placeDate(print.place, d), { size: 13, italic: true });
  }
  next(10);
  // Document type and subject (II.5: capitals, bold, 13-14 pt; a short rule below).
  put(next(), all, r.docType, { size: 14, bold: true });
  const subject = r.subject(sub.unit.year);
  put(next(), all, subject, { size: 14, bold: true });
  put(next(), all, r.planLine(plan.documentNumber, plan.date, plan.issuer[lang]), BODY);
  put(next(), all, rule(textWidth(subject, { size: 14, bold: true }) / 3), { size: 12 });
  if (print.recipient) put(next(), all, `${r.to}: ${print.recipient}`, { size: 14 });
  next(6);
  const unitType = unitTypeName(plan, sub.unit.unitType)[lang];
  put(next(), all, r.intro(sub.unit.code, unitType, sub.period.from, sub.period.to), BODY, {
    hAlign: "left",
  });
  next(4);

  // The table.
  const tableHeaderRow = next();
  REPORT_TABLE.map((k) => r.columns[k]).forEach((h, i) =>
    put(
      tableHeaderRow,
      { col: i + 1, span: 1 },
      h,
      { ...TABLE, bold: true },
      {
        vAlign: "middle",
        box: "all",
        fill: HEADER_FILL,
      },
    ),
  );
  /** Rows that must stay on one page with the next row (a heading and its first line). */
  const keepWithNext = new Set<number>([tableHeaderRow]);
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const unitTargets = unitTargetMap(sub.unitTargets?.targets);
  const fieldName = new Map(plan.fields.map((f) => [f.id, f.name[lang]]));
  let field: string | null = null;
  let fields = 0;
  let lastEntryFirstRow = tableHeaderRow;
  sub.entries.forEach((e, i) => {
    const ind = byId.get(e.indicatorId);
    const f = ind?.field ?? null;
    if (f !== null && f !== field) {
      field = f;
      const at = next();
      put(
        at,
        all,
        `${ROMAN[fields] ?? fields + 1}. ${fieldName.get(f) ?? f}`,
        { ...TABLE, bold: true },
        {
          hAlign: "left",
          box: "all",
          fill: FIELD_FILL,
        },
      );
      keepWithNext.add(at);
      fields++;
    }
    lastEntryFirstRow = entryRows(i + 1, e, ind);
  });

  function entryRows(n: number, e: SubmissionEntry, ind: Indicator | undefined): number {
    const judge = ind && judgeOf(ind, { unitTargets });
    const texts: (string | number)[] = [
      n,
      ind ? ind.text[lang] : e.indicatorId,
      ind ? ind.unit[lang] : "",
      ind ? targetText(ind, judge!, lang) : "",
      // A percentage is rounded on the side of the target that judged it (the unit's own, D33).
      printedValue(e.value, judge?.by === "unit" ? { ...ind!, target: judge.target } : ind, e.status, lang),
      printedCompletion(e.completion, e.status, lang),
      words[e.status],
      e.explanation,
      e.evidence,
    ];
    const lines = texts.map((t, c) => (typeof t === "number" ? [String(t)] : TABLE_LINES[c]!(t)));
    const long = lines.map((l) => l.length > SPLIT_AT);
    const parts = Math.max(1, ...lines.map((l, c) => (long[c] ? Math.ceil(l.length / CHUNK) : 1)));
    const colour = colours[e.status as Status];
    const first = row + 1;
    for (let p = 0; p < parts; p++) {
      const at = next();
      const box: Box = parts === 1 ? "all" : p === 0 ? "noBottom" : p === parts - 1 ? "noTop" : "sides";
      texts.forEach((t, c) => {
        // A long text is cut at the lines it wraps into; each piece is what that sheet row shows.
        // Shorter texts stay whole in the first piece.
        const text = long[c] ? lines[c]!.slice(p * CHUNK, (p + 1) * CHUNK).join("\n") : p === 0 ? t : "";
        const hAlign = c === 0 || (c >= 4 && c <= 6) ? "center" : "left";
        if (c === 6 && colour)
          put(at, COLUMN[c]!, text, colouredFont(colour.font), { hAlign, box, fill: colour.fill });
        else put(at, COLUMN[c]!, text, TABLE, { hAlign, box });
      });
    }
    return first;
  }

  // After the table: the counts and the score, then recipients, preparer and signer side by side.
  const closingFirst = row + 1;
  next(8);
  const counts = STATUSES.filter((st) => (sub.summary.byStatus[st] ?? 0) > 0)
    .map((st) => `${words[st]} ${sub.summary.byStatus[st]}`)
    .join("; ");
  put(next(), all, r.summary(counts), BODY, { hAlign: "left" });
  const score = sub.summary.score;
  if (score)
    put(
      next(),
      all,
      r.score(
        printedScore(score.points, lang),
        printedScore(score.maxPoints, lang),
        score.percent === null ? "" : `${printedScore(score.percent, lang)}%`,
        score.band ? score.band[lang] : "",
      ),
      BODY,
      { hAlign: "left" },
    );
  next(12);
  // II.7 and II.9: "Nơi nhận" in bold italic 12 pt, its list in 11 pt, each line starting with a
  // dash, the last "- Lưu: VT."; the signer's position in capitals, bold, the name in bold.
  const recipients = [
    r.asAbove,
    ...print.copyTo.map((c) => `- ${c.replace(/^[-–\s]+/, "").replace(/[;.\s]+$/, "")};`),
    r.archive,
  ];
  const titleRow = next();
  put(titleRow, RECIPIENTS, r.recipients, { size: 12, bold: true, italic: true }, { hAlign: "left" });
  put(titleRow, PREPARER, r.preparerSign, { size: 13, bold: true });
  put(titleRow, SIGNER, print.signerTitle ? upper(print.signerTitle) : r.headSign, { size: 13, bold: true });
  const hintRow = next();
  put(hintRow, PREPARER, r.preparerHint, { size: 13, italic: true });
  put(hintRow, SIGNER, r.headHint, { size: 13, italic: true });
  put(hintRow, RECIPIENTS, recipients[0]!, { size: 11 }, { hAlign: "left" });
  // The rest of the list runs down beside the space kept for the signature and the seal.
  const listHeight = (text: string) => cellHeight(text, span(RECIPIENTS), { size: 11 });
  let space = 0;
  let k = 1;
  while (k < recipients.length || space < SIGNATURE_SPACE) {
    const text = recipients[k];
    const at = next(text === undefined ? 20 : 0);
    if (text !== undefined) put(at, RECIPIENTS, text, { size: 11 }, { hAlign: "left" });
    space += text === undefined ? 20 : listHeight(text);
    k++;
  }
  const nameRow = next();
  put(nameRow, PREPARER, sub.unit.preparer ?? "", { size: 13, bold: true });
  put(nameRow, SIGNER, print.signerName, { size: 13, bold: true });
  next(10);
  put(next(), all, r.hashLine(sub.hash), { size: 11 }, { hAlign: "left" });
  return {
    name: r.sheetName,
    language: lang,
    cells,
    minHeights,
    tableHeaderRow,
    keepWithNext,
    lastEntryFirstRow,
    closingFirst,
    lastRow: row,
  };
}

export function reportSheet(sub: Submission, plan: Plan, fallback: Language = "vi"): ReportSheet {
  const {
    cells,
    minHeights,
    tableHeaderRow,
    keepWithNext,
    lastEntryFirstRow,
    closingFirst,
    lastRow,
    ...rest
  } = reportCells(sub, plan, fallback);
  const r = reportStrings(rest.language, sub.kind);
  // Heights from the text: the tallest cell of each row, or the row's own minimum.
  const heights = minHeights.map((m) => m);
  for (const c of cells) {
    if (c.text === "") continue;
    const h = cellHeight(String(c.text), REPORT_COLUMNS.slice(c.col - 1, c.col - 1 + c.span), c.font, c.wrap);
    heights[c.row - 1] = Math.max(heights[c.row - 1] ?? 0, h);
  }
  for (let i = 0; i < heights.length; i++) if (!heights[i]) heights[i] = linePitch(11) + CELL_PADDING;

  const breaks = paginate(heights, tableHeaderRow, keepWithNext, lastEntryFirstRow, closingFirst);
  const font = (size: number) => `&"Times New Roman,Regular"&${size}`;
  return {
    name: rest.name,
    language: rest.language,
    columns: [...REPORT_COLUMNS],
    cells,
    heights,
    tableHeaderRow,
    lastRow,
    breaks,
    pages: breaks.length + 1,
    header: `&C${font(13)}&P`,
    footer: `&L${font(11)}${r.footerHash(sub.hash.slice(0, 16)).replace(/&/g, "&&")}`,
  };
}

/**
 * Page breaks for rows of these heights. Pages after the first start with the repeated table
 * header. Kept together: a heading with the row after it, and the last indicator with everything
 * after the table, so the signature never stands alone on a page.
 */
export function paginate(
  heights: readonly number[],
  tableHeaderRow: number,
  keepWithNext: ReadonlySet<number>,
  lastEntryFirstRow: number,
  closingFirst: number,
): number[] {
  const breaks: number[] = [];
  const h = (r: number) => heights[r - 1] ?? 0;
  const n = heights.length;
  const repeated = h(tableHeaderRow);
  const pageTop = () => (breaks.length === 0 ? 0 : repeated);
  const newPage = (after: number) => {
    breaks.push(after);
    used = repeated;
  };
  let used = 0;
  let r = 1;
  while (r <= n) {
    let end = r;
    while (keepWithNext.has(end) && end < n) end++;
    if (end >= lastEntryFirstRow && r < closingFirst) end = n;
    let size = 0;
    for (let i = r; i <= end; i++) size += h(i);
    if (used + size > BODY_HEIGHT && used > pageTop()) newPage(r - 1);
    if (used + size <= BODY_HEIGHT) used += size;
    else
      // A group taller than a page flows row by row.
      for (let i = r; i <= end; i++) {
        if (used + h(i) > BODY_HEIGHT && used > pageTop()) newPage(i - 1);
        used += h(i);
      }
    r = end + 1;
  }
  return breaks;
}
