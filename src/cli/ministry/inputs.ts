// INPUT arguments to the list of what a run reads, with nothing dropped in silence: a file named on
// the command line is read whatever its extension (a mislabelled file is refused by name); a folder
// gives every regular file under it, in name order so runs are repeatable, each read and then
// accepted or refused with a reason (an .ods or a .csv is told to be saved as .xlsx). What is not a
// regular file (a FIFO, a device, a socket), a folder that cannot be read and a link that loops back
// are refused with a reason, and the walk goes on. Hidden files and Excel's "~$" lock files are
// listed as ignored rather than read. Nothing here opens a file, so a FIFO cannot block the run.
import { lstatSync, readdirSync, statSync, type Stats } from "node:fs";
import { join } from "node:path";
import type { RejectionReason } from "../../ooxml/rejection";

export interface InputItem {
  file: string;
  /** Set when the item is not to be read, with why; null for a file to read. */
  refused: RejectionReason | null;
}

export interface InputList {
  items: InputItem[];
  /** Arguments that name nothing on disk. */
  missing: string[];
}

/** Refusals that only say what was left aside on purpose; they never make a run fail. */
export function isIgnored(code: string): boolean {
  return code.startsWith("ignored.");
}

function kindOf(st: Stats): { vi: string; en: string } {
  if (st.isFIFO()) return { vi: "một ống FIFO", en: "a FIFO (named pipe)" };
  if (st.isSocket()) return { vi: "một socket", en: "a socket" };
  if (st.isCharacterDevice() || st.isBlockDevice()) return { vi: "một thiết bị", en: "a device" };
  return { vi: "không phải tệp thường", en: "not a regular file" };
}

function notAFile(st: Stats): InputItem["refused"] {
  const k = kindOf(st);
  return {
    code: "not-a-file",
    message: {
      vi: `đây là ${k.vi}, không phải tệp sổ tính; không đọc`,
      en: `this is ${k.en}, not a workbook file; not read`,
    },
  };
}

function errno(e: unknown): string {
  return (e as { code?: string }).code ?? String(e);
}

export function expandInputs(args: readonly string[]): InputList {
  const items: InputItem[] = [];
  const missing: string[] = [];
  const seenFiles = new Set<string>();
  const walked = new Set<string>();
  const add = (file: string, st: Stats | null, refused: InputItem["refused"]): void => {
    // The same file twice (named twice, or reached by a link) is read once.
    const id = st ? `${st.dev}:${st.ino}` : `path:${file}`;
    if (seenFiles.has(id)) return;
    seenFiles.add(id);
    items.push({ file, refused });
  };
  const walk = (dir: string, st: Stats): void => {
    const id = `${st.dev}:${st.ino}`;
    if (walked.has(id)) {
      add(dir, null, {
        code: "folder.loop",
        message: {
          vi: "thư mục này (qua liên kết) dẫn về một thư mục đã duyệt; bỏ qua để không lặp vô tận",
          en: "this folder (through a link) leads back to a folder already walked; skipped so the walk ends",
        },
      });
      return;
    }
    walked.add(id);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      add(dir, null, {
        code: "folder.unreadable",
        message: {
          vi: `không đọc được thư mục (${errno(e)}); các tệp trong đó không được kiểm tra`,
          en: `the folder cannot be read (${errno(e)}); the files in it are not checked`,
        },
      });
      return;
    }
    for (const name of names) {
      const p = join(dir, name);
      let target: Stats | undefined;
      try {
        target = statSync(p);
      } catch (e) {
        const link = lstatSync(p, { throwIfNoEntry: false });
        if (!link) continue; // deleted since the folder was listed
        add(p, null, {
          code: link.isSymbolicLink() ? "link.broken" : "folder.unreadable",
          message: link.isSymbolicLink()
            ? {
                vi: `liên kết trỏ tới nơi không có hoặc không đọc được (${errno(e)})`,
                en: `the link points nowhere readable (${errno(e)})`,
              }
            : { vi: `không đọc được (${errno(e)})`, en: `cannot be read (${errno(e)})` },
        });
        continue;
      }
      if (name.startsWith("~$"))
        add(p, target, {
          code: "ignored.excel-lock",
          message: {
            vi: "tệp khóa của Excel (sổ tính đang mở ở đâu đó); không phải bản báo cáo",
            en: "Excel's lock file (the workbook is open somewhere); not a report",
          },
        });
      else if (name.startsWith("."))
        add(p, target, {
          code: "ignored.hidden",
          message: {
            vi: target.isDirectory() ? "thư mục ẩn; không duyệt" : "tệp ẩn (của hệ điều hành); không đọc",
            en: target.isDirectory() ? "a hidden folder; not walked" : "a hidden (system) file; not read",
          },
        });
      else if (target.isDirectory()) walk(p, target);
      else if (target.isFile()) add(p, target, null);
      else add(p, target, notAFile(target));
    }
  };
  for (const arg of args) {
    let st: Stats;
    try {
      st = statSync(arg);
    } catch (e) {
      if (lstatSync(arg, { throwIfNoEntry: false }))
        add(arg, null, {
          code: "link.broken",
          message: {
            vi: `liên kết trỏ tới nơi không có hoặc không đọc được (${errno(e)})`,
            en: `the link points nowhere readable (${errno(e)})`,
          },
        });
      else missing.push(arg);
      continue;
    }
    if (st.isDirectory()) walk(arg, st);
    else if (st.isFile()) add(arg, st, null);
    else add(arg, st, notAFile(st));
  }
  return { items, missing };
}
