// Runs one ministry command in a fresh process for bench/consolidate.bench.ts, so that its peak
// memory (process.resourceUsage().maxRSS covers the worker threads too) is its own, and prints
// {"ms": ..., "maxRssMB": ..., "code": ...} as the last line of stdout.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runConsolidate } from "../src/cli/ministry/consolidate-run";
import { runCheck } from "../src/cli/ministry/check-run";
import { expandInputs } from "../src/cli/ministry/inputs";
import { DEFAULT_LIMITS } from "../src/ooxml/limits";
import { loadScheme } from "../src/cli/ministry/options";
import type { Io } from "../src/cli/io";

const quiet: Io = { out: () => {}, err: () => {}, cwd: process.cwd(), now: () => new Date().toISOString() };

async function main(): Promise<void> {
  const [mode, input] = process.argv.slice(2);
  const scheme = loadScheme(process.cwd(), undefined);
  const started = performance.now();
  let code: number;
  if (mode === "consolidate") {
    const dir = mkdtempSync(join(tmpdir(), "sa-bench-out-"));
    code = await runConsolidate(
      {
        inputs: [input!],
        out: join(dir, "consolidated.xlsx"),
        json: join(dir, "consolidated.json"),
        lang: "vi",
        limits: DEFAULT_LIMITS,
        scheme,
        showProgress: false,
      },
      quiet,
    );
    rmSync(dir, { recursive: true, force: true });
  } else if (mode === "plain") {
    // The plain, unguarded ExcelJS loop the budgets compare with: load every file, nothing else.
    const { plainLoad } = await import("./consolidate.bench");
    const files = expandInputs([input!]).items.map((i) => i.file);
    await plainLoad(files);
    code = 0;
  } else {
    code = await runCheck(
      expandInputs([input!]).items,
      { json: true, lang: "vi", limits: DEFAULT_LIMITS, scheme, showProgress: false },
      quiet,
    );
  }
  const ms = performance.now() - started;
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`\n${JSON.stringify({ ms, maxRssMB, code })}\n`);
}

void main();
