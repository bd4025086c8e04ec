// Runs the CLI in-process with captured output and a chosen working directory.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/dispatch";
import type { Io } from "../../src/cli/io";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(argv: string[], cwd: string, now = "2026-11-22T10:00:00.000Z"): Promise<CliRun> {
  let out = "";
  let err = "";
  const io: Io = {
    out: (t) => (out += t + "\n"),
    err: (t) => (err += t + "\n"),
    cwd,
    now: () => now,
  };
  const code = await main(argv, io);
  return { code, out, err };
}

export interface CliSandbox {
  /** A fresh folder, removed once the test file is done. */
  dir: string;
  /** The CLI run in `dir` with the sandbox's clock. */
  cli: (...argv: string[]) => Promise<CliRun>;
  /** The CLI run in `dir` at another moment (a later resubmission). */
  cliAt: (now: string, ...argv: string[]) => Promise<CliRun>;
}

/** A working folder for one test file's CLI runs, all at `now` unless a test passes its own. */
export function cliSandbox(prefix: string, now: string): CliSandbox {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { dir, cli: (...argv) => runCli(argv, dir, now), cliAt: (at, ...argv) => runCli(argv, dir, at) };
}
