// The template's status and completion formulas, computed by HyperFormula, say what the
// TypeScript assessment says (DECISIONS D1), for every unit type of every bundled plan and for a
// plan with every target kind, over random fills that include values outside the bounds, blanks,
// tokens, text, booleans and errors.
import fc from "fast-check";
import type { CellValue } from "../../src/domain/entry";
import { entry } from "../fixtures/entry";
import type { Indicator, Plan, UnitType } from "../../src/domain/plan";
import { assessEntry } from "../../src/domain/assess";
import { selectIndicators } from "../../src/domain/applicability";
import { DONE_TOKENS, NOT_DONE_TOKENS, statusFromLabel, statusLabels } from "../../src/domain/status-labels";
import type { DocumentKind } from "../../src/domain/registration";
import { SHORTFALL_COMPLETION_MAX, tolerance } from "../../src/domain/target";
import { BUNDLED_PLANS } from "../../src/catalog/index";
import { most2026Plan } from "../fixtures/plans/most-2026";
import { buildLayout } from "../../src/workbook/layout";
import type { Language } from "../../src/workbook/port";
import { loadLayout } from "./hf-bridge";
import { judgingOf, unitTargetMap } from "../../src/domain/whose-target";
import type { UnitTargets } from "../../src/domain/submission";
import { ownTargets } from "../fixtures/own-targets";
import { getPlan } from "../../src/catalog/index";
import { growthArb, valueArb } from "./value-arb";
import { FIXTURE_PLAN, fixtureMeta } from "./fixture-plan";

const RUNS = Number(process.env.SA_FORMULA_RUNS ?? 1000);

/** The report's year: later deadlines are not yet due in it (issue #12 item 1). */
const YEAR = 2023;

function layoutFor(
  plan: Plan,
  unitType: UnitType,
  indicators: Indicator[],
  language: Language,
  unitTargets?: UnitTargets,
  kind?: DocumentKind,
) {
  const unit = { name: "Đơn vị thử", code: "000.00.00.H26", unitType, year: YEAR };
  const meta = fixtureMeta({
    planId: plan.id,
    planVersion: plan.version,
    unit,
    indicatorIds: indicators.map((i) => i.id),
    language,
    ...(unitTargets ? { unitTargets } : {}),
    ...(kind ? { kind } : {}),
  });
  return buildLayout({ plan, unit, indicators, language, meta });
}

/** A row's cells: the value, or on a growth row (issue #12 item 4) the value and "Năm trước". */
const rowArb = (ind: Indicator): fc.Arbitrary<[CellValue, CellValue | undefined]> =>
  ind.growth ? growthArb(ind) : valueArb(ind).map((v) => [v, undefined] as [CellValue, undefined]);

function sameCompletion(sheet: CellValue, ts: number | null): boolean {
  if (ts === null) return sheet === "" || sheet === null;
  if (typeof sheet !== "number") return false;
  return Math.abs(sheet - ts) <= 1e-9 * Math.max(1, Math.abs(ts));
}

/** Fills the sheet with random values and compares every row with assessEntry. */
function checkAgreement(
  plan: Plan,
  unitType: UnitType,
  indicators: Indicator[],
  language: Language,
  runs: number,
  unitTargets?: UnitTargets,
  kind?: DocumentKind,
) {
  const spec = layoutFor(plan, unitType, indicators, language, unitTargets, kind);
  // The document's own words, exactly (a registration's commitment below the plan, D42).
  const words = statusLabels(language, kind);
  const sheet = loadLayout(spec);
  const { firstRow, col } = spec.table;
  // Whose target judges each row (issue #11): the unit's own where it has one; a contribution to a
  // national figure with none is reported.
  const context = { year: YEAR, ...judgingOf(plan, unitType, unitTargetMap(unitTargets?.targets)) };
  try {
    fc.assert(
      fc.property(fc.tuple(...indicators.map(rowArb)), (rows) => {
        sheet.fill(
          rows.map((r) => r[0]),
          rows.map((r) => r[1]),
        );
        indicators.forEach((ind, i) => {
          const [value, previous] = rows[i]!;
          const a = assessEntry(ind, entry(ind.id, value, previous), context);
          const label = sheet.get(firstRow + i, col.status);
          const completion = sheet.get(firstRow + i, col.completion);
          const where = `${ind.id} (${ind.target.kind}, ${ind.valueType}) value ${JSON.stringify(value)} previous ${JSON.stringify(previous)}`;
          if (statusFromLabel(label) !== a.status || label !== words[a.status])
            throw new Error(`${where}: sheet says ${JSON.stringify(label)}, assessment says ${a.status}`);
          if (!sameCompletion(completion, a.completion))
            throw new Error(
              `${where}: sheet completion ${JSON.stringify(completion)}, assessment ${a.completion}`,
            );
        });
      }),
      { numRuns: runs },
    );
  } finally {
    sheet.destroy();
  }
}

describe("status and completion formulas in HyperFormula agree with assessEntry", () => {
  // The bundled plans and a new ministry's plan (unit types of its own, a dated milestone).
  for (const plan of [...BUNDLED_PLANS, most2026Plan()]) {
    for (const unitType of plan.unitTypes.map((u) => u.id)) {
      const indicators = selectIndicators(plan, unitType);
      if (indicators.length === 0) continue;
      test(`${plan.id}, ${unitType} (${indicators.length} rows, ${RUNS} fills)`, () => {
        checkAgreement(plan, unitType, indicators, "vi", RUNS);
      });
    }
  }

  test(`every target kind and value type, English labels (${RUNS} fills)`, () => {
    checkAgreement(FIXTURE_PLAN, "provincial-department", FIXTURE_PLAN.indicators, "en", RUNS);
  });

  // Issue #11: rows judged against the unit's own target (every kind a unit target can have), and
  // a province's contributions to national figures, some with a target of its own.
  test(`rows with the unit's own targets, every kind (${RUNS} fills)`, () => {
    const own = ownTargets(FIXTURE_PLAN.indicators);
    expect(own.targets.length).toBeGreaterThanOrEqual(6);
    checkAgreement(FIXTURE_PLAN, "provincial-department", FIXTURE_PLAN.indicators, "vi", RUNS, own);
    const plan = getPlan("kh-1097-2023")!;
    const rows = selectIndicators(plan, "provincial-department");
    const national = rows.filter((i) => i.scope === "national");
    checkAgreement(plan, "provincial-department", rows, "en", RUNS, ownTargets(national.slice(0, 2)));
  });

  // D42: a registration's sheet says "Thấp hơn KH" / "Below plan" where the domain's commitment is
  // weaker than the plan (registration.weaker), "Chưa đăng ký" where nothing is registered, never
  // the year-end "Chưa đạt"; completion as at year end.
  test(`a registration's rows, every kind, both languages (${RUNS} fills)`, () => {
    for (const language of ["vi", "en"] as const)
      checkAgreement(
        FIXTURE_PLAN,
        "provincial-department",
        FIXTURE_PLAN.indicators,
        language,
        RUNS,
        undefined,
        "registration",
      );
    const plan = getPlan("kh-1097-2023")!;
    checkAgreement(
      plan,
      "provincial-department",
      selectIndicators(plan, "provincial-department"),
      "vi",
      RUNS,
      undefined,
      "registration",
    );
  });

  // Issue #12 item 2: honest "not done" answers on yes/no tasks and on milestones, every one of them.
  test("honest not-done answers on tasks and milestones: a shortfall in the sheet as in the assessment", () => {
    const honest: CellValue[] = [
      ...NOT_DONE_TOKENS.flatMap((t) => [t, t.toUpperCase(), ` ${t.toLowerCase()} `]),
      ...DONE_TOKENS,
      false,
      true,
      45000,
      45291,
      45292,
    ];
    const rows = FIXTURE_PLAN.indicators.filter((i) => i.valueType === "done" || i.valueType === "date");
    expect(rows.map((i) => i.target.kind).sort()).toEqual(["done", "milestone"]);
    const spec = layoutFor(FIXTURE_PLAN, "provincial-department", rows, "vi");
    const sheet = loadLayout(spec);
    const { firstRow, col } = spec.table;
    let shortfalls = 0;
    try {
      for (const value of honest) {
        sheet.fill(rows.map(() => value));
        rows.forEach((ind, i) => {
          const a = assessEntry(ind, entry(ind.id, value), { year: YEAR });
          const context = `${ind.id} ${JSON.stringify(value)}`;
          expect({ context, status: statusFromLabel(sheet.get(firstRow + i, col.status)) }).toEqual({
            context,
            status: a.status,
          });
          expect(sameCompletion(sheet.get(firstRow + i, col.completion), a.completion)).toBe(true);
          if (a.status === "shortfall" && typeof value !== "number") shortfalls++;
        });
      }
    } finally {
      sheet.destroy();
    }
    // Every not-done word and FALSE, on both rows.
    expect(shortfalls).toBe(2 * (3 * NOT_DONE_TOKENS.length + 1));
  });

  test('"> v" at exactly v, and a hair under "at least v": a shortfall that shows 99%, never 100%', () => {
    const spec = layoutFor(FIXTURE_PLAN, "provincial-department", FIXTURE_PLAN.indicators, "vi");
    const sheet = loadLayout(spec);
    const { firstRow, col } = spec.table;
    try {
      const values = FIXTURE_PLAN.indicators.map((ind): CellValue => {
        const t = ind.target;
        if (t.kind === "moreThan") return t.value;
        if (t.kind === "atLeast") return t.value - 3 * tolerance(t.value);
        return null;
      });
      sheet.fill(values);
      const probed = FIXTURE_PLAN.indicators.filter((_, i) => values[i] !== null);
      expect(probed.map((i) => i.target.kind)).toEqual(expect.arrayContaining(["moreThan", "atLeast"]));
      FIXTURE_PLAN.indicators.forEach((ind, i) => {
        if (values[i] === null) return;
        const a = assessEntry(ind, entry(ind.id, values[i]!), { year: YEAR });
        expect([ind.id, a.status, a.completion]).toEqual([ind.id, "shortfall", SHORTFALL_COMPLETION_MAX]);
        expect(sheet.get(firstRow + i, col.completion)).toBe(SHORTFALL_COMPLETION_MAX);
      });
    } finally {
      sheet.destroy();
    }
  });

  // Issue #11: a provincial department's 950 service points, with no target of its own, are its
  // contribution to the national 27,000: reported in the sheet as in the assessment, no completion.
  test("a contribution to a national figure with no target of the unit's own: reported in both", () => {
    const plan = getPlan("kh-1097-2023")!;
    const ind = plan.indicators.find((i) => i.id === "postal.service-points")!;
    const types = plan.unitTypes.filter((u) => ind.appliesTo.includes(u.id));
    const seen: string[] = [];
    for (const { id: unitType, sectorFigures } of types) {
      const spec = layoutFor(plan, unitType, [ind], "vi");
      const sheet = loadLayout(spec);
      try {
        sheet.fill([950]);
        const a = assessEntry(ind, entry(ind.id, 950), { year: YEAR, ...judgingOf(plan, unitType) });
        const label = sheet.get(spec.table.firstRow, spec.table.col.status);
        expect([unitType, statusFromLabel(label)]).toEqual([unitType, a.status]);
        expect(sameCompletion(sheet.get(spec.table.firstRow, spec.table.col.completion), a.completion)).toBe(
          true,
        );
        seen.push(`${sectorFigures ? "sector" : "unit"} ${a.status} ${String(label)}`);
      } finally {
        sheet.destroy();
      }
    }
    // The unit that reports the sector's own figure is still judged against 27,000.
    expect(seen.sort()).toEqual([
      "sector shortfall Chưa đạt",
      "unit reported Đã báo cáo",
      "unit reported Đã báo cáo",
    ]);
  });

  test("the bundled plans cover every unit type", () => {
    for (const t of new Set(BUNDLED_PLANS.flatMap((p) => p.unitTypes.map((u) => u.id))))
      expect(BUNDLED_PLANS.some((p) => selectIndicators(p, t).length > 0)).toBe(true);
  });
});

describe("the workbook names resolve and line up with the rows", () => {
  test("INDEX over SA_IDS, SA_VALUES and SA_STATUS addresses the same row", () => {
    const spec = layoutFor(FIXTURE_PLAN, "provincial-department", FIXTURE_PLAN.indicators, "vi");
    const sheet = loadLayout(spec);
    try {
      sheet.fill(FIXTURE_PLAN.indicators.map((_, i) => (i === 0 ? 0.5 : null)));
      expect(sheet.calc("=ROWS(SA_IDS)")).toBe(FIXTURE_PLAN.indicators.length);
      expect(sheet.calc("=ROWS(SA_STATUS)")).toBe(FIXTURE_PLAN.indicators.length);
      FIXTURE_PLAN.indicators.forEach((ind, i) => {
        expect(sheet.calc(`=INDEX(SA_IDS,${i + 1})`)).toBe(ind.id);
      });
      expect(sheet.calc("=INDEX(SA_VALUES,1)")).toBe(0.5);
      expect(sheet.calc("=INDEX(SA_STATUS,1)")).toBe("Chưa đạt");
      expect(sheet.calc("=INDEX(SA_STATUS,2)")).toBe("Chưa nhập");
    } finally {
      sheet.destroy();
    }
  });
});
