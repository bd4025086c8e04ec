// Each file is read in a worker thread with a heap bound and a deadline: a file that spins or
// swells costs its own worker (terminated and replaced), never the batch. The worker module is
// TypeScript, bundled on first use (worker-bundle.ts), so the CLI needs no build step.
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import type { Limits } from "./limits";
import type { RejectionReason } from "./rejection";
import { workerScript, type WorkerScript } from "./worker-bundle";

export type PoolOutcome<R> =
  { ok: true; result: R; ms: number } | { ok: false; reason: RejectionReason; ms: number };

interface Slot {
  worker: Worker;
  busy: boolean;
  /** The worker said it has loaded; the deadline of a file never counts a worker's start-up. */
  ready: boolean;
  /** Why the worker died before it was ready, if it did. */
  startupError: string | null;
}

interface Pending<J, R> {
  job: J;
  resolve: (o: PoolOutcome<R>) => void;
}

/**
 * The worker module posts { ready: true } once loaded, then answers every message { id, job } with
 * { id, ok: true, result } or { id, ok: false, reason }.
 */
export class WorkerPool<J, R> {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending<J, R>[] = [];
  private nextId = 1;
  private closed = false;
  private readonly script: WorkerScript;

  constructor(
    file: string,
    private readonly limits: Limits,
    size = Math.min(2, availableParallelism()),
  ) {
    this.script = workerScript(file);
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: null as unknown as Worker, busy: false, ready: false, startupError: null };
      this.spawn(slot);
      this.slots.push(slot);
    }
  }

  private spawn(slot: Slot): void {
    slot.ready = false;
    slot.startupError = null;
    const w = new Worker(this.script.script, {
      eval: this.script.eval,
      resourceLimits: {
        maxOldGenerationSizeMb: this.limits.workerHeapMb,
        maxYoungGenerationSizeMb: 4,
        stackSizeMb: 4,
      },
      stdout: false,
      stderr: false,
    });
    w.unref();
    const stop = (): void => {
      w.off("message", started);
      w.off("error", died);
      w.off("exit", exited);
    };
    const started = (m: unknown): void => {
      if ((m as { ready?: boolean })?.ready !== true) return;
      stop();
      slot.ready = true;
      this.pump();
    };
    const died = (e: Error): void => {
      stop();
      slot.startupError = e.message;
      slot.ready = true;
      if (!this.closed) this.pump();
    };
    const exited = (): void => died(new Error("the reader exited while starting"));
    w.on("message", started);
    w.on("error", died);
    w.on("exit", exited);
    slot.worker = w;
  }

  run(job: J): Promise<PoolOutcome<R>> {
    if (this.closed) throw new Error("the worker pool is closed");
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy || !slot.ready) continue;
      const next = this.queue.shift();
      if (!next) return;
      this.dispatch(slot, next);
    }
  }

  private dispatch(slot: Slot, pending: Pending<J, R>): void {
    slot.busy = true;
    const id = this.nextId++;
    const worker = slot.worker;
    const started = performance.now();
    let settled = false;
    const finish = (outcome: PoolOutcome<R>, replace: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      if (replace) {
        void worker.terminate();
        if (!this.closed) this.spawn(slot);
      }
      slot.busy = false;
      pending.resolve(outcome);
      if (!this.closed) this.pump();
    };
    const ms = (): number => performance.now() - started;
    const onMessage = (m: { id: number; ok: boolean; result?: R; reason?: RejectionReason }): void => {
      if (m.id !== id) return;
      if (m.ok) finish({ ok: true, result: m.result as R, ms: ms() }, false);
      else finish({ ok: false, reason: m.reason!, ms: ms() }, false);
    };
    const onError = (e: Error): void => {
      const oom = (e as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY";
      finish(
        {
          ok: false,
          ms: ms(),
          reason: oom
            ? {
                code: "memory",
                message: {
                  en: `reading the file needed more than ${this.limits.workerHeapMb} MB of memory`,
                  vi: `đọc tệp cần hơn ${this.limits.workerHeapMb} MB bộ nhớ`,
                },
              }
            : {
                code: "worker-crashed",
                message: { en: `the reader failed: ${e.message}`, vi: `trình đọc gặp lỗi: ${e.message}` },
              },
        },
        true,
      );
    };
    const onExit = (): void =>
      finish(
        {
          ok: false,
          ms: ms(),
          reason: {
            code: "worker-crashed",
            message: { en: "the reader stopped unexpectedly", vi: "trình đọc dừng bất thường" },
          },
        },
        true,
      );
    const timer = setTimeout(
      () =>
        finish(
          {
            ok: false,
            ms: ms(),
            reason: {
              code: "timeout",
              message: {
                en: `reading the file took longer than ${this.limits.timeoutMs / 1000} s`,
                vi: `đọc tệp mất quá ${this.limits.timeoutMs / 1000} giây`,
              },
            },
          },
          true,
        ),
      this.limits.timeoutMs,
    );
    if (slot.startupError !== null) {
      onError(new Error(`the reader could not start: ${slot.startupError}`));
      return;
    }
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage({ id, job: pending.job });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
