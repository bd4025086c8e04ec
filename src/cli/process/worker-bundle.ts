// Worker threads cannot load TypeScript by themselves. Bundling the worker's module graph into one
// CommonJS file with esbuild (what tsx uses underneath) makes a worker start in tens of
// milliseconds, instead of compiling module by module through loader hooks; should bundling fail,
// the worker falls back to tsx's CommonJS hook.
//
// Bundles are kept between runs in a folder only this user can write (0700, owned by us: a bundle
// is code we will run), named by a fingerprint of every source file's path, size and time and of
// the installed packages, so any edit or install makes a new one.
import { createHash } from "node:crypto";
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { dirname, join, sep } from "node:path";
import { buildSync, version as esbuildVersion } from "esbuild";

const bundles = new Map<string, string>();

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

/** The folder of bundles, or null when it is not safely ours. */
function cacheDir(): string | null {
  const dir = join(tmpdir(), `self-assess-workers-${userInfo().uid}`);
  try {
    if (!existsSync(dir)) mkdirSync(dir, { mode: 0o700 });
    const st = lstatSync(dir);
    if (!st.isDirectory() || st.uid !== userInfo().uid) return null;
    if ((st.mode & 0o077) !== 0) chmodSync(dir, 0o700);
    return dir;
  } catch {
    return null;
  }
}

/** Fingerprint of the sources a bundle is made from: the src tree and the installed packages. */
function fingerprint(entry: string): string {
  const h = createHash("sha256");
  h.update(`${esbuildVersion}\n${entry}\n`);
  const idx = entry.lastIndexOf(`${sep}src${sep}`);
  const root = idx >= 0 ? entry.slice(0, idx) : dirname(entry);
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else h.update(`${p}\0${st.size}\0${st.mtimeMs}\n`);
    }
  };
  walk(idx >= 0 ? join(root, "src") : root);
  const lock = join(root, "node_modules", ".package-lock.json");
  if (existsSync(lock)) h.update(`lock\0${statSync(lock).mtimeMs}`);
  return h.digest("hex").slice(0, 24);
}

/** Bundles of older sources, a day after they were made (no run of ours lasts that long). */
function prune(dir: string, keep: string): void {
  const dayAgo = Date.now() - 86_400_000;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (p === keep || !/^worker-[0-9a-f]+\.cjs(\.\d+\.tmp)?$/.test(name)) continue;
    try {
      if (statSync(p).mtimeMs < dayAgo) rmSync(p, { force: true });
    } catch {
      // Another run removed it first.
    }
  }
}

export function workerScript(file: string): WorkerScript {
  if (!file.endsWith(".ts")) return { script: file, eval: false };
  const known = bundles.get(file);
  if (known) return { script: known, eval: false };
  const dir = cacheDir();
  if (!dir) return tsxBoot(file);
  let out: string;
  try {
    out = join(dir, `worker-${fingerprint(file)}.cjs`);
  } catch {
    return tsxBoot(file);
  }
  if (!existsSync(out)) {
    const tmp = `${out}.${process.pid}.tmp`;
    try {
      buildSync({
        entryPoints: [file],
        outfile: tmp,
        bundle: true,
        platform: "node",
        format: "cjs",
        target: "node20",
        logLevel: "silent",
      });
      renameSync(tmp, out);
    } catch {
      return tsxBoot(file);
    }
    prune(dir, out);
  }
  bundles.set(file, out);
  return { script: out, eval: false };
}
