// The processor time one thread has used, from Linux's /proc: a file's deadline counts the time its
// reader actually ran, not the time it waited for a core that other work was using (DECISIONS D32).
// Elsewhere (no /proc) these answer null and the deadline falls back to the wall clock.
import { closeSync, openSync, readlinkSync, readSync } from "node:fs";

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

/**
 * Each thread's stat file, kept open: the pool asks once per file read, and reading it again at
 * offset 0 is one system call where opening, reading and closing it took three and a new string
 * (about 15 µs instead of 100, 10,000 times per 10,000 files on the main thread; D49). At most
 * OPEN_STATS are kept, the oldest closed first (workers replaced after a crash have new ids).
 */
const openStats = new Map<number, number>();
const OPEN_STATS = 16;
const statBytes = Buffer.alloc(1024);

/** Milliseconds of processor time (user + system) the thread `tid` of this process has used. */
export function threadCpuMs(tid: number): number | null {
  try {
    return cpuMsOf(statText(tid, false));
  } catch {
    try {
      // A thread that ended and an id used again: its file is opened afresh.
      return cpuMsOf(statText(tid, true));
    } catch {
      forget(tid);
      return null;
    }
  }
}

function statText(tid: number, reopen: boolean): string {
  if (reopen) forget(tid);
  let fd = openStats.get(tid);
  if (fd === undefined) {
    fd = openSync(`/proc/self/task/${tid}/stat`, "r");
    openStats.set(tid, fd);
    if (openStats.size > OPEN_STATS) forget(openStats.keys().next().value!);
  }
  const n = readSync(fd, statBytes, 0, statBytes.length, 0);
  return statBytes.toString("latin1", 0, n);
}

function forget(tid: number): void {
  const fd = openStats.get(tid);
  if (fd === undefined) return;
  openStats.delete(tid);
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}

function cpuMsOf(stat: string): number | null {
  // Fields after the command name, which is in parentheses and may itself hold spaces.
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(f[11]) + Number(f[12]);
  return Number.isFinite(ticks) ? ticks * TICK_MS : null;
}
