// A scanned .xlsx package: parts are inflated only when asked for, each within its limits, and
// every XML part a reader gets has passed the guard that fits it.
import type { Limits } from "./limits";
import { DEFAULT_LIMITS } from "./limits";
import { inflateEntry } from "./inflate";
import { scanZip, type ZipEntry } from "./zip-scan";
import { guardSharedStrings, guardSheet, guardXml } from "./sheet-guard";

export class GuardedPackage {
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
    const xml = inflateEntry(this.buf, entry).toString("utf8");
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) guardSheet(name, xml, this.limits);
    else if (name === "xl/sharedStrings.xml") guardSharedStrings(name, xml, this.limits);
    else if (name.endsWith(".xml") || name.endsWith(".rels")) guardXml(name, xml);
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

/** Parts the readers come back for: worth keeping once inflated. */
const READ_LATER =
  /^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/worksheets\/[^/]+\.xml|customXml\/item\d+\.xml)$/;
