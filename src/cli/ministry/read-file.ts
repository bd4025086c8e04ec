// One file, start to finish: read it behind every defence, then let the pure rules (verify.ts)
// recompute every status with the ministry's plan and say what is wrong with it. Runs inside a
// pool worker (read-worker.ts); also callable in-process, e.g. by export for one file.
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import type { Plan } from "../../domain/plan";
import { planHash } from "../../domain/hash";
import type { ScoringScheme } from "../../domain/scoring";
import { planById } from "./plans";
import { GuardedPackage } from "../../ooxml/package";
import { LeanWorkbook } from "../../ooxml/lean-reader";
import type { Limits } from "../../ooxml/limits";
import { reasonOf, reject } from "../../ooxml/rejection";
import { verifyDocument } from "../../domain/signature";
import { expectedReportSheet } from "./report-sheet";
import { compareReportSheet } from "./report-sheet-check";
import { settleUnit, type RosterIndex, type SettledUnit } from "./unit-authority";
import type { FileIssue } from "./file-report";
import { isSubmissionWorkbook, readSubmission } from "../../xlsx/submission-reader";
import { isTemplateWorkbook, readTemplateLean } from "../../ooxml/lean-template";
import { rejectedReport } from "./file-report";
import { verifySubmission, verifyTemplate, type ReadDetail } from "./rules/verify";

export type { ReadDetail } from "./rules/verify";

function readBounded(path: string, limits: Limits): { buf: Buffer; mtime: Date } {
  let fd: number;
  try {
    // Non-blocking, so a FIFO put where a file was is opened at once and refused below, instead of
    // waiting for a writer that never comes (and a worker that cannot be stopped).
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as { code?: string }).code ?? "";
    reject("unreadable", `the file cannot be opened (${code})`, `không mở được tệp (${code})`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile())
      reject(
        "not-a-file",
        "this is not a regular file (a FIFO, a device or a socket); not read",
        "đây không phải tệp thường (ống FIFO, thiết bị hoặc socket); không đọc",
      );
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

function issue(code: string, severity: "error" | "warning", en: string, vi: string): FileIssue {
  return { code, severity, message: { en, vi } };
}

/** The unit's signature against the roster's key for it (DECISIONS D12). */
async function signatureOf(
  sub: Parameters<typeof verifyDocument>[0],
  settled: SettledUnit,
): Promise<{ state: { signed: boolean; verified: boolean | null }; issues: FileIssue[] }> {
  const signed = sub.signature !== undefined;
  const key = settled.roster?.publicKey ?? null;
  if (key === null)
    return {
      state: { signed, verified: null },
      issues: signed
        ? [
            issue(
              "signature.unchecked",
              "warning",
              "the submission is signed, but the roster holds no public key for this unit, so who signed it is not checked",
              "bản nộp có chữ ký, nhưng danh sách đơn vị không có khóa công khai của đơn vị nên không kiểm tra được ai ký",
            ),
          ]
        : [],
    };
  const check = await verifyDocument(sub, key);
  if (check === "valid") return { state: { signed, verified: true }, issues: [] };
  const why =
    check === "unsigned"
      ? issue(
          "signature.missing",
          "error",
          "the roster holds a public key for this unit, but the submission is not signed (export it with the unit's key: self-assess export --sign-key)",
          "danh sách đơn vị có khóa công khai của đơn vị nhưng bản nộp không có chữ ký (xuất lại bằng khóa của đơn vị: self-assess export --sign-key)",
        )
      : check === "bad-key"
        ? issue(
            "signature.roster-key",
            "error",
            "the roster's public key for this unit is not an ECDSA P-256 key in base64 SPKI, so the signature cannot be checked",
            "khóa công khai của đơn vị trong danh sách không phải khóa ECDSA P-256 dạng base64 SPKI nên không kiểm tra được chữ ký",
          )
        : issue(
            "signature.invalid",
            "error",
            "the signature does not match: the submission was not signed with the unit's key on the roster, or was changed after signing",
            "chữ ký không khớp: bản nộp không được ký bằng khóa của đơn vị trong danh sách, hoặc đã bị sửa sau khi ký",
          );
  return { state: { signed, verified: false }, issues: [why] };
}

async function fromSubmission(
  file: string,
  wb: LeanWorkbook,
  scheme: ScoringScheme | null,
  roster: RosterIndex,
): Promise<ReadDetail> {
  let plan: Plan | null = null;
  const read = await readSubmission(wb, (sub) => {
    plan = bundledPlan(sub.plan.id);
    return plan.version === sub.plan.version ? plan : null;
  });
  const p = plan ?? bundledPlan(read.submission.plan.id);
  // The printed sheet held to the sealed JSON, cell by cell, as the data sheet is.
  const expected = expectedReportSheet(read.submission, p);
  const sheetFindings = expected ? compareReportSheet(wb, expected) : [];
  if (sheetFindings.length > 0) {
    read.findings.push(...sheetFindings);
    read.hashVerified = false;
  }
  const settled = settleUnit(read.submission.unit, p, roster);
  const sig = await signatureOf(read.submission, settled);
  const detail = verifySubmission(file, read, p, await planHash(p), scheme, {
    unit: settled.unit,
    issues: [...settled.issues, ...sig.issues],
  });
  detail.report.signature = sig.state;
  return detail;
}

async function fromTemplate(
  file: string,
  pkg: GuardedPackage,
  wb: LeanWorkbook,
  scheme: ScoringScheme | null,
  roster: RosterIndex,
): Promise<ReadDetail> {
  const t = readTemplateLean(pkg, wb);
  const plan = bundledPlan(t.meta.planId);
  const settled = settleUnit(t.meta.unit, plan, roster);
  return verifyTemplate(file, t, plan, await planHash(plan), scheme, settled);
}

/** Never throws: a file that cannot be read comes back with `rejected` set. */
export async function readFileDetail(
  file: string,
  limits: Limits,
  scheme: ScoringScheme | null,
  roster: RosterIndex = null,
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
    if (isSubmissionWorkbook(wb)) detail = await fromSubmission(file, wb, scheme, roster);
    else if (isTemplateWorkbook(wb)) detail = await fromTemplate(file, pkg, wb, scheme, roster);
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
