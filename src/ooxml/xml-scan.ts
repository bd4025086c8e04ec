// The lean reader's scans of a sheet's cells and of the shared strings, by indexOf rather than by
// regular expression (DECISIONS D48): a submission has ~2,500 cells and ~500 strings, and the lazy
// regexes, the attribute look-ups and the per-cell string building were a fifth of its read. Each
// scan finds exactly what the regex it replaces found, on any text (test/ooxml/xml-scan.test.ts
// holds them to the old regexes on random and hostile XML); an unusual start tag (a tab, a
// character past ASCII, a space before ">") takes the old look-up, so only plain tags are fast.

const NAMED: Record<string, string> = { quot: '"', lt: "<", gt: ">", apos: "'", amp: "&" };
const ENTITY = /&(?:(quot|lt|gt|apos|amp)|#(\d+)|#x([0-9a-fA-F]+));/g;
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * XML entities, then OOXML's _xHHHH_ escapes, to text. Each entity is decoded once: "&#38;amp;"
 * (the text "&amp;" with its "&" written as a number) is "&amp;", not "&". Without a numeric
 * entity the five named ones are replaced natively, "&amp;" last (a sealed JSON is thick with
 * &quot;), which decodes each once too: no other replacement yields an "&".
 */
export function decodeXml(text: string): string {
  let out = text;
  if (out.includes("&")) {
    if (out.includes("&#"))
      out = out.replace(
        ENTITY,
        (_m, named: string | undefined, dec: string | undefined, hex: string | undefined) => {
          if (named !== undefined) return NAMED[named]!;
          const cp = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
          return cp <= 0x10ffff ? String.fromCodePoint(cp) : "\uFFFD";
        },
      );
    else
      out = out
        .replaceAll("&quot;", '"')
        .replaceAll("&lt;", "<")
        .replaceAll("&gt;", ">")
        .replaceAll("&apos;", "'")
        .replaceAll("&amp;", "&");
  }
  if (out.includes("_x"))
    out = out.replace(OOXML_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return out;
}

/** An attribute's value in a start tag's text (" r=\"A1\" t=\"s\""), decoded; the general look-up. */
export function attr(tag: string, name: string): string | undefined {
  const key = ` ${name}="`;
  let i = tag.indexOf(key);
  if (i < 0) {
    // Attributes may also be separated by tabs or newlines.
    if (!/[\t\n\r]/.test(tag)) return undefined;
    const m = new RegExp(`\\s${name}="`).exec(tag);
    if (!m) return undefined;
    i = m.index;
  }
  const start = i + key.length;
  const end = tag.indexOf('"', start);
  if (end < 0) return undefined;
  return decodeXml(tag.slice(start, end));
}

const SPACE = /\s/;

/** What `attr` gives for "r" and "t" of the attributes xml[from, to), read in one walk. */
function cellAttrs(
  xml: string,
  from: number,
  to: number,
): { ref: string | undefined; type: string | undefined } {
  let ref: string | undefined;
  let type: string | undefined;
  let i = from;
  // Plain attributes only: name="value", one space apart, values of printable ASCII. There a
  // ` r="` can only start the attribute named r, as in the general look-up; anything else goes there.
  while (i < to) {
    const nameStart = i;
    for (
      let ch = xml.charCodeAt(i);
      i < to && ch !== 61 && ch > 32 && ch < 127 && ch !== 34;
      ch = xml.charCodeAt(++i)
    );
    if (i === nameStart || i + 1 >= to || xml.charCodeAt(i) !== 61 || xml.charCodeAt(i + 1) !== 34)
      return slow(xml, from, to);
    const valueStart = i + 2;
    let j = valueStart;
    // Only a value with "&" or "_" can differ once decoded ("A1" and "s" never do).
    let escaped = false;
    for (let ch = xml.charCodeAt(j); j < to && ch !== 34; ch = xml.charCodeAt(++j)) {
      if (ch <= 32 || ch >= 127) return slow(xml, from, to);
      if (ch === 38 || ch === 95) escaped = true;
    }
    if (j >= to) return slow(xml, from, to);
    const nameLength = i - nameStart;
    if (nameLength === 1) {
      const n = xml.charCodeAt(nameStart);
      if (n === 114 && ref === undefined)
        ref = escaped ? decodeXml(xml.slice(valueStart, j)) : xml.slice(valueStart, j);
      else if (n === 116 && type === undefined)
        type = escaped ? decodeXml(xml.slice(valueStart, j)) : xml.slice(valueStart, j);
    }
    i = j + 1;
    if (i === to) break;
    if (xml.charCodeAt(i) !== 32 || i + 1 === to) return slow(xml, from, to);
    i++;
  }
  return { ref, type };
}

function slow(xml: string, from: number, to: number): { ref: string | undefined; type: string | undefined } {
  const tag = ` ${xml.slice(from, to)}`;
  return { ref: attr(tag, "r"), type: attr(tag, "t") };
}

/**
 * Calls `visit` for each cell element, as /<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g matches them:
 * its "r" and "t" attributes (as `attr` reads them) and its content ("" for a self-closing cell).
 */
export function scanCells(
  xml: string,
  visit: (ref: string | undefined, type: string | undefined, body: string) => void,
): void {
  // Where no "</c>" is left: a hostile sheet of open cells is not searched to its end once per cell.
  let noCloseFrom = xml.length + 1;
  for (let i = xml.indexOf("<c"); i >= 0;) {
    const ws = xml.charCodeAt(i + 2);
    if (ws !== 32 && !(i + 2 < xml.length && SPACE.test(xml[i + 2]!))) {
      i = xml.indexOf("<c", i + 1);
      continue;
    }
    const from = i + 3;
    const gt = xml.indexOf(">", from);
    if (gt < 0) return;
    let to: number;
    let body: string;
    let next: number;
    if (gt - 1 >= from && xml.charCodeAt(gt - 1) === 47) {
      to = gt - 1;
      body = "";
      next = gt + 1;
    } else {
      const close = gt + 1 >= noCloseFrom ? -1 : xml.indexOf("</c>", gt + 1);
      if (close < 0) {
        noCloseFrom = Math.min(noCloseFrom, gt + 1);
        i = xml.indexOf("<c", i + 1);
        continue;
      }
      to = gt;
      body = xml.slice(gt + 1, close);
      next = close + 4;
    }
    const { ref, type } = cellAttrs(xml, from, to);
    visit(ref, type, body);
    i = xml.indexOf("<c", next);
  }
}

/** A cell's <v> text, as /<v>([\s\S]*?)<\/v>/ finds it in the cell's content. */
export function cellValueText(body: string): string | undefined {
  const open = body.indexOf("<v>");
  if (open < 0) return undefined;
  const close = body.indexOf("</v>", open + 3);
  return close < 0 ? undefined : body.slice(open + 3, close);
}

const RUN = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;

/** All text of the <t> runs of a string item, leaving out phonetic guides (<rPh>). */
export function runText(xml: string): string {
  // The usual item, one plain run ("<t>…</t>" or "<t xml:space=…>…</t>" with no other tag): its text.
  if (xml.startsWith("<t") && xml.endsWith("</t>")) {
    const c = xml.charCodeAt(2);
    const gt = c === 62 ? 2 : c === 32 ? xml.indexOf(">", 3) : -1;
    if (gt > 0 && xml.lastIndexOf("<", xml.length - 5) === 0 && gt <= xml.length - 4)
      return decodeXml(xml.slice(gt + 1, xml.length - 4));
  }
  const withoutPhonetic = xml.includes("<rPh") ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : xml;
  let out = "";
  RUN.lastIndex = 0;
  for (let m = RUN.exec(withoutPhonetic); m; m = RUN.exec(withoutPhonetic)) out += m[1];
  return decodeXml(out);
}

/** The shared strings' items, as /<si>([\s\S]*?)<\/si>|<si\/>/g matches them, each as runText reads it. */
export function stringItems(xml: string): string[] {
  const out: string[] = [];
  let noCloseFrom = xml.length + 1;
  for (let i = xml.indexOf("<si"); i >= 0;) {
    const c = xml.charCodeAt(i + 3);
    if (c === 62) {
      const close = i + 4 >= noCloseFrom ? -1 : xml.indexOf("</si>", i + 4);
      if (close >= 0) {
        out.push(runText(xml.slice(i + 4, close)));
        i = xml.indexOf("<si", close + 5);
        continue;
      }
      noCloseFrom = Math.min(noCloseFrom, i + 4);
    } else if (c === 47 && xml.charCodeAt(i + 4) === 62) {
      out.push("");
      i = xml.indexOf("<si", i + 5);
      continue;
    }
    i = xml.indexOf("<si", i + 1);
  }
  return out;
}
