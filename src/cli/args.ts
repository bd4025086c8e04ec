// util.parseArgs with the messages a person can act on: an unknown or malformed option names the
// command's --help instead of a stack trace.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./io";

type Options = NonNullable<ParseArgsConfig["options"]>;

export function parseCommandArgs<O extends Options>(command: string, argv: string[], options: O) {
  return parseStrict(command, argv, options, false);
}

/** The same, for a command that also takes positional arguments (the ministry's input files). */
export function parseWithPositionals<O extends Options>(command: string, argv: string[], options: O) {
  return parseStrict(command, argv, options, true);
}

function parseStrict<O extends Options, P extends boolean>(
  command: string,
  argv: string[],
  options: O,
  allowPositionals: P,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new UsageError({
      vi: `Tham số không hợp lệ cho lệnh ${command}: ${reason}. Xem: self-assess ${command} --help`,
      en: `Bad arguments for ${command}: ${reason}. See: self-assess ${command} --help`,
    });
  }
}

export function requireOption(
  command: string,
  name: string,
  value: string | undefined,
  example: string,
): string {
  if (value === undefined || value.trim() === "")
    throw new UsageError({
      vi: `Lệnh ${command} cần --${name}, ví dụ --${name} ${example}.`,
      en: `The ${command} command needs --${name}, e.g. --${name} ${example}.`,
    });
  return value.trim();
}
