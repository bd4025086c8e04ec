// A profiling aid, not a bench (DECISIONS D39): reads the first N files of a folder in this thread,
// one after the other, exactly as a pool worker does (readFileDetail), so `node --cpu-prof` sees the
// per-file CPU without threads, and prints a fingerprint of every report so that a change meant
// only to be faster can be shown to leave the answers alone. Build and run:
//   node -e 'require("./scripts/build-cli.js").buildCli("build/prof", {"profile-read": "bench/profile-read.ts"})'
//   node --cpu-prof --cpu-prof-dir=/tmp/prof build/prof/profile-read.js <folder> [N]
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { useSyncSha256 } from "../src/domain/hash";
import { readFileDetail } from "../src/cli/ministry/read-file";
import { DEFAULT_LIMITS } from "../src/ooxml/limits";
import { loadScheme } from "../src/cli/ministry/options";

async function main(): Promise<void> {
  const [dir, n] = process.argv.slice(2);
  useSyncSha256((bytes) => createHash("sha256").update(bytes).digest());
  const scheme = loadScheme(process.cwd(), undefined);
  const files = readdirSync(dir!)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .slice(0, Number(n ?? 300));
  const started = process.cpuUsage();
  const t0 = performance.now();
  let bad = 0;
  // A fingerprint of every report (less its timing), to show a change left the answers alone.
  const print = createHash("sha256");
  for (const f of files) {
    const d = await readFileDetail(join(dir!, f), DEFAULT_LIMITS, scheme, null);
    if (d.report.rejected || d.report.errors > 0 || !d.report.hash?.verified) bad++;
    print.update(JSON.stringify({ ...d.report, ms: 0 }));
  }
  const cpu = process.cpuUsage(started);
  process.stdout.write(
    `${files.length} files, ${bad} not clean, ${((performance.now() - t0) / files.length).toFixed(2)} ms wall/file, ` +
      `${((cpu.user + cpu.system) / 1000 / files.length).toFixed(2)} ms cpu/file, reports ${print.digest("hex").slice(0, 16)}\n`,
  );
}

void main();
