#!/usr/bin/env node
// `npm start`. With Excel (Windows, macOS): sideload the add-in the way Office's templates do, with
// the dev server on https://localhost:3000. Without Excel (Linux): build the playground (the same pane
// beside an in-browser workbook) in production mode into dist-playground/, serve it over plain HTTP on
// localhost and print its URL. No developer certificates are needed there, and the tests never need them.
// `npm run start:web -- --document <url>`: sideload into Excel on the web, into the workbook at <url>,
// as Microsoft's templates do (`office-addin-debugging start manifest.xml web --document <url>`).
const { spawn, spawnSync } = require("node:child_process");
const { createServer } = require("node:http");
const { createReadStream, statSync } = require("node:fs");
const path = require("node:path");

const { HASHED_NAME } = require("./build/webpack-common");

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

// How a deployment serves the pages (DECISIONS D47): a script whose name carries its content's hash
// never changes, so the browser keeps it (and V8 keeps its compiled code beside it) without asking
// again; the pages and everything else are asked for again each time, answered "unchanged" (304)
// when their validator still matches, so a new build is seen at the next load.
const KEEP = "public, max-age=31536000, immutable";
const ASK_AGAIN = "no-cache";

/** The validator of a file's current content: its size and modification time. */
function etagOf(stat) {
  return `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
}

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
    const etag = etagOf(stat);
    const headers = {
      "cache-control": HASHED_NAME.test(path.basename(file)) ? KEEP : ASK_AGAIN,
      etag,
      "last-modified": stat.mtime.toUTCString(),
    };
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, {
      ...headers,
      "content-type": TYPES[path.extname(file)] || "application/octet-stream",
      "content-length": stat.size,
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

/** Builds the playground (production, webpack.playground.config.js) and returns its folder. */
function buildPlayground() {
  const config = path.join(ROOT, "webpack.playground.config.js");
  run(process.execPath, [
    require.resolve("webpack-cli/bin/cli.js"),
    "--config",
    config,
    "--mode",
    "production",
  ]);
  return require(config).PLAYGROUND_OUT;
}

async function playground() {
  console.log(
    "Không có Excel trên máy này: đang dựng sân thử (khung tác vụ bên cạnh sổ tính trong trình duyệt)…\n" +
      "No Excel on this machine: building the playground (the pane beside an in-browser workbook)…",
  );
  const dir = buildPlayground();
  const wanted = Number(process.env.PORT || 3000);
  let served;
  try {
    served = await serveStatic(dir, wanted);
  } catch (e) {
    if (e && e.code === "EADDRINUSE") {
      console.log(
        `Cổng ${wanted} đang bận; dùng một cổng trống khác. / Port ${wanted} is busy; using a free port instead.`,
      );
      served = await serveStatic(dir, 0);
    } else throw e;
  }
  console.log(`\nSân thử / Playground: ${served.url}\n(Ctrl+C để dừng / to stop)`);
}

/** Runs office-addin-debugging (the tool Microsoft's templates use) and exits with its status. */
function officeAddinDebugging(args, env = process.env) {
  const child = spawn(process.execPath, [require.resolve("office-addin-debugging/cli.js"), ...args], {
    cwd: ROOT,
    stdio: "inherit",
    env,
  });
  child.on("exit", (code) => process.exit(code ?? 0));
}

function sideload() {
  officeAddinDebugging(["start", "manifest.xml", "desktop"]);
}

/**
 * The workbook URL given as `--document <url>` or `--document=<url>`, or an error in both languages.
 * Excel on the web opens only https documents (a OneDrive or SharePoint "Copy link" URL).
 */
function documentUrl(args) {
  const at = args.findIndex((a) => a === "--document" || a.startsWith("--document="));
  const value = at < 0 ? undefined : args[at].includes("=") ? args[at].slice(11) : args[at + 1];
  if (!value)
    return {
      error:
        "Thiếu địa chỉ sổ tính. Trong Excel trên web, mở sổ tính, chọn Chia sẻ → Sao chép liên kết, rồi chạy:\n" +
        "  npm run start:web -- --document <địa chỉ>\n" +
        "The workbook's address is missing. In Excel on the web, open the workbook, select Share → Copy link, then run:\n" +
        "  npm run start:web -- --document <url>",
    };
  let url;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (!url || url.protocol !== "https:")
    return {
      error:
        `"${value}" không phải địa chỉ https của một sổ tính trên OneDrive hoặc SharePoint.\n` +
        `"${value}" is not the https address of a workbook on OneDrive or SharePoint.`,
    };
  return { url: value };
}

function sideloadWeb(args) {
  const doc = documentUrl(args);
  if (doc.error) {
    console.error(doc.error);
    process.exit(2);
  }
  // Excel on the web loads the pane only over HTTPS, on every platform: the dev server uses Office's
  // developer certificates (webpack.config.js) whenever this is set.
  officeAddinDebugging(["start", "manifest.xml", "web", "--document", doc.url], {
    ...process.env,
    DEV_SERVER_HTTPS: "1",
  });
}

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args[0] === "web") sideloadWeb(args.slice(1));
  else if (["win32", "darwin"].includes(process.platform) && !process.env.PLAYGROUND) sideload();
  else
    playground().catch((e) => {
      console.error(e);
      process.exit(1);
    });
}

module.exports = { serveStatic, buildPlayground, documentUrl };
