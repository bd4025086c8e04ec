// The consolidated workbook: the units × indicators matrix coloured by status, with the status also
// in each cell's number format (the colour is never alone); unit status; long data; roster units
// not received; resubmissions with their changes; every input file and what became of it. Every
// text that came from a file is neutralised against formula injection.
import type { CellValue, Status } from "../../domain/entry";
import { isCellError } from "../../domain/entry";
import type { Plan, ValueType } from "../../domain/plan";
import { STATUS_LABELS } from "../../domain/status-labels";
import { argb, STATUS_COLOURS } from "../../workbook/palette";
import { labelledFormat } from "../../workbook/number-formats";
import { planById } from "./plans";
import { neutralise } from "../../ooxml/neutralise";
import { OWN_ENTRIES, type Consolidation, type EntryStore } from "./consolidate-model";
import { isIgnored } from "./inputs";
import { CONSOLIDATE_STRINGS } from "./consolidate-strings";
import { XlsxWriter, type Cell } from "../../ooxml/lean-writer";
import { DeflateThread } from "../../ooxml/deflate-thread";
import type { ByteSink } from "../../ooxml/zip-container";
import { rowHeight, sheetPrint } from "./consolidate-print";
import type { NationalFigure } from "./consolidate-national";
import { writeNationalSheets } from "./consolidate-national-sheet";
import { writeRegistrationSheets } from "./consolidate-registrations-sheet";
import type { RegistrationsView } from "./consolidate-registrations";

const fill = (s: Status) => argb(STATUS_COLOURS[s].fill);

/** Excel's limits (Microsoft's "Excel specifications and limits"). */
export const EXCEL_LIMITS = { cellChars: 32_767, sheetRows: 1_048_576 } as const;

/**
 * Text cut to fit a cell, with a marker saying how much was left out and where the whole text is.
 * Counted in UTF-16 code units as Excel counts, never splitting a surrogate pair.
 */
export function fitCell(v: string, lang: "vi" | "en", limit: number = EXCEL_LIMITS.cellChars): string {
  if (v.length <= limit) return v;
  const marker = (cut: number) =>
    lang === "vi"
      ? ` …[cắt bớt ${cut.toLocaleString("vi-VN")} ký tự; toàn văn trong tệp JSON (--json)]`
      : ` …[${cut.toLocaleString("en-US")} characters cut; the full text is in the JSON (--json)]`;
  let keep = limit - marker(v.length).length;
  const code = v.charCodeAt(keep - 1);
  if (code >= 0xd800 && code <= 0xdbff) keep--;
  return v.slice(0, keep) + marker(v.length - keep);
}

export interface WorkbookOptions {
  /** Rows per sheet before the data sheet continues on another (Excel's limit; smaller in tests). */
  sheetRows?: number;
  cellChars?: number;
  /** The national figures (consolidate-national.ts); none: the national sheet says so. */
  national?: readonly NationalFigure[];
  /** The registrations received (D42): their sheets are written only when there are some. */
  registrations?: RegistrationsView;
}

/** The workbook as one buffer (tests); consolidate streams it to its file with streamConsolidatedWorkbook. */
export function writeConsolidatedWorkbook(
  c: Consolidation,
  lang: "vi" | "en",
  store: EntryStore = OWN_ENTRIES,
  opts: WorkbookOptions = {},
): Buffer {
  const x = new XlsxWriter();
  fillWorkbook(x, c, lang, store, opts);
  return x.toBuffer();
}

/** The workbook written to `out` as it is made: memory holds a slice of it, never the whole. */
export function streamConsolidatedWorkbook(
  out: ByteSink,
  c: Consolidation,
  lang: "vi" | "en",
  store: EntryStore = OWN_ENTRIES,
  national: readonly NationalFigure[] = [],
  registrations?: RegistrationsView,
): void {
  const deflater = new DeflateThread();
  try {
    const x = new XlsxWriter(out, deflater);
    fillWorkbook(x, c, lang, store, { national, ...(registrations ? { registrations } : {}) });
    x.finish();
  } finally {
    deflater.close();
  }
}

function fillWorkbook(
  x: XlsxWriter,
  c: Consolidation,
  lang: "vi" | "en",
  store: EntryStore,
  opts: WorkbookOptions,
): void {
  const s = CONSOLIDATE_STRINGS[lang];
  const cellChars = opts.cellChars ?? EXCEL_LIMITS.cellChars;
  const sheetRows = opts.sheetRows ?? EXCEL_LIMITS.sheetRows;
  // Every text from a file is neutralised, then cut to what a cell holds.
  const text = (v: string | null | undefined): string => fitCell(neutralise(v ?? ""), lang, cellChars);
  const plain = (v: CellValue): Cell => {
    if (v === null) return null;
    if (isCellError(v)) return v.error;
    if (typeof v === "string") return text(v);
    return v;
  };
  const bold = x.style({ bold: true });
  const percent = x.style({ numFmt: "0.0%" });
  const head = (cols: string[]): Cell[] => cols.map((v) => ({ v, s: bold }));
  const plans = new Map<string, Plan | undefined>();
  const planOf = (id: string) => {
    if (!plans.has(id)) plans.set(id, planById(id));
    return plans.get(id);
  };
  const typeOf = new Map<string, ValueType>();
  for (const u of c.units)
    for (const ind of planOf(u.report.plan!.id)?.indicators ?? [])
      if (!typeOf.has(ind.id)) typeOf.set(ind.id, ind.valueType);
  const yesNo = (b: boolean | null) => (b === null ? s.notApplicable : b ? s.yes : s.no);
  const matrixStyle = new Map<string, number>();
  const styleFor = (id: string, status: Status, value: Cell) => {
    const type = typeOf.get(id) ?? "number";
    const hasValue = value !== null && value !== "";
    const numFmt = hasValue ? labelledFormat(type, STATUS_LABELS[lang][status], value) : null;
    const key = `${status}|${numFmt}`;
    let st = matrixStyle.get(key);
    if (st === undefined) {
      st = x.style(numFmt !== null ? { fill: fill(status), numFmt } : { fill: fill(status) });
      matrixStyle.set(key, st);
    }
    return st;
  };

  // 1. The matrix. In print, its two header rows and the unit's code and name on every page.
  const matrixWidths = [18, 40, ...c.indicators.map(() => 16)];
  const matrix = x.sheet(
    s.sheets.matrix,
    matrixWidths,
    { cols: 2, rows: 2 },
    sheetPrint(matrixWidths, [1, 2], [1, 2]),
  );
  const wrap = x.style({ bold: true, wrap: true });
  const wrapPlain = x.style({ wrap: true });
  const everyColumn = new Set(matrixWidths.map((_, i) => i + 1));
  const ids = [s.unitCode, s.unitName, ...c.indicators];
  matrix.row(
    ids.map((v) => ({ v, s: wrap })),
    rowHeight(ids, matrixWidths, everyColumn, true),
  );
  // Row 2: what each id means, in the run's language, from the plan that first lists it.
  const names = new Map<string, string>();
  for (const u of c.units)
    for (const ind of planOf(u.report.plan!.id)?.indicators ?? [])
      if (!names.has(ind.id)) names.set(ind.id, ind.text[lang]);
  const meanings = ["", s.indicatorName, ...c.indicators.map((id) => names.get(id) ?? "")];
  matrix.row(
    meanings.map((v) => ({ v, s: wrap })),
    rowHeight(meanings, matrixWidths, everyColumn, true),
  );
  const col = new Map(c.indicators.map((id, i) => [id, i + 2]));
  for (const u of c.units) {
    const r = u.report;
    const cells: Cell[] = [text(r.unit!.code), { v: text(u.name), s: wrapPlain }];
    for (const e of store.entries(r)) {
      const at = col.get(e.indicatorId);
      if (at === undefined) continue;
      const v = plain(e.value);
      const has = v !== null && v !== "";
      cells[at] = {
        v: has ? (v as string | number | boolean) : STATUS_LABELS[lang][e.status],
        s: styleFor(e.indicatorId, e.status, v),
      };
    }
    matrix.row(cells, rowHeight([r.unit!.code, u.name], matrixWidths, new Set([2])));
  }

  // 2. Unit status. In print, the header row and the unit's code and name on every page; long
  // texts wrap in their columns.
  const unitWidths = [18, 40, 20, 16, 8, 18, 40, 12, 22, 22, 8, 10, 66, 12, 8, 8, 10, 10, 8, 40, 28, 60, 40];
  const units = x.sheet(
    s.sheets.units,
    unitWidths,
    { cols: 0, rows: 1 },
    sheetPrint(unitWidths, [1, 1], [1, 2]),
  );
  const unitWrapped = new Set([2, 3, 4, 7, 20, 21, 22, 23]);
  const unitHeads = [
    s.unitCode,
    s.unitName,
    s.unitType,
    s.cluster,
    s.year,
    s.plan,
    s.file,
    s.kind,
    s.made,
    s.received,
    s.valid,
    s.hashVerified,
    s.hash,
    s.signature,
    s.errors,
    s.warnings,
    s.score,
    s.percent,
    s.rank,
    s.notRanked,
    s.classification,
    s.problems,
    s.supersedes,
  ];
  units.row(
    unitHeads.map((v) => ({ v, s: wrap })),
    rowHeight(unitHeads, unitWidths, everyColumn, true),
  );
  const unitCell = (v: Cell, col: number): Cell =>
    unitWrapped.has(col) && v !== null && typeof v !== "object" ? { v, s: wrapPlain } : v;
  for (const u of c.units) {
    const r = u.report;
    const pct = r.score?.percent;
    const cells: Cell[] = [
      text(r.unit!.code),
      text(u.name),
      r.unit!.unitType,
      text(u.cluster),
      r.unit!.year,
      `${r.plan!.id} ${r.plan!.version}`,
      text(r.file),
      r.kind,
      text(r.createdAt),
      text(r.receivedAt),
      yesNo(u.valid),
      yesNo(r.hash ? r.hash.verified : null),
      r.hash ? text(r.hash.computed) : null,
      r.signature?.verified === true
        ? s.signatureValid
        : r.signature?.verified === false
          ? s.signatureBad
          : r.signature?.signed
            ? s.signatureUnchecked
            : null,
      r.errors + u.issues.filter((i) => i.severity === "error").length,
      r.warnings,
      r.score ? Math.round(r.score.points * 100) / 100 : null,
      pct === null || pct === undefined ? null : { v: pct / 100, s: percent },
      u.rank,
      u.unranked ? u.unranked.message[lang] : null,
      r.score?.band ? r.score.band[lang] : null,
      text([...r.fileIssues, ...u.issues].map((i) => `[${i.code}] ${i.message[lang]}`).join("; ")),
      text(u.superseded.map((o) => o.file).join("; ")),
    ];
    units.row(
      cells.map((v, i) => unitCell(v, i + 1)),
      rowHeight(
        cells.map((v) => (v !== null && typeof v === "object" ? ("v" in v ? v.v : null) : v)),
        unitWidths,
        unitWrapped,
      ),
    );
  }

  // National figures: sums of contributions against the national targets, indices as reported.
  writeNationalSheets(x, opts.national ?? [], lang, planOf, text, sheetRows);
  if (opts.registrations) writeRegistrationSheets(x, opts.registrations, lang, planOf, text, sheetRows);

  // 3. Long data, continued on "Dữ liệu (2)", ... before a sheet would pass Excel's last row (a
  // viewer that meets more rows than a sheet holds drops them without a word).
  const dataHead = head([
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
  const dataWidths = [18, 40, 8, 14, 10, 36, 14, 14, 10, 40, 40, 40];
  let dataSheets = 1;
  const dataPrint = sheetPrint(dataWidths, [1, 1], [1, 2]);
  let data = x.sheet(s.sheets.data, dataWidths, { cols: 0, rows: 1 }, dataPrint);
  data.row(dataHead);
  let dataRows = 1;
  // A unit's code, name, plan and file, and each indicator id and status, recur on row after row:
  // they are shared strings, written once (a tenth of the sheet's text at 10,000 units).
  const sharedCells = new Map<string, Cell>();
  const shared = (v: string) => {
    let cell = sharedCells.get(v);
    if (cell === undefined) {
      cell = x.shared(v);
      sharedCells.set(v, cell);
    }
    return cell;
  };
  for (const u of c.units) {
    const r = u.report;
    const code = x.shared(text(r.unit!.code));
    const name = x.shared(text(u.name));
    const file = x.shared(text(r.file));
    const plan = shared(r.plan!.id);
    const version = shared(r.plan!.version);
    for (const e of store.entries(r)) {
      if (dataRows >= sheetRows) {
        dataSheets++;
        data = x.sheet(`${s.sheets.data} (${dataSheets})`, dataWidths, { cols: 0, rows: 1 }, dataPrint);
        data.row(dataHead);
        dataRows = 1;
      }
      dataRows++;
      data.row([
        code,
        name,
        r.unit!.year,
        plan,
        version,
        shared(e.indicatorId),
        plain(e.value),
        shared(e.status),
        e.completion,
        text(e.explanation),
        text(e.evidence),
        file,
      ]);
    }
  }

  // 4. Roster units that sent nothing, and reporting units the roster does not list.
  const missing = x.sheet(s.sheets.missing, [18, 40, 20], undefined, sheetPrint([18, 40, 20], [1, 1]));
  missing.row(head([s.unitCode, s.unitName, s.unitType]));
  for (const m of c.missing) missing.row([text(m.code), text(m.name), text(m.unitType ?? "")]);
  for (const code of c.notInRoster) missing.row([text(code), `(${s.notInRoster})`]);

  // 5. Resubmissions and what changed.
  const resubWidths = [18, 40, 40, 36, 14, 14, 14, 14];
  const resub = x.sheet(
    s.sheets.resubmissions,
    resubWidths,
    undefined,
    sheetPrint(resubWidths, [1, 1], [1, 1]),
  );
  resub.row(
    head([s.unitCode, s.file, s.supersedes, s.indicator, s.oldValue, s.newValue, s.oldStatus, s.newStatus]),
  );
  for (const r of c.resubmissions) {
    const code = text(r.unitCode);
    if (r.changes.length === 0) resub.row([code, text(r.file), text(r.supersedes), s.noChange]);
    for (const ch of r.changes)
      resub.row([
        code,
        text(r.file),
        text(r.supersedes),
        ch.indicatorId,
        plain(ch.oldValue),
        plain(ch.newValue),
        ch.oldStatus ? STATUS_LABELS[lang][ch.oldStatus] : null,
        ch.newStatus ? STATUS_LABELS[lang][ch.newStatus] : null,
      ]);
  }

  // 6. Every input and what became of it.
  const files = x.sheet(
    s.sheets.files,
    [50, 12, 18, 30, 80],
    undefined,
    sheetPrint([50, 12, 18, 30, 80], [1, 1]),
  );
  files.row(head([s.file, s.kind, s.unitCode, s.state, s.reason]));
  for (const { report: r, supersededBy } of c.inputs) {
    const state = r.rejected
      ? isIgnored(r.rejected.code)
        ? s.ignored
        : s.rejected
      : supersededBy
        ? `${s.superseded} ${supersededBy}`
        : s.accepted;
    files.row([
      text(r.file),
      r.kind,
      text(r.unit?.code),
      text(state),
      r.rejected ? text(`[${r.rejected.code}] ${r.rejected.message[lang]}`) : null,
    ]);
  }
}
