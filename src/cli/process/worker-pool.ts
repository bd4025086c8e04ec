// Each file is read in a worker thread with a heap bound and a deadline: a file that spins or
// swells costs its own worker (terminated and replaced), never the batch. The worker module is the
// JavaScript `npm run build` compiled (build/cli/read-worker.js); from the sources (`npm run cli`,
// the tests) it is TypeScript, which tsx, a development dependency, loads.
//
// Two files are handed to a worker at a time, so it never idles waiting for the main thread to
// collect a result; the deadline runs only for the file the worker is on (a worker reads its
// messages in order), and the file waiting behind a killed worker goes to the next one untouched.
//
// The deadline counts the worker thread's processor time where the system tells it (Linux; the
// worker says which thread it is when it is ready): on a machine busy with other work, an honest
// file that waits for a core is not refused for the wait, while a file crafted to be slow burns
// processor time and is stopped as before. A wall-clock cap (WALL_CAP times the deadline) still
// ends a file whose reader is stalled without using the processor. DECISIONS D32.
import { Worker, workerData } from "node:worker_threads";
import { availableParallelism } from "node:os";
import type { Limits } from "../../ooxml/limits";
import type { RejectionReason } from "../../ooxml/rejection";
import { threadCpuMs } from "./thread-cpu";
import { armZlibGate, newZlibGate, stopZlib } from "../../ooxml/zlib-gate";

/** A file is stopped at this many times its deadline in wall time, however little processor time it used. */
export const WALL_CAP = 10;

interface WorkerScript {
  /** A file path, or code when `eval` is set. */
  script: string;
  eval: boolean;
}

function workerScript(file: string): WorkerScript {
  if (!file.endsWith(".ts")) return { script: file, eval: false };
  return {
    script: `require(${JSON.stringify(require.resolve("tsx/cjs"))});require(${JSON.stringify(file)});`,
    eval: true,
  };
}

export type PoolOutcome<R> =
  { ok: true; result: R; ms: number } | { ok: false; reason: RejectionReason; ms: number };

interface Pending<J, R> {
  job: J;
  /** This job's deadline in ms, asked when the worker starts on it (a batch may shorten it). */
  deadline?: () => number;
  /** Called once with the outcome; nothing in the pool keeps the outcome after that. */
  done: (o: PoolOutcome<R>) => void;
  id: number;
  /** When the worker started on it (it is the head of its slot's line), else 0. */
  started: number;
  /** The worker thread's processor time (ms) then, or null where it cannot be told. */
  cpuAt: number | null;
}

interface Slot<J, R> {
  worker: Worker;
  /** The cell the worker holds while in zlib: it is terminated only outside (ooxml/zlib-gate.ts). */
  gate: SharedArrayBuffer;
  /** The worker said it has loaded; a file's deadline never counts a worker's start-up. */
  ready: boolean;
  /** Files sent to this worker, the first being read now. */
  line: Pending<J, R>[];
  timer: NodeJS.Timeout | null;
  /** Failed to start; restarted only when there is work, so a broken install cannot spin. */
  broken: boolean;
  /** The worker's system thread id, for its processor time; null where unknown. */
  tid: number | null;
}

const DEPTH = 2;

/**
 * The worker module posts { ready: true, tid } once loaded (tid: its ownThreadId(), or null), then answers every message { id, job } with
 * { id, ok: true, result } or { id, ok: false, reason }, in the order it got them.
 */
export class WorkerPool<J, R> {
  private readonly slots: Slot<J, R>[] = [];
  private readonly queue: Pending<J, R>[] = [];
  private nextId = 1;
  private closed = false;
  private readonly script: WorkerScript;

  constructor(
    file: string,
    private readonly limits: Limits,
    size = Math.min(2, availableParallelism()),
    /** Given to every worker, which reads it with poolWorkerData() (e.g. plans a ministry brings as files). */
    private readonly workerData: unknown = null,
  ) {
    this.script = workerScript(file);
    for (let i = 0; i < size; i++) {
      const slot: Slot<J, R> = {
        worker: null as unknown as Worker,
        gate: newZlibGate(),
        ready: false,
        line: [],
        timer: null,
        broken: false,
        tid: null,
      };
      this.spawn(slot);
      this.slots.push(slot);
    }
  }

  private spawn(slot: Slot<J, R>): void {
    slot.ready = false;
    const gate = newZlibGate();
    const w = new Worker(this.script.script, {
      eval: this.script.eval,
      workerData: { data: this.workerData, gate } satisfies PoolWorkerData,
      resourceLimits: {
        maxOldGenerationSizeMb: this.limits.workerHeapMb,
        // 16 MB: with 4, a third of each file's time went to scavenges (each file inflates a few MB
        // of XML text); 16 costs about 10 MB more per worker.
        maxYoungGenerationSizeMb: 16,
        stackSizeMb: 4,
      },
      stdout: false,
      stderr: false,
    });
    w.unref();
    slot.worker = w;
    slot.gate = gate;
    w.once("exit", () => exited.add(w));
    w.on(
      "message",
      (m: {
        ready?: boolean;
        tid?: number | null;
        id?: number;
        ok?: boolean;
        result?: R;
        reason?: RejectionReason;
      }) => {
        if (slot.worker !== w) return;
        if (m.ready === true) {
          slot.ready = true;
          slot.tid = typeof m.tid === "number" && threadCpuMs(m.tid) !== null ? m.tid : null;
          this.pump();
          return;
        }
        const at = slot.line.findIndex((p) => p.id === m.id);
        if (at < 0) return;
        const p = slot.line[at]!;
        const ms = p.started ? performance.now() - p.started : 0;
        const outcome: PoolOutcome<R> = m.ok
          ? { ok: true, result: m.result as R, ms }
          : { ok: false, reason: m.reason!, ms };
        if (at === 0) this.settle(slot, outcome);
        else {
          // A worker that answers out of order (it should not) still gets its answer delivered.
          slot.line.splice(at, 1);
          p.done(outcome);
          this.pump();
        }
      },
    );
    w.on("error", (e: Error) => {
      if (slot.worker !== w) return;
      const oom = (e as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY";
      this.fail(
        slot,
        oom
          ? {
              code: "memory",
              message: {
                en: `reading the file needed more than ${this.limits.workerHeapMb} MB of memory`,
                vi: `đọc tệp cần hơn ${this.limits.workerHeapMb} MB bộ nhớ`,
              },
            }
          : {
              code: "worker-crashed",
              message: {
                en: `the reader failed${slot.ready ? "" : " to start"}: ${e.message}`,
                vi: `trình đọc gặp lỗi${slot.ready ? "" : " khi khởi động"}: ${e.message}`,
              },
            },
        !slot.ready,
      );
    });
    w.on("exit", () => {
      if (slot.worker !== w || this.closed) return;
      this.fail(
        slot,
        {
          code: "worker-crashed",
          message: { en: "the reader stopped unexpectedly", vi: "trình đọc dừng bất thường" },
        },
        !slot.ready,
      );
    });
  }

  run(job: J, deadline?: () => number): Promise<PoolOutcome<R>> {
    return new Promise((resolve) => this.submit(job, resolve, deadline));
  }

  /**
   * `run` with a callback, for batches that queue many jobs at once: a promise queued early lives
   * long enough to reach the old generation, and would then hold its result (a whole report) past
   * every young collection until a full one (DECISIONS D36).
   */
  submit(job: J, done: (o: PoolOutcome<R>) => void, deadline?: () => number): void {
    if (this.closed) throw new Error("the worker pool is closed");
    this.queue.push({ job, done, id: 0, started: 0, cpuAt: null, ...(deadline ? { deadline } : {}) });
    this.pump();
  }

  private pump(): void {
    if (this.closed) return;
    for (const slot of this.slots)
      if (slot.broken && this.queue.length > 0) {
        slot.broken = false;
        this.spawn(slot);
      }
    // Breadth first: every idle worker gets a file before any gets a second one.
    for (let depth = 1; depth <= DEPTH; depth++)
      for (const slot of this.slots) {
        if (!slot.ready || slot.line.length >= depth || this.queue.length === 0) continue;
        const p = this.queue.shift()!;
        p.id = this.nextId++;
        slot.line.push(p);
        slot.worker.postMessage({ id: p.id, job: p.job });
        if (slot.line.length === 1) this.startHead(slot);
      }
  }

  private startHead(slot: Slot<J, R>): void {
    const head = slot.line[0];
    if (!head) return;
    head.started = performance.now();
    head.cpuAt = slot.tid === null ? null : threadCpuMs(slot.tid);
    const limit = head.deadline ? head.deadline() : this.limits.timeoutMs;
    const s = (ms: number) => ms / 1000;
    const check = () => {
      const wall = performance.now() - head.started;
      const now = head.cpuAt === null || slot.tid === null ? null : threadCpuMs(slot.tid);
      const cpu = now === null ? null : now - head.cpuAt!;
      // Still under its processor time: it was waiting for a core. Looked at again when it could be due.
      if (cpu !== null && cpu < limit && wall < WALL_CAP * limit) {
        slot.timer = setTimeout(check, Math.min(Math.max(limit - cpu, 10), WALL_CAP * limit - wall));
        return;
      }
      this.fail(slot, {
        code: "timeout",
        message:
          cpu !== null && cpu >= limit
            ? {
                en: `reading the file took more than ${s(limit)} s of processor time`,
                vi: `đọc tệp tốn quá ${s(limit)} giây xử lý`,
              }
            : {
                en: `reading the file took longer than ${s(cpu === null ? limit : WALL_CAP * limit)} s`,
                vi: `đọc tệp mất quá ${s(cpu === null ? limit : WALL_CAP * limit)} giây`,
              },
      });
    };
    slot.timer = setTimeout(check, limit);
  }

  /** The head file is done; the next in line is now being read. */
  private settle(slot: Slot<J, R>, outcome: PoolOutcome<R>): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const head = slot.line.shift()!;
    head.done(outcome);
    this.startHead(slot);
    this.pump();
  }

  /**
   * The worker is lost: the file it was reading gets the reason, the worker is replaced, and the
   * files waiting behind it go back to the front of the queue. A worker that could not even start
   * fails every file in its line at once, so a broken install never hangs the batch.
   */
  private fail(slot: Slot<J, R>, reason: RejectionReason, failAll = false): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const old = slot.worker;
    const oldGate = slot.gate;
    const line = slot.line;
    slot.line = [];
    const now = performance.now();
    const head = line.shift();
    if (head) head.done({ ok: false, reason, ms: head.started ? now - head.started : 0 });
    if (failAll) {
      for (const p of line) p.done({ ok: false, reason, ms: 0 });
      // With nothing in line, the next file would meet the same fate: fail it now, not at a deadline.
      if (!head && this.queue.length > 0) this.queue.shift()!.done({ ok: false, reason, ms: 0 });
    } else this.queue.unshift(...line.map((p) => ({ ...p, id: 0, started: 0, cpuAt: null })));
    if (this.closed) return;
    void stopWorker(old, oldGate);
    if (failAll && this.queue.length === 0) {
      slot.broken = true;
      slot.ready = false;
      return;
    }
    this.spawn(slot);
    this.pump();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const s of this.slots) if (s.timer) clearTimeout(s.timer);
    await Promise.all(this.slots.map((s) => stopWorker(s.worker, s.gate)));
  }
}

/** What a pool's worker gets as workerData: the pool's data and its zlib gate. */
interface PoolWorkerData {
  data: unknown;
  gate: SharedArrayBuffer;
}

/**
 * Called once by a worker module run by the pool: arms its zlib gate and answers the data the
 * pool was given for every worker.
 */
export function poolWorkerData(): unknown {
  const d = workerData as PoolWorkerData | null;
  if (d === null || !(d.gate instanceof SharedArrayBuffer)) return null;
  armZlibGate(d.gate);
  return d.data;
}

/** Workers that have ended (a worker that died inside zlib left its gate held). */
const exited = new WeakSet<Worker>();

/** Terminates a worker once it is outside zlib; a call in progress ends within milliseconds. */
async function stopWorker(w: Worker, gate: SharedArrayBuffer): Promise<void> {
  while (!exited.has(w) && !stopZlib(gate)) await new Promise((r) => setTimeout(r, 1));
  await w.terminate();
}
