// A scanned .xlsx package: parts are inflated only when asked for, each within its limits, and
// every XML part a reader gets has passed the guard that fits it.
import type { Limits } from "./limits";
import { DEFAULT_LIMITS } from "./limits";
import { inflateEntry } from "./inflate";
import { scanZip, type ZipEntry } from "./zip-scan";
import { guardedPart, type XlsxParts } from "./parts";

export { withoutMainPrefix } from "./parts";

export class GuardedPackage implements XlsxParts {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly texts = new Map<string, string>();

  constructor(
    private readonly buf: Buffer,
    readonly limits: Limits = DEFAULT_LIMITS,
  ) {
    for (const e of scanZip(buf, limits)) this.entries.set(e.name, e);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The part as text, guarded by its kind; undefined when the package has no such part. */
  text(name: string): string | undefined {
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    const xml = guardedPart(name, decodePart(inflateEntry(this.buf, entry)), this.limits);
    this.texts.set(name, xml);
    return xml;
  }

  /**
   * Inflates and guards every part, so that nothing in the package is larger, denser or deeper
   * than the limits allow, including parts no reader asks for (a bomb hidden in an unused sheet is
   * still a hostile file, and is named as one). Texts a reader needs stay cached.
   */
  guardAll(): void {
    for (const [name, entry] of this.entries) {
      if (name.endsWith("/")) continue;
      if (name.endsWith(".xml") || name.endsWith(".rels")) {
        const keep = this.texts.has(name);
        this.text(name);
        if (!keep && !READ_LATER.test(name)) this.texts.delete(name);
      } else {
        inflateEntry(this.buf, entry);
      }
    }
  }
}

/**
 * A part's text by its byte order mark: XML may be UTF-16 (some tools write it), and is UTF-8
 * otherwise (with or without a BOM), as the XML standard says.
 */
export function decodePart(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString("utf16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString("utf16le");
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString("utf8");
  return bytes.toString("utf8");
}

/** Parts the readers come back for: worth keeping once inflated. */
const READ_LATER =
  /^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/worksheets\/[^/]+\.xml|customXml\/item\d+\.xml)$/;
