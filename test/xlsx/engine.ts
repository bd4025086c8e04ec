// Test helper: LibreOffice as a recalculating engine. Each run gets a fresh profile directory,
// so no user setting and no other run's state leaks in. A missing engine fails the test.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function sofficePath(): string {
  const r = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" });
  const path = r.stdout.trim().split("\n")[0] ?? "";
  if (r.status !== 0 || path === "")
    throw new Error(
      "LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc-nogui. " +
        "These tests need a real engine and never skip.",
    );
  return path;
}

/** Converts the files to .xlsx in outDir with LibreOffice, which recalculates them on the way. */
export function convertWithLibreOffice(files: string[], outDir: string): void {
  const soffice = sofficePath();
  const profile = mkdtempSync(join(tmpdir(), "lo-"));
  try {
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--calc",
        "--convert-to",
        "xlsx",
        "--outdir",
        outDir,
        ...files,
      ],
      { stdio: "pipe", timeout: 180_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
