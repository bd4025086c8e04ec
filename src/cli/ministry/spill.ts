// Entries set aside on disk while a consolidation runs: each report's entries are appended to one
// file as the report arrives and read back when the outputs are written, so the main thread holds a
// few hundred bytes per file instead of every report whole (ten thousand reports of 73 indicators
// were about 300 MB). The folder is private (mode 0700), removed at the end, and a killed run's
// folder is removed by the next run once its process is gone.
import { closeSync, mkdtempSync, openSync, readdirSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EntryReport, FileReport } from "./file-report";
import type { EntryStore } from "./consolidate-model";
import { processAlive } from "./outputs";

type Packed = [string, EntryReport["value"], EntryReport["status"], number | null, string, string];

const PREFIX = "self-assess-spill-";
const NO_REVIEW: EntryReport["review"] = Object.freeze({ decision: null, comment: "" });
const NO_ISSUES: EntryReport["issues"] = Object.freeze([]) as unknown as EntryReport["issues"];

export class EntrySpill implements EntryStore {
  private readonly dir: string;
  private readonly fd: number;
  private size = 0;
  private readonly where = new Map<FileReport, { at: number; length: number; ids: readonly string[] }>();
  /** One array per distinct list of ids: ten thousand units of one type share one. */
  private readonly idLists = new Map<string, readonly string[]>();

  constructor(root = tmpdir()) {
    removeStaleSpills(root);
    this.dir = mkdtempSync(join(root, `${PREFIX}${process.pid}-`));
    this.fd = openSync(join(this.dir, "entries.jsonl"), "w+", 0o600);
  }

  /** Moves the report's entries to disk; the report keeps an empty list. */
  put(r: FileReport): void {
    if (r.entries.length === 0) return;
    const packed: Packed[] = r.entries.map((e) => [
      e.indicatorId,
      e.value,
      e.status,
      e.completion,
      e.explanation,
      e.evidence,
    ]);
    const bytes = Buffer.from(JSON.stringify(packed) + "\n", "utf8");
    let off = 0;
    while (off < bytes.length) off += writeSync(this.fd, bytes, off, bytes.length - off, this.size + off);
    const key = r.entries.map((e) => e.indicatorId).join("\n");
    let ids = this.idLists.get(key);
    if (!ids) {
      ids = r.entries.map((e) => e.indicatorId);
      this.idLists.set(key, ids);
    }
    this.where.set(r, { at: this.size, length: bytes.length, ids });
    this.size += bytes.length;
    r.entries = [];
  }

  entries(r: FileReport): readonly EntryReport[] {
    const w = this.where.get(r);
    if (!w) return r.entries;
    const buf = Buffer.allocUnsafe(w.length);
    let off = 0;
    while (off < w.length) {
      const n = readSync(this.fd, buf, off, w.length - off, w.at + off);
      if (n === 0) break;
      off += n;
    }
    return (JSON.parse(buf.toString("utf8")) as Packed[]).map(
      ([indicatorId, value, status, completion, explanation, evidence]) => ({
        indicatorId,
        value,
        status,
        storedStatus: null,
        completion,
        explanation,
        evidence,
        // One empty review and one empty list for every entry read back: nothing reads them here,
        // and ten thousand units' 730,000 entries are read three times (D49).
        review: NO_REVIEW,
        issues: NO_ISSUES,
      }),
    );
  }

  ids(r: FileReport): readonly string[] {
    return this.where.get(r)?.ids ?? r.entries.map((e) => e.indicatorId);
  }

  close(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Spill folders of runs whose process is gone (killed before they could clean up). */
function removeStaleSpills(root: string): void {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return;
  }
  for (const name of names) {
    const m = new RegExp(`^${PREFIX}(\\d+)-`).exec(name);
    if (m && !processAlive(Number(m[1]))) rmSync(join(root, name), { recursive: true, force: true });
  }
}
