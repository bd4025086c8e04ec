// A second thread for the consolidated workbook's deflating. The workbook is written on the main
// thread by a synchronous writer, in slices of about a megabyte, each deflated on its own
// (lean-writer.ts). Deflating was a sixth of the writing's time while the machine's other core sat
// idle: the read workers are gone by then (DECISIONS D54). Here each slice is handed over (its
// memory moved, not copied) to a small worker and comes back deflated, in the order sent. The writer
// stays synchronous: answers are taken with receiveMessageOnPort, and it waits on a shared counter
// the worker raises after each answer.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import { SLICE, SLICE_DEFLATE, type SliceDeflater } from "./lean-writer";

// Plain CommonJS run with `eval`: the worker needs nothing of ours, so no file of its own to build.
// The worker never stops in the middle of a zlib call (Node 20 can abort then, D50): it ends itself
// when its port is closed, after the slice in hand.
const SOURCE = `
const { workerData } = require("node:worker_threads");
const { deflateRawSync } = require("node:zlib");
const { port, answered, options } = workerData;
const count = new Int32Array(answered);
port.on("message", (m) => {
  if (m === null) return port.close();
  let answer;
  const moved = [m.buffer];
  try {
    let packed = deflateRawSync(new Uint8Array(m.buffer, 0, m.length), options);
    // Moved, not copied: copies left here were freed only when this small heap next collected,
    // tens of megabytes later.
    if (packed.byteOffset !== 0 || packed.byteLength !== packed.buffer.byteLength) packed = Buffer.from(packed);
    if (packed.byteOffset !== 0 || packed.byteLength !== packed.buffer.byteLength) packed = new Uint8Array(packed);
    moved.push(packed.buffer);
    answer = { packed, buffer: m.buffer };
  } catch (e) {
    answer = { error: String((e && e.message) || e), buffer: m.buffer };
  }
  // The slice's buffer goes back to be filled again.
  port.postMessage(answer, moved);
  Atomics.add(count, 0, 1);
  Atomics.notify(count, 0);
});
`;

/** Buffers kept for reuse, each the size of a slice: more than can be out at once. */
const SPARES = 8;

/** How long to wait for one slice before giving up: a megabyte takes milliseconds. */
const STALLED_MS = 60_000;

export class DeflateThread implements SliceDeflater {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly answered: Int32Array;
  private readonly spare: ArrayBuffer[] = [];
  private sent = 0;
  private received = 0;
  private closed = false;

  constructor() {
    const { port1, port2 } = new MessageChannel();
    const answered = new SharedArrayBuffer(4);
    this.worker = new Worker(SOURCE, {
      eval: true,
      workerData: { port: port2, answered, options: SLICE_DEFLATE },
      transferList: [port2],
      // Slices are ArrayBuffers, outside the heap: a small heap is all it needs.
      resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 },
    });
    this.worker.unref();
    // A worker that dies (out of its small heap, say) answers no more slices: the writer stops
    // waiting after STALLED_MS and the run says its output could not be written. Heard here, so its
    // error event, delivered later, does not also end the process.
    this.worker.on("error", () => {});
    this.port = port1;
    this.port.unref();
    this.answered = new Int32Array(answered);
  }

  get pending(): number {
    return this.sent - this.received;
  }

  send(data: Buffer): void {
    if (this.closed) throw new Error("the deflate thread is closed");
    // Copied into a buffer of our own that goes there and back: a fresh one per slice piled up
    // tens of megabytes between garbage collections.
    let buffer = this.spare.pop();
    if (!buffer || buffer.byteLength < data.length) buffer = new ArrayBuffer(Math.max(data.length, SLICE));
    new Uint8Array(buffer).set(data);
    this.port.postMessage({ buffer, length: data.length }, [buffer]);
    this.sent++;
  }

  receive(wait: boolean): Buffer[] {
    const out: Buffer[] = [];
    let since = performance.now();
    for (;;) {
      const m = receiveMessageOnPort(this.port) as
        { message: { packed?: Uint8Array; error?: string; buffer: ArrayBuffer } } | undefined;
      if (m) {
        this.received++;
        const { packed, error, buffer } = m.message;
        if (this.spare.length < SPARES) this.spare.push(buffer);
        if (!packed) throw new Error(`deflate failed: ${error}`);
        out.push(Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength));
        continue;
      }
      if (!wait || out.length > 0 || this.pending === 0) return out;
      const seen = Atomics.load(this.answered, 0);
      if (seen > this.received) continue;
      if (
        Atomics.wait(this.answered, 0, seen, 1000) === "timed-out" &&
        performance.now() - since > STALLED_MS
      )
        throw new Error("the deflate thread stopped answering");
      if (Atomics.load(this.answered, 0) !== seen) since = performance.now();
    }
  }

  /** Lets the worker end once the slice in hand is done; unanswered slices are dropped. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    // The worker closes the channel when it reads this, after every slice sent before it.
    this.port.postMessage(null);
  }
}
