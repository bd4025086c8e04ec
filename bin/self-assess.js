#!/usr/bin/env node
// The `self-assess` command: runs the TypeScript CLI through tsx (a runtime dependency), so the
// package needs no build step for its command line.
const { register } = require("tsx/cjs/api");
const { join } = require("node:path");

register();
require(join(__dirname, "..", "src", "cli", "main.ts"));
