// The printed report sheet compared with the sealed JSON, cell by cell. There is one answer to "what
// must the report say": the report's own builder, a pure function of the sealed submission and its
// plan (report's `reportSheet`, which the ExcelJS writer only renders). The ministry rebuilds the
// sheet from the sealed JSON with it and holds the received sheet to every cell, wherever the
// layout puts them, so an edit to the paper-facing sheet alone no longer passes as sealed.
import type { LeanWorkbook } from "../../ooxml/lean-reader";
import { isCellError } from "../../domain/entry";
import { cellSafe } from "../../ooxml/neutralise";
import { a1 } from "../../workbook/a1";
import type { FileIssue } from "./file-report";

/** What the report sheet must hold: the shape of the report builder's model (cells by row and column). */
export interface ExpectedReportSheet {
  name: string;
  cells: readonly { row: number; col: number; text: string | number }[];
}

const LIST = 5;
const clip = (s: string) => (s.length > 40 ? `${JSON.stringify(s.slice(0, 40))}…` : JSON.stringify(s));
const show = (v: unknown) =>
  v === null || v === undefined || v === ""
    ? "(trống / empty)"
    : isCellError(v)
      ? v.error
      : typeof v === "string"
        ? clip(v)
        : String(v);

/** Equal once line ends are the same; equal strings need no rewriting (most of a sheet's cells). */
const sameText = (a: string, b: string) => a === b || a.replace(/\r\n?/g, "\n") === b.replace(/\r\n?/g, "\n");

export function compareReportSheet(wb: LeanWorkbook, expected: ExpectedReportSheet): FileIssue[] {
  const sheet = wb.sheet(expected.name);
  if (!sheet)
    return [
      {
        code: "submission.report-missing",
        severity: "error",
        message: {
          en: `the report sheet "${expected.name}" is missing: it was renamed or deleted after export`,
          vi: `không thấy trang báo cáo "${expected.name}": trang đã bị đổi tên hoặc xóa sau khi xuất`,
        },
      },
    ];
  const changed: string[] = [];
  // The places of the cells the report puts text in, so that the walk below finds the others.
  const wanted = new Uint8Array(sheet.size);
  for (const c of expected.cells) {
    const i = sheet.indexAt(c.row, c.col);
    if (i >= 0) wanted[i] = 1;
    const got = i >= 0 ? sheet.cellAt(i).value : null;
    const ok =
      typeof c.text === "number"
        ? typeof got === "number" && Math.abs(got - c.text) <= 1e-9 * Math.max(1, Math.abs(c.text))
        : c.text === ""
          ? got === null || got === ""
          : typeof got === "string" && sameText(got, cellSafe(c.text));
    if (!ok) changed.push(`${a1(c.row, c.col)}: ${show(got)} ≠ ${show(c.text)}`);
  }
  for (let i = 0; i < sheet.size; i++) {
    if (wanted[i] === 1) continue;
    const v = sheet.cellAt(i).value;
    if (v !== null && v !== "") changed.push(`${sheet.refAt(i)}: ${show(v)} ≠ (trống / empty)`);
  }
  if (changed.length === 0) return [];
  const list =
    changed.length > LIST
      ? `${changed.slice(0, LIST).join("; ")} (+${changed.length - LIST})`
      : changed.join("; ");
  return [
    {
      code: "submission.report-changed",
      severity: "error",
      message: {
        en: `the printed report sheet differs from the sealed submission (edited after export; the hash does not cover it): ${list}`,
        vi: `trang báo cáo để in khác bản đã niêm phong (bị sửa sau khi xuất; mã kiểm tra không bao trùm phần sửa): ${list}`,
      },
    },
  ];
}
