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

/**
 * Runs LibreOffice headless over `files` with `args` (a conversion and its outdir), in one run with a
 * private profile that is removed afterwards.
 */
export function runSoffice(args: string[], files: string[], timeout: number): void {
  const soffice = sofficePath();
  const profile = mkdtempSync(join(tmpdir(), "lo-"));
  try {
    execFileSync(
      soffice,
      [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", ...args, ...files],
      {
        stdio: "pipe",
        timeout,
      },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Converts the files to .xlsx in outDir with LibreOffice, which recalculates them on the way. */
export function convertWithLibreOffice(files: string[], outDir: string): void {
  runSoffice(["--calc", "--convert-to", "xlsx", "--outdir", outDir], files, 180_000);
}
