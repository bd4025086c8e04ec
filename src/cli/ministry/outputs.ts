// The files a run writes, claimed before any work: each differs from every input and from the
// other outputs, is not overwritten without --force, and is held by a lock file beside it for the
// run, so a second run on the same output refuses instead of racing the first (the last rename
// would win in silence). A lock or temporary file left by a run that was killed is recognised by its
// process id no longer running, and removed. Exit codes are in exit.ts.
import {
  closeSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { UsageError } from "../io";
import { checkOutputPath } from "./options";

export interface OutputSpec {
  path: string;
  /** The option that named it, for messages ("--out", "--json"). */
  option: string;
}

/** An output that cannot be claimed: nothing was written (exit 2), the reason in both languages. */
export class OutputRefused extends UsageError {}

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

function lockPath(out: string): string {
  return join(dirname(out), `.${basename(out)}.lock`);
}

/** Whether a process of this machine with that id is running (EPERM: running, not ours). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === "EPERM";
  }
}

function readLock(path: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(path, "utf8")) as Partial<LockInfo>;
    return typeof info.pid === "number"
      ? { pid: info.pid, host: String(info.host ?? ""), startedAt: String(info.startedAt ?? "") }
      : null;
  } catch {
    return null;
  }
}

function takeLock(out: string, display: string): string {
  const path = lockPath(out);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx", 0o644);
      const info: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      return path;
    } catch (e) {
      if ((e as { code?: string }).code !== "EEXIST") throw e;
    }
    const held = readLock(path);
    const stale = held !== null && held.host === hostname() && !processAlive(held.pid);
    if (!stale)
      throw new OutputRefused({
        vi: `Một lần chạy khác${held ? ` (tiến trình ${held.pid} trên máy ${held.host}, bắt đầu lúc ${held.startedAt})` : ""} đang ghi ${display}; chờ nó xong. Nếu không còn lần chạy nào, xóa tệp khóa ${path}.`,
        en: `Another run${held ? ` (process ${held.pid} on ${held.host}, started ${held.startedAt})` : ""} is writing ${display}; wait for it to finish. If no run is going on, delete the lock file ${path}.`,
      });
    rmSync(path, { force: true });
  }
  throw new OutputRefused({
    vi: `Không lấy được khóa ghi cho ${display}.`,
    en: `Could not take the write lock for ${display}.`,
  });
}

/**
 * Temporary files of the atomic writer (`.NAME.PID.TIME.tmp`, src/cli/process/atomic-write.ts) for
 * this output whose process has died: a killed run's leftovers.
 */
export function removeStaleTemps(out: string): string[] {
  const dir = dirname(out);
  const prefix = `.${basename(out)}.`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const m = /^(\d+)\.\d+\.tmp$/.exec(name.slice(prefix.length));
    if (!m || processAlive(Number(m[1]))) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(join(dir, name));
  }
  return removed;
}

function identity(path: string): string {
  try {
    const st = statSync(path);
    return `${st.dev}:${st.ino}`;
  } catch {
    return `path:${resolve(path)}`;
  }
}

export interface ClaimedOutputs {
  /** Removes the locks; safe to call twice. */
  release(): void;
  /** Stale temporary files removed when the outputs were claimed. */
  removedTemps: string[];
}

/**
 * Checks and locks the outputs of a run. `inputs` are the files the run reads. Throws OutputRefused
 * (nothing written, exit 2) when an output is an input, two outputs are one file, an output exists
 * without --force, its folder cannot be written, or another run holds it.
 */
export function claimOutputs(
  outputs: readonly OutputSpec[],
  inputs: readonly string[],
  force: boolean,
  display: (path: string) => string = (p) => p,
): ClaimedOutputs {
  const inputIds = new Set(inputs.map(identity));
  const seen = new Map<string, OutputSpec>();
  for (const o of outputs) {
    const id = identity(o.path);
    const before = seen.get(id);
    if (before)
      throw new OutputRefused({
        vi: `${before.option} và ${o.option} cùng là ${display(o.path)}; mỗi kết quả cần một tệp riêng (tệp này sẽ ghi đè tệp kia).`,
        en: `${before.option} and ${o.option} are both ${display(o.path)}; each output needs its own file (one would overwrite the other).`,
      });
    seen.set(id, o);
    if (inputIds.has(id))
      throw new OutputRefused({
        vi: `${o.option} ${display(o.path)} là một tệp đầu vào; tệp đầu vào không bao giờ bị ghi đè.`,
        en: `${o.option} ${display(o.path)} is one of the inputs; inputs are never overwritten.`,
      });
    checkOutputPath(o.path);
    const st = lstatSync(o.path, { throwIfNoEntry: false });
    if (st && !st.isFile())
      throw new OutputRefused({
        vi: `${o.option} ${display(o.path)} đã có và không phải tệp thường; chọn tên khác.`,
        en: `${o.option} ${display(o.path)} exists and is not a regular file; choose another name.`,
      });
    if (st && !force)
      throw new OutputRefused({
        vi: `Tệp ${display(o.path)} (${o.option}) đã có. Thêm --force để ghi đè, hoặc chọn tên khác.`,
        en: `The file ${display(o.path)} (${o.option}) exists. Add --force to overwrite it, or choose another name.`,
      });
  }
  const locks: string[] = [];
  const release = (): void => {
    for (const l of locks.splice(0)) rmSync(l, { force: true });
  };
  // A run stopped by Ctrl+C or a signal still gives its locks back.
  const onExit = (): void => release();
  process.once("exit", onExit);
  try {
    for (const o of outputs) locks.push(takeLock(o.path, display(o.path)));
  } catch (e) {
    release();
    process.removeListener("exit", onExit);
    throw e;
  }
  const removedTemps = outputs.flatMap((o) => removeStaleTemps(o.path));
  return {
    removedTemps,
    release: () => {
      release();
      process.removeListener("exit", onExit);
    },
  };
}
