// The pool worker: reads one file per message behind every defence and answers with its report.
// Its heap and time are bounded by the pool (src/cli/process/worker-pool.ts).
import { parentPort } from "node:worker_threads";
import { createHash } from "node:crypto";
import { serialize } from "node:v8";
import { useSyncSha256 } from "../../domain/hash";
import type { Plan } from "../../domain/plan";
import { planById, usePlans } from "./plans";
import { readyForSpill } from "./entry-record";
import { nationalIds } from "./consolidate-national";
import type { Limits } from "../../ooxml/limits";
import type { ScoringScheme } from "../../domain/scoring";
import { readFileDetail } from "./read-file";
import type { FileReport } from "./file-report";
import type { Assessment, Entry } from "../../domain/entry";
import type { RosterFacts } from "./unit-authority";
import { ownThreadId } from "../process/thread-cpu";
import { poolWorkerData } from "../process/worker-pool";

/** What every worker is given at start: the ministry's plan files and the roster's facts. */
export interface ReadWorkerData {
  plans: Plan[];
  /** [code, facts] pairs, or null without a roster. */
  roster: [string, RosterFacts][] | null;
}

export interface ReadJob {
  file: string;
  limits: Limits;
  scheme: ScoringScheme | null;
  /**
   * Leave out the per-indicator issue lists (their counts stay): consolidation needs only the
   * counts, and a thousand reports cross threads and sit in memory at a fraction of the size.
   */
  slim?: boolean;
  /** Answer with the entries and their assessment beside the report (export seals them as read). */
  detail?: boolean;
  /**
   * Answer with the report serialized (node:v8) into bytes handed over without a copy; the batch
   * unpacks it when the report's turn comes. A report that waits for an earlier file's then costs
   * the main thread's heap nothing (DECISIONS D36).
   */
  packed?: boolean;
  /**
   * Consolidate: make the entries ready for the spill here, with this as the file's name in the
   * --json list (report.spilled), and send them as two texts instead of objects (DECISIONS D53).
   */
  spillAs?: string;
}

/** The answer to a job with `detail`. */
export interface ReadAnswer {
  report: FileReport;
  entries: Entry[];
  assessments: Assessment[];
}

const data = (poolWorkerData() ?? {}) as Partial<ReadWorkerData>;
usePlans(data.plans ?? []);
useSyncSha256((bytes) => createHash("sha256").update(bytes).digest());
const roster = data.roster ? new Map(data.roster) : null;

/** Bytes that own their whole buffer, so handing the buffer over gives away nothing else. */
function ownBuffer(b: Uint8Array): Uint8Array<ArrayBuffer> {
  if (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer)
    return b as Uint8Array<ArrayBuffer>;
  return new Uint8Array(b);
}

const nationalByPlan = new Map<string, ReadonlyMap<string, string>>();

/** The report's entries made ready for the spill here, not on the main thread (D53). */
function spillReady(r: FileReport, file: string): void {
  if (!r.plan) return;
  let national = nationalByPlan.get(r.plan.id);
  if (!national) {
    national = nationalIds(planById(r.plan.id));
    nationalByPlan.set(r.plan.id, national);
  }
  readyForSpill(r, file, national);
}

// One file at a time, in the order sent: the pool's deadline runs for the file at the head.
let line: Promise<void> = Promise.resolve();

parentPort!.on("message", (m: { id: number; job: ReadJob }) => {
  line = line.then(async () => {
    try {
      const d = await readFileDetail(m.job.file, m.job.limits, m.job.scheme, roster);
      if (m.job.slim) for (const e of d.report.entries) e.issues = [];
      const result: FileReport | ReadAnswer = m.job.detail
        ? { report: d.report, entries: d.entries, assessments: d.assessments }
        : d.report;
      if (m.job.packed) {
        const bytes = ownBuffer(serialize(result));
        parentPort!.postMessage({ id: m.id, ok: true, result: bytes }, [bytes.buffer]);
      } else {
        if (m.job.spillAs !== undefined) spillReady(d.report, m.job.spillAs);
        parentPort!.postMessage({ id: m.id, ok: true, result });
      }
    } catch (e) {
      parentPort!.postMessage({
        id: m.id,
        ok: false,
        reason: { code: "unreadable", message: { en: String(e), vi: String(e) } },
      });
    }
  });
});

// Loaded: from now on the pool's deadline applies to each file.
parentPort!.postMessage({ ready: true, tid: ownThreadId() });
