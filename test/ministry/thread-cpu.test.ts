// The pool's CPU-time deadline (D32) reads each reader's processor time again and again through a
// kept-open /proc file (D49): every read must be the time now, not the time the file was opened.
import { ownThreadId, threadCpuMs } from "../../src/cli/process/thread-cpu";

// Linux only, as the product's CI is (elsewhere the deadline falls back to the wall clock).
describe("a thread's processor time", () => {
  test("read again after work, it has grown by about that work", () => {
    const tid = ownThreadId()!;
    const before = threadCpuMs(tid)!;
    expect(threadCpuMs(tid)).toBeGreaterThanOrEqual(before);
    // Busy until the process has had 200 ms of processor time, however long a loaded machine takes
    // to give it (a fixed stretch of wall time could get almost none under CI's own load).
    const cpuMs = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const from = cpuMs();
    const start = performance.now();
    let x = 0;
    while (cpuMs() - from < 200 && performance.now() - start < 20_000) x += Math.sqrt(x + 1);
    expect(x).toBeGreaterThan(0);
    const after = threadCpuMs(tid)!;
    // This thread did nearly all of that work; the process's other threads (the collector's, the
    // runner's) may have done some.
    expect(after - before).toBeGreaterThanOrEqual(100);
  });

  test("a thread that does not exist has no time", () => {
    expect(threadCpuMs(2 ** 30)).toBeNull();
  });
});
