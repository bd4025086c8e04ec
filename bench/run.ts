// Runs every bench/*.bench.ts, merges their figures into bench/results.json and prints a table.
// Each bench module exports `run(): Promise<Record<string, number>>` (figure name -> value) and
// optionally `goals: Record<string, { max?: number; min?: number }>` so the table can say pass/fail.
import { existsSync, readFileSync, readdirSync, writeFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { cpus } from "node:os";

type Goal = { max?: number; min?: number };
interface BenchModule {
  run(): Promise<Record<string, number>>;
  goals?: Record<string, Goal>;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const dir = __dirname;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  const figures: Record<string, number> = {};
  const goals: Record<string, Goal> = {};
  for (const file of files) {
    process.stderr.write(`bench: ${file}\n`);
    const mod = (await import(join(dir, file))) as BenchModule;
    Object.assign(figures, await mod.run());
    Object.assign(goals, mod.goals ?? {});
  }
  const out = join(dir, "results.json");
  // A filtered run (npm run bench -- template) refreshes its own figures and keeps the others.
  if (only.length > 0 && existsSync(out)) {
    const previous = JSON.parse(readFileSync(out, "utf8")) as { figures?: Record<string, number> };
    for (const [name, value] of Object.entries(previous.figures ?? {}))
      if (!(name in figures)) figures[name] = value;
  }
  const result = {
    measuredAt: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length },
    figures,
  };
  writeFileSync(out + ".tmp", JSON.stringify(result, null, 2) + "\n");
  renameSync(out + ".tmp", out);
  const rows = Object.entries(figures).map(([name, value]) => {
    const goal = goals[name];
    let verdict = "";
    if (goal) {
      const ok =
        (goal.max === undefined || value <= goal.max) && (goal.min === undefined || value >= goal.min);
      verdict = `${ok ? "ok  " : "MISS"} goal ${goal.min !== undefined ? ">= " + goal.min : "<= " + goal.max}`;
    }
    return [name, formatNumber(value), verdict];
  });
  const w0 = Math.max(6, ...rows.map((r) => r[0]!.length));
  const w1 = Math.max(5, ...rows.map((r) => r[1]!.length));
  console.log(`${"figure".padEnd(w0)}  ${"value".padStart(w1)}  goal`);
  for (const [n, v, g] of rows) console.log(`${n!.padEnd(w0)}  ${v!.padStart(w1)}  ${g}`);
  console.log(`\nwritten to ${out}`);
}

function formatNumber(v: number): string {
  if (Number.isInteger(v)) return v.toLocaleString("en-US");
  return v.toLocaleString("en-US", { maximumFractionDigits: 3 });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
