// An output whose largest pieces are already on disk (a consolidation's --json: 300 MB at 10,000
// units, three quarters of it the units' entries in the spill) is written in two parts at once. The
// main thread writes the text and leaves a hole for each such piece; a second thread copies the
// pieces into their holes and flushes the file while the main thread goes on to the workbook. The
// copying and the flush were most of the JSON's time, with the machine's other core idle (D55).
import { Worker } from "node:worker_threads";
import { AtomicFile, writeChunks, type FileRange } from "./atomic-write";

// Plain CommonJS run with `eval`: the worker needs nothing of ours, so no file of its own to build.
// It copies through one buffer, a megabyte at a time, with positioned reads and writes, so the
// main thread's own reads of the spill (for the workbook) never move a shared file offset.
const SOURCE = `
const { workerData, parentPort } = require("node:worker_threads");
const { fsyncSync, readSync, writeSync } = require("node:fs");
const { to, copies } = workerData;
const buf = Buffer.allocUnsafe(1 << 20);
try {
  for (let i = 0; i < copies.length; i += 4) {
    const fd = copies[i], from = copies[i + 1], length = copies[i + 2], at = copies[i + 3];
    for (let done = 0; done < length; ) {
      const want = Math.min(buf.length, length - done);
      let got = 0;
      while (got < want) {
        const n = readSync(fd, buf, got, want - got, from + done + got);
        if (n === 0) throw new Error("the file to copy from ended early");
        got += n;
      }
      for (let off = 0; off < want; ) off += writeSync(to, buf, off, want - off, at + done + off);
      done += want;
    }
  }
  fsyncSync(to);
  parentPort.postMessage(null);
} catch (e) {
  parentPort.postMessage(String((e && e.message) || e));
}
`;

/** Copies each (fd, from, length, at) of `copies` into the file `to`, then flushes it: on a second thread. */
function copyOnThread(to: number, copies: readonly number[]): Promise<void> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const worker = new Worker(SOURCE, {
      eval: true,
      workerData: { to, copies: Float64Array.from(copies) },
      // It holds one buffer outside its heap: a small heap is all it needs.
      resourceLimits: { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 2 },
    });
    worker.once("message", (m: string | null) => {
      answered = true;
      if (m === null) resolve();
      else reject(new Error(m));
    });
    worker.once("error", (e) => {
      answered = true;
      reject(e);
    });
    worker.once("exit", (code) => {
      if (!answered) reject(new Error(`the copying thread stopped (exit ${code})`));
    });
  });
}

/** An output being finished on a second thread: committed by `finish`, or removed by `abandon`. */
export interface PendingFile {
  /** Waits for the copying, then renames the file over its target; throws if the copying failed. */
  finish(): Promise<void>;
  /** Waits for the copying (it writes into the file), then removes the temporary file. */
  abandon(): Promise<void>;
}

/**
 * Writes the pieces' text now, and has their FileRanges copied on a second thread, so the caller
 * can go on with other work; nothing appears at `path` until `finish`.
 */
export function startFileAtomicChunks(
  path: string,
  chunks: Iterable<Uint8Array | string | FileRange>,
): PendingFile {
  const file = new AtomicFile(path);
  const copies: number[] = [];
  let copying: Promise<void>;
  try {
    writeChunks(file.sink, chunks, (r) => copies.push(r.fd, r.at, r.length, file.skip(r.length)));
    copying = copies.length === 0 ? Promise.resolve() : copyOnThread(file.fd, copies);
  } catch (e) {
    file.abandon();
    throw e;
  }
  // A failure is kept until finish or abandon asks for it: never an unhandled rejection meanwhile.
  const failure = copying.then(
    () => null,
    (e: unknown) => e ?? new Error("the copying failed"),
  );
  return {
    async finish() {
      const e = await failure;
      if (e !== null) {
        file.abandon();
        throw e;
      }
      file.commit();
    },
    async abandon() {
      await failure;
      file.abandon();
    },
  };
}
