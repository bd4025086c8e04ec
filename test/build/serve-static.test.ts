// How `npm start` and the tests serve a build (scripts/start.js; DECISIONS D47), as a deployment
// should: scripts named by their content's hash are kept by the browser for good; the pages are
// asked for again each time and answered "unchanged" while they are.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";

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
    const again = await fetch(`${url}index.html`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
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
