// `self-assess export FILE --out SUBMISSION.xlsx [--json SUBMISSION.json]`: the pane's export, from a file.
import type { Command } from "./types";
import { UsageError } from "../io";
import { DEFAULT_LIMITS } from "../../xlsx/safety/limits";
import { loadScheme, parseWithInputs } from "../ministry/options";
import { loadPlanFiles } from "../ministry/plans";
import { PRINT_HELP, PRINT_OPTIONS, reportLanguage, reportPrintFrom } from "../report-print-options";
import { findSoffice, noSofficeMessage } from "../../xlsx/submission-pdf";

const OPTIONS = {
  out: { type: "string" },
  json: { type: "string" },
  pdf: { type: "string" },
  scheme: { type: "string" },
  "plan-file": { type: "string", multiple: true },
  ...PRINT_OPTIONS,
} as const;

export const exportCommand: Command = {
  name: "export",
  summary: {
    vi: "xuất bản nộp chuẩn (.xlsx, .json) từ mẫu đã điền, không cần add-in",
    en: "export the standard submission (.xlsx, .json) from a filled template, without the add-in",
  },
  help: {
    vi: `self-assess export TỆP --out BAN-NOP.xlsx [--json BAN-NOP.json] [--pdf BAO-CAO.pdf] [--scheme THANG-ĐIỂM.json] [--plan-file KẾ-HOẠCH.json]... [thông tin in]

  Đọc mẫu đã điền (Excel hoặc LibreOffice), tính lại mọi kết quả và tạo bản nộp: trang báo cáo để in,
  ký và đóng dấu (theo Nghị định 30/2020/NĐ-CP), trang dữ liệu ẩn (mỗi chỉ tiêu một dòng) và dữ liệu
  niêm phong kèm mã kiểm tra SHA-256. Thông tin in được niêm phong cùng dữ liệu.
  --pdf        thêm bản PDF của báo cáo, in bằng LibreOffice (cần soffice; SELF_ASSESS_SOFFICE chỉ đường dẫn)
  --plan-file  tệp kế hoạch JSON của Bộ (cùng lược đồ), dùng thay kế hoạch có sẵn cùng mã
${PRINT_HELP.vi}
  Mã thoát: 0 đã xuất; 1 còn lỗi chặn việc xuất (in danh sách), hoặc không in được PDF;
  2 tệp không đọc được, bị từ chối, tham số sai hoặc thiếu LibreOffice cho --pdf.`,
    en: `self-assess export FILE --out SUBMISSION.xlsx [--json SUBMISSION.json] [--pdf REPORT.pdf] [--scheme SCHEME.json] [--plan-file PLAN.json]... [print details]

  Reads a filled template (Excel or LibreOffice), recomputes every status and writes the submission:
  the report sheet to print, sign and stamp (Decree 30/2020/NĐ-CP), a hidden data sheet (one row per
  indicator) and the sealed data with its SHA-256 hash. The print details are sealed with the data.
  --pdf        also write the report as PDF, printed by LibreOffice (needs soffice; SELF_ASSESS_SOFFICE gives its path)
  --plan-file  a ministry's plan JSON (same schema), used instead of the bundled plan with that id
${PRINT_HELP.en}
  Exit: 0 exported; 1 errors block the export (listed), or the PDF could not be printed;
  2 the file was unreadable or rejected, bad arguments, or no LibreOffice for --pdf.`,
  },
  async run(argv, io) {
    const { values, positionals } = parseWithInputs("export", argv, OPTIONS);
    if (positionals.length !== 1 || values.out === undefined)
      throw new UsageError({
        vi: "Lệnh export cần đúng một tệp và --out, ví dụ: self-assess export mau.xlsx --out ban-nop.xlsx",
        en: "The export command needs exactly one file and --out, e.g. self-assess export template.xlsx --out submission.xlsx",
      });
    // Bad print details are refused before the file is read.
    reportPrintFrom(values, reportLanguage(values.lang, "vi"), "");
    // Asked for a PDF where there is no LibreOffice: said before any work, nothing half done.
    let soffice: string | undefined;
    if (values.pdf !== undefined) {
      const found = findSoffice();
      if (found.path === null) throw new UsageError(noSofficeMessage(found.why));
      soffice = found.path;
    }
    // Loaded when used, so other commands do not pay for it.
    const { runExport } = await import("../ministry/export-run");
    return runExport(
      {
        file: positionals[0]!,
        out: values.out,
        ...(values.json !== undefined ? { json: values.json } : {}),
        ...(values.pdf !== undefined && soffice ? { pdf: values.pdf, soffice } : {}),
        print: values,
        limits: DEFAULT_LIMITS,
        scheme: loadScheme(io.cwd, values.scheme),
        plans: loadPlanFiles(io.cwd, values["plan-file"] ?? []),
      },
      io,
    );
  },
};
