// `self-assess template`: a template for one unit, or (with --from) the same unit's filled
// template re-rendered for the current plan version with every entry carried over.
import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { Plan, UnitProfile, UnitType } from "../../domain/plan";
import { UnitProfileSchema } from "../../domain/plan";
import { validateFieldSelection } from "../../domain/applicability";
import { unitTypeIds, unitTypeProblem } from "../../domain/unit";
import { unitCodeProblem } from "../../domain/unit-code";
import { GENERATORS, generatorLine } from "../../domain/version";
import { BUNDLED_PLANS, getPlan } from "../../catalog/index";
import { loadPlanFiles } from "../ministry/plans";
import type { Language } from "../../workbook/port";
import { isWorkbookError } from "../../workbook/errors";
import { makeTemplateFile } from "../../xlsx/template-file";
import { readTemplate } from "../../xlsx/read";
import { writeFileAtomic } from "../process/atomic-write";
import { GuardedPackage } from "../../ooxml/package";
import { reasonOf } from "../../ooxml/rejection";
import { lastYearFigures } from "../../xlsx/last-year";
import type { Prefilled, UnitTargets } from "../../domain/submission";
import { unitTargetsFrom } from "../../targets/for-unit";
import { registrationTargets } from "../../xlsx/registered";
import { parseCommandArgs, requireOption } from "../args";
import type { Io } from "../io";
import { EXIT, UsageError, bilingual } from "../io";
import type { Command } from "./types";

const GENERATOR = generatorLine(GENERATORS.cli);
/** A template larger than this is not a template someone sent by mistake but something else. */
const MAX_FROM_BYTES = 50 * 1024 * 1024;

/** Both commands' options; `register` makes a registration template, so it has no inputs to fill from. */
const REGISTER_OPTIONS = {
  plan: { type: "string" },
  "plan-file": { type: "string" },
  "unit-type": { type: "string" },
  "unit-code": { type: "string" },
  "unit-name": { type: "string" },
  year: { type: "string" },
  preparer: { type: "string" },
  fields: { type: "string" },
  lang: { type: "string" },
  out: { type: "string" },
  force: { type: "boolean" },
} as const;

const OPTIONS = {
  ...REGISTER_OPTIONS,
  from: { type: "string" },
  previous: { type: "string" },
  targets: { type: "string" },
  registration: { type: "string" },
} as const;

// The example names a unit type the newest bundled plan declares, never one written into the code.
const examplePlan = BUNDLED_PLANS[0]!;
const exampleType =
  examplePlan.unitTypes.find((u) => u.codes.some((c) => c.kind === "electronic-id")) ??
  examplePlan.unitTypes[0]!;

const HELP = {
  vi: `self-assess template: tạo mẫu báo cáo tự đánh giá (.xlsx) cho một đơn vị.

  --plan ID            kế hoạch có sẵn (xem: self-assess plans), ví dụ kh-1097-2023
  --plan-file TỆP      hoặc tệp kế hoạch JSON của Bộ (cùng lược đồ)
  --unit-type LOẠI     mã loại đơn vị do kế hoạch khai báo (xem: self-assess plans)
  --unit-code MÃ       mã định danh (000.00.00.H26) hoặc mã số doanh nghiệp
  --unit-name TÊN      tên đơn vị
  --year NĂM           năm đánh giá (mặc định: năm của kế hoạch)
  --preparer TÊN       người lập biểu
  --fields A,B         chỉ các lĩnh vực này (mặc định: tất cả lĩnh vực áp dụng)
  --lang vi|en         ngôn ngữ của mẫu (mặc định vi)
  --from CŨ.xlsx       nâng cấp mẫu đã điền: giữ mọi số liệu, chuyển số liệu của chỉ tiêu bị bỏ vào vùng lưu trữ
  --previous NỘP.xlsx  điền sẵn cột "Năm trước" từ bản nộp năm trước của đơn vị (kiểm tra mã kiểm tra, đơn vị, kế hoạch, năm)
  --targets TỆP.csv    chỉ tiêu riêng của đơn vị từ tệp chỉ tiêu của Bộ (mã đơn vị, mã chỉ tiêu, chỉ tiêu); tệp có lỗi bị từ chối
  --registration ĐK.xlsx  chỉ tiêu riêng của đơn vị từ bản đăng ký thi đua đã niêm phong của chính đơn vị, cùng kế hoạch và năm (không dùng cùng --targets)
  --out MỚI.xlsx       tệp kết quả (bắt buộc); không ghi đè tệp có sẵn trừ khi có --force
  --force              cho phép ghi đè --out`,
  en: `self-assess template: make a self-assessment template (.xlsx) for one unit.

  --plan ID            a bundled plan (see: self-assess plans), e.g. kh-1097-2023
  --plan-file FILE     or the ministry's own plan JSON (same schema)
  --unit-type TYPE     a unit type id the plan declares (see: self-assess plans)
  --unit-code CODE     electronic identifier (000.00.00.H26) or enterprise code
  --unit-name NAME     the unit's name
  --year YEAR          the year assessed (default: the plan's year)
  --preparer NAME      who prepares the report
  --fields A,B         only these fields (default: every field that applies)
  --lang vi|en         template language (default vi)
  --from OLD.xlsx      upgrade a filled template: keep every entry, move those of removed indicators to the archive
  --previous SUB.xlsx  prefill the "Previous year" column from the unit's sealed submission of last year (hash, unit, plan and year checked)
  --targets FILE.csv   the unit's own targets from the ministry's targets file (unit code, indicator id, target); a file with errors is refused
  --registration REG.xlsx  the unit's own targets from its sealed registration (same unit, plan and year; not with --targets)
  --out NEW.xlsx       the file to write (required); an existing file is kept unless --force
  --force              allow overwriting --out

Example: self-assess template --plan ${examplePlan.id} --unit-type ${exampleType.id} --unit-code 000.00.00.H26 --unit-name "Sở KH&CN tỉnh X" --out template.xlsx`,
};

function loadPlan(planId: string | undefined, planFile: string | undefined, cwd: string): Plan {
  if (planFile !== undefined) return loadPlanFiles(cwd, [planFile])[0]!;
  const id = requireOption("template", "plan", planId, "kh-1097-2023");
  const plan = getPlan(id);
  if (!plan)
    throw new UsageError({
      vi: `Không có kế hoạch "${id}". Xem danh sách: self-assess plans`,
      en: `There is no plan "${id}". See the list: self-assess plans`,
    });
  return plan;
}

function unitTypeOf(plan: Plan, value: string | undefined, fallback: UnitType | undefined): UnitType {
  const v = value?.trim() ?? fallback;
  if (v === undefined)
    throw new UsageError({
      vi: `Lệnh template cần --unit-type, một trong: ${unitTypeIds(plan)}.`,
      en: `The template command needs --unit-type, one of: ${unitTypeIds(plan)}.`,
    });
  const bad = unitTypeProblem(plan, v);
  if (bad) throw new UsageError(bad);
  return v;
}

function yearOf(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const y = Number(value.trim());
  if (!/^\d{4}$/.test(value.trim()) || y < 2000 || y > 2100)
    throw new UsageError({
      vi: `--year phải là một năm từ 2000 đến 2100, không phải "${value}".`,
      en: `--year must be a year from 2000 to 2100, not "${value}".`,
    });
  return y;
}

function languageOf(value: string | undefined, fallback: Language): Language {
  if (value === undefined) return fallback;
  if (value !== "vi" && value !== "en")
    throw new UsageError({
      vi: `--lang là vi hoặc en, không phải "${value}".`,
      en: `--lang is vi or en, not "${value}".`,
    });
  return value;
}

/** What a sealed file given to the template is used as, in messages. */
interface SealedUse {
  as: { vi: string; en: string };
  /** What the file is not, when it is too large to be one. */
  not: { vi: string; en: string };
  /** Why a row gives nothing, with its indicator id. */
  skipped: (id: string) => { vi: string; en: string };
}

/**
 * A sealed file the template reads from (last year's submission, the unit's registration): read
 * behind the ministry's guard (Node's zlib; the pane hands the same reading its own), and refused
 * with every reason the reading gives; rows it cannot give are named on stderr.
 */
async function sealedInput<T>(
  path: string,
  use: SealedUse,
  io: Io,
  read: (
    pkg: GuardedPackage,
  ) => Promise<
    | { ok: true; value: T; skipped: { indicatorId: string; why: { vi: string; en: string } }[] }
    | { ok: false; problems: { vi: string; en: string }[] }
  >,
): Promise<T> {
  const refuse = (why: { vi: string; en: string }) =>
    new UsageError({
      vi: `Không dùng được ${path} làm ${use.as.vi}: ${why.vi}.`,
      en: `Cannot use ${path} as ${use.as.en}: ${why.en}.`,
    });
  if (!existsSync(path))
    throw new UsageError({ vi: `Không có tệp ${path}.`, en: `There is no file ${path}.` });
  if (statSync(path).size > MAX_FROM_BYTES)
    throw refuse({
      vi: `tệp lớn hơn 50 MB, không phải ${use.not.vi}`,
      en: `the file is larger than 50 MB; it is not ${use.not.en}`,
    });
  let r;
  try {
    r = await read(new GuardedPackage(readFileSync(path)));
  } catch (e) {
    throw refuse(reasonOf(e).message);
  }
  if (!r.ok)
    throw refuse({ vi: r.problems.map((p) => p.vi).join("; "), en: r.problems.map((p) => p.en).join("; ") });
  for (const s of r.skipped) {
    const why = use.skipped(s.indicatorId);
    io.err(bilingual({ vi: `Cảnh báo: ${why.vi}: ${s.why.vi}.`, en: `Warning: ${why.en}: ${s.why.en}.` }));
  }
  return r.value;
}

/**
 * The "Năm trước" figures last year's sealed submission gives (issue #12 item 4, D29): refused
 * unless its hash verifies and it is this unit's, for this plan, of the year before.
 */
function previousOf(path: string, plan: Plan, unit: UnitProfile, io: Io): Promise<Prefilled> {
  return sealedInput(
    path,
    {
      as: { vi: "số liệu năm trước", en: "last year's figures" },
      not: { vi: "một bản nộp", en: "a submission" },
      skipped: (id) => ({ vi: `${id} không được điền sẵn`, en: `${id} is not prefilled` }),
    },
    io,
    async (pkg) => {
      const r = await lastYearFigures(pkg, plan, unit);
      return r.ok ? { ok: true, value: r.prefilled, skipped: r.skipped } : r;
    },
  );
}

/** The targets file's size limit: a CSV of every unit's targets is far smaller. */
const MAX_TARGETS_BYTES = 20 * 1024 * 1024;

/**
 * The unit's own targets from the ministry's targets file (issue #11, D31, D33): the whole file
 * read and checked; a file with an error anywhere is refused with every error and its line.
 */
async function targetsOf(path: string, plan: Plan, unit: UnitProfile, io: Io): Promise<UnitTargets> {
  if (!existsSync(path))
    throw new UsageError({ vi: `Không có tệp ${path}.`, en: `There is no file ${path}.` });
  if (statSync(path).size > MAX_TARGETS_BYTES)
    throw new UsageError({
      vi: `Không dùng được ${path} làm tệp chỉ tiêu: tệp lớn hơn 20 MB.`,
      en: `Cannot use ${path} as the targets file: it is larger than 20 MB.`,
    });
  const r = await unitTargetsFrom(new Uint8Array(readFileSync(path)), plan, unit);
  if (!r.ok)
    throw new UsageError({
      vi: `Tệp chỉ tiêu ${path} có ${r.problems.length} lỗi, không dùng được:\n${r.problems.map((p) => `  ${p.vi}`).join("\n")}`,
      en: `The targets file ${path} has ${r.problems.length} ${r.problems.length === 1 ? "error" : "errors"} and cannot be used:\n${r.problems.map((p) => `  ${p.en}`).join("\n")}`,
    });
  for (const w of r.warnings) io.err(bilingual({ vi: `Cảnh báo: ${w.vi}`, en: `Warning: ${w.en}` }));
  return r.unitTargets;
}

/**
 * The unit's own targets from its sealed registration (D37): refused unless its hash verifies and
 * it is this unit's registration for this plan and year.
 */
function registrationOf(path: string, plan: Plan, unit: UnitProfile, io: Io): Promise<UnitTargets> {
  return sealedInput(
    path,
    {
      as: { vi: "bản đăng ký", en: "the registration" },
      not: { vi: "một bản đăng ký", en: "a registration" },
      skipped: (id) => ({
        vi: `${id} không lấy được chỉ tiêu đăng ký`,
        en: `${id} gives no registered target`,
      }),
    },
    io,
    async (pkg) => {
      const r = await registrationTargets(pkg, plan, unit);
      return r.ok ? { ok: true, value: r.unitTargets, skipped: r.skipped } : r;
    },
  );
}

export async function runTemplate(argv: string[], io: Io, kind?: "registration"): Promise<number> {
  const command = kind ? "register" : "template";
  const { values: o } = parseCommandArgs(
    command,
    argv,
    // The options register lacks are refused by the parser, so read as absent.
    (kind ? REGISTER_OPTIONS : OPTIONS) as typeof OPTIONS,
  );
  const outArg = requireOption(command, "out", o.out, kind ? "registration.xlsx" : "template.xlsx");
  const out = resolve(io.cwd, outArg);
  if (!out.toLowerCase().endsWith(".xlsx"))
    throw new UsageError({
      vi: `--out phải là tệp .xlsx, không phải ${outArg}.`,
      en: `--out must be an .xlsx file, not ${outArg}.`,
    });

  let fromBytes: Uint8Array | undefined;
  let fromMeta: Awaited<ReturnType<typeof readTemplate>>["meta"] = null;
  if (o.from !== undefined) {
    const from = resolve(io.cwd, o.from);
    // Inputs are never modified (DESIGN §6): the upgrade writes a new file beside the old one.
    if (from === out)
      throw new UsageError({
        vi: `--out không được trùng --from: tệp cũ được giữ nguyên, hãy ghi ra tệp khác.`,
        en: `--out must differ from --from: the old file is never modified, write a new one.`,
      });
    if (!existsSync(from))
      throw new UsageError({ vi: `Không có tệp ${from}.`, en: `There is no file ${from}.` });
    if (statSync(from).size > MAX_FROM_BYTES)
      throw new UsageError({
        vi: `Tệp ${from} lớn hơn 50 MB, không phải một mẫu báo cáo.`,
        en: `The file ${from} is larger than 50 MB; it is not a template.`,
      });
    fromBytes = new Uint8Array(readFileSync(from));
    try {
      // The old file may come from anyone: the ministry's guard (bounded inflation, cell counts,
      // no entity tricks) sees every XML part before ExcelJS builds a model of it.
      const pkg = new GuardedPackage(Buffer.from(fromBytes));
      for (const name of pkg.names()) if (name.endsWith(".xml") || name.endsWith(".rels")) pkg.text(name);
      const reading = await readTemplate(fromBytes);
      fromMeta = reading.meta;
      // Rows that cannot be found would be entries silently left behind: refuse instead.
      if (reading.located === null && (reading.meta?.indicatorIds.length ?? 0) > 0) {
        io.err(
          bilingual({
            vi: `Không tìm thấy các dòng chỉ tiêu trong ${from}: các tên SA_* đã bị xoá và bảng đã bị sửa cấu trúc. Không nâng cấp để không làm mất số liệu; hãy khôi phục tệp gốc.`,
            en: `Cannot find the indicator rows in ${from}: the SA_* names were deleted and the table was restructured. Not upgrading, so no entry is lost; restore the original file.`,
          }),
        );
        return EXIT.failed;
      }
    } catch (e) {
      const reason = reasonOf(e).message;
      io.err(
        bilingual({
          vi: `Không đọc được ${from} như một tệp Excel: ${reason.vi}`,
          en: `Cannot read ${from} as an Excel file: ${reason.en}`,
        }),
      );
      return EXIT.failed;
    }
    if (!fromMeta)
      io.err(
        bilingual({
          vi: `Cảnh báo: ${from} không có siêu dữ liệu mẫu; số liệu được đọc theo các tên SA_*.`,
          en: `Warning: ${from} has no template metadata; entries are read through the SA_* names.`,
        }),
      );
  }

  if (existsSync(out) && !o.force)
    throw new UsageError({
      vi: `Tệp ${out} đã có. Thêm --force để ghi đè, hoặc chọn tên khác.`,
      en: `The file ${out} exists. Add --force to overwrite it, or choose another name.`,
    });

  const plan = loadPlan(o.plan ?? (o["plan-file"] ? undefined : fromMeta?.planId), o["plan-file"], io.cwd);
  const unitType = unitTypeOf(plan, o["unit-type"], fromMeta?.unit.unitType);
  const lang = languageOf(o.lang, fromMeta?.language ?? "vi");
  // Without --fields, a template made from another keeps the fields it covers (for the same type).
  const fields =
    o.fields
      ?.split(",")
      .map((f) => f.trim())
      .filter((f) => f !== "") ?? (fromMeta?.unit.unitType === unitType ? fromMeta.fields : undefined);
  if (fields !== undefined) {
    const problems = validateFieldSelection(plan, fields);
    if (problems.length > 0)
      throw new UsageError({
        vi: problems.map((p) => p.vi).join("\n"),
        en: problems.map((p) => p.en).join("\n"),
      });
  }
  const code = o["unit-code"]?.trim() ?? fromMeta?.unit.code;
  if (code !== undefined) {
    const bad = unitCodeProblem(plan, unitType, code);
    if (bad) throw new UsageError(bad);
  }
  const placeholder = { vi: "(chưa ghi)", en: "(not given)" }[lang];
  const candidate = {
    name: o["unit-name"]?.trim() || fromMeta?.unit.name || placeholder,
    code: code || placeholder,
    unitType,
    year: yearOf(o.year, fromMeta?.unit.year ?? plan.period?.year ?? new Date(io.now()).getUTCFullYear()),
    ...(o.preparer?.trim()
      ? { preparer: o.preparer.trim() }
      : fromMeta?.unit.preparer
        ? { preparer: fromMeta.unit.preparer }
        : {}),
  };
  const unit: UnitProfile = UnitProfileSchema.parse(candidate);
  if (code === undefined || candidate.name === placeholder)
    io.err(
      bilingual({
        vi: "Cảnh báo: chưa có --unit-name/--unit-code; phần đầu mẫu ghi (chưa ghi).",
        en: "Warning: no --unit-name/--unit-code given; the template header says (not given).",
      }),
    );

  const prefilled =
    o.previous !== undefined ? await previousOf(resolve(io.cwd, o.previous), plan, unit, io) : undefined;
  if (o.targets !== undefined && code === undefined)
    throw new UsageError({
      vi: "--targets cần --unit-code: tệp chỉ tiêu giao chỉ tiêu theo mã đơn vị.",
      en: "--targets needs --unit-code: the targets file gives targets by unit code.",
    });
  // One source of the unit's targets: the template records one (its hash), and a silent choice
  // between the ministry's file and the unit's registration would hide the difference (D37).
  if (o.targets !== undefined && o.registration !== undefined)
    throw new UsageError({
      vi: "Chỉ dùng một trong --targets và --registration: mẫu ghi chỉ tiêu riêng từ một nguồn. Nếu Bộ giao chỉ tiêu khác bản đăng ký, dùng --targets; lệnh check --registrations sẽ báo chỗ khác nhau.",
      en: "Give one of --targets and --registration: a template records the unit's targets from one source. If the ministry issued targets other than those registered, use --targets; check --registrations then reports where they differ.",
    });
  const unitTargets =
    o.targets !== undefined
      ? await targetsOf(resolve(io.cwd, o.targets), plan, unit, io)
      : o.registration !== undefined
        ? await registrationOf(resolve(io.cwd, o.registration), plan, unit, io)
        : undefined;

  let made;
  try {
    made = await makeTemplateFile(
      {
        plan,
        unit,
        language: lang,
        ...(fields ? { fields } : {}),
        ...(prefilled ? { prefilled } : {}),
        ...(unitTargets ? { unitTargets } : {}),
        ...(kind ? { kind } : {}),
      },
      { generator: GENERATOR, createdAt: io.now() },
      fromBytes,
    );
  } catch (e) {
    if (isWorkbookError(e) && e.code === "no-indicators") throw new UsageError(e.text);
    throw e;
  }
  writeFileAtomic(out, made.bytes);

  const p = made.preview;
  const filled = made.spec.meta.prefilled?.previous.length;
  io.out(
    `${out}: ${made.spec.indicatorIds.length} ${lang === "vi" ? "chỉ tiêu" : "indicators"} (${plan.id} ${plan.version}, ${unitType})`,
  );
  if (prefilled)
    io.out(
      lang === "vi"
        ? `  năm trước: điền sẵn ${filled ?? 0} chỉ tiêu`
        : `  previous year: ${filled ?? 0} prefilled`,
    );
  if (unitTargets)
    io.out(
      lang === "vi"
        ? `  chỉ tiêu riêng của đơn vị: ${made.spec.meta.unitTargets?.targets.length ?? 0}`
        : `  the unit's own targets: ${made.spec.meta.unitTargets?.targets.length ?? 0}`,
    );
  if (fromBytes) {
    io.out(
      lang === "vi"
        ? `  giữ ${p.kept.length}, thêm ${p.added.length}, lưu trữ ${p.archived.length}` +
            (p.restored.length ? `, lấy lại từ vùng lưu trữ ${p.restored.length}` : "") +
            (p.targetChanged.length ? `; đổi mục tiêu: ${p.targetChanged.join(", ")}` : "")
        : `  kept ${p.kept.length}, added ${p.added.length}, archived ${p.archived.length}` +
            (p.restored.length ? `, restored from the archive ${p.restored.length}` : "") +
            (p.targetChanged.length ? `; target changed: ${p.targetChanged.join(", ")}` : ""),
    );
    const dropped = made.dropped;
    const shown = dropped.cells.slice(0, 20).map((c) => c.address);
    const more = dropped.cells.length > shown.length ? ` (+${dropped.cells.length - shown.length})` : "";
    if (dropped.cells.length > 0)
      io.err(
        bilingual({
          vi: `Cảnh báo: ${dropped.cells.length} ô người dùng nhập không được chép nguyên sang tệp mới (ô ngoài mẫu, ô gõ đè công thức của mẫu, công thức trong ô nhập liệu): ${shown.join(", ")}${more}. Tệp cũ vẫn giữ nguyên.`,
          en: `Warning: ${dropped.cells.length} cells a person typed are not carried to the new file as they are (outside the template, typed over its formulas, or formulas in input cells): ${shown.join(", ")}${more}. The old file is unchanged.`,
        }),
      );
    if (dropped.sheets.length > 0)
      io.err(
        bilingual({
          vi: `Cảnh báo: các trang tính khác không được chép sang tệp mới: ${dropped.sheets.join(", ")}.`,
          en: `Warning: the other sheets are not carried to the new file: ${dropped.sheets.join(", ")}.`,
        }),
      );
    if (dropped.notes.length > 0) {
      const notes = dropped.notes.slice(0, 20).join(", ");
      const rest = dropped.notes.length > 20 ? ` (+${dropped.notes.length - 20})` : "";
      io.err(
        bilingual({
          vi: `Cảnh báo: ${dropped.notes.length} ghi chú trên ô không được chép sang tệp mới: ${notes}${rest}. Tệp cũ vẫn giữ nguyên.`,
          en: `Warning: ${dropped.notes.length} cell notes are not carried to the new file: ${notes}${rest}. The old file is unchanged.`,
        }),
      );
    }
    for (const f of made.from?.grid.formulaInputs ?? [])
      io.err(
        bilingual({
          vi: `Cảnh báo: ô ${f.address} (${f.indicatorId}) chứa công thức =${f.formula}; giá trị tính sẵn được giữ, công thức bị bỏ.`,
          en: `Warning: cell ${f.address} (${f.indicatorId}) holds the formula =${f.formula}; its cached value is kept, the formula dropped.`,
        }),
      );
    for (const pr of made.from?.grid.problems ?? [])
      io.err(bilingual({ vi: `Cảnh báo: ${pr.message.vi}`, en: `Warning: ${pr.message.en}` }));
  }
  return EXIT.ok;
}

const REGISTER_HELP = {
  vi: `self-assess register: tạo mẫu đăng ký thi đua (.xlsx) cho một đơn vị.

Đơn vị nhập mức cam kết của từng chỉ tiêu vào cột "Chỉ tiêu đăng ký", theo cách viết của mục tiêu kế hoạch:
một số cho chỉ tiêu "ít nhất", "trên", "không quá"; ngưỡng dưới cho chỉ tiêu khoảng; thứ hạng thấp nhất cam kết
cho chỉ tiêu xếp hạng; ngày hoàn thành cho mốc thời gian; "Có" cho nhiệm vụ. Mức đăng ký thấp hơn mục tiêu
kế hoạch (chỉ tiêu của đơn vị) là cảnh báo, cần giải trình; chỉ tiêu toàn ngành đăng ký mức nào cũng được.
Xuất bằng self-assess export được bản đăng ký niêm phong; cuối năm: self-assess template --registration.

  --plan ID | --plan-file TỆP, --unit-type LOẠI, --unit-code MÃ, --unit-name TÊN, --year NĂM,
  --preparer TÊN, --fields A,B, --lang vi|en: như self-assess template
  --out MỚI.xlsx       tệp kết quả (bắt buộc); không ghi đè tệp có sẵn trừ khi có --force
  --force              cho phép ghi đè --out`,
  en: `self-assess register: make a registration template (.xlsx) for one unit (emulation registration).

The unit types its commitment per indicator in the "Registered target" column, in the plan target's
terms: one number for "at least", "more than", "at most"; the lower edge for a range; the worst place it
commits to for a rank; the completion date for a milestone; "Yes" for a task. A commitment weaker than the
plan's target (a unit indicator) is a warning that needs an explanation; on a national indicator any
commitment is allowed. self-assess export seals it; at year end: self-assess template --registration.

  --plan ID | --plan-file FILE, --unit-type TYPE, --unit-code CODE, --unit-name NAME, --year YEAR,
  --preparer NAME, --fields A,B, --lang vi|en: as for self-assess template
  --out NEW.xlsx       the file to write (required); an existing file is kept unless --force
  --force              allow overwriting --out`,
};

export const registerCommand: Command = {
  name: "register",
  summary: {
    vi: "tạo mẫu đăng ký thi đua .xlsx cho một đơn vị",
    en: "make a unit's .xlsx registration template",
  },
  help: REGISTER_HELP,
  run: (argv, io) => runTemplate(argv, io, "registration"),
};

export const templateCommand: Command = {
  name: "template",
  summary: {
    vi: "tạo hoặc nâng cấp mẫu báo cáo .xlsx cho một đơn vị",
    en: "make or upgrade a unit's .xlsx template",
  },
  help: HELP,
  run: runTemplate,
};
