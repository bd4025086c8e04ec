// Lint is where the layering of DESIGN §2 is enforced, as an allow-list: ROOMS says, per folder,
// which rooms and which packages it may import, and whether it may use Node's built-in modules;
// anything else is an error (eslint-plugin-boundaries, DECISIONS D15). The pure rooms may not
// name a host's globals either. docs/architecture.md draws the same list, and
// test/architecture/rooms.test.ts holds the two equal and plants each kind of violation.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import boundaries from "eslint-plugin-boundaries";
import prettier from "eslint-config-prettier";
import globals from "globals";

/**
 * The rooms, in the order they are matched (a file belongs to the first room whose pattern fits).
 * rooms: the other rooms it may import (itself always); packages: npm packages it may import;
 * node: whether Node's built-in modules are allowed; pure: no host globals either.
 * typesFrom: rooms it may import types from, never code.
 */
export const ROOMS = [
  { room: "domain", pattern: "src/domain", pure: true, rooms: [], packages: ["zod"] },
  { room: "catalog", pattern: "src/catalog", pure: true, rooms: ["domain"], packages: [] },
  { room: "workbook", pattern: "src/workbook", pure: true, rooms: ["domain"], packages: ["zod"] },
  {
    room: "ministry-rules",
    pattern: "src/cli/ministry/rules",
    pure: true,
    rooms: ["domain", "workbook"],
    typesFrom: ["cli", "ooxml"],
    packages: [],
  },
  { room: "csv", pattern: "src/csv", pure: true, rooms: [], packages: ["csv-parse"] },
  { room: "targets", pattern: "src/targets", pure: true, rooms: ["domain", "csv"], packages: [] },
  { room: "ooxml", pattern: "src/ooxml", node: true, rooms: ["domain", "workbook"], packages: [] },
  {
    room: "xlsx",
    pattern: "src/xlsx",
    rooms: ["domain", "workbook", "ooxml"],
    packages: ["exceljs", "jszip"],
  },
  { room: "excel", pattern: "src/excel", rooms: ["domain", "workbook"], packages: [] },
  {
    room: "taskpane",
    pattern: "src/taskpane",
    // targets: Setup reads the ministry's targets file with the CLI's reader (a chunk of its own).
    rooms: ["domain", "catalog", "workbook", "targets"],
    packages: ["react", "react-dom", "@fluentui/react-components"],
  },
  {
    room: "excel-entry",
    pattern: "src/excel-entry",
    rooms: ["taskpane", "excel", "xlsx", "workbook"],
    packages: [],
  },
  { room: "commands", pattern: "src/commands", rooms: [], packages: [] },
  {
    room: "playground-host",
    pattern: "src/playground/host",
    rooms: ["domain", "workbook"],
    packages: ["hyperformula"],
  },
  {
    room: "playground",
    pattern: "src/playground",
    rooms: ["taskpane", "excel", "xlsx", "workbook", "domain", "playground-host"],
    // exceljs and jszip: the browser workbook opens and saves .xlsx files (workbook-file.ts, its own chunk).
    packages: ["react", "react-dom", "exceljs"],
  },
  {
    room: "cli",
    pattern: "src/cli",
    node: true,
    rooms: ["domain", "catalog", "workbook", "ministry-rules", "csv", "targets", "ooxml", "xlsx"],
    packages: [],
  },
];

/** Globals of a host (Office, a browser, Node) that code meant to run anywhere must not touch. */
export const HOST_GLOBALS = ["Excel", "Office", "OfficeExtension", "process", "Buffer", "document", "window"];

const roomFiles = (r) => [`${r.pattern}/**/*.{ts,tsx}`];

const hostGlobalRules = (names, why) => ({
  "no-restricted-globals": ["error", ...names.map((name) => ({ name, message: why }))],
  "no-restricted-properties": [
    "error",
    ...names.flatMap((property) =>
      ["globalThis", "window", "self", "global"].map((object) => ({ object, property, message: why })),
    ),
  ],
});

const PURE_WHY =
  "Pure rooms run anywhere (browser, Node, a worker): no Office.js, DOM or Node globals (DESIGN §2, docs/architecture.md).";

export default tseslint.config(
  {
    ignores: [
      ".scratch*/**",
      "node_modules/**",
      "dist/**",
      "dist-playground/**",
      "build/**",
      "coverage/**",
      "test-artifacts/**",
      "bench/results.json",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      globals: {
        ...globals.browser,
        ...globals.node,
        Excel: "readonly",
        Office: "readonly",
        OfficeExtension: "readonly",
      },
    },
    rules: {
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // Every import of a file under src/, static, dynamic or re-exported, must be on its room's list.
    files: ["src/**/*.{ts,tsx}"],
    plugins: { boundaries },
    settings: {
      "import/resolver": { node: { extensions: [".ts", ".tsx", ".js", ".json"] } },
      "boundaries/elements": ROOMS.map((r) => ({ type: r.room, pattern: r.pattern, partialMatch: false })),
      // package.json holds no code; who may read it is the no-restricted-imports rule below.
      "boundaries/ignore": ["package.json"],
      "boundaries/dependency-nodes": ["import", "dynamic-import", "export", "require"],
      "boundaries/legacy-templates": false,
    },
    rules: {
      "boundaries/no-unknown-files": "error",
      "boundaries/dependencies": [
        "error",
        {
          default: "disallow",
          checkAllOrigins: true,
          checkUnknownLocals: true,
          message:
            "{{from.type}} may not import {{dependency.source}} (its allow-list is ROOMS in eslint.config.mjs; docs/architecture.md)",
          policies: ROOMS.map((r) => ({
            from: { element: { type: r.room } },
            allow: [
              { to: { element: { types: { anyOf: [r.room, ...r.rooms] } } } },
              ...(r.typesFrom ?? []).map((t) => ({
                to: { element: { type: t } },
                dependency: { kind: "type" },
              })),
              ...r.packages.map((p) => ({ to: { module: { origin: "external", source: p } } })),
              ...(r.node ? [{ to: { module: { origin: "core" } } }] : []),
            ],
          })),
        },
      ],
    },
  },
  {
    // One version (src/domain/version.ts reads it from package.json); nobody else reads package.json.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/domain/version.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/package.json"], message: "Use VERSION from src/domain/version.ts." }] },
      ],
    },
  },
  {
    // JSZip splits text parts at 16 KiB and breaks a surrogate pair there; src/xlsx/zip.ts mends
    // that for every writer (ExcelJS's included), so it is the only way to JSZip or writeBuffer.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/xlsx/zip.ts", "src/domain/version.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "jszip", message: "Import { JSZip } from src/xlsx/zip.ts (whole UTF-8 text parts)." },
          ],
          patterns: [{ group: ["**/package.json"], message: "Use VERSION from src/domain/version.ts." }],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='writeBuffer']",
          message: "Use xlsxBytes from src/xlsx/zip.ts (whole UTF-8 text parts).",
        },
      ],
    },
  },
  ...ROOMS.filter((r) => r.pure).map((r) => ({
    files: roomFiles(r),
    rules: hostGlobalRules(HOST_GLOBALS, PURE_WHY),
  })),
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: hostGlobalRules(
      ["Excel", "Office", "OfficeExtension", "process", "Buffer"],
      "The pane talks to the workbook port and its entry point's host module, never to Office.js or Node (DESIGN §2, D5).",
    ),
  },
  {
    files: ["src/excel/**/*.{ts,tsx}"],
    rules: hostGlobalRules(
      ["process", "Buffer", "document", "window"],
      "The Office.js adapter uses the Excel namespace it is given, nothing of a browser page or of Node.",
    ),
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
