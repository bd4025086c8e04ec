// The lean reader's indexOf scans (src/ooxml/xml-scan.ts, DECISIONS D48) held to the regexes they
// replaced, on random and hostile XML: cells with their attributes in any order, tabs and
// non-ASCII spaces, self-closing and unclosed cells, inline strings, entities and _xHHHH_ escapes.
import fc from "fast-check";
import { attr, decodeXml, runText, scanCells, stringItems } from "../../src/ooxml/xml-scan";
import { cellTags, countTag } from "../../src/ooxml/sheet-guard";

// ---- The reader before D48, kept here as the reference. ----
const NUMERIC_ENTITY = /&#(\d+);|&#x([0-9a-fA-F]+);/g;
function oldDecodeXml(text: string): string {
  let out = text;
  if (out.includes("&")) {
    out = out
      .replaceAll("&quot;", '"')
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&apos;", "'");
    if (out.includes("&#"))
      out = out.replace(NUMERIC_ENTITY, (_m, dec: string | undefined, hex: string | undefined) => {
        const cp = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
        return cp <= 0x10ffff ? String.fromCodePoint(cp) : "\uFFFD";
      });
    out = out.replaceAll("&amp;", "&");
  }
  if (out.includes("_x"))
    out = out.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return out;
}
function oldAttr(tag: string, name: string): string | undefined {
  const key = ` ${name}="`;
  let i = tag.indexOf(key);
  if (i < 0) {
    if (!/[\t\n\r]/.test(tag)) return undefined;
    const m = new RegExp(`\\s${name}="`).exec(tag);
    if (!m) return undefined;
    i = m.index;
  }
  const start = i + key.length;
  const end = tag.indexOf('"', start);
  if (end < 0) return undefined;
  return oldDecodeXml(tag.slice(start, end));
}
function oldRunText(xml: string): string {
  const withoutPhonetic = xml.includes("<rPh") ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : xml;
  let out = "";
  const re = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
  for (let m = re.exec(withoutPhonetic); m; m = re.exec(withoutPhonetic)) out += m[1];
  return oldDecodeXml(out);
}
function oldCells(xml: string): [string | undefined, string | undefined, string][] {
  const out: [string | undefined, string | undefined, string][] = [];
  const re = /<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const attrs = ` ${m[1]}`;
    out.push([oldAttr(attrs, "r"), oldAttr(attrs, "t"), m[2] ?? ""]);
  }
  return out;
}
function oldItems(xml: string): string[] {
  const out: string[] = [];
  const re = /<si>([\s\S]*?)<\/si>|<si\/>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1] === undefined ? "" : oldRunText(m[1]));
  return out;
}

function newCells(xml: string): [string | undefined, string | undefined, string][] {
  const out: [string | undefined, string | undefined, string][] = [];
  scanCells(xml, (ref, type, body) => out.push([ref, type, body]));
  return out;
}

/** Text with no numeric entity that yields "&": there the old decoder was right (see below). */
const noAmpNumber = (s: string) => !/&#(0*38|x0*26);/i.test(s);

// ---- Generators: the pieces a sheet's XML is made of, and the ones a hostile sender adds. ----
const text = fc
  .array(
    fc.constantFrom(
      "a",
      "Ư",
      " ",
      "1",
      "&amp;",
      "&quot;",
      "&lt;",
      "&gt;",
      "&apos;",
      "&#65;",
      "&#x1F600;",
      "&#38;",
      "&#x26;",
      "&#1114112;",
      "&foo;",
      "&",
      ";",
      "_x0041_",
      "_x005F_",
      "_x",
      "amp;",
      "quot;",
      "#",
    ),
    { maxLength: 8 },
  )
  .map((p) => p.join(""));
const value = fc.oneof(
  text.filter((s) => !s.includes('"') && !s.includes("<") && !s.includes(">")),
  fc.constantFrom("A1", "B7", "XFD1048576", "s", "n", "str", "inlineStr", "b", "e", "a b", "x\ty", "é"),
);
const name = fc.constantFrom("r", "t", "s", "xr", "rr", "T", "R", "cm", "x:r", "r:id");
const sep = fc.constantFrom(" ", " ", " ", "  ", "\t", "\n", "\r\n", "\u00a0");
const attribute = fc.tuple(sep, name, value).map(([s, n, v]) => `${s}${n}="${v}"`);
const cellBody = fc.oneof(
  fc.constant(""),
  fc.tuple(text).map(([t]) => `<v>${t}</v>`),
  fc.tuple(text).map(([t]) => `<f>SUM(A1)</f><v>${t}</v>`),
  fc.tuple(text).map(([t]) => `<is><t>${t}</t></is>`),
  fc.tuple(text, text).map(([a, b]) => `<is><r><t>${a}</t></r><r><t xml:space="preserve">${b}</t></r></is>`),
  fc.constant("<v>1</v><v>2</v>"),
  fc.constant("<v>open"),
);
const cell = fc
  .tuple(fc.array(attribute, { maxLength: 4 }), fc.constantFrom("", " ", "\t"), fc.boolean(), cellBody)
  .map(([attrs, tail, selfClosing, body]) =>
    selfClosing ? `<c${attrs.join("")}${tail}/>` : `<c${attrs.join("")}${tail}>${body}</c>`,
  );
const noise = fc.constantFrom(
  "<c",
  "<c ",
  "<c\t",
  "<c\u00a0",
  "<col ",
  "<cols>",
  "</c>",
  ">",
  "/>",
  "<",
  '"',
  "=",
  'r="',
  " r=",
  "<v>",
  "</v>",
  '<row r="1">',
  "</row>",
  '<c r="A1"',
);
const sheetXml = fc
  .array(fc.oneof({ weight: 3, arbitrary: cell }, { weight: 1, arbitrary: noise }), { maxLength: 12 })
  .map((p) => p.join(""));

const run = fc.oneof(
  text.map((t) => `<t>${t}</t>`),
  text.map((t) => `<t xml:space="preserve">${t}</t>`),
  text.map((t) => `<t\txml:space="preserve">${t}</t>`),
  text.map((t) => `<r><rPr><b/></rPr><t>${t}</t></r>`),
  text.map((t) => `<rPh sb="0" eb="1"><t>${t}</t></rPh>`),
  fc.constantFrom("<t>", "</t>", "<t/>", "<t", "<", "<t </t>", "<t></t>", "<tx>a</tx>"),
);
const item = fc.array(run, { maxLength: 4 }).map((r) => r.join(""));
const stringsXml = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: item.map((i) => `<si>${i}</si>`) },
      { weight: 1, arbitrary: fc.constantFrom("<si/>", "<si>", "</si>", "<sig>", "<si />", "<sst>", "<si") },
    ),
    { maxLength: 8 },
  )
  .map((p) => `<sst>${p.join("")}</sst>`);

describe("the lean reader's scans find what the old regexes found", () => {
  const runs = { numRuns: 2000 };

  it("cells: each cell's r, t and content, on well-formed and broken sheets", () => {
    fc.assert(
      fc.property(sheetXml, (xml) => {
        fc.pre(noAmpNumber(xml));
        expect(newCells(xml)).toEqual(oldCells(xml));
      }),
      runs,
    );
  });

  it("cells: r and t read as the old look-up read them, whatever the attributes", () => {
    fc.assert(
      fc.property(fc.array(attribute, { maxLength: 5 }), fc.constantFrom("", " ", "\t"), (attrs, tail) => {
        const tag = ` ${attrs.join("")}${tail}`;
        fc.pre(noAmpNumber(tag));
        expect(newCells(`<c${tag}/>`)).toEqual([[oldAttr(tag, "r"), oldAttr(tag, "t"), ""]]);
        expect(newCells(`<c${tag}><v>1</v></c>`)).toEqual([
          [oldAttr(tag, "r"), oldAttr(tag, "t"), "<v>1</v>"],
        ]);
        expect(attr(tag, "r")).toEqual(oldAttr(tag, "r"));
      }),
      runs,
    );
  });

  it("shared strings: every item's text, phonetic guides left out", () => {
    fc.assert(
      fc.property(stringsXml, (xml) => {
        fc.pre(noAmpNumber(xml));
        expect(stringItems(xml)).toEqual(oldItems(xml));
      }),
      runs,
    );
  });

  it("a string item's runs", () => {
    fc.assert(
      fc.property(item, (xml) => {
        fc.pre(noAmpNumber(xml));
        expect(runText(xml)).toEqual(oldRunText(xml));
      }),
      runs,
    );
  });

  it("decodes as the old decoder did wherever that one was right", () => {
    fc.assert(
      fc.property(text, (t) => {
        fc.pre(noAmpNumber(t));
        expect(decodeXml(t)).toBe(oldDecodeXml(t));
      }),
      runs,
    );
  });

  it("a sheet of many open cells is not searched to its end once per cell", () => {
    const xml = `<sheetData>${'<c r="A1"><v>1</v>'.repeat(50_000)}</sheetData>`;
    const t0 = process.cpuUsage();
    expect(newCells(xml)).toEqual([]);
    const cpu = process.cpuUsage(t0);
    // Quadratic would be 50,000 searches of ~1 MB each: minutes, not a fraction of a second.
    expect((cpu.user + cpu.system) / 1e6).toBeLessThan(5);
  });
});

// The sheet guard's widest-cell walk before D48, for cellTags (its cell count is countTag, unchanged).
function oldWidestCell(xml: string): number {
  let widest = 0;
  for (let i = xml.indexOf("<c"); i >= 0;) {
    const next = xml.charCodeAt(i + 2);
    if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) {
      i = xml.indexOf("<c", i + 2);
      continue;
    }
    const close = xml.indexOf(">", i);
    if (close < 0) break;
    const end = xml.charCodeAt(close - 1) === 47 ? close + 1 : xml.indexOf("</c>", close);
    if (end < 0) return xml.length - i;
    widest = Math.max(widest, end - i);
    i = xml.indexOf("<c", end);
  }
  return widest;
}

describe("the sheet guard counts cells and measures the widest in one walk", () => {
  const guardNoise = fc.constantFrom("<c>", "<c/>", "<c\n", "<c<c ", '<c r="A1"><c r="B1"/></c>', "<col/>");
  const xmlArb = fc
    .array(fc.oneof({ weight: 3, arbitrary: sheetXml }, { weight: 1, arbitrary: guardNoise }), {
      maxLength: 6,
    })
    .map((p) => p.join(""));
  it("as countTag and widestCell did, whatever the limit", () => {
    fc.assert(
      fc.property(xmlArb, fc.integer({ min: 0, max: 12 }), (xml, stopAt) => {
        expect(cellTags(xml, stopAt)).toEqual({
          count: countTag(xml, "<c", stopAt),
          widest: oldWidestCell(xml),
        });
      }),
      { numRuns: 3000 },
    );
  });
});

describe("decodeXml decodes each entity once", () => {
  /** A reference decoder: one left-to-right walk, then the _xHHHH_ escapes on its result. */
  function reference(t: string): string {
    let out = "";
    for (let i = 0; i < t.length;) {
      const m = /^&(?:(quot|lt|gt|apos|amp)|#(\d+)|#x([0-9a-fA-F]+));/.exec(t.slice(i));
      if (!m) {
        out += t[i];
        i++;
        continue;
      }
      if (m[1]) out += { quot: '"', lt: "<", gt: ">", apos: "'", amp: "&" }[m[1]];
      else {
        const cp = m[2] !== undefined ? Number(m[2]) : parseInt(m[3]!, 16);
        out += cp <= 0x10ffff ? String.fromCodePoint(cp) : "\uFFFD";
      }
      i += m[0].length;
    }
    return out.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }

  it("the text '&amp;' written with a numeric entity for its '&' stays '&amp;' (the old decoder gave '&')", () => {
    expect(decodeXml("&#38;amp;")).toBe("&amp;");
    expect(decodeXml("&#x26;amp; &#38;lt; &amp;#38;")).toBe("&amp; &lt; &#38;");
    expect(oldDecodeXml("&#38;amp;")).toBe("&");
  });

  it("matches a one-pass reference on any mix of entities and escapes", () => {
    fc.assert(
      fc.property(text, (t) => expect(decodeXml(t)).toBe(reference(t))),
      { numRuns: 3000 },
    );
  });
});
