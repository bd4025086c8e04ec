// Runs the CLI in-process with captured output and a chosen working directory.
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
