// `check`: every file read behind the defences, every status recomputed, a verdict per file and per
// indicator. Exit 0: no errors; 1: errors found; 2: a file was unreadable or rejected.
import { relative } from "node:path";
import type { Io } from "../io";
import type { Limits } from "../../ooxml/limits";
import type { ScoringScheme } from "../../domain/scoring";
import type { Plan } from "../../domain/plan";
import { STATUS_LABELS } from "../../domain/status-labels";
import { isCellError } from "../../domain/entry";
import { readBatch } from "./batch";
import type { FileReport } from "./file-report";
import { progress } from "./progress";
import { both, safeText } from "./text";

export interface CheckOptions {
  json: boolean;
  limits: Limits;
  scheme: ScoringScheme | null;
  lang: "vi" | "en";
  /** Show the progress bar (stderr). */
  showProgress: boolean;
  plans?: readonly Plan[];
}

/** Paths under the working directory are shown relative to it, others as they are. */
export function displayPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel !== "" && !rel.startsWith("..") ? rel : file;
}

export function exitCodeOf(reports: readonly FileReport[]): 0 | 1 | 2 {
  if (reports.some((r) => r.rejected !== null)) return 2;
  if (reports.some((r) => r.errors > 0)) return 1;
  return 0;
}

/** The documented --json shape of one file (docs/ministry-cli.md). */
export function checkJson(r: FileReport): object {
  return {
    file: r.file,
    rejected: r.rejected,
    kind: r.kind,
    unit: r.unit,
    plan: r.plan,
    hash: r.hash,
    createdAt: r.createdAt,
    receivedAt: r.receivedAt,
    errors: r.errors,
    warnings: r.warnings,
    score: r.score,
    fileIssues: r.fileIssues,
    entries: r.entries.map((e) => ({
      indicatorId: e.indicatorId,
      value: e.value,
      status: e.status,
      storedStatus: e.storedStatus,
      completion: e.completion,
      issues: e.issues.map((i) => ({ code: i.code, severity: i.severity, part: i.part, message: i.message })),
    })),
  };
}

function shown(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (isCellError(v)) return v.error;
  return safeText(String(v), 40);
}

export function describe(r: FileReport, lang: "vi" | "en"): string[] {
  const out: string[] = [];
  if (r.rejected) {
    out.push(
      `✖ ${safeText(r.file)}: ${lang === "vi" ? "BỊ TỪ CHỐI" : "REJECTED"} [${r.rejected.code}] ${both(r.rejected.message)}`,
    );
    return out;
  }
  const u = r.unit!;
  const hash = r.hash ? (r.hash.verified ? " hash ✔" : " hash ✖") : "";
  const mark = r.errors > 0 ? "✖" : "✔";
  out.push(
    `${mark} ${safeText(r.file)}: ${r.kind} · ${safeText(u.name, 80)} (${safeText(u.code, 40)}) ${u.year} · ${r.plan!.id} ${r.plan!.version}${hash} · ${r.errors} ${lang === "vi" ? "lỗi" : "errors"}, ${r.warnings} ${lang === "vi" ? "cảnh báo" : "warnings"}`,
  );
  for (const i of r.fileIssues) out.push(`    [${i.severity}] ${i.code}: ${both(i.message)}`);
  const w = Math.max(10, ...r.entries.map((e) => e.indicatorId.length));
  for (const e of r.entries) {
    out.push(
      `    ${e.indicatorId.padEnd(w)}  ${shown(e.value).padEnd(14)}  ${STATUS_LABELS[lang][e.status]}`,
    );
    for (const i of e.issues) out.push(`        [${i.severity}] ${safeText(i.message[lang], 400)}`);
  }
  return out;
}

export async function runCheck(files: readonly string[], opts: CheckOptions, io: Io): Promise<0 | 1 | 2> {
  const bar = opts.showProgress ? progress(files.length) : null;
  const reports = await readBatch(files, {
    limits: opts.limits,
    scheme: opts.scheme,
    plans: opts.plans ?? [],
    onFile: (r) => bar?.tick(r.file),
  });
  bar?.done();
  for (const r of reports) r.file = displayPath(io.cwd, r.file);
  if (opts.json) io.out(JSON.stringify(reports.map(checkJson), null, 2));
  else for (const r of reports) io.out(describe(r, opts.lang).join("\n"));
  const rejected = reports.filter((r) => r.rejected).length;
  const withErrors = reports.filter((r) => !r.rejected && r.errors > 0).length;
  io.err(
    opts.lang === "vi"
      ? `${reports.length} tệp: ${reports.length - rejected - withErrors} đạt yêu cầu, ${withErrors} có lỗi, ${rejected} bị từ chối.`
      : `${reports.length} files: ${reports.length - rejected - withErrors} clean, ${withErrors} with errors, ${rejected} rejected.`,
  );
  return exitCodeOf(reports);
}
