#!/usr/bin/env node
// `npm run build:cli` (and `npm run build`): the command line compiled at build time. esbuild bundles
// src/cli/main.ts and the worker that reads each file (src/cli/ministry/read-worker.ts) into
// build/cli/ as CommonJS for Node 20, so bin/self-assess.js runs plain JavaScript: no TypeScript
// at run time, nothing bundled or cached while it runs. `npm run cli` still runs the sources (tsx).
const { buildSync } = require("esbuild");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "build", "cli");

/** Bundles the CLI and its worker (and any `extra` entries, e.g. the bench's child) into `outdir`. */
function buildCli(outdir = OUT, extra = {}) {
  buildSync({
    absWorkingDir: ROOT,
    entryPoints: {
      main: "src/cli/main.ts",
      // batch.ts starts read-worker.js beside the bundle that runs it.
      "read-worker": "src/cli/ministry/read-worker.ts",
      ...extra,
    },
    outdir,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    sourcemap: "linked",
    legalComments: "none",
    logLevel: "warning",
    // Only the sources load workers through tsx (a development dependency); the build never does.
    external: ["tsx"],
  });
  return outdir;
}

module.exports = { buildCli, OUT };

if (require.main === module) {
  buildCli();
  console.log(`CLI built into ${path.relative(process.cwd(), OUT) || "."}`);
}
