// `consolidate`: every input read on the bounded pool (progress on stderr), resubmissions resolved,
// one workbook and optionally one JSON written atomically, and a summary line at the end.
// Exit 0: everything consolidated cleanly; 1: some consolidated file has errors; 2: some file was
// rejected (the others are consolidated all the same).
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { Limits } from "../../ooxml/limits";
import type { ScoringScheme } from "../../domain/scoring";
import type { Plan } from "../../domain/plan";
import { usePlans } from "./plans";
import { writeFileAtomic, writeFileAtomicChunks } from "../process/atomic-write";
import type { Io } from "../io";
import { UsageError } from "../io";
import { readBatch } from "./batch";
import { checkOutputPath } from "./options";
import { displayPath } from "./check-run";
import { consolidate, type Consolidation } from "./consolidate-model";
import { writeConsolidatedWorkbook } from "./consolidate-workbook";
import { expandInputs } from "./inputs";
import { progress } from "./progress";
import { parseRoster, type RosterUnit } from "./roster";
import { safeText } from "./text";

export interface ConsolidateOptions {
  inputs: string[];
  out: string;
  json?: string;
  roster?: string;
  lang: "vi" | "en";
  limits: Limits;
  scheme: ScoringScheme | null;
  showProgress: boolean;
  workers?: number;
  plans?: readonly Plan[];
}

/**
 * The JSON text in pieces: the top level indented, each array item on one line, so a thousand
 * units' entries are written as they are serialised rather than held as one string.
 */
export function* jsonPieces(doc: Record<string, unknown>): Generator<string> {
  const keys = Object.keys(doc);
  yield "{\n";
  for (const [k, key] of keys.entries()) {
    const v = doc[key];
    const comma = k < keys.length - 1 ? "," : "";
    if (Array.isArray(v) || (typeof v === "object" && v !== null && Symbol.iterator in v)) {
      let first = true;
      for (const item of v as Iterable<unknown>) {
        yield `${first ? `  ${JSON.stringify(key)}: [\n` : ",\n"}    ${JSON.stringify(item)}`;
        first = false;
      }
      yield first ? `  ${JSON.stringify(key)}: []${comma}\n` : `\n  ]${comma}\n`;
    } else yield `  ${JSON.stringify(key)}: ${JSON.stringify(v)}${comma}\n`;
  }
  yield "}\n";
}

/** The documented --json shape (docs/ministry-cli.md). */
export function consolidationJson(c: Consolidation, generatedAt: string): Record<string, unknown> {
  return {
    generatedAt,
    inputs: c.inputs.map(({ report: r, supersededBy }) => ({
      file: r.file,
      rejected: r.rejected,
      kind: r.kind,
      unitCode: r.unit?.code ?? null,
      year: r.unit?.year ?? null,
      plan: r.plan,
      hashVerified: r.hash ? r.hash.verified : null,
      errors: r.errors,
      warnings: r.warnings,
      fileIssues: r.fileIssues,
      supersededBy,
    })),
    units: c.units.map((u) => ({
      code: u.report.unit!.code,
      name: u.report.unit!.name,
      unitType: u.report.unit!.unitType,
      year: u.report.unit!.year,
      planId: u.report.plan!.id,
      planVersion: u.report.plan!.version,
      file: u.report.file,
      createdAt: u.report.createdAt,
      receivedAt: u.report.receivedAt,
      valid: u.valid,
      hashVerified: u.report.hash ? u.report.hash.verified : null,
      errors: u.report.errors,
      warnings: u.report.warnings,
      score: u.report.score,
      rank: u.rank,
      supersedes: u.superseded.map((o) => o.file),
    })),
    // Made while written: 73,000 entry objects need never exist at once.
    entries: (function* () {
      for (const u of c.units)
        for (const e of u.report.entries)
          yield {
            unitCode: u.report.unit!.code,
            year: u.report.unit!.year,
            planId: u.report.plan!.id,
            indicatorId: e.indicatorId,
            value: e.value,
            status: e.status,
            completion: e.completion,
            file: u.report.file,
          };
    })(),
    missing: c.missing,
    notInRoster: c.notInRoster,
    resubmissions: c.resubmissions.map((r) => ({
      unitCode: r.key.split("|")[0],
      file: r.file,
      supersedes: r.supersedes,
      changes: r.changes,
    })),
  };
}

function readRoster(path: string): RosterUnit[] {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st || !st.isFile() || st.size > 10 * 1024 * 1024)
    throw new UsageError({
      vi: `Không đọc được danh sách đơn vị ${path} (không có, hoặc lớn hơn 10 MB).`,
      en: `Cannot read the roster ${path} (missing, or larger than 10 MB).`,
    });
  return parseRoster(readFileSync(path, "utf8"));
}

export async function runConsolidate(opts: ConsolidateOptions, io: Io): Promise<0 | 1 | 2> {
  const started = performance.now();
  const out = resolve(io.cwd, opts.out);
  const json = opts.json === undefined ? undefined : resolve(io.cwd, opts.json);
  const roster = opts.roster === undefined ? null : readRoster(resolve(io.cwd, opts.roster));
  const { files, missing } = expandInputs(opts.inputs.map((p) => resolve(io.cwd, p)));
  for (const m of missing) io.err(`Không có tệp hoặc thư mục / No such file or folder: ${safeText(m)}`);
  const abs = new Set(files.map((f) => resolve(f)));
  if (abs.has(out) || (json !== undefined && abs.has(json)))
    throw new UsageError({
      vi: "Tệp kết quả trùng một tệp đầu vào; tệp đầu vào không bao giờ bị ghi đè.",
      en: "An output is also an input; inputs are never overwritten.",
    });
  checkOutputPath(out);
  if (json !== undefined) checkOutputPath(json);
  usePlans(opts.plans ?? []);
  const bar = opts.showProgress ? progress(files.length) : null;
  const reports = await readBatch(files, {
    limits: opts.limits,
    scheme: opts.scheme,
    plans: opts.plans ?? [],
    slim: true,
    onFile: (r) => bar?.tick(displayPath(io.cwd, r.file)),
    ...(opts.workers ? { workers: opts.workers } : {}),
  });
  bar?.done();
  for (const r of reports) r.file = displayPath(io.cwd, r.file);
  const c = consolidate(reports, roster);
  writeFileAtomic(out, writeConsolidatedWorkbook(c, opts.lang));
  if (json) writeFileAtomicChunks(json, jsonPieces(consolidationJson(c, io.now())));
  const rejected = reports.filter((r) => r.rejected).length;
  const superseded = c.inputs.filter((i) => i.supersededBy).length;
  const invalid = c.units.filter((u) => !u.valid).length;
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  io.err(
    opts.lang === "vi"
      ? `${files.length} tệp: ${c.units.length} đơn vị được tổng hợp (${invalid} có lỗi), ${superseded} bản bị thay thế, ${rejected} tệp bị từ chối` +
          (roster ? `, ${c.missing.length} đơn vị chưa nộp` : "") +
          ` → ${safeText(displayPath(io.cwd, out))} (${secs} giây)`
      : `${files.length} files: ${c.units.length} units consolidated (${invalid} with errors), ${superseded} superseded, ${rejected} rejected` +
          (roster ? `, ${c.missing.length} roster units missing` : "") +
          ` → ${safeText(displayPath(io.cwd, out))} (${secs} s)`,
  );
  if (rejected > 0 || missing.length > 0) return 2;
  return invalid > 0 ? 1 : 0;
}
