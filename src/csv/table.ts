// A CSV file as people save it from Excel and LibreOffice, to rows of text: UTF-8 with or without a
// BOM, UTF-16 ("Unicode text"), or Windows-1258 (Excel's "CSV" on a Vietnamese Windows); Excel's
// `sep=;` first line; `;`, `,` or tab; CRLF or LF. Parsing is csv-parse's (RFC 4180 quotes); a quote
// that is never closed is an error that names the line it opened on, never a cell that swallows the
// rest of the file. Columns are then found by header synonyms (columns.ts). Used for the ministry's
// roster and, with issue #11, the targets file.
import { parse } from "csv-parse/sync";

export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";

export interface CsvTable {
  /** Non-blank records, each cell as written (not trimmed). */
  rows: string[][];
  /** The 1-based line of the file each record starts on, for messages. */
  lines: number[];
  separator: string;
  encoding: CsvEncoding;
}

/** A file that cannot be read as CSV, with the line at fault, in both languages. */
export class CsvError extends Error {
  constructor(
    readonly line: number | null,
    readonly text: { vi: string; en: string },
  ) {
    super(text.en);
    this.name = "CsvError";
  }
}

/** Bytes to text: a BOM decides; else UTF-8 when the bytes are valid UTF-8, else Windows-1258. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const b = bytes;
  let text: string;
  let encoding: CsvEncoding;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    text = new TextDecoder("utf-8").decode(b.subarray(3));
    encoding = "utf-8";
  } else if (b[0] === 0xff && b[1] === 0xfe) {
    text = new TextDecoder("utf-16le").decode(b.subarray(2));
    encoding = "utf-16le";
  } else if (b[0] === 0xfe && b[1] === 0xff) {
    text = new TextDecoder("utf-16be").decode(b.subarray(2));
    encoding = "utf-16be";
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(b);
      encoding = "utf-8";
    } catch {
      // Windows-1258 writes Vietnamese with combining tone marks; NFC below joins them.
      text = new TextDecoder("windows-1258").decode(b);
      encoding = "windows-1258";
    }
  }
  return { text: text.normalize("NFC"), encoding };
}

const SEP_LINE = /^sep=(.)\r?\n/i;

/** The separator of a file without a `sep=` line: the most frequent of ; , tab outside quotes. */
function guessSeparator(text: string): string {
  const firstRecord = text.split(/\r?\n/).find((l) => l.trim() !== "") ?? "";
  const outside = firstRecord.replace(/"[^"]*"/g, "");
  const counts = [";", ",", "\t"].map((c) => [c, outside.split(c).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ",";
}

/** `separator` forces one (a program's own export); otherwise a `sep=` line or the first record decides. */
export function readCsvTable(input: Uint8Array | string, opts: { separator?: string } = {}): CsvTable {
  const decoded =
    typeof input === "string"
      ? { text: input.replace(/^\uFEFF/, ""), encoding: "utf-8" as const }
      : decodeCsv(input);
  let text = decoded.text;
  let lineOffset = 0;
  let separator: string;
  const sepLine = SEP_LINE.exec(text);
  if (sepLine) {
    separator = sepLine[1]!;
    text = text.slice(sepLine[0].length);
    lineOffset = 1;
  } else separator = opts.separator ?? guessSeparator(text);
  const rows: string[][] = [];
  const lines: number[] = [];
  let lastLine = 0;
  try {
    parse(text, {
      delimiter: separator,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      on_record: (record: string[], context: { lines: number }) => {
        // context.lines is the line the record ends on; it starts as many lines earlier as its
        // quoted cells hold line breaks.
        lastLine = context.lines;
        if (record.every((c) => c.trim() === "")) return null;
        const inner = record.reduce((n, c) => n + (c.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
        rows.push(record);
        lines.push(context.lines - inner + lineOffset);
        return null;
      },
    });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "CSV_QUOTE_NOT_CLOSED") {
      // The open quote belongs to the record after the last complete one; skip blank lines to it.
      const all = text.split(/\r?\n/);
      let line = lastLine + 1;
      while (line <= all.length && (all[line - 1] ?? "").trim() === "") line++;
      line += lineOffset;
      throw new CsvError(line, {
        vi: `Dòng ${line}: dấu ngoặc kép (") mở ở đây không bao giờ được đóng, nên phần còn lại của tệp không đọc được. Sửa ô đó rồi lưu lại.`,
        en: `Line ${line}: a quote (") opened here is never closed, so the rest of the file cannot be read. Fix that cell and save again.`,
      });
    }
    const line = (e as { lines?: number }).lines ?? null;
    const why = e instanceof Error ? e.message : String(e);
    throw new CsvError(line === null ? null : line + lineOffset, {
      vi: `Không đọc được tệp CSV${line === null ? "" : ` (dòng ${line + lineOffset})`}: ${why}`,
      en: `The CSV file cannot be read${line === null ? "" : ` (line ${line + lineOffset})`}: ${why}`,
    });
  }
  return { rows, lines, separator, encoding: decoded.encoding };
}
