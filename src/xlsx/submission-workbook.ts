// The submission workbook (issue #6): what a unit sends the ministry. The report sheet to print,
// sign and stamp (laid out by submission-report.ts, Decree 30/2020/NĐ-CP); a hidden long-format
// data sheet, one row per indicator; and a very-hidden seal sheet with the submission JSON and its
// hash. Browser-safe (the pane loads it on demand): ExcelJS and pure modules only, no Node built-ins.
import ExcelJS from "exceljs";
import type { Plan } from "../domain/plan";
import type { Submission, SubmissionEntry } from "../domain/submission";
import { keySortedJson } from "../domain/hash";
import { judgeOf, targetText, unitTargetMap } from "../domain/whose-target";
import { statusLabels } from "../domain/status-labels";
import type { Language } from "../workbook/port";
import { argb } from "../workbook/palette";
import { cellSafe, escapeUnderscoreHex, neutralise } from "../ooxml/neutralise";
import {
  DATA_COLUMNS,
  DATA_SHEET,
  sealChunks,
  SEAL_FORMAT_VERSION,
  SEAL_MARK,
  SEAL_ROWS,
  SEAL_SHEET,
} from "./submission-layout";
import { timesAsDefaultFont } from "./default-font";
import { xlsxBytes } from "./zip";
import { REPORT_MARGINS_MM, reportSheet, type Box, type ReportSheet } from "./submission-report";

const THIN = { style: "thin" as const, color: { argb: "FF808080" } };
const BORDERS: Record<Box, Partial<ExcelJS.Borders>> = {
  all: { top: THIN, left: THIN, bottom: THIN, right: THIN },
  noBottom: { top: THIN, left: THIN, right: THIN },
  noTop: { left: THIN, bottom: THIN, right: THIN },
  sides: { left: THIN, right: THIN },
};

/** Text for a machine sheet: neutralised, so a CSV saved from it never runs a formula. */
function text(s: string): string {
  return escapeUnderscoreHex(neutralise(cellSafe(s)));
}

/**
 * Text for the printed report: exactly as typed (issue #14: no apostrophe before "- Thiếu kinh
 * phí"). The cell is a string, which no program evaluates on opening, and the sheet is protected
 * against an edit that would re-enter it as a formula (DECISIONS D17).
 */
function printed(s: string | number): string | number {
  return typeof s === "number" ? s : escapeUnderscoreHex(cellSafe(s));
}

function cellValue(v: SubmissionEntry["value"]): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === "string") return text(v);
  return v;
}

const INCH = 25.4;

function addReportSheet(wb: ExcelJS.Workbook, m: ReportSheet): void {
  const col = (n: number) => String.fromCharCode(64 + n);
  const ws = wb.addWorksheet(m.name, {
    views: [{ showGridLines: false, zoomScale: 100 }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      // 100%, never "fit to page": shrinking is how the old report printed at 5-7 pt.
      fitToPage: false,
      scale: 100,
      margins: {
        left: REPORT_MARGINS_MM.left / INCH,
        right: REPORT_MARGINS_MM.right / INCH,
        top: REPORT_MARGINS_MM.top / INCH,
        bottom: REPORT_MARGINS_MM.bottom / INCH,
        header: REPORT_MARGINS_MM.header / INCH,
        footer: REPORT_MARGINS_MM.footer / INCH,
      },
      printTitlesRow: `${m.tableHeaderRow}:${m.tableHeaderRow}`,
      printArea: `A1:${col(m.columns.length)}${m.lastRow}`,
    },
    headerFooter: {
      differentFirst: true,
      firstHeader: "",
      firstFooter: m.footer,
      oddHeader: m.header,
      oddFooter: m.footer,
    },
  });
  ws.columns = m.columns.map((w) => ({ width: w }));
  m.heights.forEach((h, i) => (ws.getRow(i + 1).height = h));
  for (const c of m.cells) {
    if (c.span > 1) ws.mergeCells(c.row, c.col, c.row, c.col + c.span - 1);
    const cell = ws.getCell(c.row, c.col);
    cell.value = printed(c.text);
    cell.font = {
      name: "Times New Roman",
      size: c.font.size,
      ...(c.font.bold ? { bold: true } : {}),
      ...(c.font.italic ? { italic: true } : {}),
      ...(c.font.underline ? { underline: true } : {}),
      ...(c.font.colour ? { color: { argb: argb(c.font.colour) } } : {}),
    };
    cell.alignment = { horizontal: c.hAlign, vertical: c.vAlign, wrapText: c.wrap };
    for (let k = 0; k < c.span; k++) {
      const part = ws.getCell(c.row, c.col + k);
      if (c.box) part.border = BORDERS[c.box];
      if (c.fill) part.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(c.fill) } };
    }
  }
  for (const b of m.breaks) ws.getRow(b).addPageBreak();
  // Protected without a password, as the template is: nobody changes the signed text by accident.
  void ws.protect("", { selectLockedCells: true, selectUnlockedCells: true });
}

function addDataSheet(wb: ExcelJS.Workbook, sub: Submission, plan: Plan, lang: Language): void {
  // For machines: hidden, so only the report prints (issue #14), and a person can still unhide it.
  const ws = wb.addWorksheet(DATA_SHEET, { state: "hidden" });
  ws.addRow([...DATA_COLUMNS]);
  ws.getRow(1).font = { bold: true };
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  // The unit's own targets as sealed (D33) are shown with the plan's, as the template showed them.
  const unitTargets = unitTargetMap(sub.unitTargets?.targets);
  sub.entries.forEach((e, i) => {
    const ind = byId.get(e.indicatorId);
    const row: Record<(typeof DATA_COLUMNS)[number], ExcelJS.CellValue> = {
      unit_code: text(sub.unit.code),
      unit_name: text(sub.unit.name),
      year: sub.unit.year,
      plan_id: sub.plan.id,
      plan_version: sub.plan.version,
      no: i + 1,
      indicator_id: e.indicatorId,
      field: ind?.field ?? "",
      indicator: text(ind ? ind.text[lang] : ""),
      unit: text(ind ? ind.unit[lang] : ""),
      target: text(ind ? targetText(ind, judgeOf(ind, { unitTargets }), lang) : ""),
      value: cellValue(e.value),
      status: e.status,
      status_label: statusLabels(lang, sub.kind)[e.status],
      completion: e.completion,
      explanation: text(e.explanation),
      evidence: text(e.evidence),
      review_decision: e.review.decision ?? "",
      review_comment: text(e.review.comment),
    };
    ws.addRow(DATA_COLUMNS.map((k) => row[k]));
  });
  ws.views = [{ state: "frozen", ySplit: 1 }];
  ws.columns.forEach((c) => (c.width = 16));
}

function addSealSheet(wb: ExcelJS.Workbook, sub: Submission): void {
  const ws = wb.addWorksheet(SEAL_SHEET, { state: "veryHidden" });
  // Keys in canonical order, so the reader's hash check can use JSON.stringify (D52).
  const json = keySortedJson(sub);
  const chunks = sealChunks(json);
  ws.getCell(SEAL_ROWS.mark, 1).value = SEAL_MARK;
  ws.getCell(SEAL_ROWS.version, 1).value = SEAL_FORMAT_VERSION;
  ws.getCell(SEAL_ROWS.hash, 1).value = sub.hash;
  ws.getCell(SEAL_ROWS.chunks, 1).value = chunks.length;
  // A chunk can start with "-" or "=" mid-JSON; neutralised like any text, undone by the reader.
  chunks.forEach(
    (c, i) => (ws.getCell(SEAL_ROWS.firstChunk + i, 1).value = escapeUnderscoreHex(neutralise(c))),
  );
}

/**
 * The submission workbook as .xlsx bytes. The report prints as the sealed print choices say;
 * `fallback` is the language of a submission sealed before there were any.
 */
export async function buildSubmissionWorkbook(
  submission: Submission,
  plan: Plan,
  fallback: Language = "vi",
): Promise<Uint8Array> {
  const model = reportSheet(submission, plan, fallback);
  const wb = new ExcelJS.Workbook();
  wb.creator = `${submission.generator.name} ${submission.generator.version}`;
  wb.created = new Date(submission.createdAt);
  wb.modified = wb.created;
  addReportSheet(wb, model);
  addDataSheet(wb, submission, plan, model.language);
  addSealSheet(wb, submission);
  return timesAsDefaultFont(await xlsxBytes(wb));
}
