// What the end-to-end tests and the pane bench share: one production build of the pages, a tiny
// static server on a free localhost port, and Debian's Chromium driven by playwright-core (no browser
// download). A missing Chromium is a failure, never a skip: these tests are the pane's only proof.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const ROOT = resolve(__dirname, "..", "..");
export const ARTIFACTS = join(ROOT, "test-artifacts");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

interface StatsModule {
  name: string;
  modules?: { name: string }[];
}

export interface BuildStats {
  entrypoints: Record<string, { assets: { name: string }[]; chunks: (string | number)[] }>;
  chunks: { id: string | number; children: (string | number)[]; modules?: StatsModule[] }[];
  namedChunkGroups: Record<string, { assets: { name: string }[]; chunks: (string | number)[] }>;
}

/** The add-in's build stats, with the playground's beside them. */
export interface PagesBuild extends BuildStats {
  playground: BuildStats;
}

/**
 * Builds, in production mode, the add-in (webpack.config.js: taskpane.html, commands.html, ...) and
 * the playground (webpack.playground.config.js: index.html) into the one folder `outDir`, so a test
 * serves both from one origin; `npm run build` and `npm start` build them apart (DECISIONS D10).
 * Returns webpack's stats of the add-in, and of the playground as `.playground`.
 */
export function buildPages(outDir: string): PagesBuild {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const statsFile = join(outDir, "..", `${outDir.split(/[\\/]/).pop()}-stats.json`);
  const r = spawnSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js"),
      "--config",
      join(ROOT, "webpack.config.js"),
      "--config",
      join(ROOT, "webpack.playground.config.js"),
      "--mode",
      "production",
      "--output-path",
      outDir,
      // Both builds write into outDir (emptied above); neither may clean away the other's files.
      "--no-output-clean",
      "--json",
      statsFile,
    ],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, ADDIN_URL: "" } },
  );
  if (r.status !== 0) throw new Error(`webpack failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  const { children } = JSON.parse(readFileSync(statsFile, "utf8")) as {
    children: (BuildStats & { name: string })[];
  };
  const addin = children.find((c) => c.name === "addin");
  const playground = children.find((c) => c.name === "playground");
  if (!addin || !playground) throw new Error(`webpack built ${children.map((c) => c.name).join(", ")}`);
  return { ...addin, playground };
}

export async function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  // scripts/start.js is CommonJS; its server is the one `npm start` uses on Linux.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { serveStatic } = require(join(ROOT, "scripts", "start.js")) as {
    serveStatic(dir: string, port?: number): Promise<{ server: Server; url: string }>;
  };
  const { server, url } = await serveStatic(dir, 0);
  return { url, close: () => new Promise((res) => server.close(() => res())) };
}

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** A headless Chromium with a fresh profile directory, removed again by `close`. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. Install Debian's package (apt-get install -y chromium) ` +
        `or set CHROMIUM_PATH; the pane's end-to-end tests cannot run without it.`,
    );
  const profile = mkdtempSync(join(tmpdir(), "pane-e2e-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 800 },
    locale: "vi-VN",
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What axe-core finds wrong on the page, each rule with the nodes it failed on (none is the goal). */
export async function axeViolations(page: Page): Promise<{ id: string; help: string; nodes: string[] }[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{
            violations: { id: string; help: string; nodes: { target: string[]; html: string }[] }[];
          }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(" ")} ${n.html}`),
    }));
  });
}
