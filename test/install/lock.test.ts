// What a fresh clone needs from package.json and the lock (issue #9): every platform's optional
// binaries are locked, so `npm ci` works on Windows and macOS too, and no package we install
// declares a Node range narrower than the one package.json promises.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";

const root = join(__dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  engines: { node: string };
};
interface LockEntry {
  version?: string;
  optional?: boolean;
  dev?: boolean;
  os?: string[];
  cpu?: string[];
  engines?: { node?: string } | string[];
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
  packages: Record<string, LockEntry>;
};

describe("package-lock.json", () => {
  it("locks the optional native binaries of every platform, not only this machine's", () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const dep of Object.keys(entry.optionalDependencies ?? {})) {
        const nested = `${path}/node_modules/${dep}`;
        const hoisted = `node_modules/${dep}`;
        if (!lock.packages[nested] && !lock.packages[hoisted]) missing.push(`${path} → ${dep}`);
      }
    }
    expect(missing).toEqual([]);
    // The two packages that once went missing (DECISIONS D6), on the platforms Excel runs on.
    for (const name of [
      "@swc/core-win32-x64-msvc",
      "@swc/core-darwin-arm64",
      "@swc/core-darwin-x64",
      "@unrs/resolver-binding-win32-x64-msvc",
      "@unrs/resolver-binding-darwin-arm64",
    ])
      expect(lock.packages[`node_modules/${name}`]?.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("holds no package whose Node engine range is narrower than package.json's", () => {
    const ours = pkg.engines.node;
    expect(semver.validRange(ours)).not.toBeNull();
    const narrower: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      const engines = entry.engines;
      if (!path || !engines || Array.isArray(engines) || !engines.node) continue;
      if (!semver.subset(ours, engines.node, { includePrerelease: false }))
        narrower.push(`${path.replace(/^.*node_modules\//, "")}@${entry.version}: node ${engines.node}`);
    }
    expect(narrower).toEqual([]);
  });

  it("declares the Node versions the README names, which include this machine's", () => {
    expect(semver.satisfies(process.versions.node, pkg.engines.node)).toBe(true);
    for (const v of ["20.19.0", "22.13.0", "24.0.0"])
      expect(semver.satisfies(v, pkg.engines.node)).toBe(true);
    expect(semver.satisfies("20.18.0", pkg.engines.node)).toBe(false);
    expect(semver.satisfies("18.20.0", pkg.engines.node)).toBe(false);
  });
});
