// Reads many files on a pool of bounded workers (one per core, at most two here) and hands each
// report on as soon as it and every earlier one are done, in input order: a run never holds all
// its reports (check prints them, consolidate sets their entries aside). Each file's failure stays
// in its own report, so the batch always goes on; items the folder walk refused never reach a worker.
import { join } from "node:path";
import { deserialize } from "node:v8";
import { WorkerPool } from "../process/worker-pool";
import type { Limits } from "../../ooxml/limits";
import type { ScoringScheme } from "../../domain/scoring";
import type { Plan } from "../../domain/plan";
import type { FileReport } from "./file-report";
import { rejectedReport } from "./file-report";
import type { ReadAnswer, ReadJob, ReadWorkerData } from "./read-worker";
import type { Roster } from "./roster";
import type { RejectionReason } from "../../ooxml/rejection";
import type { InputItem } from "./inputs";

export interface BatchOptions {
  limits: Limits;
  scheme: ScoringScheme | null;
  workers?: number;
  /** See ReadJob.slim. */
  slim?: boolean;
  /** Plan files the ministry brought (--plan-file). */
  plans?: readonly Plan[];
  /** The roster (--roster): its types and keys are applied where each file is read. */
  roster?: Roster | null;
  /**
   * Consolidate: each report's entries are made ready for the spill where the file is read, under
   * this name for the file (ReadJob.spillAs; DECISIONS D53).
   */
  spillAs?: (file: string) => string;
}

// Built (build/cli/), the worker is read-worker.js beside the bundle; from the sources (npm run cli,
// the tests), read-worker.ts beside this file.
const WORKER_FILE = join(__dirname, __filename.endsWith(".ts") ? "read-worker.ts" : "read-worker.js");

function workerData(opts: BatchOptions): ReadWorkerData {
  return {
    plans: [...(opts.plans ?? [])],
    roster: opts.roster
      ? opts.roster.units.map((u) => [u.code, { unitType: u.unitType, publicKey: u.publicKey }])
      : null,
  };
}

/**
 * Deadlines that follow the machine: an honest file's time is learnt from the files read so far
 * (the median of the last 64), so a machine busy with other work stretches the deadline instead of
 * refusing honest files; and the batch's allowance for time lost to files that ran into their
 * deadline (Limits.slowBudgetMs), after which each file gets a short one, so a flood of crafted slow
 * files costs seconds, not minutes.
 */
class SlowBudget {
  private lostMs = 0;
  private timedOut = 0;
  private readonly recent: number[] = [];
  constructor(private readonly limits: Limits) {}
  private typical(): number {
    if (this.recent.length < 8) return 0;
    const sorted = [...this.recent].sort((a, b) => a - b);
    return sorted[sorted.length >> 1]!;
  }
  /** The deadline for a file starting now. */
  deadline(): number {
    const spent = this.limits.slowBudgetMs !== undefined && this.lostMs >= this.limits.slowBudgetMs;
    // Stretched at most 4 times, so files crafted to be slow yet pass cannot stretch it without end.
    if (!spent)
      return Math.min(4 * this.limits.timeoutMs, Math.max(this.limits.timeoutMs, 50 * this.typical()));
    return Math.max(this.limits.spentTimeoutMs ?? this.limits.timeoutMs, 20 * this.typical());
  }
  read(ms: number): void {
    this.recent.push(ms);
    if (this.recent.length > 64) this.recent.shift();
  }
  lost(ms: number): void {
    this.lostMs += ms;
    this.timedOut++;
  }
  reason(r: RejectionReason, ms: number): RejectionReason {
    const s = (x: number) => (x / 1000).toLocaleString("en-US", { maximumFractionDigits: 2 });
    return {
      code: r.code,
      message: {
        en: `reading the file took longer than ${s(ms)} s: this batch's allowance for slow files is spent (${this.timedOut} files already ran into the full deadline), so later files get a short one; an honest report takes a few milliseconds`,
        vi: `đọc tệp mất quá ${s(ms)} giây: lượt kiểm tra đã dùng hết thời gian dành cho tệp chậm (${this.timedOut} tệp đã chạy hết thời hạn đầy đủ), nên các tệp sau chỉ có thời hạn ngắn; một báo cáo thật chỉ mất vài phần nghìn giây`,
      },
    };
  }
}

/**
 * At most this many files per worker are read ahead of the first one not yet handed on. Without a
 * bound, a worker that the system leaves waiting (or a slow file) held back every report the other
 * worker read meanwhile, and reports held that long reach the main thread's old generation, which
 * only a full collection empties: `check` over 10,000 files peaked at 314 MB (DECISIONS D36).
 */
export const READ_AHEAD_PER_WORKER = 8;

/** Reads every item; `onReport` is called once per item, in input order. */
export async function readEach(
  items: readonly InputItem[],
  opts: BatchOptions,
  onReport: (report: FileReport, index: number) => void,
): Promise<void> {
  const toRead = items.filter((i) => i.refused === null).length;
  const size = Math.max(1, Math.min(opts.workers ?? 2, toRead));
  const pool =
    toRead === 0
      ? null
      : new WorkerPool<ReadJob, Uint8Array>(WORKER_FILE, opts.limits, size, workerData(opts));
  const budget = new SlowBudget(opts.limits);
  const window = READ_AHEAD_PER_WORKER * size;
  // Reports that came back before an earlier file's: held, still packed, until their turn (fewer
  // than `window`).
  const waiting = new Map<number, FileReport | Uint8Array>();
  let next = 0;
  let started = 0;
  let launching = false;
  try {
    // Callbacks, not a promise per file: nothing outlives a report's delivery that could hold it.
    await new Promise<void>((allRead, failed: (e: unknown) => void) => {
      const deliver = (index: number, report: FileReport | Uint8Array): void => {
        waiting.set(index, report);
        try {
          while (waiting.has(next)) {
            const r = waiting.get(next)!;
            waiting.delete(next);
            onReport(r instanceof Uint8Array ? (deserialize(r) as FileReport) : r, next);
            next++;
          }
        } catch (e) {
          // What onReport throws ends the batch with that error.
          failed(e);
          return;
        }
        if (next === items.length) allRead();
        else launch();
      };
      const start = (index: number): void => {
        const item = items[index]!;
        if (item.refused !== null || pool === null) {
          deliver(index, rejectedReport(item.file, item.refused!, 0));
          return;
        }
        let deadline = opts.limits.timeoutMs;
        pool.submit(
          {
            file: item.file,
            limits: opts.limits,
            scheme: opts.scheme,
            slim: opts.slim === true,
            // Slim reports (consolidate) are small: packing them only kept their bytes outside the
            // heap longer (consolidate over 10,000 files peaked at 276-286 MB, 251 before; D36).
            packed: opts.slim !== true,
            ...(opts.spillAs ? { spillAs: opts.spillAs(item.file) } : {}),
          },
          (outcome) => {
            if (outcome.ok) budget.read(outcome.ms);
            else if (outcome.reason.code === "timeout") {
              if (deadline < opts.limits.timeoutMs) outcome.reason = budget.reason(outcome.reason, deadline);
              budget.lost(outcome.ms);
            }
            deliver(
              index,
              outcome.ok ? outcome.result : rejectedReport(item.file, outcome.reason, outcome.ms),
            );
          },
          () => (deadline = budget.deadline()),
        );
      };
      // Not re-entered from a delivery made inside it (refused items are delivered at once), so a
      // long run of refused items is a loop, not a deep recursion.
      const launch = (): void => {
        if (launching) return;
        launching = true;
        try {
          while (started < items.length && started - next < window) start(started++);
        } finally {
          launching = false;
        }
      };
      if (items.length === 0) allRead();
      else launch();
    });
  } finally {
    await pool?.close();
  }
}

/** Every report at once, for one file (export) and tests; runs over many files use readEach. */
export async function readBatch(items: readonly InputItem[], opts: BatchOptions): Promise<FileReport[]> {
  const out: FileReport[] = [];
  await readEach(items, opts, (r) => out.push(r));
  return out;
}

/** Items for files named directly (export, tests): each is read. */
export function filesToRead(files: readonly string[]): InputItem[] {
  return files.map((file) => ({ file, refused: null }));
}

/** One file read on a bounded worker, with the entries and the assessment the report was made from. */
export async function readDetailed(
  file: string,
  opts: Omit<BatchOptions, "onFile" | "workers" | "slim">,
): Promise<ReadAnswer> {
  const pool = new WorkerPool<ReadJob, ReadAnswer>(WORKER_FILE, opts.limits, 1, workerData(opts));
  try {
    const outcome = await pool.run({ file, limits: opts.limits, scheme: opts.scheme, detail: true });
    return outcome.ok
      ? outcome.result
      : { report: rejectedReport(file, outcome.reason, outcome.ms), entries: [], assessments: [] };
  } finally {
    await pool.close();
  }
}
