// `export --pdf`: the submission's report printed to PDF by LibreOffice, which is what a unit without
// Excel has. Only the report prints (the data sheet is hidden, the seal very hidden). Node only: the
// pane never loads this file.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";

/** Where LibreOffice is usually installed, beyond PATH. */
const USUAL = [
  "/usr/bin/soffice",
  "/usr/local/bin/soffice",
  "/opt/libreoffice/program/soffice",
  "/Applications/LibreOffice.app/Contents/MacOS/soffice",
  "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
  "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe",
];

export type SofficeLookup = { path: string } | { path: null; why: { vi: string; en: string } };

const isFile = (p: string) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/**
 * LibreOffice's soffice: SELF_ASSESS_SOFFICE when set (and then only it), else PATH, else the usual
 * install folders.
 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): SofficeLookup {
  const chosen = env.SELF_ASSESS_SOFFICE;
  if (chosen !== undefined && chosen !== "")
    return isFile(chosen)
      ? { path: chosen }
      : {
          path: null,
          why: {
            vi: `SELF_ASSESS_SOFFICE chỉ tới ${chosen}, nhưng không có tệp đó.`,
            en: `SELF_ASSESS_SOFFICE points to ${chosen}, which does not exist.`,
          },
        };
  const names = process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
  for (const dir of (env.PATH ?? "").split(delimiter).filter((d) => d !== ""))
    for (const n of names) if (isFile(join(dir, n))) return { path: join(dir, n) };
  for (const p of USUAL) if (existsSync(p) && isFile(p)) return { path: p };
  return {
    path: null,
    why: {
      vi: "Không tìm thấy LibreOffice (soffice) trên máy này.",
      en: "LibreOffice (soffice) is not installed on this computer.",
    },
  };
}

/** What to tell a person who asked for a PDF on a machine without LibreOffice. */
export function noSofficeMessage(why: { vi: string; en: string }): { vi: string; en: string } {
  return {
    vi: `${why.vi} Không tạo được PDF của báo cáo. Cài LibreOffice (https://www.libreoffice.org, hoặc apt-get install libreoffice-calc-nogui), hoặc đặt SELF_ASSESS_SOFFICE là đường dẫn tới soffice; hoặc bỏ --pdf và in trang "Báo cáo" từ Excel.`,
    en: `${why.en} The report's PDF cannot be made. Install LibreOffice (https://www.libreoffice.org, or apt-get install libreoffice-calc-nogui), or set SELF_ASSESS_SOFFICE to the path of soffice; or leave out --pdf and print the "Report" sheet from Excel.`,
  };
}

/** Prints the workbook's visible sheets (the report) to PDF bytes, in a private LibreOffice profile. */
export async function printWorkbookToPdf(
  soffice: string,
  xlsx: Uint8Array,
  timeoutMs = 180_000,
): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), "self-assess-pdf-"));
  try {
    const input = join(dir, "report.xlsx");
    writeFileSync(input, xlsx);
    const profile = join(dir, "profile");
    await new Promise<void>((resolve, reject) =>
      execFile(
        soffice,
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          "--headless",
          "--norestore",
          "--convert-to",
          "pdf",
          "--outdir",
          dir,
          input,
        ],
        { timeout: timeoutMs, windowsHide: true },
        (err, _out, stderr) =>
          err ? reject(new Error(`${err.message} ${String(stderr).trim()}`)) : resolve(),
      ),
    );
    const pdf = join(dir, "report.pdf");
    if (!existsSync(pdf)) throw new Error("LibreOffice wrote no PDF");
    return readFileSync(pdf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
