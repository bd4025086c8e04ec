// The roster: the units expected to report, as a CSV the ministry keeps in Excel. It is the authority
// on who a unit is: its type (a file that declares another is an error), its name and its emulation
// cluster (ranks are given within it), and optionally the public key its submissions must be signed
// with. Columns are found by header in either language (src/csv/columns.ts); without a header the
// columns are code, name, type, cluster, key in that order. Every code is normalised as the files'
// codes are (src/domain/unit-code.ts) and checked against its type; a bad line stops the run with its
// line number, since a wrong roster would misjudge every unit on it.
import { readCsvTable, CsvError } from "../../csv/table";
import { headerKey, locateColumns, type ColumnSpec } from "../../csv/columns";
import { UNIT_TYPES, type UnitType } from "../../domain/plan";
import { UNIT_TYPE_LABELS } from "../../domain/unit";
import { normaliseUnitCode, unitCodeProblem } from "../../domain/unit-code";

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
  {
    key: "code",
    synonyms: [
      "Mã",
      "Mã đơn vị",
      "Mã định danh",
      "Mã định danh điện tử",
      "Mã số",
      "Mã số doanh nghiệp",
      "Mã số thuế",
      "Code",
      "Unit code",
      "Unit_code",
      "Identifier",
      "ID",
    ],
  },
  { key: "name", synonyms: ["Tên", "Tên đơn vị", "Đơn vị", "Name", "Unit name", "Unit_name", "Unit"] },
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

const TYPE_BY_KEY = new Map<string, UnitType>();
for (const t of UNIT_TYPES) {
  TYPE_BY_KEY.set(headerKey(t), t);
  TYPE_BY_KEY.set(headerKey(UNIT_TYPE_LABELS[t].vi), t);
  TYPE_BY_KEY.set(headerKey(UNIT_TYPE_LABELS[t].en), t);
}

/** A type cell to a unit type: its id or its name in either language. */
export function unitTypeFromText(text: string): UnitType | null {
  return TYPE_BY_KEY.get(headerKey(text)) ?? null;
}

/** The key cell as base64 SPKI: PEM armour and white space removed. */
function keyText(cell: string): string {
  return cell.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, "").replace(/\s+/g, "");
}

export function parseRoster(input: Uint8Array | string): Roster {
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
    const unitType = typeText === "" ? null : unitTypeFromText(typeText);
    if (typeText !== "" && unitType === null) {
      problems.push({
        vi: `dòng ${line}: loại đơn vị "${typeText}" không có (dùng mã như ${UNIT_TYPES[1]} hoặc tên như "${UNIT_TYPE_LABELS[UNIT_TYPES[1]].vi}")`,
        en: `line ${line}: unknown unit type "${typeText}" (use an id such as ${UNIT_TYPES[1]} or a name such as "${UNIT_TYPE_LABELS[UNIT_TYPES[1]].en}")`,
      });
      return;
    }
    const bad = unitType ? unitCodeProblem(undefined, unitType, code) : null;
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
