// `self-assess export FILE --out SUBMISSION.xlsx [--json SUBMISSION.json]`: the pane's export, from a file.
import type { Command } from "./types";
import { UsageError } from "../io";
import { OWN_FILE_LIMITS } from "../../ooxml/limits";
import { loadScheme, parseWithInputs } from "../ministry/options";
import { loadPlanFiles } from "../ministry/plans";
import { PRINT_HELP, PRINT_OPTIONS, reportLanguage, reportPrintFrom } from "../report-print-options";
import { findSoffice, noSofficeMessage } from "../process/soffice-pdf";
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { importPrivateKey } from "../../domain/signature";

async function loadSignKey(cwd: string, file: string): Promise<CryptoKey> {
  const path = resolve(cwd, file);
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st || !st.isFile() || st.size > 64 * 1024)
    throw new UsageError({
      vi: `Không đọc được khóa ký ${file} (không có, hoặc không phải tệp khóa).`,
      en: `Cannot read the signing key ${file} (missing, or not a key file).`,
    });
  try {
    return await importPrivateKey(readFileSync(path, "utf8"));
  } catch {
    throw new UsageError({
      vi: `${file} không phải khóa riêng ECDSA P-256 dạng PEM (PKCS#8). Tạo khóa bằng: self-assess keygen --out khoa-don-vi.pem`,
      en: `${file} is not an ECDSA P-256 private key in PEM (PKCS#8). Make one with: self-assess keygen --out unit-key.pem`,
    });
  }
}

const OPTIONS = {
  out: { type: "string" },
  json: { type: "string" },
  pdf: { type: "string" },
  scheme: { type: "string" },
  "plan-file": { type: "string", multiple: true },
  ...PRINT_OPTIONS,
  force: { type: "boolean" },
  "sign-key": { type: "string" },
} as const;

export const exportCommand: Command = {
  name: "export",
  summary: {
    vi: "xuất bản nộp chuẩn (.xlsx, .json) từ mẫu đã điền, không cần add-in",
    en: "export the standard submission (.xlsx, .json) from a filled template, without the add-in",
  },
  help: {
    vi: `self-assess export TỆP --out BAN-NOP.xlsx [--json BAN-NOP.json] [--pdf BAO-CAO.pdf] [--scheme THANG-ĐIỂM.json] [--plan-file KẾ-HOẠCH.json]... [--force] [--sign-key KHÓA.pem] [thông tin in]

  Đọc mẫu đã điền (Excel hoặc LibreOffice), tính lại mọi kết quả và tạo bản nộp: trang báo cáo để in,
  ký và đóng dấu (theo Nghị định 30/2020/NĐ-CP), trang dữ liệu ẩn (mỗi chỉ tiêu một dòng) và dữ liệu
  niêm phong kèm mã kiểm tra SHA-256. Thông tin in được niêm phong cùng dữ liệu.
  --pdf        thêm bản PDF của báo cáo, in bằng LibreOffice (cần soffice; SELF_ASSESS_SOFFICE chỉ đường dẫn)
  --plan-file  tệp kế hoạch JSON của Bộ (cùng lược đồ), dùng thay kế hoạch có sẵn cùng mã
  --force      cho phép ghi đè --out, --json và --pdf
  --sign-key KHÓA.pem  ký bản nộp bằng khóa riêng của đơn vị (ECDSA P-256, tạo bằng self-assess keygen)
${PRINT_HELP.vi}
  Mã thoát: 0 đã xuất; 1 còn lỗi chặn việc xuất (in danh sách, không ghi gì), hoặc không in được PDF
  (bản nộp .xlsx đã ghi); 2 không ghi gì (tham số sai, thiếu LibreOffice cho --pdf, tệp kết quả đã có
  hoặc đang bị lần chạy khác giữ); 3 tệp không đọc được hoặc bị từ chối.`,
    en: `self-assess export FILE --out SUBMISSION.xlsx [--json SUBMISSION.json] [--pdf REPORT.pdf] [--scheme SCHEME.json] [--plan-file PLAN.json]... [--force] [--sign-key KEY.pem] [print details]

  Reads a filled template (Excel or LibreOffice), recomputes every status and writes the submission:
  the report sheet to print, sign and stamp (Decree 30/2020/NĐ-CP), a hidden data sheet (one row per
  indicator) and the sealed data with its SHA-256 hash. The print details are sealed with the data.
  --pdf        also write the report as PDF, printed by LibreOffice (needs soffice; SELF_ASSESS_SOFFICE gives its path)
  --plan-file  a ministry's plan JSON (same schema), used instead of the bundled plan with that id
  --force      allow replacing --out, --json and --pdf
  --sign-key KEY.pem  sign the submission with the unit's private key (ECDSA P-256, made with self-assess keygen)
${PRINT_HELP.en}
  Exit: 0 exported; 1 errors block the export (listed, nothing written), or the PDF could not be
  printed (the .xlsx is written); 2 nothing written (bad arguments, no LibreOffice for --pdf, an output
  exists or another run holds it); 3 the file was unreadable or refused.`,
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
        limits: OWN_FILE_LIMITS,
        scheme: loadScheme(io.cwd, values.scheme),
        plans: loadPlanFiles(io.cwd, values["plan-file"] ?? []),
        force: values.force === true,
        ...(values["sign-key"] !== undefined
          ? { signKey: await loadSignKey(io.cwd, values["sign-key"]) }
          : {}),
      },
      io,
    );
  },
};
