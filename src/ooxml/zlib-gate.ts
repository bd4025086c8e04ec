// Node 20 aborts the whole process ("close before init", node_zlib.cc) when a worker thread is
// terminated while a zlib call is being set up. A reader's deadline terminates its worker
// (cli/process/worker-pool.ts), so a slow file could end the ministry's whole batch, with no output,
// instead of being refused alone. Reproduced here: a worker inflating in a loop, terminated at a
// random moment, aborted the process within a few hundred terminations (DECISIONS D50).
//
// A worker's zlib calls run inside `zlibCall`, which holds a cell shared with the pool at BUSY. The
// pool terminates a worker only after moving the cell from IDLE to STOPPING (`stopZlib`); a worker
// that finds STOPPING waits there until it is terminated, so no zlib call is ever cut short. Outside
// a pool's worker (the main thread, the tests) no cell is armed and a call simply runs.

const IDLE = 0;
const BUSY = 1;
const STOPPING = 2;

let cell: Int32Array | null = null;

/** A cell for one worker: created by the pool, armed by the worker (armZlibGate). */
export function newZlibGate(): SharedArrayBuffer {
  return new SharedArrayBuffer(4);
}

/** Called once in a pool's worker, with the cell the pool made for it. */
export function armZlibGate(gate: SharedArrayBuffer): void {
  cell = new Int32Array(gate);
}

/** Runs `call` (one synchronous zlib call) where termination cannot cut it short. */
export function zlibCall<T>(call: () => T): T {
  const c = cell;
  if (c === null) return call();
  while (Atomics.compareExchange(c, 0, IDLE, BUSY) !== IDLE) Atomics.wait(c, 0, STOPPING, 50);
  try {
    return call();
  } finally {
    Atomics.store(c, 0, IDLE);
  }
}

/**
 * The pool's side: true when the worker is outside zlib and will not enter it again, so it may be
 * terminated now; false while a call is running (ask again in a moment: calls are bounded by the
 * reader's size limits).
 */
export function stopZlib(gate: SharedArrayBuffer): boolean {
  return Atomics.compareExchange(new Int32Array(gate), 0, IDLE, STOPPING) !== BUSY;
}
