// `check`: every file read behind the defences, every status recomputed, a verdict per file and per
// indicator, each submission's hash shown. Exit codes in exit.ts.
import { relative } from "node:path";
import type { Io } from "../io";
import type { Limits } from "../../ooxml/limits";
import type { ScoringScheme } from "../../domain/scoring";
import type { Plan } from "../../domain/plan";
import { statusLabels } from "../../domain/status-labels";
import { REGISTRATION_KIND } from "../../domain/registration";
import { isCellError } from "../../domain/entry";
import { readEach } from "./batch";
import type { InputItem } from "./inputs";
import { isIgnored } from "./inputs";
import { Tally, type RunExit } from "./exit";
import { planById, usePlans } from "./plans";
import { formatValue } from "../../domain/format";
import type { Indicator } from "../../domain/plan";
import type { Roster } from "./roster";
import { matchTargets, type TargetsCheck } from "./targets-match";
import { matchRegistration, type Registrations } from "./registrations-match";
import type { FileReport } from "./file-report";
import { progress } from "./progress";
import { both, safeText } from "./text";
import { showDateTime } from "../../domain/review";
import { ReturnCollector, type ReturnOptions } from "./return-run";

export interface CheckOptions {
  json: boolean;
  limits: Limits;
  scheme: ScoringScheme | null;
  lang: "vi" | "en";
  /** Show the progress bar (stderr). */
  showProgress: boolean;
  plans?: readonly Plan[];
  /** Arguments that named nothing on disk (already reported): they make the exit 3. */
  missingInputs?: number;
  roster?: Roster | null;
  /** `--targets`: the ministry's targets file, which the unit targets in each file must match. */
  targets?: TargetsCheck;
  /** `--registrations`: the units' sealed registrations, which the year-end unit targets must match. */
  registrations?: Registrations;
  /** `--return-to`: write each unit with errors its own workbook, the ministry's decisions filled in. */
  returnTo?: ReturnOptions;
}

/** Paths under the working directory are shown relative to it, others as they are. */
export function displayPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel !== "" && !rel.startsWith("..") ? rel : file;
}

/** The documented --json shape of one file (docs/ministry-cli.md). */
export function checkJson(r: FileReport): object {
  return {
    file: r.file,
    rejected: r.rejected,
    kind: r.kind,
    // Present (true) only on a registration (D37).
    ...(r.registration ? { registration: true } : {}),
    unit: r.unit,
    plan: r.plan,
    hash: r.hash,
    signature: r.signature ?? null,
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
      review: e.review,
      issues: e.issues.map((i) => ({ code: i.code, severity: i.severity, part: i.part, message: i.message })),
    })),
  };
}

/** A value as a person reads it: dates as dd/mm/yyyy, percentages as 80%, by the plan's indicator. */
function shown(v: unknown, ind: Indicator | undefined, lang: "vi" | "en"): string {
  if (v === null || v === undefined) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "number" && ind) return formatValue(v, ind, lang);
  return safeText(String(v), 40);
}

export function describe(r: FileReport, lang: "vi" | "en"): string[] {
  const out: string[] = [];
  if (r.rejected) {
    const ignored = isIgnored(r.rejected.code);
    out.push(
      `${ignored ? "–" : "✖"} ${safeText(r.file)}: ${ignored ? (lang === "vi" ? "BỎ QUA" : "IGNORED") : lang === "vi" ? "BỊ TỪ CHỐI" : "REJECTED"} [${r.rejected.code}] ${both(r.rejected.message)}`,
    );
    return out;
  }
  const u = r.unit!;
  const hash = r.hash ? (r.hash.verified ? " hash ✔" : " hash ✖") : "";
  const mark = r.errors > 0 ? "✖" : "✔";
  out.push(
    `${mark} ${safeText(r.file)}: ${r.kind} · ${safeText(u.name, 80)} (${safeText(u.code, 40)}) ${u.year} · ${r.plan!.id} ${r.plan!.version}${hash} · ${r.errors} ${lang === "vi" ? "lỗi" : "errors"}, ${r.warnings} ${lang === "vi" ? "cảnh báo" : "warnings"}`,
  );
  // The hash to hold against the one printed on the signed paper (docs/ministry-cli.md says what it proves).
  if (r.hash) out.push(`    SHA-256 ${safeText(r.hash.computed, 64)}`);
  if (r.signature?.signed || r.signature?.verified === false)
    out.push(
      `    ${lang === "vi" ? "Chữ ký" : "Signature"}: ${r.signature.verified === true ? "✔" : r.signature.verified === false ? "✖" : lang === "vi" ? "không kiểm tra (danh sách không có khóa)" : "not checked (no key on the roster)"}`,
    );
  for (const i of r.fileIssues) out.push(`    [${i.severity}] ${i.code}: ${both(i.message)}`);
  const plan = planById(r.plan!.id);
  const byId = new Map((plan?.indicators ?? []).map((i) => [i.id, i]));
  const w = Math.max(10, ...r.entries.map((e) => e.indicatorId.length));
  for (const e of r.entries) {
    out.push(
      `    ${e.indicatorId.padEnd(w)}  ${shown(e.value, byId.get(e.indicatorId), lang).padEnd(14)}  ${statusLabels(lang, r.registration ? REGISTRATION_KIND : undefined)[e.status]}`,
    );
    for (const i of e.issues) out.push(`        [${i.severity}] ${safeText(i.message[lang], 400)}`);
    out.push(...reviewLines(e.review, lang));
  }
  return out;
}

const DECISION_WORDS = {
  vi: { accepted: "Chấp nhận", returned: "Trả lại", by: "người thẩm định", reply: "Trả lời của đơn vị" },
  en: { accepted: "Accepted", returned: "Returned", by: "reviewer", reply: "Unit's reply" },
} as const;

/** The decision sealed with a row, with who recorded it and when, and the unit's reply. */
function reviewLines(r: FileReport["entries"][number]["review"], lang: "vi" | "en"): string[] {
  if (r.decision === null && !r.reply) return [];
  const w = DECISION_WORDS[lang];
  const out: string[] = [];
  if (r.decision !== null) {
    const who = r.reviewer ? `${w.by} ${safeText(r.reviewer, 80)}` : "";
    const when = showDateTime(r.reviewedAt);
    const signed = [who, when].filter((x) => x !== "").join(", ");
    const comment = r.comment.trim() ? `: "${safeText(r.comment, 400)}"` : "";
    out.push(`        ↳ ${w[r.decision]}${signed ? ` (${signed})` : ""}${comment}`);
  }
  if (r.reply) out.push(`        ↳ ${w.reply}: "${safeText(r.reply, 400)}"`);
  return out;
}

/**
 * Reports are printed as they come (text, or one JSON array written item by item), so checking ten
 * thousand files never holds ten thousand reports.
 */
export async function runCheck(items: readonly InputItem[], opts: CheckOptions, io: Io): Promise<RunExit> {
  const bar = opts.showProgress ? progress(items.length) : null;
  const tally = new Tally();
  const returns = opts.returnTo ? new ReturnCollector() : null;
  let first = true;
  // The printout looks indicators up in this thread too (dates, percentages by the plan's types).
  usePlans(opts.plans ?? []);
  if (opts.json) io.out("[");
  const batch = {
    limits: opts.limits,
    scheme: opts.scheme,
    plans: opts.plans ?? [],
    roster: opts.roster ?? null,
  };
  await readEach(items, batch, (r) => {
    bar?.tick(r.file);
    r.file = displayPath(io.cwd, r.file);
    if (opts.targets) matchTargets(r, opts.targets);
    if (opts.registrations) matchRegistration(r, opts.registrations);
    tally.add(r);
    returns?.add(r);
    if (opts.json) {
      io.out(`${first ? "" : ","}${JSON.stringify(checkJson(r), null, 2).replace(/^/gm, "  ")}`);
      first = false;
    } else io.out(describe(r, opts.lang).join("\n"));
  });
  if (opts.json) io.out("]");
  bar?.done();
  const ignored = tally.ignoredNote(opts.lang);
  io.err(
    opts.lang === "vi"
      ? `${tally.files} tệp: ${tally.clean} đạt yêu cầu, ${tally.withErrors} có lỗi, ${tally.refused} bị từ chối${ignored}.`
      : `${tally.files} files: ${tally.clean} clean, ${tally.withErrors} with errors, ${tally.refused} rejected${ignored}.`,
  );
  if (returns && opts.returnTo) {
    const show = (p: string) => safeText(displayPath(io.cwd, p));
    const { returned, clean } = await returns.write(
      opts.returnTo,
      items.map((i) => i.file),
      io,
      show,
      opts.json ? io.err : io.out,
    );
    const dir = show(opts.returnTo.dir);
    io.err(
      opts.lang === "vi"
        ? `Đã trả lại ${returned} đơn vị vào ${dir}; ${clean} đơn vị không có lỗi nên không trả lại.`
        : `Returned ${returned} units into ${dir}; ${clean} units have no errors and were not returned.`,
    );
  }
  return tally.exit(opts.missingInputs ?? 0);
}
