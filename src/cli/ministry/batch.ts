// Reads many files on a pool of bounded workers (one per core, at most two here), in input order,
// each file's failure contained to its own report so the batch always goes on.
import { join } from "node:path";
import { WorkerPool } from "../process/worker-pool";
import type { Limits } from "../../ooxml/limits";
import type { ScoringScheme } from "../../domain/scoring";
import type { Plan } from "../../domain/plan";
import type { FileReport } from "./file-report";
import { rejectedReport } from "./file-report";
import type { ReadJob } from "./read-worker";

export interface BatchOptions {
  limits: Limits;
  scheme: ScoringScheme | null;
  onFile?: (report: FileReport, done: number) => void;
  workers?: number;
  /** See ReadJob.slim. */
  slim?: boolean;
  /** Plan files the ministry brought (--plan-file). */
  plans?: readonly Plan[];
}

const WORKER_FILE = join(__dirname, "read-worker.ts");

export async function readBatch(files: readonly string[], opts: BatchOptions): Promise<FileReport[]> {
  if (files.length === 0) return [];
  const size = Math.max(1, Math.min(opts.workers ?? 2, files.length));
  const pool = new WorkerPool<ReadJob, FileReport>(WORKER_FILE, opts.limits, size, {
    plans: opts.plans ?? [],
  });
  let done = 0;
  try {
    return await Promise.all(
      files.map(async (file) => {
        const outcome = await pool.run({
          file,
          limits: opts.limits,
          scheme: opts.scheme,
          slim: opts.slim === true,
        });
        const report = outcome.ok ? outcome.result : rejectedReport(file, outcome.reason, outcome.ms);
        done++;
        opts.onFile?.(report, done);
        return report;
      }),
    );
  } finally {
    await pool.close();
  }
}
