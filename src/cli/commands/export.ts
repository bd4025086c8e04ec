// `self-assess export FILE --out SUBMISSION.xlsx [--json SUBMISSION.json]`: the pane's export, from a file.
import type { Command } from "./types";
import { UsageError } from "../io";
import { DEFAULT_LIMITS } from "../../ooxml/limits";
import { loadScheme, parseWithInputs } from "../ministry/options";
import { loadPlanFiles } from "../ministry/plans";
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
  scheme: { type: "string" },
  "plan-file": { type: "string", multiple: true },
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
    vi: `self-assess export TỆP --out BAN-NOP.xlsx [--json BAN-NOP.json] [--scheme THANG-ĐIỂM.json] [--plan-file KẾ-HOẠCH.json]... [--force] [--sign-key KHÓA.pem]

  Đọc mẫu đã điền (Excel hoặc LibreOffice), tính lại mọi kết quả và tạo bản nộp: trang báo cáo để in
  và ký, trang dữ liệu (mỗi chỉ tiêu một dòng) và dữ liệu niêm phong kèm mã kiểm tra SHA-256.
  --plan-file  tệp kế hoạch JSON của Bộ (cùng lược đồ), dùng thay kế hoạch có sẵn cùng mã
  --force      cho phép ghi đè --out và --json
  --sign-key KHÓA.pem  ký bản nộp bằng khóa riêng của đơn vị (ECDSA P-256, tạo bằng self-assess keygen)
  Mã thoát: 0 đã xuất; 1 còn lỗi chặn việc xuất (in danh sách, không ghi gì); 2 không ghi gì (tham số
  sai, tệp kết quả đã có hoặc đang bị lần chạy khác giữ); 3 tệp không đọc được hoặc bị từ chối.`,
    en: `self-assess export FILE --out SUBMISSION.xlsx [--json SUBMISSION.json] [--scheme SCHEME.json] [--plan-file PLAN.json]... [--force] [--sign-key KEY.pem]

  Reads a filled template (Excel or LibreOffice), recomputes every status and writes the submission:
  a report sheet to print and sign, a data sheet (one row per indicator) and the sealed data with its
  SHA-256 hash. --force allows replacing --out and --json. --sign-key KEY.pem signs the submission
  with the unit's private key (ECDSA P-256, made with self-assess keygen).
  Exit: 0 exported; 1 errors block the export (listed, nothing written); 2 nothing written (bad
  arguments, an output exists or another run holds it); 3 the file was unreadable or refused.`,
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
        force: values.force === true,
        ...(values["sign-key"] !== undefined
          ? { signKey: await loadSignKey(io.cwd, values["sign-key"]) }
          : {}),
      },
      io,
    );
  },
};
