// The pool's CPU-time deadline (D32) reads each reader's processor time again and again through a
// kept-open /proc file (D49): every read must be the time now, not the time the file was opened.
import { ownThreadId, threadCpuMs } from "../../src/cli/process/thread-cpu";

// Linux only, as the product's CI is (elsewhere the deadline falls back to the wall clock).
describe("a thread's processor time", () => {
  test("read again after work, it has grown by about that work", () => {
    const tid = ownThreadId()!;
    const before = threadCpuMs(tid)!;
    expect(threadCpuMs(tid)).toBeGreaterThanOrEqual(before);
    const start = performance.now();
    let x = 0;
    while (performance.now() - start < 300) x += Math.sqrt(x + 1);
    expect(x).toBeGreaterThan(0);
    const after = threadCpuMs(tid)!;
    // 300 ms of wall time busy; under load the thread may have had half of it.
    expect(after - before).toBeGreaterThanOrEqual(100);
  });

  test("a thread that does not exist has no time", () => {
    expect(threadCpuMs(2 ** 30)).toBeNull();
  });
});
