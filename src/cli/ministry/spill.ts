// Entries set aside on disk while a consolidation runs: each report's entries are appended to one
// file as the report arrives and read back when the outputs are written, so the main thread holds a
// few hundred bytes per file instead of every report whole (ten thousand reports of 73 indicators
// were about 300 MB). The folder is private (mode 0700), removed at the end, and a killed run's
// folder is removed by the next run once its process is gone.
import { closeSync, mkdtempSync, openSync, readdirSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { entryIds, type FileReport } from "./file-report";
import type { EntryStore } from "./consolidate-model";
import { processAlive } from "./outputs";
import { FileRange } from "../process/atomic-write";
import { entriesJsonText, packEntries, type StoredEntry } from "./entry-record";

const PREFIX = "self-assess-spill-";

export class EntrySpill implements EntryStore {
  private readonly dir: string;
  private readonly fd: number;
  private size = 0;
  private readonly where = new Map<
    FileReport,
    { at: number; length: number; jsonLength: number; ids: readonly string[] }
  >();
  /** One array per distinct list of ids: ten thousand units of one type share one. */
  private readonly idLists = new Map<string, readonly string[]>();

  constructor(root = tmpdir()) {
    removeStaleSpills(root);
    this.dir = mkdtempSync(join(root, `${PREFIX}${process.pid}-`));
    this.fd = openSync(join(this.dir, "entries.jsonl"), "w+", 0o600);
  }

  /**
   * Moves the report's entries to disk; the report keeps an empty list. A report whose reader made
   * them ready (r.spilled) is only written; any other is packed here, the same way.
   */
  put(r: FileReport): void {
    const ready = r.spilled;
    if (!ready && r.entries.length === 0) return;
    const at = this.size;
    // Texts are written as they are: encoding them first made a buffer per report outside the
    // heap, which piled up between collections (tens of megabytes at 10,000 units).
    const length = this.append(ready ? ready.packed : packEntries(r.entries));
    const jsonLength = this.append(ready ? ready.json : entriesJsonText(r, r.entries, r.file));
    const list = entryIds(r);
    const key = list.join("\n");
    let ids = this.idLists.get(key);
    if (!ids) {
      ids = list;
      this.idLists.set(key, ids);
    }
    this.where.set(r, { at, length, jsonLength, ids });
    r.entries = [];
    r.spilled = undefined;
  }

  /** Appends the text in UTF-8; its length in bytes. */
  private append(text: string): number {
    let n = writeSync(this.fd, text, this.size, "utf8");
    if (n !== Buffer.byteLength(text, "utf8")) {
      // A short write (a full disk, a signal): the rest, byte by byte exactly.
      const bytes = Buffer.from(text, "utf8");
      while (n < bytes.length) n += writeSync(this.fd, bytes, n, bytes.length - n, this.size + n);
    }
    this.size += n;
    return n;
  }

  /**
   * `length` bytes at `at`, in a buffer the next read reuses: a new buffer for each unit's texts
   * outside the heap piled up between collections (10,000 units peaked at 323 MB, 295 with this).
   */
  private read(at: number, length: number): Buffer {
    if (this.scratch.length < length)
      this.scratch = Buffer.allocUnsafe(Math.max(length, 2 * this.scratch.length));
    const buf = this.scratch.subarray(0, length);
    let off = 0;
    while (off < length) {
      const n = readSync(this.fd, buf, off, length - off, at + off);
      if (n === 0) break;
      off += n;
    }
    return buf;
  }
  private scratch = Buffer.allocUnsafe(64 * 1024);

  /**
   * Where the report's entries are, as items of the --json "entries" list (entry-record.ts), UTF-8:
   * copied from here into the output (copy-thread.ts). Good while the spill is open.
   */
  entriesJsonAt(r: FileReport): FileRange | undefined {
    const w = this.where.get(r);
    return w ? new FileRange(this.fd, w.at + w.length, w.jsonLength) : undefined;
  }

  entries(r: FileReport): readonly StoredEntry[] {
    const w = this.where.get(r);
    if (!w) return r.entries;
    return JSON.parse(this.read(w.at, w.length).toString("utf8")) as StoredEntry[];
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
