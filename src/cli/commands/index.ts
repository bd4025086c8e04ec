// The registry of commands. A new command is one file and one line here.
import type { Command } from "./types";
import { registerCommand, templateCommand } from "./template";
import { plansCommand } from "./plans";
import { exportCommand } from "./export";
import { checkCommand } from "./check";
import { consolidateCommand } from "./consolidate";
import { keygenCommand } from "./keygen";

export type { Command } from "./types";

export const COMMANDS: readonly Command[] = [
  templateCommand,
  registerCommand,
  plansCommand,
  exportCommand,
  checkCommand,
  consolidateCommand,
  keygenCommand,
];
