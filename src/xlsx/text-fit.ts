// How much room printed text takes, so row heights can be set from the text (issue #14: wrapped text
// must never overlap the next row, in Excel or in LibreOffice). Neither program grows a row to fit
// when it opens a file: LibreOffice keeps the stored height and clips, and Excel keeps its default.
//
// Text is measured with the advance widths of Times New Roman (Liberation Serif on Linux has the
// same metrics) and wrapped greedily at spaces, as both programs wrap. Every estimate leans the safe
// way: the narrower of the two programs' column widths, a little less of it still, and a line pitch
// above either program's, so a row is at worst a little tall, never short. Pure: the pane uses it.
import { TIMES_WIDTH_RUNS } from "./times-widths";

export interface FontSpec {
  /** Points. */
  size: number;
  bold?: boolean;
  italic?: boolean;
}

type Style = keyof typeof TIMES_WIDTH_RUNS;
const WIDTHS = new Map<Style, Map<number, number>>();
for (const style of Object.keys(TIMES_WIDTH_RUNS) as Style[]) {
  const map = new Map<number, number>();
  for (const run of TIMES_WIDTH_RUNS[style]) {
    const [first, list] = run.split(":");
    list!.split(",").forEach((w, i) => map.set(Number(first) + i, Number(w)));
  }
  WIDTHS.set(style, map);
}

/** A character the table lacks (Chinese, an emoji...) is taken as a full em: wide, so safe. */
const UNKNOWN = 1000;

function styleOf(f: FontSpec): Style {
  return f.bold ? (f.italic ? "boldItalic" : "bold") : f.italic ? "italic" : "regular";
}

function charWidth(map: Map<number, number>, ch: string): number {
  const cp = ch.codePointAt(0)!;
  const w = map.get(cp);
  if (w !== undefined) return w;
  // A letter with marks the table lacks in composed form: its base letter's width.
  const base = ch.normalize("NFD").codePointAt(0)!;
  return map.get(base) ?? UNKNOWN;
}

/**
 * charWidth of every character of the Basic Multilingual Plane, per style, filled in as met (NaN: not
 * yet): a ministry measures the same indicator texts in every one of thousands of reports.
 */
const BMP = new Map<Style, Float64Array>();

function bmpTable(style: Style): Float64Array {
  let t = BMP.get(style);
  if (!t) {
    t = new Float64Array(0x10000).fill(Number.NaN);
    BMP.set(style, t);
  }
  return t;
}

/** The printed width of a line of text, in points. */
export function textWidth(text: string, font: FontSpec): number {
  const style = styleOf(font);
  const map = WIDTHS.get(style)!;
  const table = bmpTable(style);
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        units += charWidth(map, text.slice(i, i + 2));
        i++;
        continue;
      }
    }
    let w = table[code]!;
    if (Number.isNaN(w)) w = table[code] = charWidth(map, text[i]!);
    units += w;
  }
  return (units * font.size) / 1000;
}

/**
 * The lines the text wraps into in a box `width` points wide: at spaces, and inside a word only
 * when the word alone is wider than the box (a long link), as both programs do. Line breaks typed
 * in the text are kept.
 */
export function wrapLines(text: string, width: number, font: FontSpec): readonly string[] {
  return shelfOf(width, font).lines(text);
}

/**
 * wrapLines for one box and font, for a caller that wraps many texts in the same few boxes (the
 * report's table): the box's remembered lines are found with one look-up by text, not four.
 */
export function lineWrapper(width: number, font: FontSpec): (text: string) => readonly string[] {
  const shelf = shelfOf(width, font);
  return (text) => shelf.lines(text);
}

/**
 * The wrapped lines remembered for one style, size and width, in two generations: a plan's texts
 * (indicator names, units, targets) recur in every report and are met again in each generation,
 * while a report's own texts (explanations, evidence) pass. Clearing everything when full, as
 * before, let a few dozen reports of one-off texts throw the plan's texts out again and again.
 */
class Shelf {
  young = new Map<string, readonly string[]>();
  old = new Map<string, readonly string[]>();

  constructor(
    private readonly width: number,
    private readonly font: FontSpec,
  ) {}

  lines(text: string): readonly string[] {
    // The remembered list itself, not a copy: callers only read it.
    const known = this.young.get(text);
    if (known) return known;
    const out = this.old.get(text) ?? wrap(text, this.width, this.font);
    this.young.set(text, out);
    if (++youngCount >= GENERATION) age();
    return out;
  }
}

/** Texts remembered per generation, over all shelves: at most twice this many are kept. */
const GENERATION = 4096;
let youngCount = 0;
// Shelves stay: there are as many as fonts times boxes in use, a few dozen.
const SHELVES: Shelf[] = [];
// By style, size and width; a plan's text is the same string object in every report, so only a
// report's own texts are hashed (D45, D52).
const BY_FONT = new Map<Style, Map<number, Map<number, Shelf>>>();

function age(): void {
  for (const s of SHELVES) {
    s.old = s.young;
    s.young = new Map();
  }
  youngCount = 0;
}

function shelfOf(width: number, font: FontSpec): Shelf {
  const style = styleOf(font);
  let bySize = BY_FONT.get(style);
  if (!bySize) BY_FONT.set(style, (bySize = new Map()));
  let byWidth = bySize.get(font.size);
  if (!byWidth) bySize.set(font.size, (byWidth = new Map()));
  let shelf = byWidth.get(width);
  if (!shelf) {
    // Its own copy of the font: what is wrapped must not change with a caller's later edits.
    shelf = new Shelf(width, { size: font.size, bold: font.bold, italic: font.italic });
    byWidth.set(width, shelf);
    SHELVES.push(shelf);
  }
  return shelf;
}

function wrap(text: string, width: number, font: FontSpec): string[] {
  const out: string[] = [];
  const space = textWidth(" ", font);
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line: string | null = null;
    let lineWidth = 0;
    for (const word of paragraph.split(" ")) {
      const w = textWidth(word, font);
      if (line !== null && lineWidth + space + w <= width) {
        line += " " + word;
        lineWidth += space + w;
        continue;
      }
      if (line !== null) out.push(line);
      if (w <= width) {
        line = word;
        lineWidth = w;
        continue;
      }
      // A word wider than the box (a link) is broken where the programs may break it: after a
      // slash, dash or opening bracket, else anywhere. Breaking only there takes at least as many
      // lines as Excel's breaking anywhere, and the box is narrower than LibreOffice's.
      let piece = "";
      let pieceWidth = 0;
      const flush = () => {
        out.push(piece);
        piece = "";
        pieceWidth = 0;
      };
      for (const segment of word.split(/(?<=[/\-(])/)) {
        const sw = textWidth(segment, font);
        if (piece !== "" && pieceWidth + sw > width) flush();
        if (pieceWidth + sw <= width) {
          piece += segment;
          pieceWidth += sw;
          continue;
        }
        for (const ch of segment) {
          const cw = textWidth(ch, font);
          if (piece !== "" && pieceWidth + cw > width) flush();
          piece += ch;
          pieceWidth += cw;
        }
      }
      line = piece;
      lineWidth = pieceWidth;
    }
    out.push(line ?? "");
  }
  return out;
}

/**
 * Line pitch: Times New Roman's ascent and descent are 1.107 em and LibreOffice adds the font's
 * 0.042 em line gap; Excel rounds each line to whole pixels. 1.2 em is above both.
 */
export function linePitch(size: number): number {
  return size * 1.2;
}

/** Room above and below the text inside a cell. */
export const CELL_PADDING = 4;

/**
 * The usable text width of a run of columns, in points, for wrapping. Column widths are in
 * characters of the workbook's default font (Times New Roman 11 in our outputs): Excel gives a
 * character 7 pixels (5.25 pt) and keeps about 5 pixels for the cell's margins and grid line;
 * LibreOffice gives it the digit's width, 5.5 pt. The narrower, less 3%, is what text may fill.
 */
export function wrapWidth(columnWidths: readonly number[]): number {
  const chars = columnWidths.reduce((s, w) => s + w, 0);
  return (chars * 5.25 - 5 * 0.75) * 0.97;
}

/** The printed width of a run of columns at 100% scale, in points: the wider of the two programs. */
export function printedWidth(columnWidths: readonly number[]): number {
  return columnWidths.reduce((s, w) => s + w, 0) * 5.5;
}

/** The height a cell needs for its text, in points. */
export function cellHeight(
  text: string,
  columnWidths: readonly number[],
  font: FontSpec,
  wrapText = true,
): number {
  const lines = wrapText
    ? wrapLines(text, wrapWidth(columnWidths), font).length
    : text.split(/\r\n|\r|\n/).length;
  return Math.ceil(lines * linePitch(font.size) + CELL_PADDING);
}
