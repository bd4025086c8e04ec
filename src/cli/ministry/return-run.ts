// `check --return-to DIR`: per unit with errors, the unit's own workbook (its template, every entry
// as it sent it) with the ministry's decisions and comments in the review columns, written into DIR.
// The unit opens it, sees the returned rows in Check, answers or corrects them, and exports again;
// `consolidate` then shows the resubmission with what changed. Outputs follow outputs.ts: all are
// claimed (no overwrite without --force, locked) before the first is written.
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Io } from "../io";
import { UsageError } from "../io";
import { localIsoNow } from "../../domain/review";
import { GENERATORS, generatorLine } from "../../domain/version";
import { prepareTemplate } from "../../workbook/prepare";
import { renderXlsx } from "../../xlsx/render";
import { writeFileAtomic } from "../process/atomic-write";
import type { FileReport } from "./file-report";
import { claimOutputs } from "./outputs";
import { planById } from "./plans";
import { planReturn, returnFileName } from "./rules/returns";
import { safeText } from "./text";

export interface ReturnOptions {
  dir: string;
  force: boolean;
  /** The name the decisions are signed with; by default the ministry's, in the workbook's language. */
  reviewer?: string;
}

const DEFAULT_REVIEWER = { vi: "Bộ (kiểm tra tổng hợp)", en: "The ministry (consolidation check)" };

/** The folder is made if missing, before any file is read; anything else there is a usage error. */
export function prepareReturnDir(dir: string): void {
  const st = statSync(dir, { throwIfNoEntry: false });
  if (st && !st.isDirectory())
    throw new UsageError({
      vi: `--return-to ${dir} đã có và không phải thư mục; hãy chọn một thư mục.`,
      en: `--return-to ${dir} exists and is not a folder; choose a folder.`,
    });
  if (!st)
    try {
      mkdirSync(dir, { recursive: true });
    } catch {
      throw new UsageError({
        vi: `Không tạo được thư mục ${dir} cho --return-to.`,
        en: `Cannot create the folder ${dir} for --return-to.`,
      });
    }
}

/** The newest file of each unit (received later, or later on the command line), as consolidate decides. */
export class ReturnCollector {
  private readonly newest = new Map<string, { report: FileReport; index: number }>();
  private index = 0;

  add(r: FileReport): void {
    const index = this.index++;
    if (r.rejected || !r.unit || !r.plan) return;
    const key = JSON.stringify([r.unit.code, r.unit.year, r.plan.id]);
    const before = this.newest.get(key);
    if (before && (before.report.receivedAt ?? "") > (r.receivedAt ?? "")) return;
    this.newest.set(key, { report: r, index });
  }

  /** Writes the returns; the counts for the summary. Throws OutputRefused before writing anything. */
  async write(
    opts: ReturnOptions,
    inputs: readonly string[],
    io: Io,
    show: (path: string) => string,
    /** Where a written return is announced: stdout, or stderr when stdout carries JSON. */
    say: (line: string) => void = io.out,
  ): Promise<{ returned: number; clean: number }> {
    const chosen = [...this.newest.values()].sort((a, b) => a.index - b.index).map((c) => c.report);
    const toReturn = chosen.filter((r) => r.errors > 0);
    const names = new Map<string, number>();
    const outputs = toReturn.map((r) => {
      // Two plans for one unit and year: the second gets the plan id in its name.
      let name = returnFileName(r.unit!);
      if (names.has(name)) name = name.replace(/\.xlsx$/, `-${r.plan!.id.replace(/[^\w.-]+/g, "_")}.xlsx`);
      names.set(name, 1);
      return { report: r, path: join(opts.dir, name) };
    });
    const claim = claimOutputs(
      outputs.map((o) => ({ path: o.path, option: "--return-to" })),
      inputs,
      opts.force,
      show,
    );
    const now = io.now();
    const generator = generatorLine(GENERATORS.cli);
    let written = 0;
    try {
      for (const { report: r, path } of outputs) {
        const plan = planById(r.plan!.id);
        if (!plan) {
          io.err(
            `Không trả lại ${safeText(r.file)}: không có kế hoạch ${safeText(r.plan!.id)} / Not returned: no plan ${safeText(r.plan!.id)}`,
          );
          continue;
        }
        const lang = r.language;
        const { entries, returned } = planReturn(r, lang, {
          reviewer: opts.reviewer?.trim() || DEFAULT_REVIEWER[lang],
          reviewedAt: localIsoNow(new Date(now)),
        });
        const ids = new Set(entries.map((e) => e.indicatorId));
        const fields = [...new Set(plan.indicators.filter((i) => ids.has(i.id)).map((i) => i.field))];
        const { spec } = await prepareTemplate(
          { plan, unit: r.unit!, language: lang, ...(fields.length > 0 ? { fields } : {}) },
          { meta: null, entries, archive: [], reviewer: null },
          { generator, createdAt: now },
        );
        writeFileAtomic(path, await renderXlsx(spec));
        written++;
        const u = r.unit!;
        const fileIssues = r.fileIssues.filter((i) => i.severity === "error").length;
        say(
          `↩ ${show(path)}: ${safeText(u.name, 80)} (${safeText(u.code, 40)}) ${u.year} · ` +
            `${returned.length} dòng trả lại / rows returned` +
            (fileIssues > 0
              ? ` · ${fileIssues} lỗi của cả tệp / file-level errors (${safeText(r.file)})`
              : ""),
        );
      }
    } finally {
      claim.release();
    }
    return { returned: written, clean: chosen.length - toReturn.length };
  }
}
