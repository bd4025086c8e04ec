/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.(t|j)sx?$": ["@swc/jest"] },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // Engines (LibreOffice, Chromium) are slow to start; give their suites room.
  testTimeout: 120000,
  maxWorkers: 2,
};
