// The rooms are an allow-list that lint enforces (docs/architecture.md, DECISIONS D15): the page
// says what the lint config says, and every kind of forbidden import or global, planted in a
// temporary copy of the tree, fails lint, while a clean file in the same room passes.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const ESLINT = join(ROOT, "node_modules", "eslint", "bin", "eslint.js");

interface Room {
  room: string;
  pattern: string;
  rooms: string[];
  typesFrom?: string[];
  packages: string[];
  node?: boolean;
  pure?: boolean;
}

function lintConfig(): { rooms: Room[]; hostGlobals: string[] } {
  const out = execFileSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      "const m = await import('./eslint.config.mjs'); console.log(JSON.stringify({ rooms: m.ROOMS, hostGlobals: m.HOST_GLOBALS }));",
    ],
    { cwd: ROOT, encoding: "utf8" },
  );
  return JSON.parse(out);
}

const list = (cell: string) =>
  cell
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "" && s !== "—");

describe("docs/architecture.md is the lint config's list", () => {
  const doc = readFileSync(join(ROOT, "docs", "architecture.md"), "utf8");
  const { rooms, hostGlobals } = lintConfig();

  test("the table: one row per room, with its folder, rooms, packages, Node and purity", () => {
    const rows = doc
      .split("\n")
      .filter((l) => /^\| [a-z][a-z-]* +\|/.test(l))
      .map((l) => l.split("|").map((c) => c.trim()))
      .filter((c) => c[1] !== "room")
      .map((c) => ({
        room: c[1]!,
        pattern: c[2]!.replace(/`/g, ""),
        rooms: list(c[3]!),
        typesFrom: list(c[4]!),
        packages: list(c[5]!),
        node: c[6] === "yes",
        pure: c[7] === "yes",
      }));
    expect(rows).toEqual(
      rooms.map((r) => ({
        room: r.room,
        pattern: r.pattern,
        rooms: r.rooms,
        typesFrom: r.typesFrom ?? [],
        packages: r.packages,
        node: r.node === true,
        pure: r.pure === true,
      })),
    );
  });

  test("the drawing: one arrow per allowed room import, and every room", () => {
    const block = /```mermaid\n([\s\S]*?)```/.exec(doc)![1]!;
    const arrows = [...block.matchAll(/^\s*([a-z-]+) --> ([a-z-]+)\s*$/gm)].map((m) => `${m[1]} -> ${m[2]}`);
    expect(arrows.sort()).toEqual(rooms.flatMap((r) => r.rooms.map((to) => `${r.room} -> ${to}`)).sort());
    for (const r of rooms) expect(block).toMatch(new RegExp(`(^|\\s)${r.room}(\\s|$)`, "m"));
  });

  test("the pure rooms' forbidden globals are the ones the page names", () => {
    for (const g of hostGlobals) expect(doc).toContain(`\`${g}\``);
  });
});

// What a planted file holds, where, and which rule must refuse it.
const PLANTS: { name: string; file: string; code: string; rule: string }[] = [
  // Pure rooms: host globals.
  {
    name: "Excel.run",
    file: "src/domain/p1.ts",
    code: "export const f = () => Excel.run(async () => {});",
    rule: "no-restricted-globals",
  },
  {
    name: "Office.onReady",
    file: "src/domain/p2.ts",
    code: "export const f = () => Office.onReady();",
    rule: "no-restricted-globals",
  },
  {
    name: "process.env",
    file: "src/domain/p3.ts",
    code: "export const f = () => process.env.HOME;",
    rule: "no-restricted-globals",
  },
  {
    name: "Buffer",
    file: "src/domain/p4.ts",
    code: 'export const f = () => Buffer.from("x");',
    rule: "no-restricted-globals",
  },
  {
    name: "document",
    file: "src/domain/p5.ts",
    code: 'export const f = () => document.getElementById("x");',
    rule: "no-restricted-globals",
  },
  {
    name: "window",
    file: "src/workbook/p6.ts",
    code: "export const f = () => window.location;",
    rule: "no-restricted-globals",
  },
  {
    name: "globalThis.process",
    file: "src/workbook/p7.ts",
    code: "export const f = () => globalThis.process;",
    rule: "no-restricted-properties",
  },
  // Pure rooms: imports.
  {
    name: "import JSZip",
    file: "src/domain/p8.ts",
    code: 'import JSZip from "jszip";\nexport const f = JSZip;',
    rule: "boundaries/dependencies",
  },
  {
    name: 'import "timers/promises"',
    file: "src/domain/p9.ts",
    code: 'import "timers/promises";\nexport const f = 1;',
    rule: "boundaries/dependencies",
  },
  {
    name: 'folder import from "../excel"',
    file: "src/domain/p10.ts",
    code: 'import { createExcelPort } from "../excel";\nexport const f = createExcelPort;',
    rule: "boundaries/dependencies",
  },
  {
    name: 'await import("node:fs")',
    file: "src/domain/p11.ts",
    code: 'export async function f() {\n  return await import("node:fs");\n}',
    rule: "boundaries/dependencies",
  },
  {
    name: "workbook imports ExcelJS",
    file: "src/workbook/p12.ts",
    code: 'import ExcelJS from "exceljs";\nexport const f = ExcelJS;',
    rule: "boundaries/dependencies",
  },
  {
    name: "ministry rules import node:fs",
    file: "src/cli/ministry/rules/p13.ts",
    code: 'import { readFileSync } from "node:fs";\nexport const f = readFileSync;',
    rule: "boundaries/dependencies",
  },
  {
    name: "ministry rules run the reader's code",
    file: "src/cli/ministry/rules/p14.ts",
    code: 'import { DEFAULT_LIMITS } from "../../../ooxml/limits";\nexport const f = DEFAULT_LIMITS;',
    rule: "boundaries/dependencies",
  },
  {
    name: "a second reader of package.json",
    file: "src/domain/p15.ts",
    code: 'import pkg from "../../package.json";\nexport const f = pkg.version;',
    rule: "no-restricted-imports",
  },
  // The pane.
  {
    name: "pane imports the playground host",
    file: "src/taskpane/p16.ts",
    code: 'import { HostApiError } from "../playground/host";\nexport const f = HostApiError;',
    rule: "boundaries/dependencies",
  },
  {
    name: "pane imports the CLI",
    file: "src/taskpane/p17.ts",
    code: 'import { readBatch } from "../cli/ministry/batch";\nexport const f = readBatch;',
    rule: "boundaries/dependencies",
  },
  {
    name: 'pane imports "../excel"',
    file: "src/taskpane/p18.ts",
    code: 'import { createExcelPort } from "../excel";\nexport const f = createExcelPort;',
    rule: "boundaries/dependencies",
  },
  {
    name: "pane uses Excel",
    file: "src/taskpane/p19.ts",
    code: "export const f = () => Excel.run(async () => {});",
    rule: "no-restricted-globals",
  },
  // The Office.js adapter.
  {
    name: "excel imports node:fs",
    file: "src/excel/p20.ts",
    code: 'import { readFileSync } from "node:fs";\nexport const f = readFileSync;',
    rule: "boundaries/dependencies",
  },
  {
    name: "excel imports React",
    file: "src/excel/p21.ts",
    code: 'import { useState } from "react";\nexport const f = useState;',
    rule: "boundaries/dependencies",
  },
  {
    name: "excel imports the ExcelJS adapter",
    file: "src/excel/p22.ts",
    code: 'import { XlsxWorkbook } from "../xlsx/port";\nexport const f = XlsxWorkbook;',
    rule: "boundaries/dependencies",
  },
];

// What each room may do, planted beside the violations: lint must pass these.
const CLEAN: { file: string; code: string }[] = [
  {
    file: "src/domain/c1.ts",
    code: 'import { z } from "zod";\nimport { TOLERANCE } from "./assess";\nexport const f = [z, TOLERANCE, globalThis.crypto];',
  },
  {
    file: "src/workbook/c2.ts",
    code: 'import { NAMES } from "./layout";\nimport type { Plan } from "../domain/plan";\nexport type P = Plan;\nexport const f = NAMES;',
  },
  {
    file: "src/cli/ministry/rules/c3.ts",
    code: 'import type { FileReport } from "../file-report";\nimport type { Limits } from "../../../ooxml/limits";\nexport type F = [FileReport, Limits];',
  },
  {
    file: "src/taskpane/c4.ts",
    code: 'import { useState } from "react";\nimport type { WorkbookPort } from "../workbook/port";\nexport type W = WorkbookPort;\nexport const f = useState;',
  },
  {
    file: "src/excel/c5.ts",
    code: 'import { NAMES } from "../workbook/layout";\nexport const f = () => [NAMES, Excel.run];',
  },
  {
    file: "src/cli/c6.ts",
    code: 'import { readFileSync } from "node:fs";\nimport { XlsxWorkbook } from "../xlsx/port";\nexport const f = [readFileSync, XlsxWorkbook, process.env];',
  },
];

describe("lint refuses every kind of violation, planted in a temporary copy of the tree", () => {
  let dir = "";
  let results: { filePath: string; messages: { ruleId: string | null; message: string }[] }[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "rooms-"));
    for (const f of [
      "src",
      "types",
      "eslint.config.mjs",
      "package.json",
      "tsconfig.json",
      "tsconfig.pure.json",
    ])
      cpSync(join(ROOT, f), join(dir, f), { recursive: true });
    symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
    for (const p of [...PLANTS, ...CLEAN]) writeFileSync(join(dir, p.file), p.code + "\n");
    const r = spawnSync(
      process.execPath,
      [ESLINT, "--format", "json", "--no-warn-ignored", ...[...PLANTS, ...CLEAN].map((p) => p.file)],
      { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    if (!r.stdout) throw new Error(`eslint printed nothing: ${r.stderr}`);
    results = JSON.parse(r.stdout);
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const messagesOf = (file: string) => results.find((r) => r.filePath === join(dir, file))?.messages;

  test.each(PLANTS)("$name ($file) fails with $rule", ({ file, rule }) => {
    const messages = messagesOf(file);
    expect(messages).toBeDefined();
    expect(messages!.map((m) => m.ruleId)).toContain(rule);
  });

  test.each(CLEAN)("what $file's room may do passes", ({ file }) => {
    expect(messagesOf(file)).toEqual([]);
  });
});
