// A small SpreadsheetML writer for the consolidated workbook: inline strings, numbers, booleans, a
// handful of cell styles (fill, number format, bold), column widths and frozen panes. ExcelJS's
// streaming writer spent seconds on the million cells of a thousand-unit consolidation; this
// writes the same sheets as strings, deflated in slices as rows come (sync-flushed deflate blocks
// concatenate into one valid stream), and each slice goes straight to the sink (the output file):
// memory holds one slice, never the package. So sheets are written one after another: starting a
// sheet closes the one before, and the small parts (workbook, styles, shared strings) come last.
import * as zlib from "node:zlib";
import { constants, deflateRawSync } from "node:zlib";
import { zlibCall } from "./zlib-gate";
import { escapeUnderscoreHex } from "./neutralise";
import { colLetter } from "../workbook/a1";
import { MemorySink, ZipStream, type ByteSink } from "./zip-container";

export type Cell =
  | string
  | number
  | boolean
  | null
  | { v: string | number | boolean | null; s: number }
  /** A text in the shared strings part (XlsxWriter.shared): one copy for a text repeated down a sheet. */
  | SharedText;

export interface SharedText {
  shared: number;
}

export interface StyleSpec {
  fill?: string;
  numFmt?: string;
  bold?: boolean;
  wrap?: boolean;
}

/** How a sheet prints: A4 landscape, with rows and columns repeated on every page. */
export interface SheetPrint {
  /** Rows repeated at the top of every page, e.g. [1, 2]. */
  titleRows?: [number, number];
  /** Columns repeated at the left of every page, e.g. [1, 2] for the unit's code and name. */
  titleColumns?: [number, number];
  /** Fit to one page wide (the scale shrinks); otherwise 100%, as many pages across as needed. */
  fitToWidth: boolean;
}

interface Sheet {
  name: string;
  rowCount: number;
  /** Null once the sheet is closed (another was started, or the package finished). */
  body: DeflateSink | null;
  widths: number[];
  freeze?: { cols: number; rows: number };
  print?: SheetPrint;
}

// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[&<>"_\u0000-\u001F\uFFFE\uFFFF]/;

export function escapeXml(s: string): string {
  // Most cells (ids, codes, numbers as text) need nothing; one test instead of six passes.
  if (!NEEDS_WORK.test(s)) return s;
  return escapeUnderscoreHex(s)
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 continued from `prev` (0 to start): zlib's own where Node has it (20.15+). */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

function crc32(buf: Buffer, prev = 0): number {
  if (nativeCrc32) return nativeCrc32(buf, prev);
  let c = prev ^ -1;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

export const SLICE = 1024 * 1024;

/**
 * Level 2: on this repetitive XML within 4 % of level 3's size (1,000 units: the data sheet's 34 MB
 * of XML to 4.44 MB instead of 4.28), at 60-70 % of its time (D49); level 3 was most of level 6's
 * ratio at about half its time. A sync flush ends each slice on a byte, so slices concatenate.
 */
export const SLICE_DEFLATE = { level: 2, finishFlush: constants.Z_SYNC_FLUSH } as const;

/**
 * Deflates slices elsewhere (deflate-thread.ts), in the order they are sent. The writer stays
 * synchronous: it sends a slice and takes back whichever are done.
 */
export interface SliceDeflater {
  /** Slices sent and not yet received. */
  readonly pending: number;
  /** Sends a copy of `data` to be deflated: the caller may reuse its buffer at once. */
  send(data: Buffer): void;
  /** The slices deflated so far, in order; with `wait`, at least one while any is pending. */
  receive(wait: boolean): Buffer[];
}

/** Slices smaller than this are deflated here: the round trip would cost more than it saves. */
const ELSEWHERE_FROM = 64 * 1024;
/** Slices out at once: enough to keep the other thread busy, few enough to hold little memory. */
const IN_FLIGHT = 3;

/** Text in, deflated slices out to `emit`; finish() closes the stream with a final empty block. */
class DeflateSink {
  constructor(
    private readonly emit: (packed: Buffer) => void,
    private readonly elsewhere: SliceDeflater | null = null,
  ) {}

  // Text is encoded straight into this buffer as it comes: joining the pieces into one string first
  // and then encoding it cost two more passes over every byte of a large sheet.
  // Grown up to SLICE as needed: most parts are a few kilobytes.
  private buf = Buffer.allocUnsafe(0);
  private used = 0;
  private crc = 0;
  private size = 0;

  write(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const need = this.used + text.length * 3;
    if (need > this.buf.length && this.buf.length < SLICE) {
      const grown = Buffer.allocUnsafe(Math.min(SLICE, Math.max(need, 2 * this.buf.length, 16 * 1024)));
      this.buf.copy(grown, 0, 0, this.used);
      this.buf = grown;
    }
    if (need > this.buf.length) {
      this.flush();
      if (text.length * 3 > this.buf.length) {
        this.pack(Buffer.from(text, "utf8"));
        return;
      }
    }
    this.used += this.buf.write(text, this.used, "utf8");
  }

  private flush(): void {
    if (this.used === 0) return;
    this.pack(this.buf.subarray(0, this.used));
    this.used = 0;
  }

  private pack(data: Buffer): void {
    this.crc = crc32(data, this.crc);
    this.size += data.length;
    const away = this.elsewhere;
    if (away && data.length >= ELSEWHERE_FROM) {
      away.send(data);
      for (const packed of away.receive(away.pending > IN_FLIGHT)) this.emit(packed);
      return;
    }
    this.drain();
    this.emit(zlibCall(() => deflateRawSync(data, SLICE_DEFLATE)));
  }

  /** Every slice sent away, back and emitted: what comes next follows them. */
  private drain(): void {
    const away = this.elsewhere;
    while (away && away.pending > 0) for (const packed of away.receive(true)) this.emit(packed);
  }

  finish(): { crc: number; size: number } {
    this.flush();
    this.drain();
    this.emit(zlibCall(() => deflateRawSync(Buffer.alloc(0))));
    return { crc: this.crc, size: this.size };
  }
}

/** Only where white space could be lost without it: most cells need no xml:space attribute. */
const LOOSE_SPACE = /^\s|\s$|\s\s|[\t\n\r]/;

function textElement(v: string): string {
  return LOOSE_SPACE.test(v) ? `<t xml:space="preserve">${escapeXml(v)}</t>` : `<t>${escapeXml(v)}</t>`;
}

const DIGITS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/**
 * A number as XML text, the same as String(n), but not made by V8's number-to-text conversion for
 * the row numbers and the values of a long sheet: that conversion keeps each result in V8's
 * number-string cache, where each of a million distinct numbers lived through two young-generation
 * collections, was promoted and then dropped: 30-40 MB of old-generation garbage, never collected
 * before the workbook's end, at 10,000 units (DECISIONS D54). The digits of a non-negative safe
 * integer (a row number, a count) are put together here; any other number goes through
 * JSON.stringify, which writes numbers as String() does and keeps nothing.
 */
export function numberText(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) return JSON.stringify(n);
  let s = DIGITS[n % 10]!;
  for (let k = Math.floor(n / 10); k > 0; k = Math.floor(k / 10)) s = DIGITS[k % 10]! + s;
  return s;
}

const COLUMN_LETTERS: string[] = [];

/** The letters of the column at `index` (0 → A), each made once. */
function columnLetter(index: number): string {
  let letters = COLUMN_LETTERS[index];
  if (letters === undefined) {
    letters = colLetter(index + 1);
    if (index < 16_384) COLUMN_LETTERS[index] = letters;
  }
  return letters;
}

export class SheetWriter {
  constructor(private readonly sheet: Sheet) {}

  /** Writes the next row; `height` in points (from its text) keeps wrapped text from overlapping. */
  row(cells: readonly Cell[], height?: number): void {
    const body = this.sheet.body;
    if (!body)
      throw new Error(`the sheet ${this.sheet.name} is closed: sheets are written one after another`);
    const r = numberText(++this.sheet.rowCount);
    let xml = height ? `<row r="${r}" ht="${height}" customHeight="1">` : `<row r="${r}">`;
    // A plain loop and column letters made once: this runs for each of a million cells.
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell === null || cell === undefined) continue;
      const ref = columnLetter(i) + r;
      if (typeof cell === "object" && "shared" in cell) {
        xml += `<c r="${ref}" t="s"><v>${cell.shared}</v></c>`;
        continue;
      }
      const v = typeof cell === "object" ? cell.v : cell;
      const s = typeof cell === "object" ? cell.s : 0;
      if (v === null || v === "") {
        if (s) xml += `<c r="${ref}" s="${s}"/>`;
        continue;
      }
      const style = s ? ` s="${s}"` : "";
      if (typeof v === "number")
        xml += Number.isFinite(v) ? `<c r="${ref}"${style}><v>${numberText(v)}</v></c>` : "";
      else if (typeof v === "boolean") xml += `<c r="${ref}"${style} t="b"><v>${v ? 1 : 0}</v></c>`;
      else xml += `<c r="${ref}"${style} t="inlineStr"><is>${textElement(v)}</is></c>`;
    }
    body.write(`${xml}</row>`);
  }
}

export class XlsxWriter {
  private readonly sheets: Sheet[] = [];
  private readonly zip: ZipStream;
  private readonly memory: MemorySink | null;
  private finished = false;

  /**
   * Writes to `out` as it goes (an output file); without it, keeps the package for toBuffer().
   * With `deflater`, large slices are deflated there; the bytes written are the same.
   */
  constructor(
    out?: ByteSink,
    private readonly deflater: SliceDeflater | null = null,
  ) {
    this.memory = out ? null : new MemorySink();
    this.zip = new ZipStream(out ?? this.memory!);
  }

  private readonly styles: StyleSpec[] = [{}];
  private readonly styleKeys = new Map<string, number>([["{}", 0]]);
  private readonly sharedIndex = new Map<string, number>();
  private readonly sharedTexts: string[] = [];

  /**
   * The text as a shared string cell: for texts repeated down a long sheet (a unit's code, name and
   * file on each of its rows), written once in the workbook instead of on every row. Null for "".
   */
  shared(text: string): SharedText | null {
    if (text === "") return null;
    let i = this.sharedIndex.get(text);
    if (i === undefined) {
      i = this.sharedTexts.length;
      this.sharedTexts.push(text);
      this.sharedIndex.set(text, i);
    }
    return { shared: i };
  }

  style(spec: StyleSpec): number {
    const key = JSON.stringify(spec);
    let i = this.styleKeys.get(key);
    if (i === undefined) {
      i = this.styles.length;
      this.styles.push(spec);
      this.styleKeys.set(key, i);
    }
    return i;
  }

  sheet(
    name: string,
    widths: number[] = [],
    freeze?: { cols: number; rows: number },
    print?: SheetPrint,
  ): SheetWriter {
    if (this.finished) throw new Error("the workbook is finished");
    this.closeSheet();
    this.zip.begin(`xl/worksheets/sheet${this.sheets.length + 1}.xml`, 8);
    const sheet: Sheet = {
      name: name.slice(0, 31),
      rowCount: 0,
      body: new DeflateSink((packed) => this.zip.data(packed), this.deflater),
      widths,
      ...(freeze ? { freeze } : {}),
      ...(print ? { print } : {}),
    };
    sheet.body!.write(this.sheetHead(sheet));
    this.sheets.push(sheet);
    return new SheetWriter(sheet);
  }

  /** The sheet being written is done: its tail, and its part closed. */
  private closeSheet(): void {
    const s = this.sheets[this.sheets.length - 1];
    if (!s?.body) return;
    s.body.write(this.sheetTail(s));
    const { crc, size } = s.body.finish();
    s.body = null;
    this.zip.end(crc, size);
  }

  /** A whole part, written at once. */
  private part(name: string, text: string | ((d: DeflateSink) => void)): void {
    this.zip.begin(name, 8);
    const d = new DeflateSink((packed) => this.zip.data(packed), this.deflater);
    if (typeof text === "string") d.write(text);
    else text(d);
    const { crc, size } = d.finish();
    this.zip.end(crc, size);
  }

  /** Everything of a sheet part before its rows. */
  private sheetHead(s: Sheet): string {
    const pane = s.freeze
      ? `<sheetViews><sheetView workbookViewId="0"><pane${s.freeze.cols ? ` xSplit="${s.freeze.cols}"` : ""}${s.freeze.rows ? ` ySplit="${s.freeze.rows}"` : ""} topLeftCell="${colLetter(s.freeze.cols + 1)}${s.freeze.rows + 1}" activePane="bottomRight" state="frozen"/></sheetView></sheetViews>`
      : "";
    const cols = s.widths.length
      ? `<cols>${s.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`
      : "";
    const fit = s.print?.fitToWidth ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : "";
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${fit}${pane}${cols}<sheetData>`;
  }

  /** Everything of a sheet part after its rows: margins, page setup, a footer naming the sheet. */
  private sheetTail(s: Sheet): string {
    if (!s.print) return "</sheetData></worksheet>";
    const fit = s.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ' scale="100"';
    return (
      `</sheetData><pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>` +
      `<pageSetup paperSize="9" orientation="landscape"${fit}/>` +
      `<headerFooter><oddFooter>&amp;L&amp;A&amp;R&amp;P / &amp;N</oddFooter></headerFooter></worksheet>`
    );
  }

  /** The print titles, as workbook names local to each sheet (_xlnm.Print_Titles). */
  private definedNames(): string {
    const col = (n: number) => colLetter(n);
    const names = this.sheets.flatMap((s, i) => {
      const p = s.print;
      if (!p || (!p.titleRows && !p.titleColumns)) return [];
      const q = `'${escapeXml(s.name).replace(/'/g, "''")}'`;
      const parts = [
        ...(p.titleColumns ? [`${q}!$${col(p.titleColumns[0])}:$${col(p.titleColumns[1])}`] : []),
        ...(p.titleRows ? [`${q}!$${p.titleRows[0]}:$${p.titleRows[1]}`] : []),
      ];
      return [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${parts.join(",")}</definedName>`];
    });
    return names.length ? `<definedNames>${names.join("")}</definedNames>` : "";
  }

  private stylesXml(): string {
    const fmts: string[] = [];
    const fmtId = new Map<string, number>();
    const fills = [
      '<fill><patternFill patternType="none"/></fill>',
      '<fill><patternFill patternType="gray125"/></fill>',
    ];
    const fillId = new Map<string, number>();
    const xfs = this.styles.map((st) => {
      let nf = 0;
      if (st.numFmt) {
        if (!fmtId.has(st.numFmt)) {
          fmtId.set(st.numFmt, 164 + fmts.length);
          fmts.push(`<numFmt numFmtId="${164 + fmts.length}" formatCode="${escapeXml(st.numFmt)}"/>`);
        }
        nf = fmtId.get(st.numFmt)!;
      }
      let fi = 0;
      if (st.fill) {
        if (!fillId.has(st.fill)) {
          fillId.set(st.fill, fills.length);
          fills.push(
            `<fill><patternFill patternType="solid"><fgColor rgb="${st.fill}"/><bgColor indexed="64"/></patternFill></fill>`,
          );
        }
        fi = fillId.get(st.fill)!;
      }
      const font = st.bold ? 1 : 0;
      const attrs = `numFmtId="${nf}" fontId="${font}" fillId="${fi}" borderId="0" xfId="0"${nf ? ' applyNumberFormat="1"' : ""}${fi ? ' applyFill="1"' : ""}${font ? ' applyFont="1"' : ""}`;
      return st.wrap
        ? `<xf ${attrs} applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>`
        : `<xf ${attrs}/>`;
    });
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      (fmts.length ? `<numFmts count="${fmts.length}">${fmts.join("")}</numFmts>` : "") +
      // Times New Roman: column widths are counted in the default font's characters, and LibreOffice
      // on Linux measures a missing Calibri with a wider font, so pages would differ from Excel's.
      `<fonts count="2"><font><sz val="11"/><name val="Times New Roman"/><family val="1"/></font><font><b/><sz val="11"/><name val="Times New Roman"/><family val="1"/></font></fonts>` +
      `<fills count="${fills.length}">${fills.join("")}</fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
    );
  }

  private sharedStringsXml(d: DeflateSink): void {
    d.write(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="${this.sharedTexts.length}">`,
    );
    for (const t of this.sharedTexts) d.write(`<si>${textElement(t)}</si>`);
    d.write("</sst>");
  }

  /** Closes the last sheet and writes the workbook's other parts and the zip directory. */
  finish(): void {
    if (this.finished) return;
    this.closeSheet();
    this.finished = true;
    const n = this.sheets.length;
    const ids = this.sheets.map((_, i) => i + 1);
    const sst = this.sharedTexts.length > 0;
    const parts: [string, string][] = [
      [
        "[Content_Types].xml",
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sst ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ""}${ids.map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`,
      ],
      [
        "_rels/.rels",
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ],
      [
        "xl/workbook.xml",
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${this.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets>${this.definedNames()}</workbook>`,
      ],
      [
        "xl/_rels/workbook.xml.rels",
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${ids.map((i) => `<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`).join("")}<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${sst ? `<Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` : ""}</Relationships>`,
      ],
      ["xl/styles.xml", this.stylesXml()],
    ];
    for (const [name, text] of parts) this.part(name, text);
    if (sst) this.part("xl/sharedStrings.xml", (d) => this.sharedStringsXml(d));
    this.zip.finish();
  }

  /** The package as one buffer (a writer made without a sink). */
  toBuffer(): Buffer {
    if (!this.memory) throw new Error("this workbook was written to its sink");
    this.finish();
    return this.memory.toBuffer();
  }
}
