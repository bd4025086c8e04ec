// The ministry's targets file (issue #11 item 3a): a CSV the ministry keeps in Excel that gives
// units their own targets, one row per unit and indicator. A unit's target has the plan target's
// kind (an "at least" indicator gets an "at least" number, a range gets its two edges, a rank its
// best and worst places, a milestone its date), so src/domain/target.ts judges it by the very rule
// the plan's target is judged by. Values are written the way the plan's and the sheet's are
// ("27.000", "80%", "0,8", "31/12/2025"). The whole file is read and every bad row is reported with
// its line, in both languages; the caller refuses a file with errors, so a wrong row never quietly
// becomes a wrong verdict and a good row is never quietly dropped.
import { readCsvTable, CsvError, type CsvEncoding } from "../csv/table";
import { UNIT_CODE_HEADERS, UNIT_NAME_HEADERS, locateColumns, type ColumnSpec } from "../csv/columns";
import type { Indicator, Plan, Target, Text, UnitType } from "../domain/plan";
import { normaliseUnitCode, unitCodeProblem } from "../domain/unit-code";
import { parseDateText, parseNumberText } from "../domain/parse";
import { hardBounds, percentSlip } from "../domain/bounds";
import { serialToIso } from "../domain/excel-date";

export interface UnitTarget {
  /** Normalised as every unit code is (src/domain/unit-code.ts). */
  unitCode: string;
  indicatorId: string;
  target: Target;
  /** The line of the file, for messages. */
  line: number;
}

export type TargetsProblemCode =
  | "targets.file"
  | "targets.no-code-column"
  | "targets.missing-cell"
  | "targets.invalid-code"
  | "targets.unknown-unit"
  | "targets.unknown-indicator"
  | "targets.not-applicable"
  | "targets.no-number"
  | "targets.wrong-type"
  | "targets.percent-slip"
  | "targets.out-of-bounds"
  | "targets.range-order"
  | "targets.edges-unexpected"
  | "targets.duplicate"
  | "targets.unknown-column";

export interface TargetsProblem {
  severity: "error" | "warning";
  code: TargetsProblemCode;
  /** Null for the file as a whole. */
  line: number | null;
  text: Text;
}

export interface TargetsFile {
  targets: UnitTarget[];
  problems: TargetsProblem[];
  encoding: CsvEncoding | null;
  separator: string | null;
}

export interface TargetsContext {
  plan: Plan;
  /**
   * The unit type of a normalised code when the ministry's roster is known: undefined for a code
   * the roster does not list, null for a listed unit without a type. Without it, a code must fit
   * the code rule of one of the plan's unit types, and the indicator must apply to one of them.
   */
  unitTypeOf?: (code: string) => UnitType | null | undefined;
}

type Key = "code" | "indicator" | "target" | "low" | "high" | "name" | "indicatorName";

export const TARGETS_COLUMNS: readonly ColumnSpec<Key>[] = [
  { key: "code", synonyms: UNIT_CODE_HEADERS },
  {
    key: "indicator",
    synonyms: ["Mã chỉ tiêu", "Chỉ tiêu", "Indicator", "Indicator id", "Indicator_id", "Indicator code"],
  },
  {
    key: "target",
    synonyms: [
      "Chỉ tiêu đơn vị",
      "Chỉ tiêu giao",
      "Mục tiêu",
      "Mục tiêu đơn vị",
      "Giá trị",
      "Target",
      "Unit target",
      "Unit_target",
      "Value",
    ],
  },
  {
    key: "low",
    synonyms: ["Cận dưới", "Từ", "Tối thiểu", "Thứ hạng tốt nhất", "Low", "Min", "From", "Best"],
  },
  { key: "high", synonyms: ["Cận trên", "Đến", "Tối đa", "Thứ hạng kém nhất", "High", "Max", "To", "Worst"] },
  // Read past, never used: people keep names beside codes so the file can be checked by eye.
  { key: "name", synonyms: UNIT_NAME_HEADERS },
  { key: "indicatorName", synonyms: ["Tên chỉ tiêu", "Nội dung", "Indicator name", "Indicator_name"] },
];

const HEADERLESS_ORDER: readonly Key[] = ["code", "indicator", "target", "low", "high"];

/** At most this many problems are kept; a file this wrong is the wrong file. */
export const MAX_TARGETS_PROBLEMS = 200;

const at = (line: number | null): Text =>
  line === null ? { vi: "Tệp chỉ tiêu", en: "The targets file" } : { vi: `Dòng ${line}`, en: `Line ${line}` };

function problem(
  code: TargetsProblemCode,
  line: number | null,
  vi: string,
  en: string,
  severity: "error" | "warning" = "error",
): TargetsProblem {
  const where = at(line);
  return { severity, code, line, text: { vi: `${where.vi}: ${vi}`, en: `${where.en}: ${en}` } };
}

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: TargetsProblem };

/** A number in the indicator's value conventions: "27.000", "1,9", "80%" (0.8), "0,8". */
function readNumber(text: string, ind: Indicator, line: number, what: Text): Parsed<number> {
  const n = parseNumberText(text);
  if (n === null)
    return {
      ok: false,
      problem: problem(
        "targets.wrong-type",
        line,
        `${what.vi} "${text.trim()}" của chỉ tiêu ${ind.id} không phải là số (viết như 27.000, 1,9 hoặc 80%).`,
        `${what.en} "${text.trim()}" of indicator ${ind.id} is not a number (write it like 27.000, 1,9 or 80%).`,
      ),
    };
  if (!text.includes("%")) {
    const meant = percentSlip(ind, n);
    if (meant !== null)
      return {
        ok: false,
        problem: problem(
          "targets.percent-slip",
          line,
          `${what.vi} "${text.trim()}" của chỉ tiêu ${ind.id} là tỷ lệ: viết ${text.trim()}% (hoặc ${String(meant).replace(".", ",")}).`,
          `${what.en} "${text.trim()}" of indicator ${ind.id} is a share: write ${text.trim()}% (or ${String(meant)}).`,
        ),
      };
  }
  const b = hardBounds(ind);
  if (
    (b.min !== undefined && n < b.min) ||
    (b.max !== undefined && n > b.max) ||
    (b.whole && !Number.isInteger(n))
  )
    return {
      ok: false,
      problem: problem(
        "targets.out-of-bounds",
        line,
        `${what.vi} "${text.trim()}" nằm ngoài giá trị chỉ tiêu ${ind.id} có thể nhận${b.whole ? " (phải là số nguyên)" : ""}.`,
        `${what.en} "${text.trim()}" is outside what indicator ${ind.id} can take${b.whole ? " (it must be a whole number)" : ""}.`,
      ),
    };
  return { ok: true, value: n };
}

const TARGET: Text = { vi: "Chỉ tiêu", en: "The target" };
const LOW: Text = { vi: "Cận dưới", en: "The low edge" };
const HIGH: Text = { vi: "Cận trên", en: "The high edge" };
const BEST: Text = { vi: "Thứ hạng tốt nhất", en: "The best place" };
const WORST: Text = { vi: "Thứ hạng kém nhất", en: "The worst place" };

/** The unit's target, of the plan target's kind, from the row's target, low and high cells. */
function readTarget(
  ind: Indicator,
  cells: { target: string; low: string; high: string },
  line: number,
): Parsed<Target> {
  const has = (s: string) => s.trim() !== "";
  const kind = ind.target.kind;
  const unexpected = (vi: string, en: string): Parsed<Target> => ({
    ok: false,
    problem: problem("targets.edges-unexpected", line, vi, en),
  });
  const missing = (vi: string, en: string): Parsed<Target> => ({
    ok: false,
    problem: problem("targets.missing-cell", line, vi, en),
  });
  switch (kind) {
    case "done":
      return {
        ok: false,
        problem: problem(
          "targets.no-number",
          line,
          `chỉ tiêu ${ind.id} là nhiệm vụ hoàn thành/chưa hoàn thành, không có con số để giao cho đơn vị. Xóa dòng này.`,
          `indicator ${ind.id} is a done/not-done task with no figure to give a unit. Delete this row.`,
        ),
      };
    case "milestone": {
      if (has(cells.low) || has(cells.high))
        return unexpected(
          `chỉ tiêu ${ind.id} là mốc thời gian: chỉ ghi ngày ở cột chỉ tiêu, để trống cận dưới và cận trên.`,
          `indicator ${ind.id} is a milestone: write its date in the target column and leave low and high empty.`,
        );
      if (!has(cells.target))
        return missing(
          `chưa ghi ngày hoàn thành của chỉ tiêu ${ind.id}.`,
          `indicator ${ind.id} has no date.`,
        );
      const serial = parseDateText(cells.target);
      const iso = serial === null ? null : serialToIso(serial);
      if (iso === null)
        return {
          ok: false,
          problem: problem(
            "targets.wrong-type",
            line,
            `"${cells.target.trim()}" không phải là ngày (viết dd/mm/yyyy, ví dụ 31/12/2025).`,
            `"${cells.target.trim()}" is not a date (write dd/mm/yyyy, e.g. 31/12/2025).`,
          ),
        };
      return { ok: true, value: { kind: "milestone", by: iso } };
    }
    case "range":
    case "rank": {
      const [lowName, highName] = kind === "rank" ? [BEST, WORST] : [LOW, HIGH];
      let lowText = cells.low;
      let highText = cells.high;
      if (!has(lowText) && !has(highText) && kind === "rank" && has(cells.target)) {
        // "Top 50" for one unit: any place from 1st to 50th meets it.
        lowText = "1";
        highText = cells.target;
      } else if (has(cells.target) && (has(lowText) || has(highText)))
        return unexpected(
          `chỉ tiêu ${ind.id} là một khoảng: ghi cận dưới và cận trên, để trống cột chỉ tiêu.`,
          `indicator ${ind.id} is a range: write its low and high edges and leave the target column empty.`,
        );
      if (!has(lowText) || !has(highText))
        return missing(
          `chỉ tiêu ${ind.id} là một khoảng: cần cả ${lowName.vi.toLowerCase()} và ${highName.vi.toLowerCase()}.`,
          `indicator ${ind.id} is a range: it needs both ${lowName.en.toLowerCase().replace("the ", "")} and ${highName.en.toLowerCase().replace("the ", "")}.`,
        );
      const low = readNumber(lowText, ind, line, lowName);
      if (!low.ok) return low;
      const high = readNumber(highText, ind, line, highName);
      if (!high.ok) return high;
      if (low.value > high.value)
        return {
          ok: false,
          problem: problem(
            "targets.range-order",
            line,
            `${lowName.vi.toLowerCase()} (${lowText.trim()}) lớn hơn ${highName.vi.toLowerCase()} (${highText.trim()}).`,
            `${lowName.en.toLowerCase()} (${lowText.trim()}) is above ${highName.en.toLowerCase()} (${highText.trim()}).`,
          ),
        };
      return {
        ok: true,
        value:
          kind === "rank"
            ? { kind: "rank", best: low.value, worst: high.value }
            : { kind: "range", low: low.value, high: high.value },
      };
    }
    default: {
      if (has(cells.low) || has(cells.high))
        return unexpected(
          `chỉ tiêu ${ind.id} có một mức: ghi ở cột chỉ tiêu, để trống cận dưới và cận trên.`,
          `indicator ${ind.id} has one level: write it in the target column and leave low and high empty.`,
        );
      if (!has(cells.target))
        return missing(`chưa ghi chỉ tiêu của ${ind.id}.`, `indicator ${ind.id} has no target.`);
      const n = readNumber(cells.target, ind, line, TARGET);
      if (!n.ok) return n;
      return { ok: true, value: { kind, value: n.value } };
    }
  }
}

/** Reads a targets file against a plan (and the roster, when given). Never throws. */
export function readTargetsFile(input: Uint8Array | string, ctx: TargetsContext): TargetsFile {
  const { plan } = ctx;
  let table;
  try {
    table = readCsvTable(input);
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    return {
      targets: [],
      problems: [
        {
          severity: "error",
          code: "targets.file",
          line: e.line,
          text: {
            vi: `Tệp chỉ tiêu: ${e.text.vi}`,
            en: `The targets file: ${e.text.en}`,
          },
        },
      ],
      encoding: null,
      separator: null,
    };
  }
  const problems: TargetsProblem[] = [];
  const { rows, lines } = table;
  const located = rows.length > 0 ? locateColumns(rows[0]!, TARGETS_COLUMNS) : null;
  const index: Record<Key, number> = located
    ? located.index
    : ({
        ...Object.fromEntries(TARGETS_COLUMNS.map((c) => [c.key, -1])),
        ...Object.fromEntries(HEADERLESS_ORDER.map((k, i) => [k, i])),
      } as Record<Key, number>);
  if (located) {
    const lacking = (["code", "indicator"] as const).filter((k) => index[k] < 0);
    if (lacking.length > 0 || (index.target < 0 && index.low < 0))
      problems.push(
        problem(
          "targets.no-code-column",
          lines[0] ?? 1,
          `dòng tiêu đề (${rows[0]!.join(" | ")}) cần các cột "Mã đơn vị", "Mã chỉ tiêu" và "Chỉ tiêu đơn vị" (hoặc "Cận dưới" và "Cận trên").`,
          `the header row (${rows[0]!.join(" | ")}) needs the columns "Unit code", "Indicator" and "Target" (or "Low" and "High").`,
        ),
      );
    for (const name of located.unknown)
      problems.push(
        problem(
          "targets.unknown-column",
          lines[0] ?? 1,
          `cột "${name}" không được dùng và bị bỏ qua.`,
          `column "${name}" is not used and is ignored.`,
          "warning",
        ),
      );
    if (problems.some((p) => p.severity === "error"))
      return { targets: [], problems, encoding: table.encoding, separator: table.separator };
  }
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const cell = (row: readonly string[], k: Key) => (index[k] >= 0 ? (row[index[k]] ?? "") : "");
  const seen = new Map<string, number>();
  const targets: UnitTarget[] = [];
  const body = located ? rows.slice(1) : rows;
  const bodyLines = located ? lines.slice(1) : lines;
  body.forEach((row, r) => {
    if (problems.length >= MAX_TARGETS_PROBLEMS) return;
    const line = bodyLines[r]!;
    const rawCode = cell(row, "code");
    const indicatorId = cell(row, "indicator").trim();
    if (rawCode.trim() === "" || indicatorId === "") {
      problems.push(
        problem(
          "targets.missing-cell",
          line,
          `thiếu ${rawCode.trim() === "" ? "mã đơn vị" : "mã chỉ tiêu"}.`,
          `the ${rawCode.trim() === "" ? "unit code" : "indicator id"} is missing.`,
        ),
      );
      return;
    }
    const code = normaliseUnitCode(rawCode).code;
    const ind = byId.get(indicatorId);
    if (!ind) {
      problems.push(
        problem(
          "targets.unknown-indicator",
          line,
          `kế hoạch ${plan.documentNumber} không có chỉ tiêu "${indicatorId}" (mã chỉ tiêu như ${plan.indicators[0]?.id ?? ""}).`,
          `plan ${plan.documentNumber} has no indicator "${indicatorId}" (ids look like ${plan.indicators[0]?.id ?? ""}).`,
        ),
      );
      return;
    }
    // Whose code is it, and may the indicator be given to it?
    let types: UnitType[];
    if (ctx.unitTypeOf) {
      const t = ctx.unitTypeOf(code);
      if (t === undefined) {
        problems.push(
          problem(
            "targets.unknown-unit",
            line,
            `đơn vị "${code}" không có trong danh sách đơn vị.`,
            `unit "${code}" is not in the roster.`,
          ),
        );
        return;
      }
      types = t === null ? plan.unitTypes.map((u) => u.id) : [t];
    } else types = plan.unitTypes.map((u) => u.id);
    const fitting = types.filter((t) => unitCodeProblem(plan, t, code) === null);
    if (fitting.length === 0) {
      const why = unitCodeProblem(plan, types[0]!, code);
      problems.push(
        problem(
          "targets.invalid-code",
          line,
          `mã đơn vị "${rawCode.trim()}" không hợp lệ. ${why?.vi ?? ""}`.trim(),
          `unit code "${rawCode.trim()}" is not valid. ${why?.en ?? ""}`.trim(),
        ),
      );
      return;
    }
    if (!fitting.some((t) => ind.appliesTo.includes(t))) {
      problems.push(
        problem(
          "targets.not-applicable",
          line,
          `chỉ tiêu ${ind.id} không áp dụng cho đơn vị ${code}.`,
          `indicator ${ind.id} does not apply to unit ${code}.`,
        ),
      );
      return;
    }
    const key = `${code}\u0000${ind.id}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(
        problem(
          "targets.duplicate",
          line,
          `đơn vị ${code}, chỉ tiêu ${ind.id} đã có ở dòng ${first}; mỗi đơn vị chỉ có một chỉ tiêu cho mỗi dòng kế hoạch.`,
          `unit ${code}, indicator ${ind.id} is already on line ${first}; a unit has one target per indicator.`,
        ),
      );
      return;
    }
    seen.set(key, line);
    const target = readTarget(
      ind,
      { target: cell(row, "target"), low: cell(row, "low"), high: cell(row, "high") },
      line,
    );
    if (!target.ok) {
      problems.push(target.problem);
      return;
    }
    targets.push({ unitCode: code, indicatorId: ind.id, target: target.value, line });
  });
  if (problems.length >= MAX_TARGETS_PROBLEMS)
    problems.push(
      problem(
        "targets.file",
        null,
        `có hơn ${MAX_TARGETS_PROBLEMS} lỗi; kiểm tra lại đây có đúng là tệp chỉ tiêu của kế hoạch ${plan.documentNumber} không.`,
        `more than ${MAX_TARGETS_PROBLEMS} problems; check that this is the targets file of plan ${plan.documentNumber}.`,
      ),
    );
  return { targets, problems, encoding: table.encoding, separator: table.separator };
}

/** One unit's targets by indicator id. */
export function targetsOfUnit(file: TargetsFile, unitCode: string): Map<string, UnitTarget> {
  const code = normaliseUnitCode(unitCode).code;
  return new Map(file.targets.filter((t) => t.unitCode === code).map((t) => [t.indicatorId, t]));
}
