// Exit codes of export, check and consolidate, one table for the three (README, both languages):
//   0  done; no file has errors
//   1  done; errors found in some file (export: the errors block it, nothing is written)
//   2  nothing written: bad arguments, an output that exists (no --force), is locked by another
//      run, is an input, or could not be written (the dispatcher's code for a UsageError)
//   3  done, but some input was refused (unreadable, not a report, not a regular file) or not found
// A script can tell "look at the findings" (1, 3) from "the run did not happen" (2).
import type { FileReport } from "./file-report";
import { isIgnored } from "./inputs";

export const RUN_EXIT = { ok: 0, errors: 1, nothingWritten: 2, refused: 3 } as const;
export type RunExit = (typeof RUN_EXIT)[keyof typeof RUN_EXIT];

/** Whether a report counts as a refused input (ignored hidden files and lock files do not). */
export function isRefused(r: Pick<FileReport, "rejected">): boolean {
  return r.rejected !== null && !isIgnored(r.rejected.code);
}

/** Tallies reports as they stream past, for the exit code and the summary line. */
export class Tally {
  files = 0;
  refused = 0;
  ignored = 0;
  withErrors = 0;
  add(r: FileReport): void {
    this.files++;
    if (r.rejected) {
      if (isIgnored(r.rejected.code)) this.ignored++;
      else this.refused++;
    } else if (r.errors > 0) this.withErrors++;
  }
  get clean(): number {
    return this.files - this.refused - this.ignored - this.withErrors;
  }
  /** The summary line's ", n ignored" part, empty when nothing was ignored. */
  ignoredNote(lang: "vi" | "en"): string {
    if (this.ignored === 0) return "";
    return lang === "vi" ? `, ${this.ignored} bỏ qua` : `, ${this.ignored} ignored`;
  }
  exit(missingInputs: number): RunExit {
    if (this.refused > 0 || missingInputs > 0) return RUN_EXIT.refused;
    return this.withErrors > 0 ? RUN_EXIT.errors : RUN_EXIT.ok;
  }
}
