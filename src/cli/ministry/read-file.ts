// One file, start to finish: read it behind every defence, then let the pure rules (verify.ts)
// recompute every status with the ministry's plan and say what is wrong with it. Runs inside a
// pool worker (read-worker.ts); also callable in-process, e.g. by export for one file.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { Plan } from "../../domain/plan";
import { canonicalJson, sha256Hex } from "../../domain/hash";
import type { ScoringScheme } from "../../domain/scoring";
import { planById } from "./plans";
import { GuardedPackage } from "../../ooxml/package";
import { LeanWorkbook } from "../../ooxml/lean-reader";
import type { Limits } from "../../ooxml/limits";
import { reasonOf, reject } from "../../ooxml/rejection";
import { isSubmissionWorkbook, readSubmission } from "../../xlsx/submission-reader";
import { isTemplateWorkbook, readTemplateLean } from "../../ooxml/lean-template";
import { rejectedReport } from "./file-report";
import { verifySubmission, verifyTemplate, type ReadDetail } from "./verify";

export type { ReadDetail } from "./verify";

const planHashes = new Map<Plan, Promise<string>>();
export function catalogHashOf(plan: Plan): Promise<string> {
  let h = planHashes.get(plan);
  if (!h) {
    h = sha256Hex(canonicalJson(plan));
    planHashes.set(plan, h);
  }
  return h;
}

function readBounded(path: string, limits: Limits): { buf: Buffer; mtime: Date } {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    const code = (e as { code?: string }).code ?? "";
    reject("unreadable", `the file cannot be opened (${code})`, `không mở được tệp (${code})`);
  }
  try {
    const st = fstatSync(fd);
    const size = st.size;
    if (size > limits.maxFileBytes)
      reject(
        "file.too-large",
        `the file is ${(size / 1048576).toFixed(1)} MB, above the ${limits.maxFileBytes / 1048576} MB limit`,
        `tệp dung lượng ${(size / 1048576).toFixed(1)} MB, vượt giới hạn ${limits.maxFileBytes / 1048576} MB`,
      );
    const buf = Buffer.allocUnsafe(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return { buf: buf.subarray(0, off), mtime: st.mtime };
  } finally {
    closeSync(fd);
  }
}

function bundledPlan(id: string): Plan {
  const plan = planById(id);
  if (!plan)
    reject(
      "plan.unknown",
      `the file is made for plan ${JSON.stringify(id)}, which the ministry's catalog does not hold (give its plan file with --plan-file)`,
      `tệp được lập theo kế hoạch ${JSON.stringify(id)}, không có trong danh mục của Bộ (cung cấp tệp kế hoạch bằng --plan-file)`,
    );
  return plan;
}

async function fromSubmission(
  file: string,
  wb: LeanWorkbook,
  scheme: ScoringScheme | null,
): Promise<ReadDetail> {
  let plan: Plan | null = null;
  const read = await readSubmission(wb, (sub) => {
    plan = bundledPlan(sub.plan.id);
    return plan.version === sub.plan.version ? plan : null;
  });
  const p = plan ?? bundledPlan(read.submission.plan.id);
  return verifySubmission(file, read, p, await catalogHashOf(p), scheme);
}

async function fromTemplate(
  file: string,
  pkg: GuardedPackage,
  wb: LeanWorkbook,
  scheme: ScoringScheme | null,
): Promise<ReadDetail> {
  const t = readTemplateLean(pkg, wb);
  const plan = bundledPlan(t.meta.planId);
  return verifyTemplate(file, t, plan, await catalogHashOf(plan), scheme);
}

/** Never throws: a file that cannot be read comes back with `rejected` set. */
export async function readFileDetail(
  file: string,
  limits: Limits,
  scheme: ScoringScheme | null,
): Promise<ReadDetail> {
  const started = performance.now();
  let detail: ReadDetail;
  let receivedAt: string | null = null;
  try {
    const { buf, mtime } = readBounded(file, limits);
    receivedAt = mtime.toISOString();
    const pkg = new GuardedPackage(buf, limits);
    pkg.guardAll();
    const wb = new LeanWorkbook(pkg);
    if (isSubmissionWorkbook(wb)) detail = await fromSubmission(file, wb, scheme);
    else if (isTemplateWorkbook(wb)) detail = await fromTemplate(file, pkg, wb, scheme);
    else
      reject(
        "not-a-report",
        "the workbook is neither a self-assessment template nor a submission (no SA_META or SA_SUBMISSION sheet; was a sheet renamed or deleted?)",
        "sổ tính không phải mẫu tự đánh giá hay bản nộp (không có trang SA_META hoặc SA_SUBMISSION; trang đã bị đổi tên hoặc xóa?)",
      );
  } catch (e) {
    detail = {
      report: rejectedReport(file, reasonOf(e), 0),
      plan: null,
      entries: [],
      assessments: [],
      language: "vi",
    };
  }
  detail.report.ms = performance.now() - started;
  detail.report.receivedAt = receivedAt;
  return detail;
}
