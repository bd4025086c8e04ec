// `npm run build` makes what an IT team deploys (issue #9): the add-in and nothing else. No chunk
// may hold HyperFormula (GPL-3.0) or the playground, every URL of the built manifest must name a file
// of the build, SupportUrl must name the bilingual help page, and the third-party notice must list
// every package webpack bundled. The build runs once, as `npm run build:addin`, for a production origin.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { gridStrings } from "../../src/playground/strings";

const ROOT = join(__dirname, "..", "..");
const ORIGIN = "https://addin.example.gov.vn/self-assess";
const HYPERFORMULA = /node_modules[\\/]hyperformula[\\/]/;
const PLAYGROUND = /src[\\/]playground[\\/]/;

interface StatsModule {
  name: string;
  modules?: { name: string }[];
}
interface Stats {
  entrypoints: Record<string, unknown>;
  chunks: { id: string | number; files: string[]; modules?: StatsModule[] }[];
  assets: { name: string }[];
  errors: unknown[];
}

let work: string;
let out: string;
let stats: Stats;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [relative(out, p).split(sep).join("/")];
  });
}
const read = (name: string) => readFileSync(join(out, name), "utf8");

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "addin-build-"));
  out = join(work, "dist");
  const statsFile = join(work, "stats.json");
  const r = spawnSync(
    "npm",
    ["run", "--silent", "build:addin", "--", "--output-path", out, "--json", statsFile],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, ADDIN_URL: ORIGIN },
      shell: process.platform === "win32",
    },
  );
  if (r.status !== 0) throw new Error(`npm run build:addin failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  stats = JSON.parse(readFileSync(statsFile, "utf8")) as Stats;
}, 900_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("npm run build", () => {
  test("is the add-in build (house may add steps after it)", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.build).toMatch(/^npm run build:addin\b/);
    expect(pkg.scripts["build:addin"]).toBe("webpack --config webpack.config.js --mode production");
  });

  test("emits the add-in's pages, icons, manifest, help page and notice, and no playground", () => {
    expect(Object.keys(stats.entrypoints).sort()).toEqual(["commands", "taskpane"]);
    const names = files(out);
    for (const f of [
      "taskpane.html",
      "commands.html",
      "help.html",
      "manifest.xml",
      "THIRD-PARTY-NOTICES.txt",
      "assets/icon-20.png",
    ])
      expect(names).toContain(f);
    expect(names.filter((n) => /index\.html$|playground/i.test(n))).toEqual([]);
  });

  test("no chunk holds a HyperFormula or playground module (webpack's stats)", () => {
    const modules = stats.chunks.flatMap((c) =>
      (c.modules ?? []).flatMap((m) => [m.name, ...(m.modules ?? []).map((x) => x.name)]),
    );
    expect(modules.length).toBeGreaterThan(200);
    expect(modules.filter((m) => /node_modules[\\/]exceljs[\\/]/.test(m)).length).toBeGreaterThan(0);
    expect(modules.filter((m) => HYPERFORMULA.test(m) || PLAYGROUND.test(m))).toEqual([]);
  });

  test("no emitted file holds HyperFormula or playground code (the files themselves)", () => {
    // HyperFormula's licence-key check carries "gpl-v3" into any bundle that has HyperFormula
    // (it is in the very modules webpack would take), and the playground's own words are its own.
    const hfSource = readFileSync(
      join(ROOT, "node_modules", "hyperformula", "es", "helpers", "licenseKeyValidator.mjs"),
      "utf8",
    );
    expect(hfSource).toContain("gpl-v3");
    const playgroundWords = Object.values(gridStrings)
      .flatMap((t) => Object.values(t))
      .filter((v): v is string => typeof v === "string" && v.length >= 20);
    expect(playgroundWords.length).toBeGreaterThan(4);

    const js = files(out).filter((n) => n.endsWith(".js"));
    expect(js.length).toBeGreaterThan(5);
    for (const name of js) {
      const text = read(name);
      expect({ name, hyperformula: /gpl-v3|hyperformula/i.test(text) }).toEqual({
        name,
        hyperformula: false,
      });
      expect({ name, playground: playgroundWords.filter((w) => text.includes(w)) }).toEqual({
        name,
        playground: [],
      });
    }
    // The source maps name every source file that went into each file.
    for (const name of files(out).filter((n) => n.endsWith(".js.map"))) {
      const sources = (JSON.parse(read(name)) as { sources: string[] }).sources;
      expect({ name, found: sources.filter((s) => HYPERFORMULA.test(s) || PLAYGROUND.test(s)) }).toEqual({
        name,
        found: [],
      });
    }
  });

  test("carries a third-party notice that lists every bundled package with its licence", () => {
    const notice = read("THIRD-PARTY-NOTICES.txt");
    const bundled = new Set(
      stats.chunks
        .flatMap((c) => (c.modules ?? []).flatMap((m) => [m.name, ...(m.modules ?? []).map((x) => x.name)]))
        .map((m) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(m)?.[1])
        .filter((n): n is string => Boolean(n))
        .map((n) => n.replace("\\", "/")),
    );
    expect(bundled.size).toBeGreaterThan(15);
    const listed = new Map(
      notice
        .split("\n")
        .map((l) => /^(\S+)\s{2,}(\S.*?)\s+—\s+(.+)$/.exec(l))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => [m[1]!, { licence: m[2]!, version: m[3]! }]),
    );
    for (const name of bundled) expect({ name, listed: listed.has(name) }).toEqual({ name, listed: true });
    expect(listed.get("react")?.licence).toBe("MIT");
    expect(listed.get("exceljs")).toEqual({ licence: "MIT", version: "4.4.0" });
    // What ExcelJS's prebuilt browser bundle embeds is listed too; JSZip is taken under MIT. The
    // export's default-font step (src/xlsx/default-font.ts) also bundles npm's JSZip, listed by its
    // installed version.
    expect(listed.get("jszip")?.licence).toBe("(MIT OR GPL-3.0-or-later) (used under MIT)");
    expect(listed.get("jszip")?.version).toMatch(/^(embedded in exceljs@4\.4\.0|\d+\.\d+\.\d+)$/);
    expect([...listed.keys()].filter((n) => /hyperformula/i.test(n))).toEqual([]);
    expect(notice).toContain("Permission is hereby granted, free of charge");
  });

  test("points every manifest URL at ADDIN_URL and at a file of the build; SupportUrl is the help page", () => {
    const manifest = read("manifest.xml");
    expect(manifest).not.toContain("localhost");
    const urls = [...manifest.matchAll(/(?:DefaultValue="|<AppDomain>)(https:[^"<]+)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(12);
    for (const u of urls) {
      expect(u.startsWith(ORIGIN)).toBe(true);
      const path = u.slice(ORIGIN.length + 1);
      if (path) expect({ u, exists: existsSync(join(out, path)) }).toEqual({ u, exists: true });
    }
    expect(manifest).toContain(`<SupportUrl DefaultValue="${ORIGIN}/help.html"/>`);
    expect(manifest).toContain(`<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${ORIGIN}/help.html"/>`);
  });

  test("the help page is bilingual, static, names the Office versions and links the notice", () => {
    const help = read("help.html");
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(help).toMatch(/<section id="?vi"? lang="?vi"?/);
    expect(help).toMatch(/<section id="?en"? lang="?en"?/);
    expect(help).toContain(version);
    expect(help).not.toMatch(/<script|<%/);
    for (const words of ["ExcelApi 1.9", "1903", "16.24", "Office 2016", "appsforoffice.microsoft.com"])
      expect(help.split(words).length - 1).toBeGreaterThanOrEqual(2);
    expect(help).toContain("THIRD-PARTY-NOTICES.txt");
  });
});
