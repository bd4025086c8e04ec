// Which npm packages a bundle carries and under which licence, and whether the MIT-licensed add-in
// may ship them. Used by the third-party notice plugin (third-party-notices.js); pure functions of
// file paths and package.json contents, so the tests can plant packages in a temporary folder.
const { existsSync, readFileSync, readdirSync } = require("node:fs");
const path = require("node:path");

/**
 * Licences (SPDX ids) under which a package may be bundled into the MIT add-in and shipped with only
 * a notice. Anything else fails the build: GPL, AGPL and LGPL because they would bind the bundle,
 * anything unknown because nobody has read it yet. Add an id here only after reading the licence.
 */
const PERMISSIVE = new Set([
  "0BSD",
  "Apache-2.0",
  "BlueOak-1.0.0",
  "BSD-2-Clause",
  "BSD-3-Clause",
  "CC-BY-3.0",
  "CC-BY-4.0",
  "CC0-1.0",
  "ISC",
  "MIT",
  "MIT-0",
  "Python-2.0",
  "Unlicense",
  "Zlib",
]);

const COPYLEFT = /^(A|L)?GPL-/i;

/**
 * Parses an SPDX licence expression ("MIT", "(MIT OR GPL-3.0-or-later)", "MIT AND BSD-3-Clause",
 * "GPL-2.0+ WITH Classpath-exception-2.0") into a tree, or returns null when it is not one.
 */
function parseSpdx(text) {
  const tokens = String(text).match(/\(|\)|[^\s()]+/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const isOp = (t, op) => typeof t === "string" && t.toUpperCase() === op;
  function atom() {
    const t = tokens[i++];
    if (t === undefined || t === ")" || isOp(t, "AND") || isOp(t, "OR") || isOp(t, "WITH")) throw 0;
    if (t === "(") {
      const inner = or();
      if (tokens[i++] !== ")") throw 0;
      return inner;
    }
    if (!/^[A-Za-z0-9.+-]+(:[A-Za-z0-9.+-]+)?$/.test(t)) throw 0;
    let exception;
    if (isOp(peek(), "WITH")) {
      i++;
      exception = tokens[i++];
      if (!exception || exception === "(" || exception === ")") throw 0;
    }
    return { id: t.replace(/\+$/, ""), exception };
  }
  function and() {
    let node = atom();
    while (isOp(peek(), "AND")) {
      i++;
      node = { and: [node, atom()] };
    }
    return node;
  }
  function or() {
    let node = and();
    while (isOp(peek(), "OR")) {
      i++;
      node = { or: [node, and()] };
    }
    return node;
  }
  try {
    if (tokens.length === 0) return null;
    const tree = or();
    return i === tokens.length ? tree : null;
  } catch {
    return null;
  }
}

/**
 * The licence a package's own package.json declares, as an SPDX expression, or null. The old forms
 * `license: { type }` and `licenses: [{ type }, ...]` (a choice among them) are read too.
 */
function declaredLicence(pkg) {
  const l = pkg && pkg.license;
  if (typeof l === "string" && l.trim()) return l.trim();
  if (l && typeof l === "object" && typeof l.type === "string") return l.type;
  if (Array.isArray(pkg && pkg.licenses)) {
    const types = pkg.licenses.map((x) => (typeof x === "string" ? x : x && x.type)).filter(Boolean);
    if (types.length === 1) return types[0];
    if (types.length > 1) return `(${types.join(" OR ")})`;
  }
  return null;
}

/**
 * Whether a licence expression may ship in the add-in bundle. For "A OR B" the first permissive
 * choice is taken (`chosen`); for "A AND B" both must be permissive.
 * @returns {{ ok: true, chosen: string } | { ok: false, kind: "copyleft" | "unlisted" | "unknown", reason: string }}
 */
function judgeLicence(expression) {
  if (!expression) return { ok: false, kind: "unknown", reason: "declares no licence" };
  const tree = parseSpdx(expression);
  if (!tree)
    return {
      ok: false,
      kind: "unknown",
      reason: `declares "${expression}", which is not an SPDX licence expression`,
    };
  const leaves = [];
  const walk = (n) => (n.id ? leaves.push(n.id) : (n.and ?? n.or).forEach(walk));
  walk(tree);
  function judge(n) {
    if (n.id) return PERMISSIVE.has(n.id) ? { ok: true, chosen: n.id } : { ok: false };
    const [a, b] = (n.and ?? n.or).map(judge);
    if (n.or) return a.ok ? a : b;
    return a.ok && b.ok ? { ok: true, chosen: `${a.chosen} AND ${b.chosen}` } : { ok: false };
  }
  const verdict = judge(tree);
  if (verdict.ok) return verdict;
  if (leaves.some((id) => COPYLEFT.test(id)))
    return {
      ok: false,
      kind: "copyleft",
      reason: `is licensed "${expression}": GPL, AGPL and LGPL code cannot ship inside the MIT add-in bundle`,
    };
  return {
    ok: false,
    kind: "unlisted",
    reason: `is licensed "${expression}", which is not on the list of licences the add-in may bundle (scripts/build/licences.js)`,
  };
}

/** The package folder a file belongs to (the last node_modules/<name> or node_modules/@scope/<name>), or null. */
function packageDirOf(file) {
  const parts = path.resolve(file).split(path.sep);
  const at = parts.lastIndexOf("node_modules");
  if (at < 0 || at + 1 >= parts.length) return null;
  const scoped = parts[at + 1].startsWith("@");
  if (scoped && at + 2 >= parts.length) return null;
  return parts.slice(0, at + (scoped ? 3 : 2)).join(path.sep);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** The texts of a package's licence files (LICENSE, LICENCE, COPYING, NOTICE, any extension). */
function licenceTexts(dir) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => /^(licen[cs]e|copying|notice)([.-].*)?$/i.test(n))
    .sort()
    .map((n) => readFileSync(path.join(dir, n), "utf8").trim())
    .filter(Boolean);
}

/**
 * The packages a prebuilt bundle file embeds, read from the `sources` of its source map (a bundle
 * made by browserify or rollup lists `node_modules/<name>/...` for each file it took in).
 */
function embeddedPackageNames(file) {
  let mapFile = `${file}.map`;
  if (!existsSync(mapFile)) {
    let tail;
    try {
      const text = readFileSync(file, "utf8");
      tail = /\/[/*][#@]\s*sourceMappingURL=([^\s*]+)\s*(\*\/)?\s*$/.exec(text.slice(-500));
    } catch {
      return [];
    }
    if (!tail || tail[1].startsWith("data:")) return [];
    mapFile = path.resolve(path.dirname(file), tail[1]);
    if (!existsSync(mapFile)) return [];
  }
  const map = readJson(mapFile);
  const names = new Set();
  for (const source of (map && map.sources) || []) {
    const parts = String(source).split(/[\\/]/);
    const at = parts.lastIndexOf("node_modules");
    if (at < 0 || at + 1 >= parts.length) continue;
    names.add(parts[at + 1].startsWith("@") ? `${parts[at + 1]}/${parts[at + 2]}` : parts[at + 1]);
  }
  return [...names].sort();
}

/** The package.json Node would find for `name` from `dir` (node_modules folders upwards), or null. */
function installedPackageJson(name, dir) {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const candidate = path.join(d, "node_modules", name, "package.json");
    if (existsSync(candidate)) return candidate;
    if (path.dirname(d) === d) return null;
  }
}

/**
 * Every npm package behind the given bundled files, with its declared licence and licence texts,
 * including the packages prebuilt bundles embed (`embeddedIn`). An embedded package's licence is
 * read from the copy npm installed beside the bundle when there is one, otherwise from `known`
 * (scripts/build/embedded-licences.json), otherwise it is unknown.
 * Files outside node_modules are the project's own and are not listed.
 */
function packagesOf(files, known = {}) {
  const byDir = new Map();
  for (const file of files) {
    const dir = packageDirOf(file);
    if (!dir) continue;
    let entry = byDir.get(dir);
    if (!entry) {
      const pkg = readJson(path.join(dir, "package.json")) || {};
      entry = {
        name: pkg.name || path.basename(dir),
        version: pkg.version || "?",
        licence: declaredLicence(pkg),
        texts: licenceTexts(dir),
        files: new Set(),
      };
      byDir.set(dir, entry);
    }
    entry.files.add(file);
  }
  const packages = [...byDir.values()];
  for (const host of [...packages]) {
    for (const file of host.files) {
      for (const name of embeddedPackageNames(file)) {
        if (name === host.name) continue;
        const embeddedIn = `${host.name}@${host.version}`;
        const installed = installedPackageJson(name, path.dirname(file));
        const pkg = installed ? readJson(installed) : null;
        packages.push({
          name,
          version: pkg
            ? `${pkg.version} (installed copy; ${embeddedIn} does not record the version it embeds)`
            : "?",
          licence: pkg ? declaredLicence(pkg) : (known[name] ?? null),
          licenceSource: pkg
            ? "installed copy"
            : known[name]
              ? "scripts/build/embedded-licences.json"
              : "none",
          texts: pkg ? licenceTexts(path.dirname(installed)) : [],
          embeddedIn,
          files: new Set(),
        });
      }
    }
  }
  return packages.sort(
    (a, b) => a.name.localeCompare(b.name) || String(a.embeddedIn).localeCompare(String(b.embeddedIn)),
  );
}

module.exports = {
  PERMISSIVE,
  parseSpdx,
  declaredLicence,
  judgeLicence,
  packageDirOf,
  embeddedPackageNames,
  packagesOf,
};
