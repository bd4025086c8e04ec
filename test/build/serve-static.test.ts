// How `npm start` and the tests serve a build (scripts/start.js; DECISIONS D47), as a deployment
// should: scripts named by their content's hash are kept by the browser for good; the pages are
// asked for again each time and answered "unchanged" while they are.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect } from "node:net";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- scripts/start.js is CommonJS
const { serveStatic } = require(join(__dirname, "..", "..", "scripts", "start.js")) as {
  serveStatic(dir: string, port?: number): Promise<{ server: Server; url: string }>;
};

let dir: string;
let server: Server;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "serve-static-"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><p>pane</p>");
  writeFileSync(join(dir, "playground.0a1b2c3d.js"), "console.log(1);");
  writeFileSync(join(dir, "playground.0a1b2c3d.js.map"), "{}");
  writeFileSync(join(dir, "plain.js"), "console.log(2);");
  ({ server, url } = await serveStatic(dir, 0));
});

afterAll(async () => {
  await new Promise<void>((res) => server.close(() => res()));
  rmSync(dir, { recursive: true, force: true });
});

/** A GET on a connection of its own, closed by the server after its answer: the head and what follows it. */
function rawGet(path: string, headers: Record<string, string>): Promise<{ head: string; rest: string }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), "127.0.0.1", () => {
      const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`);
      socket.end(`GET ${path} HTTP/1.1\r\nhost: localhost\r\n${lines.join("")}connection: close\r\n\r\n`);
    });
    socket.on("data", (c: Buffer) => chunks.push(c));
    socket.on("error", reject);
    socket.on("close", () => {
      const text = Buffer.concat(chunks).toString("latin1");
      const end = text.indexOf("\r\n\r\n");
      if (end < 0) reject(new Error(`no complete answer: ${JSON.stringify(text)}`));
      else resolve({ head: text.slice(0, end), rest: text.slice(end + 4) });
    });
  });
}

describe("the static server", () => {
  test("lets the browser keep a script named by its content's hash", async () => {
    const r = await fetch(`${url}playground.0a1b2c3d.js`);
    expect(r.status).toBe(200);
    expect(r.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await r.text()).toBe("console.log(1);");
  });

  test("has the browser ask again for pages, source maps and unhashed files", async () => {
    for (const name of ["", "index.html", "playground.0a1b2c3d.js.map", "plain.js"]) {
      const r = await fetch(`${url}${name}`);
      expect([name, r.status, r.headers.get("cache-control")]).toEqual([name, 200, "no-cache"]);
      expect(r.headers.get("etag")).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+"$/);
      await r.text();
    }
  });

  test("answers 304 without a body while the page is unchanged, and 200 once it changed", async () => {
    const first = await fetch(`${url}index.html`);
    const etag = first.headers.get("etag")!;
    await first.text();
    // On a connection of its own, read to its end: the 304's head and not one byte after it, so a
    // body sent anyway (which would be read as the start of the next answer on a kept-alive
    // connection) is seen here, and no other request shares the connection.
    const again = await rawGet("/index.html", { "if-none-match": etag });
    expect(again.head).toMatch(/^HTTP\/1\.1 304 /);
    expect(again.head).toContain(`etag: ${etag}`);
    expect(again.rest).toBe("");
    writeFileSync(join(dir, "index.html"), "<!doctype html><p>a new build of the pane</p>");
    const changed = await fetch(`${url}index.html`, { headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(await changed.text()).toContain("a new build");
  });

  test("serves nothing outside its folder", async () => {
    const r = await fetch(`${url}..%2F..%2Fetc%2Fpasswd`);
    expect([403, 404]).toContain(r.status);
    await r.text();
  });
});
