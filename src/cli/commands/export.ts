// `self-assess export FILE --out SUBMISSION.xlsx [--json SUBMISSION.json]`: the pane's export, from a file.
import type { Command } from "./types";
import { UsageError } from "../io";
import { DEFAULT_LIMITS } from "../../ooxml/limits";
import { loadScheme, parseWithInputs } from "../ministry/options";
import { loadPlanFiles } from "../ministry/plans";

const OPTIONS = {
  out: { type: "string" },
  json: { type: "string" },
  scheme: { type: "string" },
  "plan-file": { type: "string", multiple: true },
} as const;

export const exportCommand: Command = {
  name: "export",
  summary: {
    vi: "xuất bản nộp chuẩn (.xlsx, .json) từ mẫu đã điền, không cần add-in",
    en: "export the standard submission (.xlsx, .json) from a filled template, without the add-in",
  },
  help: {
    vi: `self-assess export TỆP --out BAN-NOP.xlsx [--json BAN-NOP.json] [--scheme THANG-ĐIỂM.json] [--plan-file KẾ-HOẠCH.json]...

  Đọc mẫu đã điền (Excel hoặc LibreOffice), tính lại mọi kết quả và tạo bản nộp: trang báo cáo để in
  và ký, trang dữ liệu (mỗi chỉ tiêu một dòng) và dữ liệu niêm phong kèm mã kiểm tra SHA-256.
  --plan-file  tệp kế hoạch JSON của Bộ (cùng lược đồ), dùng thay kế hoạch có sẵn cùng mã
  Mã thoát: 0 đã xuất; 1 còn lỗi chặn việc xuất (in danh sách); 2 tệp không đọc được hoặc bị từ chối.`,
    en: `self-assess export FILE --out SUBMISSION.xlsx [--json SUBMISSION.json] [--scheme SCHEME.json] [--plan-file PLAN.json]...

  Reads a filled template (Excel or LibreOffice), recomputes every status and writes the submission:
  a report sheet to print and sign, a data sheet (one row per indicator) and the sealed data with its
  SHA-256 hash. Exit: 0 exported; 1 errors block the export (listed); 2 the file was unreadable or rejected.`,
  },
  async run(argv, io) {
    const { values, positionals } = parseWithInputs("export", argv, OPTIONS);
    if (positionals.length !== 1 || values.out === undefined)
      throw new UsageError({
        vi: "Lệnh export cần đúng một tệp và --out, ví dụ: self-assess export mau.xlsx --out ban-nop.xlsx",
        en: "The export command needs exactly one file and --out, e.g. self-assess export template.xlsx --out submission.xlsx",
      });
    // Loaded when used, so other commands do not pay for it.
    const { runExport } = await import("../ministry/export-run");
    return runExport(
      {
        file: positionals[0]!,
        out: values.out,
        ...(values.json !== undefined ? { json: values.json } : {}),
        limits: DEFAULT_LIMITS,
        scheme: loadScheme(io.cwd, values.scheme),
        plans: loadPlanFiles(io.cwd, values["plan-file"] ?? []),
      },
      io,
    );
  },
};
