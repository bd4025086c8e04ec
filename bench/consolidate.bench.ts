// The ministry's budgets (issue #6), on files this bench generates:
//   consolidate.1000.seconds     1,000 submissions of 73 indicators, every defence on, both cores
//   consolidate.vsPlainExcelJS   that time over a plain, unguarded ExcelJS loop reading the same files
//   consolidate.1000.peakRssMB   peak resident memory of the consolidating process, workers included
//   hostile.maxSeconds / hostile.maxRssMB   the worst hostile file, each checked in a fresh process
// The generated submissions are cached in the temp folder (they take ~35 s to write).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import {
  plan1097,
  sampleEntries,
  sampleSubmissionFile,
  sampleUnit,
} from "../test/ministry/fixtures/submissions";
import { hostileCorpus } from "../test/ministry/fixtures/hostile";
import { planHash } from "../src/domain/hash";

const COUNT = 1000;
const ROOT = join(__dirname, "..");

export const goals = {
  "consolidate.1000.seconds": { max: 5 },
  "consolidate.vsPlainExcelJS": { max: 1.0 },
  "consolidate.1000.peakRssMB": { max: 250 },
  "hostile.maxSeconds": { max: 2 },
  "hostile.maxRssMB": { max: 256 },
};

async function corpus(): Promise<string> {
  const plan = plan1097();
  const dir = join(tmpdir(), `sa-bench-submissions-${(await planHash(plan)).slice(0, 12)}-v1`);
  if (existsSync(dir) && readdirSync(dir).filter((f) => f.endsWith(".xlsx")).length === COUNT) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  process.stderr.write(`bench: writing ${COUNT} submissions to ${dir}\n`);
  for (let i = 0; i < COUNT; i++) {
    const unit = sampleUnit(i, "ministry-agency");
    const outcomes = ["met", "exceeded", "shortfall"] as const;
    const entries = sampleEntries(plan, unit.unitType, (_ind, j) => outcomes[(i + j) % 3]!);
    const { bytes } = await sampleSubmissionFile(plan, unit, entries);
    writeFileSync(join(dir, `unit-${String(i).padStart(4, "0")}.xlsx`), bytes);
  }
  return dir;
}

/** The child and the worker compiled as `npm run build` compiles the CLI: what the ministry runs. */
let built: string | null = null;
function childScript(): string {
  if (!built) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build script
    const { buildCli } = require("../scripts/build-cli.js") as {
      buildCli: (outdir: string, extra: Record<string, string>) => string;
    };
    built = join(
      buildCli(join(ROOT, "build", "bench"), { "ministry-child": "bench/ministry-child.ts" }),
      "ministry-child.js",
    );
  }
  return built;
}

function child(mode: string, input: string): { ms: number; maxRssMB: number; code: number } {
  const r = spawnSync(process.execPath, [childScript(), mode, input], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = r.stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(last) as { ms: number; maxRssMB: number; code: number };
  } catch {
    throw new Error(`bench child failed (${mode} ${input}): ${r.stderr.slice(0, 2000)}`);
  }
}

async function plainLoop(files: string[]): Promise<number> {
  const started = performance.now();
  for (const f of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(f) as unknown as ArrayBuffer);
  }
  return (performance.now() - started) / 1000;
}

export async function run(): Promise<Record<string, number>> {
  const dir = await corpus();
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => join(dir, f));
  const guarded = child("consolidate", dir);
  if (guarded.code !== 0) throw new Error(`consolidate of the honest corpus exited ${guarded.code}`);
  const plain = await plainLoop(files);
  const seconds = guarded.ms / 1000;

  const hostileDir = join(tmpdir(), `sa-bench-hostile-${process.pid}`);
  mkdirSync(hostileDir, { recursive: true });
  let maxSeconds = 0;
  let maxRss = 0;
  try {
    for (const h of await hostileCorpus()) {
      const path = join(hostileDir, h.name);
      writeFileSync(path, h.bytes);
      const r = child("check", path);
      if (r.code !== 2) throw new Error(`hostile file ${h.name} was not rejected (exit ${r.code})`);
      maxSeconds = Math.max(maxSeconds, r.ms / 1000);
      maxRss = Math.max(maxRss, r.maxRssMB);
    }
  } finally {
    rmSync(hostileDir, { recursive: true, force: true });
  }
  return {
    "consolidate.1000.seconds": seconds,
    "consolidate.plainExcelJS.seconds": plain,
    "consolidate.vsPlainExcelJS": seconds / plain,
    "consolidate.1000.peakRssMB": guarded.maxRssMB,
    "hostile.maxSeconds": maxSeconds,
    "hostile.maxRssMB": maxRss,
  };
}
