// Reads a submission workbook (submission-workbook.ts) from a guarded package, with no ExcelJS:
// the seal sheet's JSON is the document; the data sheet is what a person may have edited since.
// Every way the two disagree is named, so the ministry learns what was changed after export.
import type { Plan } from "../domain/plan";
import { parseSubmission, verifySubmissionHash, type Submission } from "../domain/submission";
import { judgeOf, sameTargetShown, unitTargetMap } from "../domain/whose-target";
import type { CellValue } from "../domain/entry";
import { isCellError } from "../domain/entry";
import type { LeanSheet, LeanWorkbook } from "../ooxml/lean-reader";
import { cellSafe, unneutralise } from "../ooxml/neutralise";
import { reject } from "../ooxml/rejection";
import {
  DATA_COLUMNS,
  DATA_SHEET,
  SEAL_MARK,
  SEAL_ROWS,
  SEAL_SHEET,
  type DataColumn,
} from "./submission-layout";

export interface SubmissionFinding {
  code: string;
  severity: "error" | "warning";
  message: { vi: string; en: string };
}

export interface SubmissionRead {
  submission: Submission;
  /** The JSON matches its hash, the seal's hash cell and the data sheet. */
  hashVerified: boolean;
  storedHash: string;
  findings: SubmissionFinding[];
}

export function isSubmissionWorkbook(wb: LeanWorkbook): boolean {
  return wb.hasSheet(SEAL_SHEET);
}

function cellText(sheet: LeanSheet, row: number, col: number): string | null {
  const v = sheet.at(row, col)?.value;
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : null;
}

function sameValue(sheet: CellValue, sealed: Submission["entries"][number]["value"]): boolean {
  if (isCellError(sheet)) return sheet.error === sealed;
  if (typeof sheet === "string")
    return typeof sealed === "string" && unneutralise(sheet) === cellSafe(sealed);
  if (sheet === null) return sealed === null || sealed === "";
  return sheet === sealed;
}

function show(v: unknown): string {
  if (v === null || v === undefined || v === "") return "(trống / empty)";
  if (isCellError(v)) return v.error;
  return typeof v === "string" ? JSON.stringify(unneutralise(v)) : String(v);
}

function readSeal(wb: LeanWorkbook): { json: string; storedHash: string } {
  const seal = wb.sheet(SEAL_SHEET)!;
  if (cellText(seal, SEAL_ROWS.mark, 1) !== SEAL_MARK)
    reject(
      "submission.metadata",
      `the sheet ${SEAL_SHEET} does not hold a submission seal`,
      `trang ${SEAL_SHEET} không chứa dữ liệu niêm phong của bản nộp`,
    );
  const storedHash = cellText(seal, SEAL_ROWS.hash, 1) ?? "";
  const n = Number(seal.at(SEAL_ROWS.chunks, 1)?.value);
  if (!Number.isInteger(n) || n < 1 || n > 2000)
    reject(
      "submission.metadata",
      "the submission seal is damaged (chunk count)",
      "dữ liệu niêm phong bị hỏng (số đoạn)",
    );
  let json = "";
  for (let i = 0; i < n; i++) {
    const t = cellText(seal, SEAL_ROWS.firstChunk + i, 1);
    if (t === null)
      reject(
        "submission.metadata",
        "the submission seal is damaged (a chunk is missing)",
        "dữ liệu niêm phong bị hỏng (thiếu một đoạn)",
      );
    json += unneutralise(t);
  }
  return { json, storedHash };
}

function dataRows(sheet: LeanSheet): { header: string[]; rows: Map<DataColumn, CellValue>[] } {
  const header = DATA_COLUMNS.map((_, i) => cellText(sheet, 1, i + 1) ?? "");
  const rows: Map<DataColumn, CellValue>[] = [];
  for (const r of sheet.filledRows()) {
    if (r < 2) continue;
    const m = new Map<DataColumn, CellValue>();
    let any = false;
    DATA_COLUMNS.forEach((k, i) => {
      const v = sheet.at(r, i + 1)?.value ?? null;
      if (v !== null && v !== "") any = true;
      m.set(k, v);
    });
    if (any) rows.push(m);
  }
  return { header, rows };
}

function finding(
  code: string,
  en: string,
  vi: string,
  severity: "error" | "warning" = "error",
): SubmissionFinding {
  return { code, severity, message: { en, vi } };
}

const LIST = 5;
const list = (ids: string[]) =>
  ids.length > LIST ? `${ids.slice(0, LIST).join(", ")} (+${ids.length - LIST})` : ids.join(", ");

/**
 * Compares the data sheet with the sealed JSON. `plan` is the bundled plan when its version matches
 * the submission's, so that target texts can be checked too.
 */
function compareDataSheet(wb: LeanWorkbook, sub: Submission, plan: Plan | null): SubmissionFinding[] {
  const sheet = wb.sheet(DATA_SHEET);
  if (!sheet)
    return [
      finding(
        "submission.data-sheet-missing",
        `the data sheet ${DATA_SHEET} is missing: it was renamed or deleted after export`,
        `không thấy trang dữ liệu ${DATA_SHEET}: trang đã bị đổi tên hoặc xóa sau khi xuất`,
      ),
    ];
  const out: SubmissionFinding[] = [];
  const { header, rows } = dataRows(sheet);
  const badCols = DATA_COLUMNS.filter((k, i) => header[i] !== k);
  if (badCols.length > 0) {
    out.push(
      finding(
        "submission.columns-changed",
        `the data sheet's columns were changed after export (${list(badCols)})`,
        `các cột của trang dữ liệu đã bị thay đổi sau khi xuất (${list(badCols)})`,
      ),
    );
    return out;
  }
  const sheetIds = rows.map((r) => String(r.get("indicator_id") ?? ""));
  const sealedIds = sub.entries.map((e) => e.indicatorId);
  const sheetSet = new Set(sheetIds);
  const sealedSet = new Set(sealedIds);
  const deleted = sealedIds.filter((id) => !sheetSet.has(id));
  const added = sheetIds.filter((id) => !sealedSet.has(id));
  if (deleted.length > 0)
    out.push(
      finding(
        "submission.rows-deleted",
        `rows were deleted from the data sheet after export: ${list(deleted)}`,
        `các dòng đã bị xóa khỏi trang dữ liệu sau khi xuất: ${list(deleted)}`,
      ),
    );
  if (added.length > 0)
    out.push(
      finding(
        "submission.rows-added",
        `rows were added to the data sheet after export: ${list(added)}`,
        `các dòng đã được thêm vào trang dữ liệu sau khi xuất: ${list(added)}`,
      ),
    );
  const common = sheetIds.filter((id) => sealedSet.has(id));
  const sealedOrder = sealedIds.filter((id) => sheetSet.has(id));
  if (common.join("\n") !== sealedOrder.join("\n"))
    out.push(
      finding(
        "submission.rows-reordered",
        "the rows of the data sheet were reordered after export",
        "thứ tự các dòng của trang dữ liệu đã bị thay đổi sau khi xuất",
      ),
    );
  const sealedById = new Map(sub.entries.map((e) => [e.indicatorId, e]));
  const indById = new Map((plan?.indicators ?? []).map((i) => [i.id, i]));
  const unitTargets = unitTargetMap(sub.unitTargets?.targets);
  const changed: string[] = [];
  const targets: string[] = [];
  const texts: string[] = [];
  for (const row of rows) {
    const id = String(row.get("indicator_id") ?? "");
    const e = sealedById.get(id);
    if (!e) continue;
    const v = row.get("value") ?? null;
    if (!sameValue(v, e.value)) changed.push(`${id}: ${show(v)} ≠ ${show(e.value)}`);
    if (row.get("status") !== e.status)
      changed.push(`${id} (status): ${show(row.get("status"))} ≠ ${e.status}`);
    const who: [DataColumn, string | number][] = [
      ["unit_code", sub.unit.code],
      ["year", sub.unit.year],
      ["plan_id", sub.plan.id],
      ["plan_version", sub.plan.version],
    ];
    for (const [k, sealedValue] of who) {
      const v = row.get(k);
      const shownText = typeof v === "string" ? unneutralise(v) : v;
      if (shownText !== (typeof sealedValue === "string" ? cellSafe(sealedValue) : sealedValue))
        changed.push(`${id} (${k}): ${show(v)} ≠ ${show(sealedValue)}`);
    }
    const ind = indById.get(id);
    const target = row.get("target");
    if (ind && typeof target === "string") {
      const t = unneutralise(target);
      if (!sameTargetShown(t, ind, judgeOf(ind, { unitTargets })))
        targets.push(`${id}: ${JSON.stringify(t)}`);
    }
    const expl = row.get("explanation");
    const evid = row.get("evidence");
    if (
      unneutralise(String(expl ?? "")) !== cellSafe(e.explanation) ||
      unneutralise(String(evid ?? "")) !== cellSafe(e.evidence)
    )
      texts.push(id);
  }
  if (changed.length > 0)
    out.push(
      finding(
        "submission.value-changed",
        `values in the data sheet differ from the sealed submission (changed after export; the hash no longer covers them): ${list(changed)}`,
        `giá trị trên trang dữ liệu khác bản đã niêm phong (bị sửa sau khi xuất; mã kiểm tra không còn khớp): ${list(changed)}`,
      ),
    );
  if (targets.length > 0)
    out.push(
      finding(
        "submission.target-edited",
        `target cells were edited; the plan's targets apply: ${list(targets)}`,
        `ô mục tiêu đã bị sửa; mục tiêu theo kế hoạch được áp dụng: ${list(targets)}`,
      ),
    );
  if (texts.length > 0)
    out.push(
      finding(
        "submission.text-changed",
        `explanations or evidence in the data sheet differ from the sealed submission: ${list(texts)}`,
        `giải trình hoặc minh chứng trên trang dữ liệu khác bản đã niêm phong: ${list(texts)}`,
      ),
    );
  return out;
}

/** Reads and cross-checks a submission; rejects only when the sealed JSON itself is unusable. */
export async function readSubmission(
  wb: LeanWorkbook,
  planFor: (sub: Submission) => Plan | null,
): Promise<SubmissionRead> {
  const { json, storedHash } = readSeal(wb);
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    reject(
      "submission.metadata",
      `the sealed submission is not JSON: ${(e as Error).message}`,
      `dữ liệu nộp niêm phong không phải JSON: ${(e as Error).message}`,
    );
  }
  const parsed = parseSubmission(raw);
  if (!parsed.ok)
    reject(
      "submission.metadata",
      `the sealed submission JSON is not valid: ${parsed.errors.slice(0, 3).join("; ")}`,
      `dữ liệu nộp niêm phong không hợp lệ: ${parsed.errors.slice(0, 3).join("; ")}`,
    );
  const sub = parsed.value;
  const findings: SubmissionFinding[] = [];
  const hashOk = await verifySubmissionHash(raw);
  if (!hashOk)
    findings.push(
      finding(
        "hash.mismatch",
        "the submission's hash does not match its content: the sealed data was edited after export",
        "mã kiểm tra không khớp nội dung: dữ liệu niêm phong đã bị sửa sau khi xuất",
      ),
    );
  if (storedHash !== sub.hash)
    findings.push(
      finding(
        "hash.cell-changed",
        "the hash cell of the seal sheet differs from the sealed submission's hash",
        "ô mã kiểm tra khác mã kiểm tra trong dữ liệu niêm phong",
      ),
    );
  findings.push(...compareDataSheet(wb, sub, planFor(sub)));
  const tampered = findings.some((f) => f.severity === "error");
  return { submission: sub, hashVerified: !tampered, storedHash, findings };
}
