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
}

/** The registrations of a run, by unit code, year and plan id. */
export type Registrations = Map<string, Registered>;

const keyOf = (code: string, year: number, planId: string) =>
  `${normaliseUnitCode(code).code}|${year}|${planId}`;

const MAX_BYTES = 50 * 1024 * 1024;

/**
 * Every sealed registration among the folder's .xlsx files (other files, year-end submissions among
 * them, are passed over). A registration that does not verify is refused: the ministry never
 * compares with a forged one. Two registrations of one unit, plan and year: the later one counts.
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
  const when = new Map<string, string>();
  const candidates = [...plans, ...BUNDLED_PLANS];
  for (const f of files) {
    const path = join(dir, f);
    if (statSync(path).size > MAX_BYTES) continue;
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
    if ((when.get(key) ?? "") > sub.createdAt) continue;
    when.set(key, sub.createdAt);
    out.set(key, {
      name: `${name}/${f}`,
      plan,
      targets: new Map(r.unitTargets.targets.map((t) => [t.indicatorId, t.target])),
    });
  }
  return out;
}

/** Adds an error per unit target of a year-end file that differs from the unit's registration. */
export function matchRegistration(r: FileReport, regs: Registrations): void {
  if (r.rejected || r.registration || !r.unit || !r.plan) return;
  const reg = regs.get(keyOf(r.unit.code, r.unit.year, r.plan.id));
  if (!reg) return;
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
