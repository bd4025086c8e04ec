// The workbook port on an .xlsx held in memory (ExcelJS): what the CLI and tests use where the
// add-in uses Office.js. A file has no selection and no change events, so goTo remembers the cell
// it would select and onEntriesChanged never fires; everything else does what it says.
import ExcelJS from "exceljs";
import type { Assessment, CellValue, EntryPart, Review } from "../domain/entry";
import { STATUS_LABELS } from "../domain/status-labels";
import type {
  EntrySettings,
  InsertPreview,
  InsertRequest,
  InsertResult,
  Progress,
  ReportSnapshot,
  WorkbookPort,
  WritablePart,
} from "../workbook/port";
import { a1, parseRange, sheetRef } from "../workbook/a1";
import { NAMES } from "../workbook/layout";
import { prepareTemplate, type PrepareOptions } from "../workbook/prepare";
import { metaToXml, META_NAMESPACE } from "../workbook/meta";
import { damagedTemplate, noReviewTrail, noTemplate, unknownIndicator } from "../workbook/errors";
import { addCustomXmlPart } from "./custom-xml";
import { xlsxBytes } from "./zip";
import { readTemplate } from "./read";
import { renderXlsx, toExcelValue } from "./render";
import { oldReportOf } from "./template-file";
import { REVIEW_WRITE_NAMES, reviewWrites } from "../workbook/review-cells";

const PART_NAME: Record<EntryPart, string | null> = {
  value: NAMES.values,
  previous: NAMES.previous,
  explanation: NAMES.explanations,
  evidence: NAMES.evidence,
  review: NAMES.reviewDecisions,
  template: NAMES.ids,
};

export class XlsxWorkbook implements WorkbookPort {
  /** The cell goTo last chose, as "'Sheet'!G12". */
  selected: string | null = null;

  constructor(
    private bytes: Uint8Array | null,
    private readonly options: PrepareOptions,
  ) {}

  /** The workbook as it is now. */
  get data(): Uint8Array | null {
    return this.bytes;
  }

  async readReport(): Promise<ReportSnapshot | null> {
    if (!this.bytes) return null;
    return (await readTemplate(this.bytes)).snapshot;
  }

  async previewInsert(request: InsertRequest): Promise<InsertPreview> {
    const old = this.bytes ? oldReportOf(await readTemplate(this.bytes)) : null;
    return (await prepareTemplate(request, old, this.options)).preview;
  }

  async insertTemplate(request: InsertRequest, onProgress?: Progress): Promise<InsertResult> {
    const old = this.bytes ? oldReportOf(await readTemplate(this.bytes)) : null;
    onProgress?.(0, 2);
    const { spec, preview } = await prepareTemplate(request, old, this.options);
    this.bytes = await renderXlsx(spec);
    onProgress?.(2, 2);
    return { preview, sheetName: spec.sheetName, rows: spec.indicatorIds.length };
  }

  /** A file has no application to read typing: the pane gives guidance that fits every Excel. */
  async entrySettings(): Promise<EntrySettings | null> {
    return null;
  }

  /**
   * Writes each row's issues as a note on its status cell: in a file there is no pane to list them,
   * and a note is what a reviewer opening the file in any spreadsheet will see.
   */
  async showAssessment(assessments: Assessment[]): Promise<void> {
    await this.edit((wb, lang) => {
      const rows = this.rowsById(wb);
      const status = this.column(wb, NAMES.status);
      if (!rows || !status) return;
      for (const a of assessments) {
        const r = rows.get(a.indicatorId);
        if (r === undefined) continue;
        const text = a.issues.map((i) => `• ${i.message[lang]}`).join("\n");
        if (text !== "") status.ws.getCell(r, status.col).note = `${STATUS_LABELS[lang][a.status]}\n${text}`;
      }
    });
  }

  async goTo(indicatorId: string, part: EntryPart): Promise<void> {
    if (!this.bytes) return;
    const wb = await this.load();
    const row = this.rowsById(wb)?.get(indicatorId);
    const name = PART_NAME[part];
    const col = name ? this.column(wb, name) : null;
    if (row === undefined || !col) throw unknownIndicator(indicatorId);
    this.selected = sheetRef(col.ws.name, a1(row, col.col));
  }

  async writeReview(indicatorId: string, review: Review): Promise<void> {
    await this.edit((wb, lang) => {
      const row = this.requireRow(wb, indicatorId);
      const writes = reviewWrites(review, lang);
      const cols = REVIEW_WRITE_NAMES.map((n) => [n, this.column(wb, n)] as const);
      // Without the decision or comment column the template is damaged; without the trail, only old.
      for (const name of [NAMES.reviewDecisions, NAMES.reviewComments])
        if (!cols.find(([n]) => n === name)?.[1]) throw damagedTemplate(name);
      if (cols.some(([, c]) => !c)) throw noReviewTrail();
      // A string is assigned as a string: ExcelJS never reads "=1+1" in it as a formula.
      for (const [name, c] of cols) c!.ws.getCell(row, c!.col).value = toExcelValue(writes.get(name) ?? null);
    });
  }

  async writeReply(indicatorId: string, reply: string): Promise<void> {
    await this.edit((wb) => {
      const row = this.requireRow(wb, indicatorId);
      const c = this.column(wb, NAMES.replies);
      if (!c) throw noReviewTrail();
      c.ws.getCell(row, c.col).value = reply === "" ? null : reply;
    });
  }

  async writeText(indicatorId: string, part: "explanation" | "evidence", text: string): Promise<void> {
    const name = part === "explanation" ? NAMES.explanations : NAMES.evidence;
    await this.edit((wb) => {
      const row = this.requireRow(wb, indicatorId);
      const c = this.column(wb, name);
      if (!c) throw damagedTemplate(name);
      // Assigned as a string: ExcelJS never reads "=1+1" in it as a formula.
      c.ws.getCell(row, c.col).value = text === "" ? null : text;
    });
  }

  async writeReviewer(name: string): Promise<void> {
    await this.edit((wb) => {
      const c = this.column(wb, NAMES.reviewer);
      if (!c) throw noReviewTrail();
      c.ws.getCell(c.top, c.col).value = name.trim() === "" ? null : name.trim();
    });
  }

  async writeValue(indicatorId: string, value: CellValue, part: WritablePart = "value"): Promise<void> {
    const name = part === "previous" ? NAMES.previous : NAMES.values;
    await this.edit((wb) => {
      const row = this.requireRow(wb, indicatorId);
      const values = this.column(wb, name);
      if (!values) throw damagedTemplate(name);
      // A string is assigned as a string: ExcelJS never reads "=1+1" in it as a formula.
      values.ws.getCell(row, values.col).value = toExcelValue(value);
    });
  }

  async openNewWorkbook(base64: string): Promise<void> {
    this.bytes = new Uint8Array(Buffer.from(base64, "base64"));
  }

  async onEntriesChanged(): Promise<() => Promise<void>> {
    // A file on disk does not change under us; there is nothing to listen to.
    return async () => {};
  }

  // ---- helpers ----

  private async load(): Promise<ExcelJS.Workbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(this.bytes as unknown as ArrayBuffer);
    return wb;
  }

  /** Loads, changes, saves, and puts the metadata part back (ExcelJS drops parts it does not know). */
  private async edit(change: (wb: ExcelJS.Workbook, lang: "vi" | "en") => void): Promise<void> {
    if (!this.bytes) throw noTemplate();
    const reading = await readTemplate(this.bytes);
    const wb = await this.load();
    change(wb, reading.meta?.language ?? "vi");
    let out: Uint8Array = await xlsxBytes(wb);
    if (reading.meta) out = await addCustomXmlPart(out, META_NAMESPACE, metaToXml(reading.meta));
    this.bytes = out;
  }

  private column(
    wb: ExcelJS.Workbook,
    name: string,
  ): { ws: ExcelJS.Worksheet; col: number; top: number } | null {
    const ranges = wb.definedNames.getRanges(name).ranges;
    const r = ranges.length === 1 ? parseRange(ranges[0]!) : null;
    const ws = r?.sheet ? wb.getWorksheet(r.sheet) : undefined;
    return r && ws ? { ws, col: r.box.left, top: r.box.top } : null;
  }

  private rowsById(wb: ExcelJS.Workbook): Map<string, number> | null {
    const ranges = wb.definedNames.getRanges(NAMES.ids).ranges;
    const r = ranges.length === 1 ? parseRange(ranges[0]!) : null;
    const ws = r?.sheet ? wb.getWorksheet(r.sheet) : undefined;
    if (!r || !ws) return null;
    const out = new Map<string, number>();
    for (let row = r.box.top; row <= r.box.bottom; row++) {
      const id = ws.findCell(row, r.box.left)?.value;
      if (typeof id === "string" && !out.has(id.trim())) out.set(id.trim(), row);
    }
    return out;
  }

  private requireRow(wb: ExcelJS.Workbook, indicatorId: string): number {
    const row = this.rowsById(wb)?.get(indicatorId);
    if (row === undefined) throw unknownIndicator(indicatorId);
    return row;
  }
}
