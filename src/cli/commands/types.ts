// The shape every command of the registry has; the ministry's commands join the same list.
import type { Io } from "../io";

export interface Command {
  name: string;
  summary: { vi: string; en: string };
  /** Printed for `self-assess <name> --help`. */
  help: { vi: string; en: string };
  /** Returns the exit code; throws UsageError for bad arguments (the dispatcher prints it, exit 2). */
  run(argv: string[], io: Io): Promise<number>;
}
