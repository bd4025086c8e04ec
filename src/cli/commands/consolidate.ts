// `self-assess consolidate INPUT... --out consolidated.xlsx [--roster units.csv] [--json out.json]`.
import type { Command } from "./types";
import { UsageError } from "../io";
import { DEFAULT_LIMITS } from "../../ooxml/limits";
import { langOption, loadScheme, parseWithInputs } from "../ministry/options";
import { loadPlanFiles } from "../ministry/plans";

const OPTIONS = {
  out: { type: "string" },
  json: { type: "string" },
  roster: { type: "string" },
  scheme: { type: "string" },
  "plan-file": { type: "string", multiple: true },
  lang: { type: "string" },
} as const;

export const consolidateCommand: Command = {
  name: "consolidate",
  summary: {
    vi: "tổng hợp các bản nộp thành một sổ tính: ma trận đơn vị × chỉ tiêu, tình trạng, xếp hạng, đơn vị chưa nộp",
    en: "consolidate submissions into one workbook: units × indicators matrix, status, ranks, units not received",
  },
  help: {
    vi: `self-assess consolidate TỆP|THƯ-MỤC... --out tong-hop.xlsx [--roster don-vi.csv] [--json tong-hop.json]
                          [--scheme THANG-ĐIỂM.json] [--plan-file KẾ-HOẠCH.json]... [--lang vi|en]

  Mỗi tệp được đọc trong tiến trình riêng có giới hạn; tệp bị từ chối được nêu lý do, các tệp khác
  vẫn được tổng hợp. Bản nộp lại (cùng đơn vị, năm, kế hoạch) thay thế bản cũ và các thay đổi được liệt kê.
  --roster   CSV các đơn vị phải nộp (cột mã/code, tên/name, loại/type)
  --plan-file  tệp kế hoạch JSON của Bộ (cùng lược đồ), dùng thay kế hoạch có sẵn cùng mã
  Mã thoát: 0 tổng hợp đầy đủ; 1 có bản nộp còn lỗi; 2 có tệp bị từ chối.`,
    en: `self-assess consolidate FILE|FOLDER... --out consolidated.xlsx [--roster units.csv] [--json out.json]
                          [--scheme SCHEME.json] [--plan-file PLAN.json]... [--lang vi|en]

  Each file is read in its own bounded worker; a rejected file is named with its reason and the others
  are consolidated all the same. A resubmission (same unit, year and plan) supersedes the older one and
  the differences are listed.
  --roster   CSV of the units expected to report (columns code, name, type)
  --plan-file  a plan file of the ministry's (same schema), used instead of a bundled plan with its id
  Exit: 0 all consolidated cleanly; 1 some consolidated file has errors; 2 some file was rejected.`,
  },
  async run(argv, io) {
    const { values, positionals } = parseWithInputs("consolidate", argv, OPTIONS);
    if (positionals.length === 0 || values.out === undefined)
      throw new UsageError({
        vi: "Lệnh consolidate cần ít nhất một tệp hoặc thư mục và --out, ví dụ: self-assess consolidate ban-nop/ --out tong-hop.xlsx",
        en: "The consolidate command needs at least one file or folder and --out, e.g. self-assess consolidate submissions/ --out consolidated.xlsx",
      });
    // Loaded when used, so other commands do not pay for it.
    const { runConsolidate } = await import("../ministry/consolidate-run");
    return runConsolidate(
      {
        inputs: positionals,
        out: values.out,
        ...(values.json !== undefined ? { json: values.json } : {}),
        ...(values.roster !== undefined ? { roster: values.roster } : {}),
        lang: langOption(values.lang),
        limits: DEFAULT_LIMITS,
        scheme: loadScheme(io.cwd, values.scheme),
        plans: loadPlanFiles(io.cwd, values["plan-file"] ?? []),
        showProgress: true,
      },
      io,
    );
  },
};
