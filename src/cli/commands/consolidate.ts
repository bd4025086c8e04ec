// `self-assess consolidate INPUT... --out consolidated.xlsx [--roster units.csv] [--targets targets.csv] [--json out.json]`.
import type { Command } from "./types";
import { UsageError } from "../io";
import { DEFAULT_LIMITS } from "../../ooxml/limits";
import { langOption, loadScheme, parseWithInputs } from "../ministry/options";
import { loadPlanFiles } from "../ministry/plans";

const OPTIONS = {
  out: { type: "string" },
  json: { type: "string" },
  roster: { type: "string" },
  targets: { type: "string" },
  scheme: { type: "string" },
  "plan-file": { type: "string", multiple: true },
  lang: { type: "string" },
  force: { type: "boolean" },
} as const;

export const consolidateCommand: Command = {
  name: "consolidate",
  summary: {
    vi: "tổng hợp các bản nộp thành một sổ tính: ma trận đơn vị × chỉ tiêu, tình trạng, xếp hạng, đơn vị chưa nộp",
    en: "consolidate submissions into one workbook: units × indicators matrix, status, ranks, units not received",
  },
  help: {
    vi: `self-assess consolidate TỆP|THƯ-MỤC... --out tong-hop.xlsx [--roster don-vi.csv] [--targets chi-tieu.csv] [--json tong-hop.json]
                          [--scheme THANG-ĐIỂM.json] [--plan-file KẾ-HOẠCH.json]... [--lang vi|en] [--force]

  Mỗi tệp được đọc trong tiến trình riêng có giới hạn; tệp bị từ chối được nêu lý do, các tệp khác
  vẫn được tổng hợp. Bản nộp lại (cùng đơn vị, năm, kế hoạch) thay thế bản cũ và các thay đổi được liệt kê.
  Bản mới hơn là bản Bộ nhận sau (ngày giờ của tệp trên đĩa), không phải ngày ghi trong tệp.
  --roster   CSV các đơn vị phải nộp: mã, tên, loại, cụm thi đua, khóa công khai (tiêu đề tiếng Việt
             hoặc tiếng Anh); loại, tên và cụm theo danh sách này
  --targets  tệp chỉ tiêu của Bộ (CSV): chỉ tiêu riêng ghi trong tệp khác tệp này, hoặc thiếu, là lỗi
  --plan-file  tệp kế hoạch JSON của Bộ (cùng lược đồ), dùng thay kế hoạch có sẵn cùng mã
  --force    cho phép ghi đè --out và --json
  Mã thoát: 0 tổng hợp đầy đủ; 1 có bản nộp còn lỗi; 2 không ghi gì (tham số sai, tệp kết quả đã có
  hoặc đang bị lần chạy khác giữ); 3 có tệp bị từ chối hoặc không có (phần còn lại vẫn được tổng hợp).`,
    en: `self-assess consolidate FILE|FOLDER... --out consolidated.xlsx [--roster units.csv] [--targets targets.csv] [--json out.json]
                          [--scheme SCHEME.json] [--plan-file PLAN.json]... [--lang vi|en] [--force]

  Each file is read in its own bounded worker; a rejected file is named with its reason and the others
  are consolidated all the same. A resubmission (same unit, year and plan) supersedes the older one and
  the differences are listed.
  Newer means received later by the ministry (the file's date on disk), never the date inside the file.
  --roster   CSV of the units expected to report: code, name, type, cluster, public key (headers in
             Vietnamese or English); types, names and clusters are taken from it
  --targets  the ministry's targets file (CSV): a unit target in a file that differs from it, or is missing, is an error
  --plan-file  a plan file of the ministry's (same schema), used instead of a bundled plan with its id
  --force    allow replacing --out and --json
  Exit: 0 all consolidated cleanly; 1 some consolidated file has errors; 2 nothing written (bad
  arguments, an output exists or another run holds it); 3 some input was refused or not found.`,
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
        ...(values.targets !== undefined ? { targets: values.targets } : {}),
        lang: langOption(values.lang),
        force: values.force === true,
        limits: DEFAULT_LIMITS,
        scheme: loadScheme(io.cwd, values.scheme),
        plans: loadPlanFiles(io.cwd, values["plan-file"] ?? []),
        showProgress: true,
      },
      io,
    );
  },
};
