// Outputs appear whole or not at all: written to a temporary file beside the target, flushed,
// then renamed over it (a rename within one directory is atomic). A crash leaves the old file.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Writes the pieces in order, so a large output never has to exist as one string in memory. */
export function writeFileAtomicChunks(path: string, chunks: Iterable<Uint8Array | string>): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(tmp, "wx", 0o644);
  try {
    let pending: string[] = [];
    let pendingLength = 0;
    const flushText = () => {
      if (pending.length === 0) return;
      writeAll(fd, Buffer.from(pending.join(""), "utf8"));
      pending = [];
      pendingLength = 0;
    };
    for (const chunk of chunks) {
      if (typeof chunk === "string") {
        pending.push(chunk);
        pendingLength += chunk.length;
        if (pendingLength > 1 << 20) flushText();
      } else {
        flushText();
        writeAll(fd, chunk);
      }
    }
    flushText();
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

function writeAll(fd: number, bytes: Uint8Array): void {
  let off = 0;
  while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
}

export function writeFileAtomic(path: string, data: Uint8Array | string): void {
  writeFileAtomicChunks(path, [data]);
}
