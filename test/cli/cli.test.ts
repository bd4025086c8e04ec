// The command line as a person meets it: help, the plans list, templates written once and never
// over a file that exists, and a clear message with a non-zero exit for every bad argument.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { selectIndicators } from "../../src/domain/applicability";
import { BUNDLED_PLANS, getPlan } from "../../src/catalog/index";
import { readTemplate } from "../../src/xlsx/read";
import { runCli } from "./harness";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sa-cli-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const plan = getPlan("kh-1097-2023")!;
const base = ["template", "--plan", "kh-1097-2023", "--unit-type", "provincial-department"];
const read = async (name: string) => readTemplate(new Uint8Array(readFileSync(join(dir, name))));

describe("help", () => {
  test("no command prints the command list and exits 2; --help exits 0", async () => {
    const none = await runCli([], dir);
    expect(none.code).toBe(2);
    expect(none.out).toMatch(/template/);
    expect(none.out).toMatch(/plans/);
    const help = await runCli(["--help"], dir);
    expect(help.code).toBe(0);
  });

  test("each command has its own --help in both languages", async () => {
    for (const cmd of ["template", "plans"]) {
      const r = await runCli([cmd, "--help"], dir);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(new RegExp(`self-assess ${cmd}`));
    }
    const t = await runCli(["template", "--help"], dir);
    expect(t.out).toMatch(/--unit-type/);
    expect(t.out).toMatch(/tạo mẫu/);
    expect(t.out).toMatch(/make a self-assessment template/);
  });

  test("an unknown command names the commands there are", async () => {
    const r = await runCli(["tempalte"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Không có lệnh "tempalte"/);
    expect(r.err).toMatch(/Commands: template, register, plans/);
  });
});

describe("plans", () => {
  test("lists every bundled plan and how many indicators each unit type reports", async () => {
    const r = await runCli(["plans"], dir);
    expect(r.code).toBe(0);
    for (const p of BUNDLED_PLANS) {
      expect(r.out).toContain(p.id);
      expect(r.out).toContain(p.documentNumber);
    }
    const n = selectIndicators(plan, "postal-enterprise").length;
    expect(r.out).toMatch(new RegExp(`postal-enterprise\\s+${n}\\s`));
  });

  test("--json gives the same counts for machines", async () => {
    const r = await runCli(["plans", "--json"], dir);
    const rows = JSON.parse(r.out) as { id: string; unitTypes: Record<string, number> }[];
    expect(rows.map((x) => x.id).sort()).toEqual(BUNDLED_PLANS.map((p) => p.id).sort());
    for (const row of rows) {
      const p = getPlan(row.id)!;
      for (const t of p.unitTypes.map((u) => u.id))
        expect(row.unitTypes[t]).toBe(selectIndicators(p, t).length);
    }
  });

  test("an unknown plan is a usage error", async () => {
    const r = await runCli(["plans", "--plan", "kh-0000"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/kh-1097-2023/);
  });
});

describe("template", () => {
  test("writes a template with the unit, the plan and one row per applicable indicator", async () => {
    const r = await runCli(
      [
        ...base,
        "--unit-code",
        "000.00.00.H26",
        "--unit-name",
        "Sở KH&CN tỉnh Thử",
        "--year",
        "2024",
        "--out",
        "t.xlsx",
      ],
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${selectIndicators(plan, "provincial-department").length} chỉ tiêu`);
    const t = await read("t.xlsx");
    expect(t.meta).toMatchObject({
      planId: "kh-1097-2023",
      planVersion: plan.version,
      language: "vi",
      unit: {
        name: "Sở KH&CN tỉnh Thử",
        code: "000.00.00.H26",
        unitType: "provincial-department",
        year: 2024,
      },
      createdAt: "2026-11-22T10:00:00.000Z",
    });
    expect(t.grid.entries.map((e) => e.indicatorId)).toEqual(
      selectIndicators(plan, "provincial-department").map((i) => i.id),
    );
    // Written atomically: nothing but the output is left in the directory.
    expect(readdirSync(dir)).toEqual(["t.xlsx"]);
  });

  test("an existing output is kept unless --force", async () => {
    writeFileSync(join(dir, "t.xlsx"), "precious");
    const r = await runCli([...base, "--out", "t.xlsx"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--force/);
    expect(readFileSync(join(dir, "t.xlsx"), "utf8")).toBe("precious");
    const forced = await runCli([...base, "--out", "t.xlsx", "--force"], dir);
    expect(forced.code).toBe(0);
    expect((await read("t.xlsx")).meta?.planId).toBe("kh-1097-2023");
  });

  test("--fields narrows the rows, --lang en writes an English template", async () => {
    const field = plan.fields.find(
      (f) => selectIndicators(plan, "provincial-department", [f.id]).length > 0,
    )!;
    const r = await runCli([...base, "--fields", field.id, "--lang", "en", "--out", "f.xlsx"], dir);
    expect(r.code).toBe(0);
    const t = await read("f.xlsx");
    expect(t.meta?.language).toBe("en");
    expect(t.grid.entries.map((e) => e.indicatorId)).toEqual(
      selectIndicators(plan, "provincial-department", [field.id]).map((i) => i.id),
    );
  });

  test.each([
    [["template", "--unit-type", "provincial-department", "--out", "x.xlsx"], /--plan/],
    [["template", "--plan", "kh-1097-2023", "--out", "x.xlsx"], /--unit-type/],
    [[...base], /--out/],
    [[...base, "--out", "x.csv"], /\.xlsx/],
    [
      ["template", "--plan", "nope", "--unit-type", "provincial-department", "--out", "x.xlsx"],
      /self-assess plans/,
    ],
    [
      ["template", "--plan", "kh-1097-2023", "--unit-type", "bank", "--out", "x.xlsx"],
      /provincial-department/,
    ],
    [[...base, "--lang", "fr", "--out", "x.xlsx"], /vi|en/],
    [[...base, "--year", "20x4", "--out", "x.xlsx"], /2000/],
    [[...base, "--unit-code", "abc", "--out", "x.xlsx"], /000\.00\.00\.H26/],
    [[...base, "--fields", "no-such-field", "--out", "x.xlsx"], /no-such-field/],
    [[...base, "--bogus", "--out", "x.xlsx"], /--bogus/],
    [
      ["template", "--plan-file", "missing.json", "--unit-type", "provincial-department", "--out", "x.xlsx"],
      /missing\.json/,
    ],
  ])("bad arguments %j exit 2 with a message naming the fix", async (argv, pattern) => {
    const r = await runCli(argv as string[], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(pattern);
    expect(r.err.split("\n").filter((l) => l.trim() !== "").length).toBeGreaterThanOrEqual(2); // vi and en
    expect(readdirSync(dir)).toEqual([]);
  });

  test("a unit type with no applicable indicator in the chosen fields is refused", async () => {
    const empty = plan.fields.find((f) => selectIndicators(plan, "publisher", [f.id]).length === 0)!;
    const r = await runCli(
      ["template", "--plan", plan.id, "--unit-type", "publisher", "--fields", empty.id, "--out", "x.xlsx"],
      dir,
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/No indicator/);
  });

  test("--from keeps the old file, refuses to overwrite it, and carries the unit over", async () => {
    await runCli([...base, "--unit-code", "000.00.00.H26", "--unit-name", "Sở A", "--out", "old.xlsx"], dir);
    const before = readFileSync(join(dir, "old.xlsx"));
    const same = await runCli(["template", "--from", "old.xlsx", "--out", "old.xlsx", "--force"], dir);
    expect(same.code).toBe(2);
    expect(same.err).toMatch(/--from/);
    const r = await runCli(["template", "--from", "old.xlsx", "--out", "new.xlsx"], dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      `giữ ${selectIndicators(plan, "provincial-department").length}, thêm 0, lưu trữ 0`,
    );
    expect(readFileSync(join(dir, "old.xlsx")).equals(before)).toBe(true);
    expect((await read("new.xlsx")).meta?.unit).toMatchObject({ name: "Sở A", code: "000.00.00.H26" });
  });

  test("--from a file that is not a workbook fails with exit 1 and says so", async () => {
    writeFileSync(join(dir, "junk.xlsx"), "not a zip");
    const r = await runCli(["template", "--from", "junk.xlsx", "--out", "new.xlsx"], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Cannot read .*junk\.xlsx/);
    expect(readdirSync(dir)).toEqual(["junk.xlsx"]);
  });
});

test("--from a hostile file (a compression bomb) is refused by the guard before any model is built", async () => {
  await runCli([...base, "--out", "old.xlsx"], dir);
  const zip = await JSZip.loadAsync(readFileSync(join(dir, "old.xlsx")));
  // 30 MB of one repeated character compresses over 150:1, far beyond any real sheet.
  zip.file("xl/worksheets/sheet1.xml", "<".repeat(30 * 1024 * 1024));
  writeFileSync(
    join(dir, "bomb.xlsx"),
    await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }),
  );
  const r = await runCli(["template", "--from", "bomb.xlsx", "--out", "new.xlsx"], dir);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/Cannot read .*bomb\.xlsx.*zip bomb/);
  expect(readdirSync(dir).sort()).toEqual(["bomb.xlsx", "old.xlsx"]);
});

test("--from a template whose rows cannot be found is refused rather than upgraded empty", async () => {
  await runCli([...base, "--out", "old.xlsx"], dir);
  const zip = await JSZip.loadAsync(readFileSync(join(dir, "old.xlsx")));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", workbook.replace(/<definedName name="SA_[^"]*">[^<]*<\/definedName>/g, ""));
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  // The first id cell (N10, DECISIONS D28, D29) gone as well: the rows no longer match the metadata anywhere.
  zip.file("xl/worksheets/sheet1.xml", sheet.replace(/<c r="N10"[^>]*>.*?<\/c>/, ""));
  writeFileSync(join(dir, "broken.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
  const r = await runCli(["template", "--from", "broken.xlsx", "--out", "new.xlsx"], dir);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/no entry is lost/);
  expect(readdirSync(dir).sort()).toEqual(["broken.xlsx", "old.xlsx"]);
});

test("the self-assess bin runs the built JavaScript, with the same commands and exit codes", () => {
  // What `npm run build` compiles (scripts/build-cli.js), built here so a fresh clone's npm test has it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build script
  require("../../scripts/build-cli.js").buildCli();
  const bin = join(__dirname, "..", "..", "bin", "self-assess.js");
  const ok = spawnSync(process.execPath, [bin, "plans", "--json"], { encoding: "utf8", cwd: dir });
  expect(ok.status).toBe(0);
  expect(JSON.parse(ok.stdout)).toHaveLength(BUNDLED_PLANS.length);
  const bad = spawnSync(process.execPath, [bin, "template", "--plan", "nope"], {
    encoding: "utf8",
    cwd: dir,
  });
  expect(bad.status).toBe(2);
  expect(bad.stderr).toMatch(/--out/);
  // check reads on the built worker (build/cli/read-worker.js): a named unit's empty template has errors
  // (without a unit code the ministry rejects it outright, exit 3).
  const made = spawnSync(
    process.execPath,
    [
      bin,
      "template",
      "--plan",
      "kh-1097-2023",
      "--unit-type",
      "provincial-department",
      "--unit-name",
      "Sở A",
      "--unit-code",
      "000.00.00.H26",
      "--out",
      "bin.xlsx",
    ],
    { encoding: "utf8", cwd: dir },
  );
  expect(made.status).toBe(0);
  const checked = spawnSync(process.execPath, [bin, "check", "bin.xlsx", "--json"], {
    encoding: "utf8",
    cwd: dir,
  });
  expect(checked.status).toBe(1);
  expect(JSON.parse(checked.stdout)[0]).toMatchObject({ kind: "template", rejected: null });
});
