// Outputs appear whole or not at all: written to a temporary file beside the target, flushed,
// then renamed over it (a rename within one directory is atomic). A crash leaves the old file.
import { closeSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** The temporary file as it is written: bytes appended in order, and bytes already written patched. */
export interface FileSink {
  write(bytes: Uint8Array): void;
  patch(at: number, bytes: Uint8Array): void;
}

/**
 * A run of bytes in another open file: a piece of an output that is already on disk (a unit's
 * entries in the consolidation's spill, D53), copied rather than read into memory and written back.
 */
export class FileRange {
  constructor(
    readonly fd: number,
    readonly at: number,
    readonly length: number,
  ) {}
}

/** A temporary file beside its target, open for writing, until it is committed or abandoned. */
export class AtomicFile {
  readonly fd: number;
  private readonly tmp: string;
  private size = 0;
  private open = true;

  constructor(private readonly path: string) {
    this.tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
    this.fd = openSync(this.tmp, "wx", 0o644);
  }

  /** Bytes appended in order, or patched where already written. */
  readonly sink: FileSink = {
    write: (bytes) => {
      writeAll(this.fd, bytes, this.size);
      this.size += bytes.byteLength;
    },
    patch: (at, bytes) => {
      if (at + bytes.byteLength > this.size) throw new RangeError("patch past the end of what was written");
      writeAll(this.fd, bytes, at);
    },
  };

  /** Leaves `length` bytes unwritten for another writer to fill (copy-thread.ts); where they start. */
  skip(length: number): number {
    const at = this.size;
    this.size += length;
    return at;
  }

  /** Flushes the file to disk and renames it over the target. */
  commit(): void {
    try {
      fsyncSync(this.fd);
      this.close();
      renameSync(this.tmp, this.path);
    } catch (e) {
      this.abandon();
      throw e;
    }
  }

  /** Removes the temporary file; the target is left as it was. */
  abandon(): void {
    this.close();
    rmSync(this.tmp, { force: true });
  }

  private close(): void {
    if (!this.open) return;
    this.open = false;
    closeSync(this.fd);
  }
}

/**
 * Hands `fill` the temporary file to write into, then flushes it and renames it over `path`; if
 * `fill` throws, the temporary file is removed and `path` is left as it was. So an output as large
 * as a ten-thousand-unit workbook goes to disk as it is made, never held whole in memory.
 */
export function writeFileAtomicWith(path: string, fill: (out: FileSink) => void): void {
  const file = new AtomicFile(path);
  try {
    fill(file.sink);
  } catch (e) {
    file.abandon();
    throw e;
  }
  file.commit();
}

/**
 * Writes the pieces in order, so a large output never has to exist as one string in memory. A
 * FileRange is copied here, unless `defer` takes it (to leave a hole, AtomicFile's `skip`, and have
 * it filled later: copy-thread.ts).
 */
export function writeChunks(
  sink: FileSink,
  chunks: Iterable<Uint8Array | string | FileRange>,
  defer?: (range: FileRange) => void,
): void {
  let pending: string[] = [];
  let pendingLength = 0;
  const flushText = () => {
    if (pending.length === 0) return;
    sink.write(Buffer.from(pending.join(""), "utf8"));
    pending = [];
    pendingLength = 0;
  };
  for (const chunk of chunks) {
    if (typeof chunk === "string") {
      pending.push(chunk);
      pendingLength += chunk.length;
      // Flushed in pieces under V8's largest young object (about 128 kB; a character may take two
      // bytes): a larger joined text is made in the old generation and kept until a full
      // collection, tens of megabytes of it across a 10,000-unit --json (D44).
      if (pendingLength > 1 << 15) flushText();
    } else if (chunk instanceof FileRange) {
      flushText();
      if (defer) defer(chunk);
      else for (const bytes of rangeBytes(chunk)) sink.write(bytes);
    } else {
      flushText();
      sink.write(chunk);
    }
  }
  flushText();
}

/** A range's bytes, a megabyte at a time, in one buffer reused: each is good until the next. */
export function* rangeBytes(range: FileRange): Generator<Uint8Array> {
  const buf = Buffer.allocUnsafe(Math.min(range.length, COPY_SLICE));
  for (let done = 0; done < range.length;) {
    const want = Math.min(buf.length, range.length - done);
    let got = 0;
    while (got < want) {
      const n = readSync(range.fd, buf, got, want - got, range.at + done + got);
      if (n === 0) throw new Error("the file to copy from ended early");
      got += n;
    }
    yield buf.subarray(0, want);
    done += want;
  }
}
const COPY_SLICE = 1 << 20;

export function writeFileAtomicChunks(path: string, chunks: Iterable<Uint8Array | string | FileRange>): void {
  writeFileAtomicWith(path, (out) => writeChunks(out, chunks));
}

function writeAll(fd: number, bytes: Uint8Array, at: number): void {
  let off = 0;
  while (off < bytes.byteLength) off += writeSync(fd, bytes, off, bytes.byteLength - off, at + off);
}

export function writeFileAtomic(path: string, data: Uint8Array | string): void {
  writeFileAtomicChunks(path, [data]);
}
