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
   * Inflates and guards every part, for readers (ExcelJS) that will expand the whole package
   * themselves: after this, nothing in it is larger or denser than the limits allow.
   */
  guardAll(): void {
    for (const name of this.entries.keys()) {
      if (name.endsWith(".xml") || name.endsWith(".rels")) {
        this.text(name);
        this.texts.delete(name);
      } else {
        inflateEntry(this.buf, this.entries.get(name)!);
      }
    }
  }
}
