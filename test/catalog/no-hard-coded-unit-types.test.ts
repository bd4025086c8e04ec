// Issue #11: the unit types are the plan's data. The eight ids of the 2019–2023 plans may appear
// in src/ only inside the bundled plan data (src/catalog/plans/) and the data that reads a version 1
// plan file (src/domain/plan-v1-unit-types.json: version 1 fixed those eight types, so a v1 file
// means them), never in code, strings or help.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

const ROOT = join(__dirname, "..", "..");
const SRC = join(ROOT, "src");
const ALLOWED = join(SRC, "catalog", "plans") + sep;
const V1_DATA = join(SRC, "domain", "plan-v1-unit-types.json");

const HYPHENATED = [
  "ministry-agency",
  "provincial-department",
  "postal-enterprise",
  "telecom-enterprise",
  "digital-enterprise",
  "press-agency",
];
// "publisher" and "broadcaster" are also English words: as ids they are quoted or an object key.
const WORDS = ["publisher", "broadcaster"];

const patterns = [
  ...HYPHENATED.map((id) => new RegExp(`(?<![\\w-])${id}(?![\\w-])`)),
  ...WORDS.map((id) => new RegExp(`["'\`]${id}["'\`]|(?<![\\w-])${id}\\s*:`)),
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** "file:line: text" for every line naming a unit type id. */
function namings(path: string, text: string): string[] {
  return text
    .split("\n")
    .flatMap((line, i) =>
      patterns.some((p) => p.test(line)) ? [`${relative(ROOT, path)}:${i + 1}: ${line.trim()}`] : [],
    );
}

describe("no unit type is named in src/ outside the bundled plan data", () => {
  it("finds the ids where they are written (the scan can fail)", () => {
    expect(namings("x.ts", 'const t = "provincial-department";\nok\n{ publisher: 1 }')).toEqual([
      'x.ts:1: const t = "provincial-department";',
      "x.ts:3: { publisher: 1 }",
    ]);
    expect(namings("x.ts", "// a publisher's rows; ministry-agency-like is another word")).toEqual([]);
  });

  it("holds for every file under src/", () => {
    const all = files(SRC);
    expect(all.length).toBeGreaterThan(50);
    const found = all
      .filter((f) => !f.startsWith(ALLOWED) && f !== V1_DATA)
      .flatMap((f) => namings(f, readFileSync(f, "utf8")));
    expect(found).toEqual([]);
  });

  it("finds them in the bundled plan data, where they belong", () => {
    const plans = files(ALLOWED).filter((f) => f.endsWith(".json"));
    expect(plans.flatMap((f) => namings(f, readFileSync(f, "utf8"))).length).toBeGreaterThan(0);
  });
});
