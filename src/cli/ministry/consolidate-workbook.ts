// The consolidated workbook, written by ExcelJS's streaming writer (rows are flushed as they are
// made, so a thousand units cost little memory): the units × indicators matrix coloured by status,
// with the status also in the cell's text; unit status; long data; roster units not received;
// resubmissions with their changes; every input file and what became of it. Every text that came
// from a file is neutralised against formula injection.
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { CellValue, Status } from "../../domain/entry";
import { isCellError } from "../../domain/entry";
import type { Plan, ValueType } from "../../domain/plan";
import { STATUS_LABELS } from "../../domain/status-labels";
import { getPlan } from "../../catalog/index";
import { neutralise } from "../../xlsx/safety/neutralise";
import type { Consolidation } from "./consolidate-model";
import { CONSOLIDATE_STRINGS } from "./consolidate-strings";

const FILL: Record<Status, string> = {
  exceeded: "FFC6EFCE",
  met: "FFE2F0D9",
  shortfall: "FFFFC7CE",
  missing: "FFFFEB9C",
  invalid: "FFFF9999",
  "not-applicable": "FFEDEDED",
};

const BASE_FORMAT: Record<ValueType, string> = {
  percent: "0.0%",
  rate: "0.0%",
  number: "#,##0.##",
  integer: "#,##0",
  rank: "#,##0",
  date: "dd/mm/yyyy",
  done: "@",
};

const fills = new Map<Status, ExcelJS.Fill>();
function fillOf(s: Status): ExcelJS.Fill {
  let f = fills.get(s);
  if (!f) {
    f = { type: "pattern", pattern: "solid", fgColor: { argb: FILL[s] } };
    fills.set(s, f);
  }
  return f;
}

function text(v: string | null | undefined): string {
  return neutralise(v ?? "");
}

function plain(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (isCellError(v)) return v.error;
  if (typeof v === "string") return text(v);
  return v;
}

/** A number format that shows the value and then the status, so the colour is never alone. */
function matrixFormat(type: ValueType | undefined, status: Status, lang: "vi" | "en"): string {
  const label = STATUS_LABELS[lang][status].replace(/"/g, "");
  const base = BASE_FORMAT[type ?? "number"];
  return base === "@" ? `@" · ${label}"` : `${base}" · ${label}"`;
}

export async function writeConsolidatedWorkbook(c: Consolidation, lang: "vi" | "en"): Promise<Buffer> {
  const s = CONSOLIDATE_STRINGS[lang];
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (b: Buffer) => chunks.push(b));
  const ended = new Promise<void>((res, rej) => {
    stream.on("end", () => res());
    stream.on("error", rej);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const plans = new Map<string, Plan | undefined>();
  const planOf = (id: string) => {
    if (!plans.has(id)) plans.set(id, getPlan(id));
    return plans.get(id);
  };
  const typeOf = new Map<string, ValueType>();
  for (const u of c.units)
    for (const ind of planOf(u.report.plan!.id)?.indicators ?? [])
      if (!typeOf.has(ind.id)) typeOf.set(ind.id, ind.valueType);
  const bold = { bold: true };
  const header = (ws: ExcelJS.Worksheet, cols: string[], widths?: number[]) => {
    const row = ws.addRow(cols);
    row.font = bold;
    row.commit();
    if (widths) widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  };
  const yesNo = (b: boolean | null) => (b === null ? s.notApplicable : b ? s.yes : s.no);

  // 1. The matrix.
  const matrix = wb.addWorksheet(s.sheets.matrix, { views: [{ state: "frozen", xSplit: 2, ySplit: 1 }] });
  header(matrix, [s.unitCode, s.unitName, ...c.indicators], [18, 40, ...c.indicators.map(() => 16)]);
  const col = new Map(c.indicators.map((id, i) => [id, i + 3]));
  for (const u of c.units) {
    const r = u.report;
    const row = matrix.addRow([text(r.unit!.code), text(r.unit!.name)]);
    for (const e of r.entries) {
      const at = col.get(e.indicatorId);
      if (at === undefined) continue;
      const cell = row.getCell(at);
      const v = plain(e.value);
      cell.value = v === null || v === "" ? STATUS_LABELS[lang][e.status] : v;
      cell.fill = fillOf(e.status);
      if (v !== null && v !== "") cell.numFmt = matrixFormat(typeOf.get(e.indicatorId), e.status, lang);
    }
    row.commit();
  }
  matrix.commit();

  // 2. Unit status.
  const units = wb.addWorksheet(s.sheets.units, { views: [{ state: "frozen", ySplit: 1 }] });
  header(
    units,
    [
      s.unitCode,
      s.unitName,
      s.unitType,
      s.year,
      s.plan,
      s.file,
      s.kind,
      s.received,
      s.valid,
      s.hashVerified,
      s.errors,
      s.warnings,
      s.score,
      s.percent,
      s.rank,
      s.classification,
      s.problems,
      s.supersedes,
    ],
    [18, 40, 20, 8, 18, 40, 12, 22, 8, 10, 8, 8, 10, 10, 8, 28, 60, 40],
  );
  for (const u of c.units) {
    const r = u.report;
    units
      .addRow([
        text(r.unit!.code),
        text(r.unit!.name),
        r.unit!.unitType,
        r.unit!.year,
        `${r.plan!.id} ${r.plan!.version}`,
        text(r.file),
        r.kind,
        text(r.createdAt),
        yesNo(u.valid),
        yesNo(r.hash ? r.hash.verified : null),
        r.errors,
        r.warnings,
        r.score ? Math.round(r.score.points * 100) / 100 : null,
        r.score?.percent === null || r.score?.percent === undefined ? null : r.score.percent / 100,
        u.rank,
        r.score?.band ? r.score.band[lang] : null,
        text(r.fileIssues.map((i) => `[${i.code}] ${i.message[lang]}`).join("; ")),
        text(u.superseded.map((o) => o.file).join("; ")),
      ])
      .commit();
  }
  units.getColumn(14).numFmt = "0.0%";
  units.commit();

  // 3. Long data.
  const data = wb.addWorksheet(s.sheets.data, { views: [{ state: "frozen", ySplit: 1 }] });
  header(data, [
    "unit_code",
    "unit_name",
    "year",
    "plan_id",
    "plan_version",
    "indicator_id",
    "value",
    "status",
    "completion",
    "explanation",
    "evidence",
    "file",
  ]);
  for (const u of c.units) {
    const r = u.report;
    const code = text(r.unit!.code);
    const name = text(r.unit!.name);
    const file = text(r.file);
    for (const e of r.entries)
      data
        .addRow([
          code,
          name,
          r.unit!.year,
          r.plan!.id,
          r.plan!.version,
          e.indicatorId,
          plain(e.value),
          e.status,
          e.completion,
          text(e.explanation),
          text(e.evidence),
          file,
        ])
        .commit();
  }
  data.commit();

  // 4. Roster units that sent nothing.
  const missing = wb.addWorksheet(s.sheets.missing);
  header(missing, [s.unitCode, s.unitName, s.unitType], [18, 40, 20]);
  for (const m of c.missing) missing.addRow([text(m.code), text(m.name), text(m.unitType)]).commit();
  for (const code of c.notInRoster) missing.addRow([text(code), `(${s.notInRoster})`]).commit();
  missing.commit();

  // 5. Resubmissions and what changed.
  const resub = wb.addWorksheet(s.sheets.resubmissions);
  header(
    resub,
    [s.unitCode, s.file, s.supersedes, s.indicator, s.oldValue, s.newValue, s.oldStatus, s.newStatus],
    [18, 40, 40, 36, 14, 14, 14, 14],
  );
  for (const r of c.resubmissions) {
    const code = text(r.key.split("|")[0]);
    if (r.changes.length === 0) resub.addRow([code, text(r.file), text(r.supersedes), s.noChange]).commit();
    for (const ch of r.changes)
      resub
        .addRow([
          code,
          text(r.file),
          text(r.supersedes),
          ch.indicatorId,
          plain(ch.oldValue),
          plain(ch.newValue),
          ch.oldStatus ? STATUS_LABELS[lang][ch.oldStatus] : null,
          ch.newStatus ? STATUS_LABELS[lang][ch.newStatus] : null,
        ])
        .commit();
  }
  resub.commit();

  // 6. Every input and what became of it.
  const files = wb.addWorksheet(s.sheets.files);
  header(files, [s.file, s.kind, s.unitCode, s.state, s.reason], [50, 12, 18, 30, 80]);
  for (const { report: r, supersededBy } of c.inputs) {
    const state = r.rejected ? s.rejected : supersededBy ? `${s.superseded} ${supersededBy}` : s.accepted;
    files
      .addRow([
        text(r.file),
        r.kind,
        text(r.unit?.code),
        text(state),
        r.rejected ? text(`[${r.rejected.code}] ${r.rejected.message[lang]}`) : null,
      ])
      .commit();
  }
  files.commit();
  await wb.commit();
  await ended;
  return Buffer.concat(chunks);
}
