// The processor time one thread has used, from Linux's /proc: a file's deadline counts the time its
// reader actually ran, not the time it waited for a core that other work was using (DECISIONS D32).
// Elsewhere (no /proc) these answer null and the deadline falls back to the wall clock.
import { readFileSync, readlinkSync } from "node:fs";

/** Linux reports thread times in clock ticks of 1/100 s (USER_HZ) on every architecture Node runs on. */
const TICK_MS = 10;

/** The calling thread's id for threadCpuMs (a worker calls it for itself), or null without /proc. */
export function ownThreadId(): number | null {
  try {
    const m = /\/task\/(\d+)$/.exec(readlinkSync("/proc/thread-self"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Milliseconds of processor time (user + system) the thread `tid` of this process has used. */
export function threadCpuMs(tid: number): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, "latin1");
    // Fields after the command name, which is in parentheses and may itself hold spaces.
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(f[11]) + Number(f[12]);
    return Number.isFinite(ticks) ? ticks * TICK_MS : null;
  } catch {
    return null;
  }
}
