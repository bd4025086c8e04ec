// Print checks (issue #14): a workbook is printed to PDF by LibreOffice and the PDF's text boxes are
// read back with poppler's `pdftotext -bbox-layout`, to find what a person would see on paper:
// lines of text on top of each other, text smaller than 11 pt, a missing header or signature, text
// cut off, more pages than the layout planned. A missing soffice or pdftotext fails the test that
// needs it; it is never skipped (CI installs both, .ci/run).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { runSoffice } from "../xlsx/engine";

export interface Line {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Word extends Line {
  /** The font size, from the box: Liberation Serif's boxes are 1.3 em tall (measured). */
  size: number;
}

export interface PdfText {
  pages: number;
  pageSize: { width: number; height: number };
  words: Word[];
  lines: Line[];
  fonts: string[];
}

function tool(name: string, apt: string): string {
  const r = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  const path = r.stdout.trim();
  if (r.status !== 0 || path === "")
    throw new Error(
      `${name} is not installed (apt-get install -y ${apt}). The print checks need it and never skip.`,
    );
  return path;
}

/** Prints each workbook to PDF with LibreOffice, in one run and a private profile; returns the PDFs. */
export function printToPdf(files: string[]): string[] {
  const out = mkdtempSync(join(tmpdir(), "sa-print-"));
  runSoffice(["--convert-to", "pdf", "--outdir", out], files, 300_000);
  const made = new Set(readdirSync(out));
  return files.map((f) => {
    const pdf = basename(f).replace(/\.\w+$/, ".pdf");
    if (!made.has(pdf)) throw new Error(`LibreOffice did not print ${f}`);
    return join(out, pdf);
  });
}

const attr = (tag: string, name: string) => Number(new RegExp(`${name}="([^"]*)"`).exec(tag)![1]);
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&")
    .normalize("NFC");

/** The PDF's words and lines with their boxes, and the fonts it embeds. */
export function readPdf(pdf: string): PdfText {
  const xml = execFileSync(tool("pdftotext", "poppler-utils"), ["-bbox-layout", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const words: Word[] = [];
  const lines: Line[] = [];
  let page = 0;
  let pageSize = { width: 0, height: 0 };
  const re = /<page [^>]*>|<line [^>]*>|<\/line>|<word [^>]*>([^<]*)<\/word>/g;
  let line: Line | null = null;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const tag = m[0];
    if (tag.startsWith("<page")) {
      page++;
      pageSize = { width: attr(tag, "width"), height: attr(tag, "height") };
    } else if (tag.startsWith("<line")) {
      line = {
        page,
        text: "",
        xMin: attr(tag, "xMin"),
        yMin: attr(tag, "yMin"),
        xMax: attr(tag, "xMax"),
        yMax: attr(tag, "yMax"),
      };
    } else if (tag === "</line>") {
      if (line) lines.push(line);
      line = null;
    } else {
      const w: Word = {
        page,
        text: unescape(m[1] ?? ""),
        xMin: attr(tag, "xMin"),
        yMin: attr(tag, "yMin"),
        xMax: attr(tag, "xMax"),
        yMax: attr(tag, "yMax"),
        size: 0,
      };
      w.size = (w.yMax - w.yMin) / 1.3;
      words.push(w);
      if (line) line.text += (line.text ? " " : "") + w.text;
    }
  }
  const fonts = execFileSync(tool("pdffonts", "poppler-utils"), [pdf], { encoding: "utf8" })
    .split("\n")
    .slice(2)
    .map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ""))
    .filter((f) => f !== "");
  return { pages: page, pageSize, words, lines, fonts };
}

/**
 * Words whose text overlaps another word's. Each box is taken without its top and bottom fifth
 * (a box is 1.3 em tall, the line pitch about 1.1 em, so adjacent lines' boxes touch); what is
 * left is where the letters are.
 */
export function overlaps(words: readonly Word[]): [Word, Word][] {
  const core = (w: Word) => {
    const cut = (w.yMax - w.yMin) * 0.2;
    return { x0: w.xMin + 0.5, x1: w.xMax - 0.5, y0: w.yMin + cut, y1: w.yMax - cut };
  };
  const out: [Word, Word][] = [];
  const byPage = new Map<number, Word[]>();
  for (const w of words) byPage.set(w.page, [...(byPage.get(w.page) ?? []), w]);
  for (const list of byPage.values()) {
    const sorted = [...list].sort((a, b) => a.yMin - b.yMin);
    for (let i = 0; i < sorted.length; i++) {
      const a = core(sorted[i]!);
      for (let j = i + 1; j < sorted.length; j++) {
        const b = core(sorted[j]!);
        if (b.y0 >= a.y1) break;
        if (a.x0 < b.x1 && b.x0 < a.x1) out.push([sorted[i]!, sorted[j]!]);
      }
    }
  }
  return out;
}

/** Words printed smaller than `min` points (a small allowance for the box's rounding). */
export function smallWords(words: readonly Word[], min = 11): Word[] {
  return words.filter((w) => w.size < min - 0.1);
}

/** The page's lines, top to bottom, as text. */
export function pageLines(pdf: PdfText, page: number): Line[] {
  return pdf.lines.filter((l) => l.page === page).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
}

/** The first line on the page that contains `text`, or undefined. */
export function findLine(pdf: PdfText, page: number, text: string): Line | undefined {
  const want = text.normalize("NFC");
  return pageLines(pdf, page).find((l) => l.text.includes(want));
}

/**
 * Words of `texts` that the PDF does not show: cut off by a row too short or a column too narrow.
 * Each printed word counts once. A word the program broke over lines (a long link, an id wider than
 * its column) counts as shown when it can be put together from printed pieces.
 */
export function missingWords(pdf: PdfText, texts: readonly string[]): string[] {
  const count = new Map<string, number>();
  for (const w of pdf.words) count.set(w.text, (count.get(w.text) ?? 0) + 1);
  const pieces = [...count.keys()].filter((k) => k !== "").sort((a, b) => b.length - a.length);
  const assembles = (rest: string, depth: number): boolean =>
    rest === "" ||
    (depth > 0 && pieces.some((p) => rest.startsWith(p) && assembles(rest.slice(p.length), depth - 1)));
  const broken: string[] = [];
  for (const t of texts)
    for (const word of t.normalize("NFC").split(/\s+/)) {
      if (word === "") continue;
      const n = count.get(word) ?? 0;
      if (n > 0) count.set(word, n - 1);
      else broken.push(word);
    }
  return broken.filter((w) => !assembles(w, 6));
}
