// The dispatcher: picks the command, prints help, and turns a UsageError into a message and exit 2.
import { COMMANDS } from "./commands/index";
import type { Io } from "./io";
import { EXIT, UsageError, bilingual } from "./io";

function topHelp(): string {
  const w = Math.max(...COMMANDS.map((c) => c.name.length));
  const list = (lang: "vi" | "en") =>
    COMMANDS.map((c) => `  ${c.name.padEnd(w)}  ${c.summary[lang]}`).join("\n");
  return [
    "self-assess <lệnh|command> [--help]",
    "",
    "Lệnh:",
    list("vi"),
    "",
    "Commands:",
    list("en"),
    "",
    "self-assess <command> --help",
  ].join("\n");
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(topHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(
      bilingual({
        vi: `Không có lệnh "${name}". Các lệnh: ${COMMANDS.map((c) => c.name).join(", ")}.`,
        en: `There is no command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(", ")}.`,
      }),
    );
    return EXIT.usage;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(`${command.help.vi}\n\n${command.help.en}`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(bilingual(e.text));
      return EXIT.usage;
    }
    io.err(
      bilingual({
        vi: `Lệnh ${name} thất bại: ${(e as Error).message ?? String(e)}`,
        en: `The ${name} command failed: ${(e as Error).message ?? String(e)}`,
      }),
    );
    return EXIT.failed;
  }
}
