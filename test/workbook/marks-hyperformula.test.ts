// The sheet's own marks (conditional formats written at insert, src/workbook/marks.ts), computed by
// HyperFormula, say what the TypeScript assessment says: a missing explanation, a value outside its
// usual range or a separator slip, and the whole-number look, for every row of random fills.
import fc from "fast-check";
import type { Entry } from "../../src/domain/entry";
import type { Indicator, Plan, UnitType } from "../../src/domain/plan";
import { selectIndicators } from "../../src/domain/applicability";
import { getPlan } from "../../src/catalog/index";
import { EXCEL_LIMITS } from "../../src/workbook/excel-limits";
import type { Language } from "../../src/workbook/port";
import { loadLayout, rawContent } from "./hf-bridge";
import { FIXTURE_PLAN } from "./fixture-plan";
import {
  expectedMarks,
  explanationArb,
  markCells,
  markLayout,
  markValueArb,
  marksByRow,
} from "./marks-check";
import { judgingOf } from "../../src/domain/whose-target";
import type { DocumentKind } from "../../src/domain/registration";

const RUNS = Number(process.env.SA_FORMULA_RUNS ?? 300);

function checkAgreement(
  plan: Plan,
  unitType: UnitType,
  indicators: Indicator[],
  language: Language,
  kind?: DocumentKind,
) {
  const spec = markLayout(plan, unitType, indicators, language, kind);
  const cells = markCells(spec);
  const sheet = loadLayout(spec);
  const { firstRow, col } = spec.table;
  try {
    fc.assert(
      fc.property(
        fc.tuple(...indicators.map(markValueArb)),
        fc.array(explanationArb, { minLength: indicators.length, maxLength: indicators.length }),
        (values, explanations) => {
          sheet.fill(values);
          sheet.hf.batch(() =>
            explanations.forEach((e, i) =>
              sheet.hf.setCellContents(
                { sheet: sheet.sheet, row: firstRow - 1 + i, col: col.explanation - 1 },
                rawContent(e === "" ? null : e),
              ),
            ),
          );
          const shown = marksByRow(cells, (c) => sheet.calc("=" + c.formula) === true);
          indicators.forEach((ind, i) => {
            const entry: Entry = {
              indicatorId: ind.id,
              value: values[i]!,
              explanation: explanations[i]!,
              evidence: "",
              review: { decision: null, comment: "" },
            };
            const context = `${ind.id} (${ind.valueType}) value ${JSON.stringify(values[i])} explanation ${JSON.stringify(explanations[i])}`;
            expect({ context, marks: shown.get(firstRow + i) }).toEqual({
              context,
              marks: expectedMarks(ind, entry, 2023, judgingOf(plan, unitType), kind),
            });
          });
        },
      ),
      { numRuns: RUNS },
    );
  } finally {
    sheet.destroy();
  }
}

describe("the sheet's marks in HyperFormula agree with the assessment", () => {
  test(`every target kind and value type, Vietnamese labels (${RUNS} fills)`, () => {
    checkAgreement(FIXTURE_PLAN, "provincial-department", FIXTURE_PLAN.indicators, "vi");
  });
  test(`every target kind and value type, English labels (${RUNS} fills)`, () => {
    checkAgreement(FIXTURE_PLAN, "provincial-department", FIXTURE_PLAN.indicators, "en");
  });
  test(`KH-1097, provincial department (${RUNS} fills)`, () => {
    const plan = getPlan("kh-1097-2023")!;
    checkAgreement(plan, "provincial-department", selectIndicators(plan, "provincial-department"), "vi");
  });
  // D42: a registration's commitment below the plan asks for an explanation as a warning (its own
  // amber mark), never the year-end error mark; "does not apply" still needs one.
  test(`a registration, every target kind, both languages (${RUNS} fills)`, () => {
    for (const language of ["vi", "en"] as const)
      checkAgreement(
        FIXTURE_PLAN,
        "provincial-department",
        FIXTURE_PLAN.indicators,
        language,
        "registration",
      );
  });
});

test("every rule fits Excel's 255-character formula limit, and marks come before the status colours", () => {
  const plan = getPlan("kh-1097-2023")!;
  for (const language of ["vi", "en"] as const) {
    const spec = markLayout(
      plan,
      "provincial-department",
      selectIndicators(plan, "provincial-department"),
      language,
    );
    for (const cf of spec.conditionalFormats)
      expect(cf.formula.length).toBeLessThanOrEqual(EXCEL_LIMITS.ruleFormula);
    for (const v of spec.validations)
      expect((v.formula ?? "").length).toBeLessThanOrEqual(EXCEL_LIMITS.ruleFormula);
    const firstStatus = spec.conditionalFormats.findIndex((cf) => cf.status !== undefined);
    expect(spec.conditionalFormats.slice(firstStatus).every((cf) => cf.status !== undefined)).toBe(true);
    expect(spec.conditionalFormats.slice(0, firstStatus).every((cf) => cf.mark !== undefined)).toBe(true);
  }
});
