// INPUT arguments to a list of files: a file is taken as named (whatever its extension, so a
// mislabelled file is still checked and refused by name); a folder gives its workbooks, walked
// in name order so runs are repeatable, skipping Excel's "~$" lock files and hidden entries.
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;

export interface InputList {
  files: string[];
  /** Arguments that name nothing on disk. */
  missing: string[];
}

export function expandInputs(args: readonly string[]): InputList {
  const files: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (f: string): void => {
    const abs = resolve(f);
    if (!seen.has(abs)) {
      seen.add(abs);
      files.push(f);
    }
  };
  const walk = (dir: string): void => {
    const names = readdirSync(dir).sort();
    for (const name of names) {
      if (name.startsWith(".") || name.startsWith("~$")) continue;
      const p = join(dir, name);
      const st = statSync(p, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) walk(p);
      else if (st.isFile() && WORKBOOK.test(name)) add(p);
    }
  };
  for (const arg of args) {
    const st = statSync(arg, { throwIfNoEntry: false });
    if (!st) missing.push(arg);
    else if (st.isDirectory()) walk(arg);
    else add(arg);
  }
  return { files, missing };
}
