// The pool worker: reads one file per message behind every defence and answers with its report.
// Its heap and time are bounded by the pool (src/xlsx/safety/worker-pool.ts).
import { parentPort } from "node:worker_threads";
import type { Limits } from "../../xlsx/safety/limits";
import type { ScoringScheme } from "../../domain/scoring";
import { readFileDetail } from "./read-file";

export interface ReadJob {
  file: string;
  limits: Limits;
  scheme: ScoringScheme | null;
}

parentPort!.on("message", (m: { id: number; job: ReadJob }) => {
  void readFileDetail(m.job.file, m.job.limits, m.job.scheme).then(
    (d) => parentPort!.postMessage({ id: m.id, ok: true, result: d.report }),
    (e: unknown) =>
      parentPort!.postMessage({
        id: m.id,
        ok: false,
        reason: { code: "unreadable", message: { en: String(e), vi: String(e) } },
      }),
  );
});
