// The submission workbook (issue #6): what a unit sends the ministry. A print-ready report sheet
// with the unit header and a signature block; a long-format data sheet, one row per indicator; and
// a very-hidden seal sheet with the submission JSON and its hash. Browser-safe (the pane loads it
// on demand): ExcelJS and pure modules only, no Node built-ins.
import ExcelJS from "exceljs";
import type { Plan, Indicator } from "../domain/plan";
import type { Submission, SubmissionEntry } from "../domain/submission";
import { formatTarget, formatValue, formatPercent } from "../domain/format";
import { STATUS_LABELS } from "../domain/status-labels";
import { UNIT_TYPE_LABELS } from "../domain/unit";
import { STATUSES } from "../domain/entry";
import type { Language } from "../workbook/port";
import { SHEET_STRINGS } from "../workbook/strings";
import { argb, STATUS_COLOURS } from "../workbook/palette";
import { cellSafe, escapeUnderscoreHex, neutralise } from "../ooxml/neutralise";
import {
  DATA_COLUMNS,
  DATA_SHEET,
  SEAL_CHUNK,
  SEAL_FORMAT_VERSION,
  SEAL_MARK,
  SEAL_ROWS,
  SEAL_SHEET,
} from "./submission-layout";
import { REPORT_STRINGS } from "./submission-strings";

const THIN = { style: "thin" as const, color: { argb: "FF808080" } };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** How the report sheet shows a stored value: numbers in the indicator's format, text as typed. */
export function shownValue(
  value: SubmissionEntry["value"],
  ind: Indicator | undefined,
  lang: Language,
): string {
  if (value === null) return "";
  if (typeof value === "number") return ind ? formatValue(value, ind, lang) : String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

function text(s: string): string {
  return escapeUnderscoreHex(neutralise(cellSafe(s)));
}

function cellValue(v: SubmissionEntry["value"]): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === "string") return text(v);
  return v;
}

function addReportSheet(wb: ExcelJS.Workbook, sub: Submission, plan: Plan, lang: Language): void {
  const s = SHEET_STRINGS[lang];
  const r = REPORT_STRINGS[lang];
  const ws = wb.addWorksheet(r.sheetName, {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L${r.footerHash(sub.hash.slice(0, 16))}&R&P / &N` },
  });
  const widths = [6, 48, 12, 18, 18, 12, 14, 36, 28];
  ws.columns = widths.map((w) => ({ width: w }));
  const last = widths.length;
  const merge = (row: number, text: string, bold = false, size = 11): void => {
    ws.mergeCells(row, 1, row, last);
    const c = ws.getCell(row, 1);
    c.value = text;
    c.font = { bold, size };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  };
  merge(1, r.title, true, 14);
  merge(2, s.planLine(plan.documentNumber, plan.date.split("-").reverse().join("/"), sub.plan.version));
  const u = sub.unit;
  const header: [string, string][] = [
    [s.header.unitName, u.name],
    [s.header.unitCode, u.code],
    [s.header.unitType, UNIT_TYPE_LABELS[u.unitType]?.[lang] ?? u.unitType],
    [s.header.year, `${u.year} (${r.period(sub.period.from, sub.period.to)})`],
    [s.header.preparer, u.preparer ?? ""],
  ];
  let row = 4;
  for (const [k, v] of header) {
    ws.getCell(row, 1).value = k;
    ws.getCell(row, 1).font = { bold: true };
    ws.mergeCells(row, 1, row, 2);
    ws.mergeCells(row, 3, row, last);
    ws.getCell(row, 3).value = text(v);
    row++;
  }
  row++;
  const headRow = row;
  const heads = [
    s.columns.number,
    s.columns.indicator,
    s.columns.unit,
    s.columns.target,
    s.columns.value,
    s.columns.completion,
    s.columns.status,
    s.columns.explanation,
    s.columns.evidence,
  ];
  heads.forEach((h, i) => {
    const c = ws.getCell(headRow, i + 1);
    c.value = h;
    c.font = { bold: true };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    c.border = BOX;
  });
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  sub.entries.forEach((e, i) => {
    row++;
    const ind = byId.get(e.indicatorId);
    const values = [
      i + 1,
      text(ind ? ind.text[lang] : e.indicatorId),
      text(ind ? ind.unit[lang] : ""),
      text(ind ? formatTarget(ind, lang) : ""),
      text(shownValue(e.value, ind, lang)),
      e.completion === null ? "" : formatPercent(e.completion, lang),
      STATUS_LABELS[lang][e.status],
      text(e.explanation),
      text(e.evidence),
    ];
    values.forEach((v, col) => {
      const c = ws.getCell(row, col + 1);
      c.value = v;
      c.border = BOX;
      c.alignment = { vertical: "top", wrapText: true, horizontal: col === 0 ? "center" : undefined };
    });
    const colour = STATUS_COLOURS[e.status];
    ws.getCell(row, 7).fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(colour.fill) } };
    ws.getCell(row, 7).font = { color: { argb: argb(colour.font) } };
  });
  row += 2;
  const counts = STATUSES.filter((st) => sub.summary.byStatus[st] > 0)
    .map((st) => `${STATUS_LABELS[lang][st]}: ${sub.summary.byStatus[st]}`)
    .join("; ");
  ws.mergeCells(row, 1, row, last);
  ws.getCell(row, 1).value = `${r.summary}: ${counts}`;
  ws.getCell(row, 1).font = { bold: true };
  const score = sub.summary.score;
  if (score) {
    row++;
    ws.mergeCells(row, 1, row, last);
    ws.getCell(row, 1).value = r.score(
      score.points,
      score.maxPoints,
      score.percent === null ? "" : `${score.percent.toFixed(1)}%`,
      score.band ? score.band[lang] : "",
    );
  }
  // Signature block: printed, signed and stamped (DESIGN §4).
  row += 2;
  ws.mergeCells(row, 6, row, last);
  ws.getCell(row, 6).value = r.placeDate;
  ws.getCell(row, 6).alignment = { horizontal: "center" };
  ws.getCell(row, 6).font = { italic: true };
  row++;
  ws.mergeCells(row, 1, row, 3);
  ws.getCell(row, 1).value = r.preparerSign;
  ws.mergeCells(row, 6, row, last);
  ws.getCell(row, 6).value = r.headSign;
  for (const col of [1, 6]) {
    ws.getCell(row, col).font = { bold: true };
    ws.getCell(row, col).alignment = { horizontal: "center", wrapText: true };
  }
  row++;
  ws.mergeCells(row, 1, row, 3);
  ws.getCell(row, 1).value = r.preparerHint;
  ws.mergeCells(row, 6, row, last);
  ws.getCell(row, 6).value = r.headHint;
  for (const col of [1, 6]) {
    ws.getCell(row, col).font = { italic: true };
    ws.getCell(row, col).alignment = { horizontal: "center" };
  }
  row += 5;
  ws.mergeCells(row, 1, row, 3);
  ws.getCell(row, 1).value = text(u.preparer ?? "");
  ws.getCell(row, 1).alignment = { horizontal: "center" };
  row += 2;
  ws.mergeCells(row, 1, row, last);
  ws.getCell(row, 1).value = r.hashLine(sub.hash);
  ws.getCell(row, 1).font = { size: 8, color: { argb: "FF606060" } };
  ws.pageSetup.printTitlesRow = `${headRow}:${headRow}`;
  ws.pageSetup.printArea = `A1:${String.fromCharCode(64 + last)}${row}`;
}

function addDataSheet(wb: ExcelJS.Workbook, sub: Submission, plan: Plan, lang: Language): void {
  const ws = wb.addWorksheet(DATA_SHEET);
  ws.addRow([...DATA_COLUMNS]);
  ws.getRow(1).font = { bold: true };
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
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
      target: text(ind ? formatTarget(ind, lang) : ""),
      value: cellValue(e.value),
      status: e.status,
      status_label: STATUS_LABELS[lang][e.status],
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
  const json = JSON.stringify(sub);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += SEAL_CHUNK) chunks.push(json.slice(i, i + SEAL_CHUNK));
  ws.getCell(SEAL_ROWS.mark, 1).value = SEAL_MARK;
  ws.getCell(SEAL_ROWS.version, 1).value = SEAL_FORMAT_VERSION;
  ws.getCell(SEAL_ROWS.hash, 1).value = sub.hash;
  ws.getCell(SEAL_ROWS.chunks, 1).value = chunks.length;
  // A chunk can start with "-" or "=" mid-JSON; neutralised like any text, undone by the reader.
  chunks.forEach(
    (c, i) => (ws.getCell(SEAL_ROWS.firstChunk + i, 1).value = escapeUnderscoreHex(neutralise(c))),
  );
}

/** The submission workbook as .xlsx bytes. */
export async function buildSubmissionWorkbook(
  submission: Submission,
  plan: Plan,
  lang: Language,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = `${submission.generator.name} ${submission.generator.version}`;
  wb.created = new Date(submission.createdAt);
  wb.modified = wb.created;
  addReportSheet(wb, submission, plan, lang);
  addDataSheet(wb, submission, plan, lang);
  addSealSheet(wb, submission);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
