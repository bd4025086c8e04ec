// Lint is where the layering of DESIGN §2 is enforced: the pure rooms cannot reach a workbook API,
// the UI, or Node, and the pane cannot reach Office.js.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-config-prettier";
import globals from "globals";

const nodeBuiltins = [
  "fs",
  "path",
  "os",
  "child_process",
  "worker_threads",
  "crypto",
  "stream",
  "zlib",
  "util",
  "url",
  "http",
  "https",
  "net",
  "events",
  "buffer",
  "process",
  "readline",
  "assert",
  "perf_hooks",
];
const nodePatterns = ["node:*", ...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`)];

const pureRestriction = {
  patterns: [
    {
      group: [
        "exceljs",
        "exceljs/*",
        "react",
        "react/*",
        "react-dom",
        "react-dom/*",
        "@fluentui/*",
        "hyperformula",
        "office-js",
        "@microsoft/office-js",
        ...nodePatterns,
      ],
      message:
        "src/domain and src/workbook are pure TypeScript: no workbook API, UI, or Node built-ins (DESIGN §2).",
    },
    {
      group: [
        "**/excel/**",
        "**/xlsx/**",
        "**/taskpane/**",
        "**/cli/**",
        "**/playground/**",
        "**/commands/**",
      ],
      message: "Pure rooms must not depend on adapters or UI.",
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      ".scratch*/**",
      "node_modules/**",
      "dist/**",
      "dist-playground/**",
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
    files: ["src/domain/**/*.{ts,tsx}", "src/workbook/**/*.{ts,tsx}", "src/catalog/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", pureRestriction] },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/excel/**",
                "**/xlsx/**",
                "exceljs",
                "hyperformula",
                "@microsoft/office-js",
                ...nodePatterns,
              ],
              message:
                "The pane talks to the workbook port and the domain, never to Office.js, ExcelJS or Node (DESIGN §2).",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "The pane uses the workbook port, not Excel.*" },
        { name: "Office", message: "Use the host module given to the pane, not Office.*" },
      ],
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
