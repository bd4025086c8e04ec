// `self-assess check FILE...`: templates or submissions, every status recomputed with the bundled plan.
import { resolve } from "node:path";
import type { Command } from "./types";
import { UsageError } from "../io";
import { DEFAULT_LIMITS } from "../../ooxml/limits";
import { expandInputs } from "../ministry/inputs";
import { langOption, loadScheme, parseWithInputs } from "../ministry/options";
import { loadPlanFiles } from "../ministry/plans";

const OPTIONS = {
  json: { type: "boolean" },
  lang: { type: "string" },
  scheme: { type: "string" },
  "plan-file": { type: "string", multiple: true },
} as const;

export const checkCommand: Command = {
  name: "check",
  summary: {
    vi: "kiểm tra mẫu đã điền hoặc bản nộp: tính lại mọi kết quả, kiểm tra mã kiểm tra và phiên bản kế hoạch",
    en: "check filled templates or submissions: recompute every status, verify the hash and the plan version",
  },
  help: {
    vi: `self-assess check TỆP|THƯ-MỤC... [--json] [--lang vi|en] [--scheme THANG-ĐIỂM.json] [--plan-file KẾ-HOẠCH.json]...

  Đọc từng tệp trong tiến trình riêng có giới hạn thời gian và bộ nhớ, tính lại kết quả từ số liệu
  theo kế hoạch có sẵn (không tin kết quả ghi trong tệp), kiểm tra mã kiểm tra và phiên bản.
  --json     in kết quả dạng JSON (xem docs/ministry-cli.md)
  --plan-file  tệp kế hoạch JSON của Bộ (cùng lược đồ), dùng thay kế hoạch có sẵn cùng mã
  Mã thoát: 0 không có lỗi; 1 có lỗi; 2 có tệp không đọc được hoặc bị từ chối.`,
    en: `self-assess check FILE|FOLDER... [--json] [--lang vi|en] [--scheme SCHEME.json] [--plan-file PLAN.json]...

  Reads each file in a worker bounded in time and memory, recomputes every status from the values
  with the bundled plan (stored statuses are never trusted), verifies the hash and the plan version.
  --json     print the result as JSON (see docs/ministry-cli.md)
  --plan-file  a plan file of the ministry's (same schema), used instead of a bundled plan with its id
  Exit: 0 no errors; 1 errors found; 2 a file was unreadable or rejected.`,
  },
  async run(argv, io) {
    const { values, positionals } = parseWithInputs("check", argv, OPTIONS);
    if (positionals.length === 0)
      throw new UsageError({
        vi: "Lệnh check cần ít nhất một tệp hoặc thư mục, ví dụ: self-assess check bao-cao.xlsx",
        en: "The check command needs at least one file or folder, e.g. self-assess check report.xlsx",
      });
    const { files, missing } = expandInputs(positionals.map((p) => resolve(io.cwd, p)));
    for (const m of missing) io.err(`Không có tệp hoặc thư mục / No such file or folder: ${m}`);
    const { runCheck } = await import("../ministry/check-run");
    const code = await runCheck(
      files,
      {
        json: values.json === true,
        lang: langOption(values.lang),
        limits: DEFAULT_LIMITS,
        scheme: loadScheme(io.cwd, values.scheme),
        plans: loadPlanFiles(io.cwd, values["plan-file"] ?? []),
        showProgress: files.length > 1,
      },
      io,
    );
    return missing.length > 0 ? 2 : code;
  },
};
