// The licence check of the add-in's build (scripts/build/): which licences may ship inside the MIT
// add-in, and a real webpack build that fails when a GPL, AGPL or licence-less package is planted in
// it, directly or inside a prebuilt bundle, and passes when the planted packages are permissive.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import webpack from "webpack";

const ROOT = join(__dirname, "..", "..");
type Verdict = { ok: true; chosen: string } | { ok: false; kind: string; reason: string };
/* eslint-disable @typescript-eslint/no-require-imports -- the build's helpers are CommonJS */
const licences = require(join(ROOT, "scripts", "build", "licences.js")) as {
  judgeLicence(expression: string | null): Verdict;
  declaredLicence(pkg: unknown): string | null;
  parseSpdx(text: string): unknown;
};
const { ThirdPartyNoticesPlugin } = require(join(ROOT, "scripts", "build", "third-party-notices.js")) as {
  ThirdPartyNoticesPlugin: new (options: {
    filename: string;
    title: string;
    refuse: boolean;
    known?: Record<string, string>;
  }) => webpack.WebpackPluginInstance;
};
/* eslint-enable @typescript-eslint/no-require-imports */

describe("which licences the add-in may bundle", () => {
  test.each([
    ["MIT", "MIT"],
    ["ISC", "ISC"],
    ["Apache-2.0", "Apache-2.0"],
    ["(MIT OR GPL-3.0-or-later)", "MIT"],
    ["GPL-3.0-or-later OR MIT", "MIT"],
    ["(MIT AND BSD-3-Clause)", "MIT AND BSD-3-Clause"],
    ["MIT AND (Zlib OR GPL-2.0)", "MIT AND Zlib"],
  ])("%s may ship (under %s)", (expression, chosen) => {
    expect(licences.judgeLicence(expression)).toEqual({ ok: true, chosen });
  });

  test.each([
    ["GPL-3.0-only", "copyleft"],
    ["GPL-2.0+", "copyleft"],
    ["AGPL-3.0-or-later", "copyleft"],
    ["LGPL-2.1-only", "copyleft"],
    ["MIT AND GPL-3.0-only", "copyleft"],
    ["(GPL-2.0-only OR AGPL-3.0-only)", "copyleft"],
    ["GPL-2.0-only WITH Classpath-exception-2.0", "copyleft"],
    ["SSPL-1.0", "unlisted"],
    ["BSD", "unlisted"],
    ["SEE LICENSE IN LICENSE.txt", "unknown"],
    ["MIT OR", "unknown"],
    ["(MIT", "unknown"],
  ])("%s may not (%s)", (expression, kind) => {
    expect(licences.judgeLicence(expression)).toMatchObject({ ok: false, kind });
  });

  test("a package that declares nothing is unknown", () => {
    expect(licences.judgeLicence(null)).toMatchObject({ ok: false, kind: "unknown" });
    expect(licences.declaredLicence({ name: "x" })).toBeNull();
  });

  test("the old package.json forms are read", () => {
    expect(licences.declaredLicence({ license: { type: "MIT" } })).toBe("MIT");
    expect(licences.declaredLicence({ licenses: [{ type: "MIT" }, { type: "Apache-2.0" }] })).toBe(
      "(MIT OR Apache-2.0)",
    );
    expect(licences.declaredLicence({ license: " ISC " })).toBe("ISC");
  });
});

describe("the third-party notice plugin in a webpack build", () => {
  let dir: string;

  function plant(name: string, pkg: Record<string, unknown>, files: Record<string, string> = {}): void {
    const at = join(dir, "node_modules", name);
    mkdirSync(at, { recursive: true });
    writeFileSync(
      join(at, "package.json"),
      JSON.stringify({ name, version: "1.0.0", main: "index.js", ...pkg }),
    );
    for (const [file, text] of Object.entries({ "index.js": `module.exports = "${name}";`, ...files })) {
      mkdirSync(dirname(join(at, file)), { recursive: true });
      writeFileSync(join(at, file), text);
    }
  }

  async function build(imports: string[], refuse = true): Promise<{ errors: string[]; notice: string }> {
    writeFileSync(
      join(dir, "entry.js"),
      imports.map((m, i) => `import m${i} from "${m}"; console.log(m${i});`).join("\n"),
    );
    const compiler = webpack({
      mode: "development",
      devtool: false,
      context: dir,
      entry: "./entry.js",
      output: { path: join(dir, "out"), clean: true },
      plugins: [
        new ThirdPartyNoticesPlugin({ filename: "NOTICE.txt", title: "Test bundle", refuse, known: {} }),
      ],
    });
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      compiler.run((err, s) => (err || !s ? reject(err) : resolve(s))),
    );
    await new Promise<void>((resolve) => compiler.close(() => resolve()));
    return {
      errors: stats.toJson({ all: false, errors: true }).errors!.map((e) => e.message),
      notice: readFileSync(join(dir, "out", "NOTICE.txt"), "utf8"),
    };
  }

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "licence-plant-"));
    plant("fine-mit", { license: "MIT" }, { LICENSE: "MIT License\n\nCopyright (c) Fine" });
    plant("dual-jszip-like", { license: "(MIT OR GPL-3.0-or-later)" });
    plant("planted-gpl", { license: "GPL-3.0-only" });
    plant("planted-agpl", { licenses: [{ type: "AGPL-3.0-only" }] });
    plant("no-licence", {});
    // A prebuilt bundle whose source map shows it embeds a package npm did not install here.
    plant(
      "prebuilt",
      { license: "MIT", main: "dist/bundle.js" },
      {
        "dist/bundle.js": 'module.exports = "prebuilt";\n//# sourceMappingURL=bundle.js.map\n',
        "dist/bundle.js.map": JSON.stringify({
          version: 3,
          sources: ["lib/main.js", "node_modules/hidden-inside/index.js"],
          mappings: "",
        }),
      },
    );
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("permissive packages pass and are listed with their licence and text", async () => {
    const { errors, notice } = await build(["fine-mit", "dual-jszip-like"]);
    expect(errors).toEqual([]);
    expect(notice).toMatch(/^fine-mit\s+MIT\s+—\s+1\.0\.0$/m);
    expect(notice).toMatch(/^dual-jszip-like\s+\(MIT OR GPL-3\.0-or-later\) \(used under MIT\)/m);
    expect(notice).toContain("Copyright (c) Fine");
  });

  test("a planted GPL package fails the build, named with its licence", async () => {
    const { errors, notice } = await build(["fine-mit", "planted-gpl"]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /planted-gpl@1\.0\.0 .*"GPL-3\.0-only".*cannot ship inside the MIT add-in bundle/,
    );
    expect(notice).toMatch(/^planted-gpl\s+GPL-3\.0-only/m);
  });

  test("AGPL and a package with no licence fail too", async () => {
    const { errors } = await build(["planted-agpl", "no-licence"]);
    expect(errors.join("\n")).toMatch(/planted-agpl@1\.0\.0 .*AGPL-3\.0-only/);
    expect(errors.join("\n")).toMatch(/no-licence@1\.0\.0 .*declares no licence/);
    expect(errors).toHaveLength(2);
  });

  test("a package embedded in a prebuilt bundle is checked: unknown unless installed or recorded", async () => {
    const unknown = await build(["prebuilt"]);
    expect(unknown.errors).toHaveLength(1);
    expect(unknown.errors[0]).toMatch(
      /hidden-inside@\? \(embedded in prebuilt@1\.0\.0\) declares no licence/,
    );
    plant("hidden-inside", { license: "GPL-2.0-only" });
    const gpl = await build(["prebuilt"]);
    expect(gpl.errors).toHaveLength(1);
    expect(gpl.errors[0]).toMatch(
      /hidden-inside@1\.0\.0 \(embedded in prebuilt@1\.0\.0\) is licensed "GPL-2\.0-only"/,
    );
    rmSync(join(dir, "node_modules", "hidden-inside"), { recursive: true });
  });

  test("the playground's notice (refuse: false) lists a GPL package as it is, without failing", async () => {
    const { errors, notice } = await build(["planted-gpl"], false);
    expect(errors).toEqual([]);
    expect(notice).toMatch(/^planted-gpl\s+GPL-3\.0-only\s+—\s+1\.0\.0$/m);
  });
});
