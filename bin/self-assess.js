#!/usr/bin/env node
// The `self-assess` command: runs the command line compiled by `npm run build` (build/cli/), plain
// JavaScript with no TypeScript at run time. From the sources, for development: npm run cli.
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const main = join(__dirname, "..", "build", "cli", "main.js");
if (!existsSync(main)) {
  process.stderr.write(
    "self-assess chưa được dựng: chạy npm run build (hoặc npm run build:cli).\n" +
      "self-assess is not built: run npm run build (or npm run build:cli).\n",
  );
  process.exit(2);
}
require(main);
