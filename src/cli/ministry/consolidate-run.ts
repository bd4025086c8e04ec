// `consolidate`: every input read on the bounded pool (progress on stderr), resubmissions resolved,
// one workbook and optionally one JSON written atomically, and a summary line at the end.
// Reports stream in: each one's entries go to a spill file at once, so memory holds summaries.
// Exit codes in exit.ts (1: some consolidated unit has errors; 3: some input refused).
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { Limits } from "../../ooxml/limits";
import type { ScoringScheme } from "../../domain/scoring";
import type { Plan } from "../../domain/plan";
import { planById, usePlans } from "./plans";
import { FileRange, writeFileAtomicWith } from "../process/atomic-write";
import { startFileAtomicChunks, type PendingFile } from "../process/copy-thread";
import type { Io } from "../io";
import { UsageError } from "../io";
import { readEach } from "./batch";
import { displayPath } from "./check-run";
import { consolidate, OWN_ENTRIES, type Consolidation, type EntryStore } from "./consolidate-model";
import {
  NationalEntries,
  nationalFigures,
  nationalSummary,
  type NationalFigure,
} from "./consolidate-national";
import type { FileReport } from "./file-report";
import { isIgnored } from "./inputs";
import { claimOutputs } from "./outputs";
import { EntrySpill } from "./spill";
import { RUN_EXIT, Tally, type RunExit } from "./exit";
import { streamConsolidatedWorkbook } from "./consolidate-workbook";
import { expandInputs } from "./inputs";
import { progress } from "./progress";
import { entryRecord, LIST_ITEM_GAP } from "./entry-record";
import { parseRoster, RosterError, type Roster } from "./roster";
import { loadTargetsCheck, matchTargets } from "./targets-match";
import { safeText } from "./text";
import { unregisteredUnits, type RegistrationsView } from "./consolidate-registrations";

export interface ConsolidateOptions {
  inputs: string[];
  out: string;
  json?: string;
  roster?: string;
  /** The ministry's targets file: the unit targets each file records must match it. */
  targets?: string;
  lang: "vi" | "en";
  limits: Limits;
  scheme: ScoringScheme | null;
  showProgress: boolean;
  workers?: number;
  plans?: readonly Plan[];
  /** Replace outputs that exist. */
  force?: boolean;
}

/**
 * The JSON text in pieces: the top level indented, each array item on one line, so a thousand
 * units' entries are written as they are serialised rather than held as one string. An item that is
 * a Uint8Array, or a FileRange (items of the list on disk, EntryStore.entriesJsonAt), is JSON text
 * already and is given as it is.
 */
export function* jsonPieces(doc: Record<string, unknown>): Generator<string | Uint8Array | FileRange> {
  const keys = Object.keys(doc);
  yield "{\n";
  for (const [k, key] of keys.entries()) {
    const v = doc[key];
    const comma = k < keys.length - 1 ? "," : "";
    if (Array.isArray(v) || (typeof v === "object" && v !== null && Symbol.iterator in v)) {
      let first = true;
      for (const item of v as Iterable<unknown>) {
        yield first ? `  ${JSON.stringify(key)}: [\n    ` : LIST_ITEM_GAP;
        // Items already written as JSON text (a report's entries, D53) are copied as they are.
        if (item instanceof Uint8Array || item instanceof FileRange) yield item;
        else yield* jsonText(item);
        first = false;
      }
      yield first ? `  ${JSON.stringify(key)}: []${comma}\n` : `\n  ]${comma}\n`;
    } else yield `  ${JSON.stringify(key)}: ${JSON.stringify(v)}${comma}\n`;
  }
  yield "}\n";
}

/**
 * JSON.stringify(v) in pieces: the long lists inside an item (a national figure lists every unit
 * behind it, 10,000 at most, some 1.5 MB of text) are written element by element, so no text
 * larger than one element is made. Texts over V8's largest young object (about 128 kB) are made in
 * the old generation and stay there until a full collection (D44).
 */
export function* jsonText(v: unknown): Generator<string> {
  // Most values (an input, a unit, an entry) hold no long list: one native JSON.stringify, not a
  // piece per key and value (the generator's pieces were a third of the JSON's CPU).
  if (!holdsLongList(v, 0)) {
    // As a template literal writes JSON.stringify's undefined: the old line did.
    yield String(JSON.stringify(v));
    return;
  }
  if (Array.isArray(v) && v.length > LONG_LIST) {
    yield "[";
    for (let i = 0; i < v.length; i++) {
      if (i > 0) yield ",";
      // As JSON.stringify writes an element it cannot represent (undefined, a function).
      yield JSON.stringify(v[i]) ?? "null";
    }
    yield "]";
    return;
  }
  if (
    v !== null &&
    typeof v === "object" &&
    Object.getPrototypeOf(v) === Object.prototype &&
    typeof (v as { toJSON?: unknown }).toJSON !== "function"
  ) {
    yield "{";
    let first = true;
    for (const [key, value] of Object.entries(v)) {
      // As JSON.stringify leaves out a property it cannot represent.
      if (value === undefined || typeof value === "function" || typeof value === "symbol") continue;
      yield `${first ? "" : ","}${JSON.stringify(key)}:`;
      yield* jsonText(value);
      first = false;
    }
    yield "}";
    return;
  }
  // As a template literal writes JSON.stringify's undefined: the old line did.
  yield String(JSON.stringify(v));
}
const LONG_LIST = 64;

/**
 * Whether jsonText would write `v` in more than one piece: a list longer than LONG_LIST in it,
 * reached through plain objects only, as jsonText walks. Past a few levels the answer is yes, so
 * that a deep value is walked piece by piece as before.
 */
function holdsLongList(v: unknown, depth: number): boolean {
  if (v === null || typeof v !== "object") return false;
  if (Array.isArray(v)) return v.length > LONG_LIST;
  if (
    Object.getPrototypeOf(v) !== Object.prototype ||
    typeof (v as { toJSON?: unknown }).toJSON === "function"
  )
    return false;
  if (depth >= 8) return true;
  for (const key in v) {
    if (holdsLongList((v as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

/** The documented --json shape (docs/ministry-cli.md). */
export function consolidationJson(
  c: Consolidation,
  generatedAt: string,
  store: EntryStore = OWN_ENTRIES,
  national: readonly NationalFigure[] = [],
): Record<string, unknown> {
  return {
    generatedAt,
    inputs: c.inputs.map(({ report: r, supersededBy }) => ({
      file: r.file,
      rejected: r.rejected,
      ignored: r.rejected !== null && isIgnored(r.rejected.code),
      kind: r.kind,
      unitCode: r.unit?.code ?? null,
      year: r.unit?.year ?? null,
      plan: r.plan,
      receivedAt: r.receivedAt,
      hash: r.hash ? r.hash.computed : null,
      hashVerified: r.hash ? r.hash.verified : null,
      signature: r.signature ?? null,
      errors: r.errors,
      warnings: r.warnings,
      fileIssues: r.fileIssues,
      supersededBy,
    })),
    units: c.units.map((u) => ({
      code: u.report.unit!.code,
      name: u.name,
      nameInFile: u.report.unit!.name,
      unitType: u.report.unit!.unitType,
      cluster: u.cluster,
      year: u.report.unit!.year,
      planId: u.report.plan!.id,
      planVersion: u.report.plan!.version,
      file: u.report.file,
      createdAt: u.report.createdAt,
      receivedAt: u.report.receivedAt,
      valid: u.valid,
      hash: u.report.hash ? u.report.hash.computed : null,
      hashVerified: u.report.hash ? u.report.hash.verified : null,
      signature: u.report.signature ?? null,
      errors: u.report.errors + u.issues.filter((i) => i.severity === "error").length,
      warnings: u.report.warnings,
      fileIssues: [...u.report.fileIssues, ...u.issues],
      score: u.report.score,
      rank: u.rank,
      unranked: u.unranked,
      supersedes: u.superseded.map((o) => o.file),
    })),
    // Made while written: 730,000 entry objects need never exist at once. A store that holds a
    // unit's entries as the list's text already (the spill, D53) gives it as it is.
    entries: (function* () {
      for (const u of c.units) {
        const onDisk = store.entriesJsonAt?.(u.report);
        if (onDisk !== undefined) {
          if (onDisk.length > 0) yield onDisk;
          continue;
        }
        for (const e of store.entries(u.report)) yield entryRecord(u.report, e, u.report.file);
      }
    })(),
    national,
    missing: c.missing,
    notInRoster: c.notInRoster,
    resubmissions: c.resubmissions.map((r) => ({
      unitCode: r.unitCode,
      file: r.file,
      supersedes: r.supersedes,
      changes: r.changes,
    })),
  };
}

/** Reads the roster at `path`; its unit types are those of `plans` (the --plan-file ones) and the bundled plans. */
export function readRoster(path: string, plans: readonly Plan[] = []): Roster {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st || !st.isFile() || st.size > 10 * 1024 * 1024)
    throw new UsageError({
      vi: `Không đọc được danh sách đơn vị ${path} (không có, không phải tệp, hoặc lớn hơn 10 MB).`,
      en: `Cannot read the roster ${path} (missing, not a file, or larger than 10 MB).`,
    });
  try {
    return parseRoster(readFileSync(path), plans);
  } catch (e) {
    if (e instanceof RosterError) throw new UsageError(e.text);
    throw e;
  }
}

export async function runConsolidate(opts: ConsolidateOptions, io: Io): Promise<RunExit> {
  const started = performance.now();
  const out = resolve(io.cwd, opts.out);
  const json = opts.json === undefined ? undefined : resolve(io.cwd, opts.json);
  const roster =
    opts.roster === undefined ? null : readRoster(resolve(io.cwd, opts.roster), opts.plans ?? []);
  const targets =
    opts.targets === undefined
      ? undefined
      : loadTargetsCheck(resolve(io.cwd, opts.targets), opts.targets, opts.plans ?? [], roster);
  const { items, missing } = expandInputs(opts.inputs.map((p) => resolve(io.cwd, p)));
  for (const m of missing) io.err(`Không có tệp hoặc thư mục / No such file or folder: ${safeText(m)}`);
  const show = (p: string) => safeText(displayPath(io.cwd, p));
  const claim = claimOutputs(
    [{ path: out, option: "--out" }, ...(json !== undefined ? [{ path: json, option: "--json" }] : [])],
    items.map((i) => i.file),
    opts.force === true,
    show,
  );
  for (const t of claim.removedTemps)
    io.err(`Đã xóa tệp tạm của lần chạy bị dừng / Removed a killed run's temporary file: ${show(t)}`);
  const spill = new EntrySpill();
  try {
    usePlans(opts.plans ?? []);
    const bar = opts.showProgress ? progress(items.length) : null;
    const reports: FileReport[] = [];
    const kept = new NationalEntries(planById);
    // Registrations (D37) are consolidated apart: never ranked, their national commitments summed.
    // They are few and keep their own entries (never spilled), so they are their own store.
    const registrations: FileReport[] = [];
    await readEach(
      items,
      {
        limits: opts.limits,
        scheme: opts.scheme,
        plans: opts.plans ?? [],
        roster,
        slim: true,
        spillAs: (file) => displayPath(io.cwd, file),
        ...(opts.workers ? { workers: opts.workers } : {}),
      },
      (r) => {
        bar?.tick(displayPath(io.cwd, r.file));
        r.file = displayPath(io.cwd, r.file);
        if (r.registration) {
          registrations.push(r);
          return;
        }
        if (targets) matchTargets(r, targets);
        kept.keep(r);
        spill.put(r);
        reports.push(r);
      },
    );
    bar?.done();
    const c = consolidate(reports, roster, spill);
    const national = nationalFigures(c, planById, roster, kept);
    // Per national indicator: the sum of registered contributions against the national target, and
    // the units that registered nothing (the gaps), by the rule the year-end sums follow (D34, D37).
    // And per `unit` indicator, the units that registered nothing (D42).
    const regC = registrations.length === 0 ? null : consolidate(registrations, roster);
    const registered = regC ? nationalFigures(regC, planById, roster) : [];
    const regView: RegistrationsView | undefined = regC
      ? {
          files: registrations.map((r) => r.file),
          national: registered,
          unregistered: unregisteredUnits(regC, planById),
        }
      : undefined;
    // The JSON's text is written first and its entries copied on a second thread while the
    // workbook is written here (D55); the workbook is renamed into place first, as before.
    let jsonOut: PendingFile | null = null;
    try {
      if (json)
        jsonOut = startFileAtomicChunks(
          json,
          jsonPieces({
            ...consolidationJson(c, io.now(), spill, national),
            ...(regView ? { registrations: regView } : {}),
          }),
        );
      writeFileAtomicWith(out, (sink) =>
        streamConsolidatedWorkbook(sink, c, opts.lang, spill, national, regView),
      );
      await jsonOut?.finish();
    } catch (e) {
      await jsonOut?.abandon();
      io.err(
        `Không ghi được kết quả / The output could not be written: ${safeText((e as Error).message ?? String(e))}`,
      );
      return RUN_EXIT.nothingWritten;
    }
    const tally = new Tally();
    for (const r of reports) tally.add(r);
    for (const r of registrations) tally.add(r);
    const superseded = c.inputs.filter((i) => i.supersededBy).length;
    const invalid = c.units.filter((u) => !u.valid).length;
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    const ignored = tally.ignoredNote(opts.lang);
    io.err(
      opts.lang === "vi"
        ? `${tally.files} tệp: ${c.units.length} đơn vị được tổng hợp (${invalid} có lỗi), ${superseded} bản bị thay thế, ${tally.refused} tệp bị từ chối${ignored}` +
            (roster ? `, ${c.missing.length} đơn vị chưa nộp` : "") +
            ` → ${show(out)} (${secs} giây)`
        : `${tally.files} files: ${c.units.length} units consolidated (${invalid} with errors), ${superseded} superseded, ${tally.refused} rejected${ignored}` +
            (roster ? `, ${c.missing.length} roster units missing` : "") +
            ` → ${show(out)} (${secs} s)`,
    );
    for (const line of nationalSummary(national, opts.lang)) io.err(safeText(line));
    if (registrations.length > 0)
      io.err(
        opts.lang === "vi"
          ? `${registrations.length} bản đăng ký thi đua (không xếp hạng):`
          : `${registrations.length} registrations (not ranked):`,
      );
    for (const line of nationalSummary(registered, opts.lang))
      io.err(safeText(`${opts.lang === "vi" ? "Đăng ký" : "Registered"} · ${line}`));
    if (regView && regView.unregistered.length > 0) {
      const units = new Set(regView.unregistered.map((u) => u.unitCode)).size;
      io.err(
        opts.lang === "vi"
          ? `Chưa đăng ký: ${units} đơn vị để trống hoặc chưa gửi ${regView.unregistered.length} mục (xem trang "Chưa đăng ký")`
          : `Not registered: ${units} units left ${regView.unregistered.length} items empty or unsent (see the "Not registered" sheet)`,
      );
    }
    if (tally.refused > 0 || missing.length > 0) return RUN_EXIT.refused;
    return invalid > 0 ? RUN_EXIT.errors : RUN_EXIT.ok;
  } finally {
    spill.close();
    claim.release();
  }
}
