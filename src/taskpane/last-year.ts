// What the pane needs to prefill "Năm trước" from last year's sealed submission (issue #12 item 4),
// handed in by the entry point: the pane may not import src/xlsx (DESIGN §2), where the reader the
// CLI's `template --previous` uses lives; the entry passes a loader that fetches it as a chunk.
import type { Plan, UnitProfile } from "../domain/plan";
import type { PrefillResult } from "../domain/prefill";

export interface LastYearReader {
  /** Reads the picked file as the ministry reads a submission, then checks it against this report. */
  lastYearFromFile(bytes: Uint8Array, plan: Plan, unit: UnitProfile): Promise<PrefillResult>;
}

export type LoadLastYearReader = () => Promise<LastYearReader>;
