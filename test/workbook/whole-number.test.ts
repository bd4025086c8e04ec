// A whole number in a decimal cell shows without a trailing separator (Excel shows 1000 under
// "#,##0.##########" as "1.000," in vi-VN): the value cell, and since growth rows are typed as two
// levels, the "Năm trước" level of a growth row counted in a decimal unit too.
import { getPlan } from "../../src/catalog/index";
import { selectIndicators } from "../../src/domain/applicability";
import { colLetter } from "../../src/workbook/a1";
import { NUMBER_FORMATS, WHOLE_NUMBER_FORMAT } from "../../src/workbook/number-formats";
import { markLayout } from "./marks-check";

const plan = getPlan("kh-1097-2023")!;

test("a postal enterprise's e-commerce growth: both levels get the whole-number look while whole", () => {
  const indicators = selectIndicators(plan, "postal-enterprise");
  const spec = markLayout(plan, "postal-enterprise", indicators, "vi");
  const g = spec.table;
  const row = g.firstRow + indicators.findIndex((i) => i.id === "postal.ecommerce-growth");
  const whole = spec.conditionalFormats.filter((cf) => cf.mark === "whole-number");
  const covering = (col: number) =>
    whole.filter((cf) =>
      cf.range.split(" ").some((a) => {
        const [from, to = from] = a.split(":");
        const n = (x: string) => Number(x.replace(/^[A-Z]+/, ""));
        return from!.startsWith(colLetter(col)) && n(from!) <= row && row <= n(to!);
      }),
    );
  for (const col of [g.col.value, g.col.previous]) {
    const [cf, ...more] = covering(col);
    expect(more).toEqual([]);
    expect(cf!.numberFormat).toBe(WHOLE_NUMBER_FORMAT);
    const first = cf!.range.split(" ")[0]!.split(":")[0]!;
    expect(cf!.formula).toBe(`AND(ISNUMBER(${first}),${first}=INT(${first}))`);
    expect(first.startsWith(colLetter(col))).toBe(true);
  }
  // The cells themselves keep the decimal format: the rule is what drops the separator.
  const cell = spec.cells.find((c) => c.row === row && c.col === g.col.previous)!;
  expect(cell.style.numFmt).toBe(NUMBER_FORMATS.number);
  // A growth row counted in whole units (news items, integer) needs no rule on its "Năm trước".
  const press = selectIndicators(plan, "press-agency");
  const pressSpec = markLayout(plan, "press-agency", press, "vi");
  expect(
    pressSpec.conditionalFormats.filter(
      (cf) => cf.mark === "whole-number" && cf.range.startsWith(colLetter(pressSpec.table.col.previous)),
    ),
  ).toEqual([]);
});
