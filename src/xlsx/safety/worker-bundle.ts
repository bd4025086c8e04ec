// Worker threads cannot load TypeScript by themselves. Bundling the worker's module graph into one
// CommonJS file with esbuild (what tsx uses underneath) makes a worker start in tens of
// milliseconds, instead of compiling module by module through loader hooks; should bundling fail,
// the worker falls back to tsx's CommonJS hook. Bundles are cached per process, removed at exit.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";

const bundles = new Map<string, string>();
let dir: string | null = null;

export interface WorkerScript {
  /** A file path, or code when `eval` is set. */
  script: string;
  eval: boolean;
}

function tsxBoot(file: string): WorkerScript {
  return {
    script: `require(${JSON.stringify(require.resolve("tsx/cjs"))});require(${JSON.stringify(file)});`,
    eval: true,
  };
}

export function workerScript(file: string): WorkerScript {
  if (!file.endsWith(".ts")) return { script: file, eval: false };
  const cached = bundles.get(file);
  if (cached) return { script: cached, eval: false };
  if (!dir) {
    dir = mkdtempSync(join(tmpdir(), "sa-workers-"));
    const d = dir;
    process.once("exit", () => rmSync(d, { recursive: true, force: true }));
  }
  const out = join(dir, `worker-${bundles.size}.cjs`);
  try {
    buildSync({
      entryPoints: [file],
      outfile: out,
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      logLevel: "silent",
    });
  } catch {
    return tsxBoot(file);
  }
  bundles.set(file, out);
  return { script: out, eval: false };
}
