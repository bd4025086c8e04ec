// `check --registrations DIR` (issue #11 item 4, DECISIONS D37): a registered target cannot be
// changed in the year-end file without it showing. Each sealed registration in the folder is read
// as the ministry reads a submission (hash, seal, data sheet), and its commitments become targets by
// the same rule `template --registration` uses (domain/registration.ts registeredTargets); a
// year-end file of the same unit, plan and year whose own targets differ gets an error per row,
// through the very comparison `check --targets` makes (targets-match.ts).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Plan, Target } from "../../domain/plan";
import { registeredTargets, REGISTRATION_KIND } from "../../domain/registration";
import { normaliseUnitCode } from "../../domain/unit-code";
import { BUNDLED_PLANS } from "../../catalog/index";
import { GuardedPackage } from "../../ooxml/package";
import { LeanWorkbook } from "../../ooxml/lean-reader";
import { reasonOf } from "../../ooxml/rejection";
import { isSubmissionWorkbook, readSubmission } from "../../xlsx/submission-reader";
import { UsageError } from "../io";
import type { FileReport } from "./file-report";
import { matchTargets } from "./targets-match";

interface Registered {
  name: string;
  plan: Plan;
  targets: Map<string, Target>;
  /** When the ministry received it: the file's date on disk (D11), never its own createdAt. */
  receivedAt: number;
  /** Another registration of the unit received at the same moment: which one counts is unknown. */
  tiedWith?: string;
}

/** The registrations of a run, by unit code, year and plan id. */
export type Registrations = Map<string, Registered>;

const keyOf = (code: string, year: number, planId: string) =>
  `${normaliseUnitCode(code).code}|${year}|${planId}`;

const MAX_BYTES = 50 * 1024 * 1024;

/**
 * Every sealed registration among the folder's .xlsx files (other files, year-end submissions among
 * them, are passed over). A registration that does not verify is refused: the ministry never
 * compares with a forged one. Two registrations of one unit, plan and year: the one the ministry
 * received later counts, by the file's date on disk as D11 orders year-end files (a registration's
 * own createdAt is what the unit's PC clock said); two received at the same moment cannot be ordered
 * and the year-end file is told so. A folder holding no registration at all is refused: the run would
 * compare nothing, which is never what `--registrations` was given for.
 */
export async function loadRegistrations(
  dir: string,
  name: string,
  plans: readonly Plan[],
): Promise<Registrations> {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.toLowerCase().endsWith(".xlsx"))
      .sort();
  } catch {
    throw new UsageError({
      vi: `Không đọc được thư mục bản đăng ký ${name}.`,
      en: `Cannot read the registrations folder ${name}.`,
    });
  }
  const out: Registrations = new Map();
  const candidates = [...plans, ...BUNDLED_PLANS];
  for (const f of files) {
    const path = join(dir, f);
    const st = statSync(path);
    if (st.size > MAX_BYTES) continue;
    let read;
    try {
      const wb = new LeanWorkbook(new GuardedPackage(readFileSync(path)));
      if (!isSubmissionWorkbook(wb)) continue;
      read = await readSubmission(wb, (sub) => candidates.find((p) => p.id === sub.plan.id) ?? null);
    } catch (e) {
      const why = reasonOf(e).message;
      throw new UsageError({
        vi: `Không đọc được ${name}/${f}: ${why.vi}`,
        en: `Cannot read ${name}/${f}: ${why.en}`,
      });
    }
    const sub = read.submission;
    if (sub.kind !== REGISTRATION_KIND) continue;
    const plan = candidates.find((p) => p.id === sub.plan.id);
    if (!plan) continue;
    const r = registeredTargets(sub, read.hashVerified, plan, sub.unit);
    if (!r.ok)
      throw new UsageError({
        vi: `Bản đăng ký ${name}/${f} không dùng được: ${r.problems.map((p) => p.vi).join("; ")}.`,
        en: `The registration ${name}/${f} cannot be used: ${r.problems.map((p) => p.en).join("; ")}.`,
      });
    const key = keyOf(sub.unit.code, sub.unit.year, sub.plan.id);
    const receivedAt = st.mtimeMs;
    const before = out.get(key);
    if (before && before.receivedAt > receivedAt) continue;
    if (before && before.receivedAt === receivedAt) {
      before.tiedWith = `${name}/${f}`;
      continue;
    }
    out.set(key, {
      name: `${name}/${f}`,
      plan,
      targets: new Map(r.unitTargets.targets.map((t) => [t.indicatorId, t.target])),
      receivedAt,
    });
  }
  if (out.size === 0)
    throw new UsageError({
      vi: `Thư mục ${name} không có bản đăng ký thi đua nào (tệp .xlsx xuất từ mẫu self-assess register): không có gì để đối chiếu chỉ tiêu riêng. Hãy chỉ đúng thư mục chứa các bản đăng ký đã nhận.`,
      en: `The folder ${name} holds no registration (an .xlsx exported from a self-assess register template): there is nothing to compare the units' own targets with. Point --registrations at the folder of the registrations received.`,
    });
  return out;
}

/** Adds an error per unit target of a year-end file that differs from the unit's registration. */
export function matchRegistration(r: FileReport, regs: Registrations): void {
  if (r.rejected || r.registration || !r.unit || !r.plan) return;
  const reg = regs.get(keyOf(r.unit.code, r.unit.year, r.plan.id));
  if (!reg) {
    // Said, not silent: the unit may not have registered, or its registration is not in the folder.
    const own = (r.unitTargets?.targets.length ?? 0) > 0;
    r.fileIssues.push({
      code: "registration.absent",
      severity: "warning",
      message: {
        vi: `Không có bản đăng ký thi đua của đơn vị ${r.unit.code} cho năm ${r.unit.year} (kế hoạch ${r.plan.id}) trong thư mục bản đăng ký: ${own ? "chỉ tiêu riêng trong tệp không được đối chiếu với bản đăng ký" : "đơn vị chưa đăng ký, hoặc bản đăng ký chưa được lưu vào thư mục"}.`,
        en: `The registrations folder has no registration of unit ${r.unit.code} for ${r.unit.year} (plan ${r.plan.id}): ${own ? "the file's own targets are not compared with a registration" : "the unit did not register, or its registration is not in the folder"}.`,
      },
    });
    r.warnings++;
    return;
  }
  if (reg.tiedWith !== undefined) {
    r.fileIssues.push({
      code: "registration.same-time",
      severity: "error",
      message: {
        vi: `Hai bản đăng ký của đơn vị được nhận cùng một thời điểm (${reg.name} và ${reg.tiedWith}): không biết bản nào là bản sau cùng, nên chỉ tiêu riêng không được đối chiếu. Hãy giữ lại một bản.`,
        en: `Two registrations of the unit were received at the same moment (${reg.name} and ${reg.tiedWith}): which is the latest is unknown, so the unit's own targets are not compared. Keep one of them.`,
      },
    });
    r.errors++;
    return;
  }
  matchTargets(r, {
    name: reg.name,
    plan: reg.plan,
    byUnit: new Map([[normaliseUnitCode(r.unit.code).code, reg.targets]]),
    source: {
      vi: `bản đăng ký của đơn vị (${reg.name})`,
      en: `the unit's registration (${reg.name})`,
    },
  });
}
