// The roster: the units expected to report, as a CSV the ministry keeps in Excel. It is the authority
// on who a unit is: its type (a file that declares another is an error), its name and its emulation
// cluster (ranks are given within it), and optionally the public key its submissions must be signed
// with. Unit types are the plans' data: a type cell names a type of one of the run's plans (the
// bundled ones and any --plan-file), by id or by name in either language. Columns are found by header in either language (src/csv/columns.ts); without a header the
// columns are code, name, type, cluster, key in that order. Every code is normalised as the files'
// codes are (src/domain/unit-code.ts) and checked against its type; a bad line stops the run with its
// line number, since a wrong roster would misjudge every unit on it.
import { readCsvTable, CsvError } from "../../csv/table";
import {
  UNIT_CODE_HEADERS,
  UNIT_NAME_HEADERS,
  headerKey,
  locateColumns,
  type ColumnSpec,
} from "../../csv/columns";
import type { Plan, UnitType } from "../../domain/plan";
import { normaliseUnitCode, unitCodeProblem } from "../../domain/unit-code";
import { BUNDLED_PLANS } from "../../catalog/index";

export interface RosterUnit {
  code: string;
  name: string;
  /** Null when the roster has no type for the unit (then the file's own is taken, and said so). */
  unitType: UnitType | null;
  /** The emulation cluster (cụm/khối thi đua); "" when the roster has none. */
  cluster: string;
  /** Base64 SPKI of the unit's ECDSA P-256 public key; its submissions must be signed with it. */
  publicKey: string | null;
  /** Line of the roster file, for messages. */
  line: number;
}

export interface Roster {
  units: RosterUnit[];
  byCode: Map<string, RosterUnit>;
  /** Which columns the file had, so outputs can say what was and was not checked. */
  has: { unitType: boolean; cluster: boolean; publicKey: boolean };
}

type Key = "code" | "name" | "unitType" | "cluster" | "publicKey";

export const ROSTER_COLUMNS: readonly ColumnSpec<Key>[] = [
  { key: "code", synonyms: UNIT_CODE_HEADERS },
  { key: "name", synonyms: UNIT_NAME_HEADERS },
  {
    key: "unitType",
    synonyms: ["Loại", "Loại đơn vị", "Loại hình", "Loại hình đơn vị", "Type", "Unit type", "Unit_type"],
  },
  {
    key: "cluster",
    synonyms: [
      "Cụm",
      "Cụm thi đua",
      "Khối",
      "Khối thi đua",
      "Cụm, khối thi đua",
      "Cluster",
      "Emulation cluster",
    ],
  },
  { key: "publicKey", synonyms: ["Khóa công khai", "Khoá công khai", "Public key", "Public_key", "Key"] },
];

const HEADERLESS_ORDER: readonly Key[] = ["code", "name", "unitType", "cluster", "publicKey"];

/** A roster that cannot be used, every bad line named (at most 20), in both languages. */
export class RosterError extends Error {
  constructor(readonly text: { vi: string; en: string }) {
    super(text.en);
    this.name = "RosterError";
  }
}

/** The plans' unit types by id and by name (either language), and the first plan declaring each. */
interface KnownTypes {
  byKey: Map<string, UnitType>;
  planOf: Map<UnitType, Plan>;
  /** An example for messages: an id and its Vietnamese and English names. */
  example: { id: string; vi: string; en: string } | null;
}

function knownTypes(plans: readonly Plan[]): KnownTypes {
  const byKey = new Map<string, UnitType>();
  const planOf = new Map<UnitType, Plan>();
  for (const plan of plans)
    for (const t of plan.unitTypes) {
      if (!planOf.has(t.id)) planOf.set(t.id, plan);
      for (const k of [t.id, t.name.vi, t.name.en])
        if (!byKey.has(headerKey(k))) byKey.set(headerKey(k), t.id);
    }
  const first = plans.flatMap((p) => p.unitTypes)[1] ?? plans.flatMap((p) => p.unitTypes)[0];
  return { byKey, planOf, example: first ? { id: first.id, vi: first.name.vi, en: first.name.en } : null };
}

/** A type cell to a unit type of the plans: its id or its name in either language. */
export function unitTypeFromText(text: string, plans: readonly Plan[] = BUNDLED_PLANS): UnitType | null {
  return knownTypes(plans).byKey.get(headerKey(text)) ?? null;
}

/** The key cell as base64 SPKI: PEM armour and white space removed. */
function keyText(cell: string): string {
  return cell.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, "").replace(/\s+/g, "");
}

/** Reads a roster; `plans` are the run's plans (the ministry's files first), whose unit types it may name. */
export function parseRoster(input: Uint8Array | string, plans: readonly Plan[] = BUNDLED_PLANS): Roster {
  const known = knownTypes([...plans, ...BUNDLED_PLANS]);
  let table;
  try {
    table = readCsvTable(input);
  } catch (e) {
    if (e instanceof CsvError)
      throw new RosterError({ vi: `Danh sách đơn vị: ${e.text.vi}`, en: `The roster: ${e.text.en}` });
    throw e;
  }
  const { rows, lines } = table;
  const located = rows.length > 0 ? locateColumns(rows[0]!, ROSTER_COLUMNS) : null;
  const index: Record<Key, number> = located
    ? located.index
    : (Object.fromEntries(HEADERLESS_ORDER.map((k, i) => [k, i])) as Record<Key, number>);
  if (located && index.code < 0)
    throw new RosterError({
      vi: `Danh sách đơn vị: dòng tiêu đề (${rows[0]!.join(" | ")}) không có cột mã đơn vị ("Mã đơn vị", "Mã định danh" hoặc "Code").`,
      en: `The roster: its header row (${rows[0]!.join(" | ")}) has no unit code column ("Mã đơn vị", "Mã định danh" or "Code").`,
    });
  const body = located ? rows.slice(1) : rows;
  const bodyLines = located ? lines.slice(1) : lines;
  const problems: { vi: string; en: string }[] = [];
  const units: RosterUnit[] = [];
  const byCode = new Map<string, RosterUnit>();
  const cell = (r: string[], k: Key) => (index[k] >= 0 ? (r[index[k]] ?? "").trim() : "");
  body.forEach((r, i) => {
    const line = bodyLines[i]!;
    const raw = cell(r, "code");
    if (raw === "") {
      problems.push({ vi: `dòng ${line}: thiếu mã đơn vị`, en: `line ${line}: no unit code` });
      return;
    }
    const { code } = normaliseUnitCode(raw);
    const typeText = cell(r, "unitType");
    const unitType = typeText === "" ? null : (known.byKey.get(headerKey(typeText)) ?? null);
    if (typeText !== "" && unitType === null) {
      const ex = known.example;
      problems.push({
        vi: `dòng ${line}: loại đơn vị "${typeText}" không có trong kế hoạch nào${ex ? ` (dùng mã như ${ex.id} hoặc tên như "${ex.vi}")` : ""}`,
        en: `line ${line}: unknown unit type "${typeText}", in no plan${ex ? ` (use an id such as ${ex.id} or a name such as "${ex.en}")` : ""}`,
      });
      return;
    }
    // The code rule is the plan's; a unit type declared by several plans is checked by the first
    // (the ministry's file before the bundled ones). Each file is checked again against its own plan.
    const bad = unitType ? unitCodeProblem(known.planOf.get(unitType)!, unitType, code) : null;
    if (bad) {
      problems.push({ vi: `dòng ${line}: ${bad.vi}`, en: `line ${line}: ${bad.en}` });
      return;
    }
    const before = byCode.get(code);
    if (before) {
      problems.push({
        vi: `dòng ${line}: mã ${code} đã có ở dòng ${before.line}`,
        en: `line ${line}: the code ${code} is already on line ${before.line}`,
      });
      return;
    }
    const key = keyText(cell(r, "publicKey"));
    if (key !== "" && !/^[A-Za-z0-9+/]+={0,2}$/.test(key)) {
      problems.push({
        vi: `dòng ${line}: khóa công khai không phải base64 (SPKI) của khóa ECDSA P-256`,
        en: `line ${line}: the public key is not base64 (SPKI) of an ECDSA P-256 key`,
      });
      return;
    }
    const unit: RosterUnit = {
      code,
      name: cell(r, "name"),
      unitType,
      cluster: cell(r, "cluster"),
      publicKey: key === "" ? null : key,
      line,
    };
    units.push(unit);
    byCode.set(code, unit);
  });
  if (problems.length > 0) {
    const shown = problems.slice(0, 20);
    const more = problems.length - shown.length;
    throw new RosterError({
      vi: `Danh sách đơn vị có ${problems.length} dòng lỗi; sửa rồi chạy lại:\n  ${shown.map((p) => p.vi).join("\n  ")}${more > 0 ? `\n  (và ${more} dòng nữa)` : ""}`,
      en: `The roster has ${problems.length} bad lines; fix them and run again:\n  ${shown.map((p) => p.en).join("\n  ")}${more > 0 ? `\n  (and ${more} more)` : ""}`,
    });
  }
  return {
    units,
    byCode,
    has: { unitType: index.unitType >= 0, cluster: index.cluster >= 0, publicKey: index.publicKey >= 0 },
  };
}
