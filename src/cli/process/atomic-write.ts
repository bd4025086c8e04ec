// Outputs appear whole or not at all: written to a temporary file beside the target, flushed,
// then renamed over it (a rename within one directory is atomic). A crash leaves the old file.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** The temporary file as it is written: bytes appended in order, and bytes already written patched. */
export interface FileSink {
  write(bytes: Uint8Array): void;
  patch(at: number, bytes: Uint8Array): void;
}

/**
 * Hands `fill` the temporary file to write into, then flushes it and renames it over `path`; if
 * `fill` throws, the temporary file is removed and `path` is left as it was. So an output as large
 * as a ten-thousand-unit workbook goes to disk as it is made, never held whole in memory.
 */
export function writeFileAtomicWith(path: string, fill: (out: FileSink) => void): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(tmp, "wx", 0o644);
  try {
    let size = 0;
    fill({
      write(bytes) {
        writeAll(fd, bytes, size);
        size += bytes.byteLength;
      },
      patch(at, bytes) {
        if (at + bytes.byteLength > size) throw new RangeError("patch past the end of what was written");
        writeAll(fd, bytes, at);
      },
    });
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  closeSync(fd);
  try {
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Writes the pieces in order, so a large output never has to exist as one string in memory. */
export function writeFileAtomicChunks(path: string, chunks: Iterable<Uint8Array | string>): void {
  writeFileAtomicWith(path, (out) => {
    let pending: string[] = [];
    let pendingLength = 0;
    const flushText = () => {
      if (pending.length === 0) return;
      out.write(Buffer.from(pending.join(""), "utf8"));
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
      } else {
        flushText();
        out.write(chunk);
      }
    }
    flushText();
  });
}

function writeAll(fd: number, bytes: Uint8Array, at: number): void {
  let off = 0;
  while (off < bytes.byteLength) off += writeSync(fd, bytes, off, bytes.byteLength - off, at + off);
}

export function writeFileAtomic(path: string, data: Uint8Array | string): void {
  writeFileAtomicChunks(path, [data]);
}
