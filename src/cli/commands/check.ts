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
  roster: { type: "string" },
  targets: { type: "string" },
  registrations: { type: "string" },
  "return-to": { type: "string" },
  reviewer: { type: "string" },
  force: { type: "boolean" },
} as const;

export const checkCommand: Command = {
  name: "check",
  summary: {
    vi: "kiểm tra mẫu đã điền hoặc bản nộp: tính lại mọi kết quả, kiểm tra mã kiểm tra và phiên bản kế hoạch",
    en: "check filled templates or submissions: recompute every status, verify the hash and the plan version",
  },
  help: {
    vi: `self-assess check TỆP|THƯ-MỤC... [--json] [--lang vi|en] [--scheme THANG-ĐIỂM.json] [--plan-file KẾ-HOẠCH.json]... [--roster DS.csv] [--targets CHỈ-TIÊU.csv] [--registrations THƯ-MỤC] [--return-to THƯ-MỤC [--reviewer TÊN] [--force]]

  Đọc từng tệp trong tiến trình riêng có giới hạn thời gian và bộ nhớ, tính lại kết quả từ số liệu
  theo kế hoạch có sẵn (không tin kết quả ghi trong tệp), kiểm tra mã kiểm tra và phiên bản.
  --json     in kết quả dạng JSON (xem docs/ministry-cli.md)
  --plan-file  tệp kế hoạch JSON của Bộ (cùng lược đồ), dùng thay kế hoạch có sẵn cùng mã
  --roster   danh sách đơn vị (CSV): loại đơn vị theo danh sách, chữ ký kiểm bằng khóa công khai trong đó
  --targets  tệp chỉ tiêu của Bộ (CSV): chỉ tiêu riêng ghi trong tệp khác tệp này, hoặc thiếu, là lỗi
  --registrations THƯ-MỤC  các bản đăng ký thi đua đã niêm phong: chỉ tiêu riêng trong tệp cuối năm khác bản
             đăng ký của cùng đơn vị, kế hoạch và năm, hoặc thiếu, là lỗi
  --return-to THƯ-MỤC  trả lại: mỗi đơn vị có lỗi nhận lại sổ tính của chính mình (MÃ-NĂM.xlsx) với mọi số
             liệu đã nộp, các dòng có lỗi ghi "Trả lại" kèm ý kiến là các lỗi tìm thấy; đơn vị trả lời
             hoặc sửa, xuất lại, và consolidate cho thấy bản nộp lại cùng các thay đổi
  --reviewer TÊN  tên ghi cùng quyết định trả lại (mặc định: Bộ (kiểm tra tổng hợp)); kèm thời điểm
  --force    cho phép ghi đè các tệp trả lại đã có
  Quyết định, người thẩm định, thời điểm và trả lời của đơn vị được in dưới mỗi chỉ tiêu.
  Mã thoát: 0 không có lỗi; 1 có lỗi; 2 tham số sai, không chạy; 3 có tệp bị từ chối hoặc không có.`,
    en: `self-assess check FILE|FOLDER... [--json] [--lang vi|en] [--scheme SCHEME.json] [--plan-file PLAN.json]... [--roster UNITS.csv] [--targets TARGETS.csv] [--registrations FOLDER] [--return-to FOLDER [--reviewer NAME] [--force]]

  Reads each file in a worker bounded in time and memory, recomputes every status from the values
  with the bundled plan (stored statuses are never trusted), verifies the hash and the plan version.
  --json     print the result as JSON (see docs/ministry-cli.md)
  --plan-file  a plan file of the ministry's (same schema), used instead of a bundled plan with its id
  --roster   the roster (CSV): unit types as it says, signatures checked with its public keys
  --targets  the ministry's targets file (CSV): a unit target in a file that differs from it, or is missing, is an error
  --registrations FOLDER  the units' sealed registrations: a unit target in a year-end file that differs from
             the registration of the same unit, plan and year, or is missing, is an error
  --return-to FOLDER  return: each unit with errors gets its own workbook back (CODE-YEAR.xlsx) with every
             entry it sent, the rows with errors marked "Returned" with the findings as the comment; the
             unit answers or corrects, exports again, and consolidate shows the resubmission and its changes
  --reviewer NAME  the name the returns are signed with (default: The ministry (consolidation check)), with the time
  --force    allow overwriting return files that exist
  Each indicator's decision, reviewer, time and the unit's reply are printed under it.
  Exit: 0 no errors; 1 errors found; 2 bad arguments, nothing done; 3 some file was refused or not found.`,
  },
  async run(argv, io) {
    const { values, positionals } = parseWithInputs("check", argv, OPTIONS);
    if (positionals.length === 0)
      throw new UsageError({
        vi: "Lệnh check cần ít nhất một tệp hoặc thư mục, ví dụ: self-assess check bao-cao.xlsx",
        en: "The check command needs at least one file or folder, e.g. self-assess check report.xlsx",
      });
    const { items, missing } = expandInputs(positionals.map((p) => resolve(io.cwd, p)));
    for (const m of missing) io.err(`Không có tệp hoặc thư mục / No such file or folder: ${m}`);
    const { runCheck } = await import("../ministry/check-run");
    const { readRoster } = await import("../ministry/consolidate-run");
    const plans = loadPlanFiles(io.cwd, values["plan-file"] ?? []);
    const roster = values.roster === undefined ? null : readRoster(resolve(io.cwd, values.roster), plans);
    const { loadTargetsCheck } = await import("../ministry/targets-match");
    const targets =
      values.targets === undefined
        ? undefined
        : loadTargetsCheck(resolve(io.cwd, values.targets), values.targets, plans, roster);
    const { loadRegistrations } = await import("../ministry/registrations-match");
    const registrations =
      values.registrations === undefined
        ? undefined
        : await loadRegistrations(resolve(io.cwd, values.registrations), values.registrations, plans);
    const returnTo = values["return-to"] === undefined ? undefined : resolve(io.cwd, values["return-to"]);
    if (returnTo === undefined && (values.reviewer !== undefined || values.force))
      throw new UsageError({
        vi: "--reviewer và --force chỉ dùng cùng --return-to THƯ-MỤC.",
        en: "--reviewer and --force only go with --return-to FOLDER.",
      });
    if (returnTo !== undefined) {
      const { prepareReturnDir } = await import("../ministry/return-run");
      prepareReturnDir(returnTo);
    }
    return runCheck(
      items,
      {
        json: values.json === true,
        lang: langOption(values.lang),
        limits: DEFAULT_LIMITS,
        scheme: loadScheme(io.cwd, values.scheme),
        plans,
        showProgress: items.length > 1,
        missingInputs: missing.length,
        roster,
        ...(targets ? { targets } : {}),
        ...(registrations ? { registrations } : {}),
        ...(returnTo !== undefined
          ? {
              returnTo: {
                dir: returnTo,
                force: values.force === true,
                ...(values.reviewer !== undefined ? { reviewer: values.reviewer } : {}),
              },
            }
          : {}),
      },
      io,
    );
  },
};
