#!/usr/bin/env node
// `npm start`. With Excel (Windows, macOS): sideload the add-in the way Office's templates do, with
// the dev server on https://localhost:3000. Without Excel (Linux): build the playground, the same pane
// beside an in-browser workbook, serve it over plain HTTP on localhost and print its URL.
// No developer certificates are needed on Linux, and the tests never need them.
const { spawn, spawnSync } = require("node:child_process");
const { createServer } = require("node:http");
const { createReadStream, statSync } = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves `dir` on 127.0.0.1 (port 0 picks a free one). Only files under `dir` are served; "/" is
 * index.html. Resolves with the server and its base URL.
 */
function serveStatic(dir, port = 0) {
  const base = path.resolve(dir);
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url || "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400).end("bad request");
      return;
    }
    if (pathname.endsWith("/")) pathname += "index.html";
    const file = path.resolve(base, "." + pathname);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end("forbidden");
      return;
    }
    let stat;
    try {
      stat = statSync(file);
    } catch {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
      return;
    }
    if (!stat.isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[path.extname(file)] || "application/octet-stream",
      "content-length": stat.size,
      "cache-control": "no-cache",
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://localhost:${actual}/` });
    });
  });
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

async function playground() {
  console.log("No Excel on this machine: building the playground (the pane beside an in-browser workbook)…");
  run(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "development"]);
  const wanted = Number(process.env.PORT || 3000);
  let served;
  try {
    served = await serveStatic(path.join(ROOT, "dist"), wanted);
  } catch (e) {
    if (e && e.code === "EADDRINUSE") {
      console.log(`Port ${wanted} is busy; using a free port instead.`);
      served = await serveStatic(path.join(ROOT, "dist"), 0);
    } else throw e;
  }
  console.log(`\nPlayground: ${served.url}\n(Ctrl+C to stop)`);
}

function sideload() {
  const child = spawn(
    process.execPath,
    [require.resolve("office-addin-debugging/cli.js"), "start", "manifest.xml", "desktop"],
    { cwd: ROOT, stdio: "inherit" },
  );
  child.on("exit", (code) => process.exit(code ?? 0));
}

if (require.main === module) {
  if (["win32", "darwin"].includes(process.platform) && !process.env.PLAYGROUND) sideload();
  else
    playground().catch((e) => {
      console.error(e);
      process.exit(1);
    });
}

module.exports = { serveStatic };
