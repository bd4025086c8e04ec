// Two adapters read templates: the ExcelJS one (src/xlsx/read.ts, for the template command) and the
// lean one the ministry uses on strangers' files (src/ooxml/lean-template.ts). Both hand the
// cells to the same pure reader; here they must agree on everything it decides.
import { readTemplate } from "../../src/xlsx/read";
import { GuardedPackage } from "../../src/ooxml/package";
import { LeanWorkbook } from "../../src/ooxml/lean-reader";
import { readTemplateLean } from "../../src/ooxml/lean-template";
import { plan1097, sampleEntries, sampleUnit } from "./fixtures/submissions";
import { blankTemplate, editTemplate, fillTemplate } from "./fixtures/templates";

async function both(bytes: Buffer) {
  const exceljs = await readTemplate(new Uint8Array(bytes));
  const pkg = new GuardedPackage(bytes);
  pkg.guardAll();
  const lean = readTemplateLean(pkg, new LeanWorkbook(pkg));
  return { exceljs, lean };
}

const plan = plan1097();

test.each([
  ["a blank Vietnamese template", "vi", false],
  ["a filled English template", "en", true],
] as const)("%s: same metadata, entries, formula inputs and problems", async (_name, lang, fill) => {
  const unit = sampleUnit(4, "ministry-agency");
  let bytes = await blankTemplate(plan, unit, lang);
  if (fill) {
    bytes = await fillTemplate(bytes, sampleEntries(plan, unit.unitType));
    bytes = await editTemplate(bytes, (_ws, cellOf) => {
      cellOf("SA_VALUES", plan.indicators[0]!.id)!.value = { formula: "2*3", result: 6 };
      cellOf("SA_EXPLANATIONS", plan.indicators[1]!.id)!.value = '<b>&amp; "trích"';
    });
  }
  const { exceljs, lean } = await both(bytes);
  expect(lean.meta).toEqual(exceljs.meta);
  expect(lean.grid.entries).toEqual(exceljs.grid.entries);
  expect(lean.grid.formulaInputs).toEqual(exceljs.grid.formulaInputs);
  expect(lean.grid.problems).toEqual(exceljs.grid.problems);
  expect([...lean.grid.targets]).toEqual([...exceljs.grid.targets]);
  if (fill) expect(lean.grid.formulaInputs).toHaveLength(1);
});
