// Reads many files on a pool of bounded workers (one per core, at most two here) and hands each
// report on as soon as it and every earlier one are done, in input order: a run never holds all
// its reports (check prints them, consolidate sets their entries aside). Each file's failure stays
// in its own report, so the batch always goes on; items the folder walk refused never reach a worker.
import { join } from "node:path";
import { WorkerPool } from "../process/worker-pool";
import type { Limits } from "../../ooxml/limits";
import type { ScoringScheme } from "../../domain/scoring";
import type { Plan } from "../../domain/plan";
import type { FileReport } from "./file-report";
import { rejectedReport } from "./file-report";
import type { ReadJob, ReadWorkerData } from "./read-worker";
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
}

const WORKER_FILE = join(__dirname, "read-worker.ts");

function workerData(opts: BatchOptions): ReadWorkerData {
  return {
    plans: [...(opts.plans ?? [])],
    roster: opts.roster
      ? opts.roster.units.map((u) => [u.code, { unitType: u.unitType, publicKey: u.publicKey }])
      : null,
  };
}

/** The batch's allowance for time lost to files that ran into their deadline (Limits.slowBudgetMs). */
class SlowBudget {
  private lostMs = 0;
  private timedOut = 0;
  constructor(private readonly limits: Limits) {}
  /** The deadline for a file starting now. */
  deadline(): number {
    const spent = this.limits.slowBudgetMs !== undefined && this.lostMs >= this.limits.slowBudgetMs;
    return spent ? (this.limits.spentTimeoutMs ?? this.limits.timeoutMs) : this.limits.timeoutMs;
  }
  lost(ms: number): void {
    this.lostMs += ms;
    this.timedOut++;
  }
  reason(r: RejectionReason): RejectionReason {
    const s = (ms: number) => (ms / 1000).toLocaleString("en-US");
    return {
      code: r.code,
      message: {
        en: `${r.message.en}: this batch's allowance for slow files is spent (${this.timedOut} files already took ${s(this.limits.timeoutMs)} s each), so later files get ${s(this.limits.spentTimeoutMs ?? 0)} s; an honest report takes a few milliseconds`,
        vi: `${r.message.vi}: lượt kiểm tra đã dùng hết thời gian dành cho tệp chậm (${this.timedOut} tệp đã mất ${s(this.limits.timeoutMs)} giây mỗi tệp), nên các tệp sau chỉ có ${s(this.limits.spentTimeoutMs ?? 0)} giây; một báo cáo thật chỉ mất vài phần nghìn giây`,
      },
    };
  }
}

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
      : new WorkerPool<ReadJob, FileReport>(WORKER_FILE, opts.limits, size, workerData(opts));
  const budget = new SlowBudget(opts.limits);
  // Reports that came back before an earlier file's: held until their turn.
  const waiting = new Map<number, FileReport>();
  let next = 0;
  const deliver = (index: number, report: FileReport): void => {
    waiting.set(index, report);
    while (waiting.has(next)) {
      const r = waiting.get(next)!;
      waiting.delete(next);
      onReport(r, next);
      next++;
    }
  };
  try {
    await Promise.all(
      items.map(async (item, index) => {
        if (item.refused !== null || pool === null) {
          deliver(index, rejectedReport(item.file, item.refused!, 0));
          return;
        }
        const outcome = await pool.run(
          { file: item.file, limits: opts.limits, scheme: opts.scheme, slim: opts.slim === true },
          () => budget.deadline(),
        );
        if (!outcome.ok && outcome.reason.code === "timeout") {
          if (outcome.ms < opts.limits.timeoutMs) outcome.reason = budget.reason(outcome.reason);
          budget.lost(outcome.ms);
        }
        deliver(index, outcome.ok ? outcome.result : rejectedReport(item.file, outcome.reason, outcome.ms));
      }),
    );
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
