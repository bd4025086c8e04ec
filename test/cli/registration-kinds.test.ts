// Issue #11 item 3b end to end for commitments of every kind but "at least" (DECISIONS D37, D42):
// growth (a rate through two levels), range, rank, milestone and a yes/no task. Each is registered
// through the CLI, sealed, carried into the year-end template with --registration as the unit's own
// target of the plan target's kind, and judges the year-end result: a result the plan's target
// calls met but short of the stronger commitment is "Chưa đạt", and `check --registrations` finds
// the year-end file true to its registration.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { getPlan } from "../../src/catalog/index";
import type { Entry } from "../../src/domain/entry";
import type { Plan, Target } from "../../src/domain/plan";
import { isoToSerial } from "../../src/domain/excel-date";
import { SubmissionSchema } from "../../src/domain/submission";
import { readTemplate } from "../../src/xlsx/read";
import { fillTemplate } from "../ministry/fixtures/templates";
import { sampleEntries } from "../ministry/fixtures/submissions";
import { most2026Plan } from "../fixtures/plans/most-2026";
import { entry } from "../fixtures/entry";
import { cliSandbox } from "./harness";

const { dir, cli } = cliSandbox("sa-regkinds-", "2023-01-20T09:00:00.000Z");
const MOST_FILE = join(__dirname, "..", "fixtures", "plans", "most-2026.json");
copyFileSync(MOST_FILE, join(dir, "most-2026.json"));

interface Case {
  tag: string;
  plan: Plan;
  /** --plan or --plan-file and its value. */
  planArgs: string[];
  unitType: string;
  code: string;
  year: number;
  /** The rows under test: what the unit commits to, the target that gives, and the year's result. */
  rows: { commit: Entry; target: Target; result: Entry; status: string }[];
}

const explained = (e: Entry): Entry => ({ ...e, explanation: "Lý do: thiếu kinh phí" });

const kh = getPlan("kh-1097-2023")!;
const most = most2026Plan();

const CASES: Case[] = [
  {
    // The ministry's own agency reports the sector's figures (sectorFigures): its rank rows are its own.
    tag: "agency",
    plan: kh,
    planArgs: ["--plan", kh.id],
    unitType: "ministry-agency",
    code: "000.00.00.G12",
    year: 2023,
    rows: [
      {
        // Growth: ≥ 30% a year; the unit commits 100 → 140 (40%), and reaches 135 (35%).
        commit: entry("postal.ecommerce-growth", 140, 100),
        target: { kind: "atLeast", value: 0.4 },
        result: explained(entry("postal.ecommerce-growth", 135, 100)),
        status: "shortfall",
      },
      {
        // Range 80%–100%: the unit commits 90% and reaches 85%.
        commit: entry("infosec.systems-protected-by-level", 0.9),
        target: { kind: "range", low: 0.9, high: 1 },
        result: explained(entry("infosec.systems-protected-by-level", 0.85)),
        status: "shortfall",
      },
      {
        // Rank 1–50: the unit commits to place 40 at worst and comes 45th; a place within it is met.
        commit: entry("telecom.idi-rank", 40),
        target: { kind: "rank", best: 1, worst: 40 },
        result: explained(entry("telecom.idi-rank", 45)),
        status: "shortfall",
      },
      {
        commit: entry("dx.it-rank", 30),
        target: { kind: "rank", best: 1, worst: 30 },
        result: entry("dx.it-rank", 12),
        status: "met",
      },
      {
        // A yes/no task: "Có" commits to it; not done at year end is a shortfall to explain.
        commit: entry("thrift.state-funds", "Có"),
        target: { kind: "done" },
        result: explained(entry("thrift.state-funds", "Không")),
        status: "shortfall",
      },
    ],
  },
  {
    // A milestone of the 2026 fixture plan (--plan-file): by 30/06/2026; the unit commits to 31/05.
    tag: "so-khcn",
    plan: most,
    planArgs: ["--plan-file", "most-2026.json"],
    unitType: "so-khcn",
    code: "000.00.00.H26",
    year: 2026,
    rows: [
      {
        commit: entry("dx.shared-data-platform", isoToSerial("2026-05-31")),
        target: { kind: "milestone", by: "2026-05-31" },
        result: explained(entry("dx.shared-data-platform", isoToSerial("2026-06-15"))),
        status: "shortfall",
      },
      {
        commit: entry("science.rd-spending-growth", 130, 100),
        target: { kind: "atLeast", value: 0.3 },
        result: entry("science.rd-spending-growth", 131, 100),
        status: "exceeded",
      },
    ],
  },
];

/**
 * Every other row of the unit's template, met by the plan, so only the rows under test say anything;
 * at year end each with an explanation, so the export is never blocked by a row this test does not
 * look at.
 */
function withRest(c: Case, rows: Entry[], yearEnd: boolean): Entry[] {
  const mine = new Map(rows.map((e) => [e.indicatorId, e]));
  return sampleEntries(c.plan, c.unitType, () => "met").map(
    (e) => mine.get(e.indicatorId) ?? (yearEnd ? explained(e) : e),
  );
}

const unitArgs = (c: Case) => [
  ...c.planArgs,
  "--unit-type",
  c.unitType,
  "--unit-code",
  c.code,
  "--unit-name",
  `Đơn vị ${c.tag}`,
  "--year",
  String(c.year),
];

/** `name`.xlsx filled with `rows` (and the rest) and exported to `name`-sealed.xlsx and `name`.json. */
async function fillAndSeal(c: Case, name: string, rows: Entry[], yearEnd: boolean): Promise<void> {
  const filled = await fillTemplate(readFileSync(join(dir, `${name}.xlsx`)), withRest(c, rows, yearEnd));
  writeFileSync(join(dir, `${name}-filled.xlsx`), filled);
  const ex = await cli(
    "export",
    `${name}-filled.xlsx`,
    ...(c.planArgs[0] === "--plan-file" ? c.planArgs : []),
    "--out",
    `${name}-sealed.xlsx`,
    "--json",
    `${name}.json`,
  );
  expect(ex.err).not.toMatch(/✖/);
}

interface CheckReport {
  errors: number;
  fileIssues: { code: string }[];
  entries: { indicatorId: string; status: string; issues: { code: string }[] }[];
}

describe.each(CASES)("registration of $tag: register → template --registration → export → check", (c) => {
  test("every commitment becomes the unit's target of the plan target's kind and judges the year's result", async () => {
    // The plan's target calls each result met: the commitment, not the plan, makes it a shortfall.
    for (const r of c.rows) expect(c.plan.indicators.some((i) => i.id === r.commit.indicatorId)).toBe(true);

    // 1. Register and seal.
    expect(await cli("register", ...unitArgs(c), "--out", `${c.tag}-reg.xlsx`)).toMatchObject({ code: 0 });
    await fillAndSeal(
      c,
      `${c.tag}-reg`,
      c.rows.map((r) => r.commit),
      false,
    );
    const regCheck = await cli(
      "check",
      `${c.tag}-reg-sealed.xlsx`,
      ...(c.planArgs[0] === "--plan-file" ? c.planArgs : []),
      "--json",
    );
    const reg = (JSON.parse(regCheck.out) as (CheckReport & { registration?: true })[])[0]!;
    expect(reg.registration).toBe(true);
    // A stronger commitment asks nothing: no registration.weaker on the rows under test.
    for (const r of c.rows)
      expect({
        id: r.commit.indicatorId,
        codes: reg.entries.find((e) => e.indicatorId === r.commit.indicatorId)!.issues.map((i) => i.code),
      }).toEqual({ id: r.commit.indicatorId, codes: [] });

    // 2. The year-end template carries the commitments as the unit's own targets, of their kinds.
    const made = await cli(
      "template",
      ...unitArgs(c),
      "--registration",
      `${c.tag}-reg-sealed.xlsx`,
      "--out",
      `${c.tag}-ye.xlsx`,
    );
    expect(made).toMatchObject({ code: 0 });
    const t = await readTemplate(new Uint8Array(readFileSync(join(dir, `${c.tag}-ye.xlsx`))));
    for (const r of c.rows)
      expect(t.meta!.unitTargets!.targets).toContainEqual({
        indicatorId: r.commit.indicatorId,
        target: r.target,
      });

    // 3. The year's results, exported and checked against the registration.
    await fillAndSeal(
      c,
      `${c.tag}-ye`,
      c.rows.map((r) => r.result),
      true,
    );
    const sub = SubmissionSchema.parse(JSON.parse(readFileSync(join(dir, `${c.tag}-ye.json`), "utf8")));
    for (const r of c.rows)
      expect({
        id: r.commit.indicatorId,
        status: sub.entries.find((e) => e.indicatorId === r.commit.indicatorId)!.status,
      }).toEqual({
        id: r.commit.indicatorId,
        status: r.status,
      });

    mkdirSync(join(dir, `${c.tag}-regs`));
    copyFileSync(join(dir, `${c.tag}-reg-sealed.xlsx`), join(dir, `${c.tag}-regs`, "reg.xlsx"));
    const check = await cli(
      "check",
      `${c.tag}-ye-sealed.xlsx`,
      ...(c.planArgs[0] === "--plan-file" ? c.planArgs : []),
      "--registrations",
      `${c.tag}-regs`,
      "--json",
    );
    const report = (JSON.parse(check.out) as CheckReport[])[0]!;
    expect(report.fileIssues.filter((i) => /^(targets|registration)\./.test(i.code))).toEqual([]);
    expect(report.errors).toBe(0);
    // The ministry recomputes the same verdicts from the sealed values and the registered targets.
    for (const r of c.rows)
      expect({
        id: r.commit.indicatorId,
        status: report.entries.find((e) => e.indicatorId === r.commit.indicatorId)!.status,
      }).toEqual({
        id: r.commit.indicatorId,
        status: r.status,
      });
  });
});
