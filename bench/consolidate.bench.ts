// The ministry's budgets (issues #6 and #16), on files this bench generates (73 indicators each):
//   consolidate.1000.seconds / .vsPlainExcelJS       1,000 submissions, every defence on, both cores,
//                                                    over a plain ExcelJS loop that only loads them
//   consolidate.1000.loaded.vsPlainExcelJS           the same, both timed while a CPU load this bench
//                                                    starts (one busy process per core) competes
//   consolidate.10000.seconds / .vsPlainExcelJS / .peakRssMB    10,000 submissions
//   check.10000.peakRssMB                            check --json over the same 10,000
//   hostile.maxSeconds / hostile.maxRssMB            the worst hostile file, each in a fresh process
// Every figure is the consolidating process's own (a child process; maxRSS covers its workers).
// The generated submissions are sealed with print choices, as every export from the pane or the
// command line is, so the printed report sheet is compared with the seal as it is for a real file.
// They are cached in the temp folder (about 35 ms each to write).
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import ExcelJS from "exceljs";
import {
  plan1097,
  sampleEntries,
  sampleSubmissionFile,
  sampleUnit,
} from "../test/ministry/fixtures/submissions";
import { hostileCorpus } from "../test/ministry/fixtures/hostile";
import { planHash } from "../src/domain/hash";
import type { ReportPrint } from "../src/domain/report-print";

const ROOT = join(__dirname, "..");

export const goals = {
  "consolidate.1000.seconds": { max: 5 },
  "consolidate.vsPlainExcelJS": { max: 0.6 },
  "consolidate.1000.loaded.vsPlainExcelJS": { max: 0.6 },
  "consolidate.1000.peakRssMB": { max: 250 },
  "consolidate.10000.seconds": { max: 30 },
  "consolidate.10000.vsPlainExcelJS": { max: 0.5 },
  "consolidate.10000.peakRssMB": { max: 300 },
  "check.10000.peakRssMB": { max: 300 },
  "hostile.maxSeconds": { max: 2 },
  "hostile.maxRssMB": { max: 256 },
};

/** `count` submissions; the smaller corpora are hard links to the first files of the largest. */
export async function corpus(count: number): Promise<string> {
  const plan = plan1097();
  const base = join(tmpdir(), `sa-bench-submissions-${(await planHash(plan)).slice(0, 12)}-v4`);
  const dir = `${base}-${count}`;
  const full = `${base}-10000`;
  const ready = (d: string, n: number) =>
    existsSync(d) && readdirSync(d).filter((f) => f.endsWith(".xlsx")).length === n;
  if (ready(dir, count)) return dir;
  if (count < 10_000 && ready(full, 10_000)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < count; i++) {
      const f = `unit-${String(i).padStart(5, "0")}.xlsx`;
      linkSync(join(full, f), join(dir, f));
    }
    return dir;
  }
  mkdirSync(dir, { recursive: true });
  const have = new Set(readdirSync(dir));
  process.stderr.write(`bench: writing ${count} submissions to ${dir}\n`);
  for (let i = 0; i < count; i++) {
    const f = `unit-${String(i).padStart(5, "0")}.xlsx`;
    if (have.has(f)) continue;
    const unit = sampleUnit(i, "ministry-agency");
    const outcomes = ["met", "exceeded", "shortfall"] as const;
    const entries = sampleEntries(plan, unit.unitType, (_ind, j) => outcomes[(i + j) % 3]!);
    const print: ReportPrint = {
      language: "vi",
      governingBody: "BỘ KHOA HỌC VÀ CÔNG NGHỆ",
      documentNumber: `${i + 1}/BC-${unit.code.slice(-3)}`,
      recipient: plan.issuer.vi,
      place: "Hà Nội",
      date: "2023-12-10",
      signerTitle: "THỦ TRƯỞNG ĐƠN VỊ",
      signerName: unit.preparer ?? "",
      copyTo: ["Như trên", "Lưu: VT"],
    };
    const { bytes } = await sampleSubmissionFile(plan, unit, entries, undefined, print);
    writeFileSync(join(dir, f), bytes);
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

/** The plain loop, in a child process too, so both sides start alike. */
function plainLoop(dir: string): number {
  return child("plain", dir).ms / 1000;
}

export async function plainLoad(files: string[]): Promise<void> {
  for (const f of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(f) as unknown as ArrayBuffer);
  }
}

/** One busy process per core, started and stopped by the bench: a machine other work is using. */
function competingLoad(): { stop(): void } {
  const busy: ChildProcess[] = [];
  for (let i = 0; i < availableParallelism(); i++)
    busy.push(spawn(process.execPath, ["-e", "for(;;){}"], { stdio: "ignore" }));
  return {
    stop() {
      for (const p of busy) p.kill("SIGKILL");
    },
  };
}

function guarded(mode: "consolidate" | "check", dir: string): { ms: number; maxRssMB: number } {
  const r = child(mode, dir);
  if (r.code !== 0) throw new Error(`${mode} of the honest corpus exited ${r.code}`);
  return r;
}

/**
 * Reads every file of a folder once, so that both sides of a pair find them in the page cache: the
 * side timed first (the consolidation) would otherwise be the only one to pay for a cold disk.
 */
function warm(dir: string): void {
  for (const f of readdirSync(dir)) readFileSync(join(dir, f));
}

/** The guarded consolidation and the plain loop over one folder, one after the other. */
function pair(dir: string, name: string, ratioName: string): Record<string, number> {
  warm(dir);
  const g = guarded("consolidate", dir);
  process.stderr.write(
    `bench: ${name}: ${(g.ms / 1000).toFixed(1)} s, ${g.maxRssMB.toFixed(0)} MB (load ${loadavg()[0]!.toFixed(1)})\n`,
  );
  const plain = plainLoop(dir);
  process.stderr.write(`bench: ${name} plain ExcelJS loop: ${plain.toFixed(1)} s\n`);
  return {
    [`${name}.seconds`]: g.ms / 1000,
    [`${name}.plainExcelJS.seconds`]: plain,
    [ratioName]: g.ms / 1000 / plain,
    [`${name}.peakRssMB`]: g.maxRssMB,
  };
}

export async function run(): Promise<Record<string, number>> {
  const figures: Record<string, number> = { "machine.loadavg1.atStart": loadavg()[0]! };
  const dir10k = await corpus(10_000);
  const dir1k = await corpus(1_000);
  const quiet = pair(dir1k, "consolidate.1000", "consolidate.vsPlainExcelJS");
  Object.assign(figures, quiet, {
    "consolidate.plainExcelJS.seconds": quiet["consolidate.1000.plainExcelJS.seconds"],
  });
  const load = competingLoad();
  try {
    Object.assign(figures, pair(dir1k, "consolidate.1000.loaded", "consolidate.1000.loaded.vsPlainExcelJS"));
  } finally {
    load.stop();
  }
  Object.assign(figures, pair(dir10k, "consolidate.10000", "consolidate.10000.vsPlainExcelJS"));
  figures["check.10000.peakRssMB"] = guarded("check", dir10k).maxRssMB;

  const hostileDir = join(tmpdir(), `sa-bench-hostile-${process.pid}`);
  mkdirSync(hostileDir, { recursive: true });
  let maxSeconds = 0;
  let maxRss = 0;
  try {
    for (const h of await hostileCorpus()) {
      const path = join(hostileDir, h.name);
      writeFileSync(path, h.bytes);
      const r = child("check", path);
      if (r.code !== 3) throw new Error(`hostile file ${h.name} was not refused (exit ${r.code})`);
      maxSeconds = Math.max(maxSeconds, r.ms / 1000);
      maxRss = Math.max(maxRss, r.maxRssMB);
    }
  } finally {
    rmSync(hostileDir, { recursive: true, force: true });
  }
  figures["hostile.maxSeconds"] = maxSeconds;
  figures["hostile.maxRssMB"] = maxRss;
  figures["machine.loadavg1.atEnd"] = loadavg()[0]!;
  return figures;
}
