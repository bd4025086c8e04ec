// Who a file is from, decided by the ministry rather than by the file: its unit code normalised and
// checked against the code pattern of the unit type (a code that is not one is refused), and, when
// a roster is given, the roster's unit type (a file that declares another is an error, and the file
// is assessed as the roster's type, so a department re-sealed as a publisher still owes the
// department's indicators). Runs in the reading worker, which gets the roster as workerData.
import type { Plan, UnitProfile, UnitType } from "../../domain/plan";
import { unitTypeName } from "../../domain/unit";
import { normaliseUnitCode, unitCodeProblem } from "../../domain/unit-code";
import { reject } from "../../ooxml/rejection";
import type { FileIssue } from "./file-report";

/** What a worker knows of one roster unit. */
export interface RosterFacts {
  unitType: UnitType | null;
  publicKey: string | null;
}

/** The roster as workers get it (code → facts), or null when the run has none. */
export type RosterIndex = ReadonlyMap<string, RosterFacts> | null;

export interface SettledUnit {
  unit: UnitProfile;
  /** The roster's facts for the unit, when the roster lists it. */
  roster: RosterFacts | null;
  issues: FileIssue[];
}

export function settleUnit(declared: UnitProfile, plan: Plan, roster: RosterIndex): SettledUnit {
  const issues: FileIssue[] = [];
  const { code, changed } = normaliseUnitCode(declared.code);
  const facts = roster?.get(code) ?? null;
  const unitType = facts?.unitType ?? declared.unitType;
  const problem = unitCodeProblem(plan, unitType, code);
  if (problem)
    reject(
      "unit.code-invalid",
      `the unit code is not valid: ${problem.en}`,
      `mã đơn vị không hợp lệ: ${problem.vi}`,
    );
  if (changed)
    issues.push({
      code: "unit.code-normalised",
      severity: "warning",
      message: {
        vi: `mã đơn vị ghi trong tệp là ${JSON.stringify(declared.code)}, được đọc là ${code} (bỏ ký tự ẩn, chữ toàn độ rộng, chữ thường)`,
        en: `the file writes the unit code as ${JSON.stringify(declared.code)}; read as ${code} (invisible characters, full-width or lower-case letters)`,
      },
    });
  if (facts?.unitType && facts.unitType !== declared.unitType)
    issues.push({
      code: "unit.type-mismatch",
      severity: "error",
      message: {
        vi: `tệp khai loại đơn vị "${unitTypeName(plan, declared.unitType).vi}", nhưng danh sách đơn vị ghi "${unitTypeName(plan, facts.unitType).vi}"; đã đánh giá theo loại trong danh sách`,
        en: `the file declares the unit type "${unitTypeName(plan, declared.unitType).en}", but the roster says "${unitTypeName(plan, facts.unitType).en}"; assessed as the roster's type`,
      },
    });
  return { unit: { ...declared, code, unitType }, roster: facts, issues };
}
