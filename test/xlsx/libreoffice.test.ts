// LibreOffice opens templates made by the CLI, recomputes them, and its statuses are the
// TypeScript assessment's; its names resolve; the inputs stay unlocked and the rest protected.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { CellValue } from "../../src/domain/entry";
import { entry } from "../fixtures/entry";
import type { Indicator } from "../../src/domain/plan";
import { assessEntry } from "../../src/domain/assess";
import { selectIndicators } from "../../src/domain/applicability";
import { NOT_DONE_TOKENS, statusFromLabel } from "../../src/domain/status-labels";
import { SHORTFALL_COMPLETION_MAX, targetEdges } from "../../src/domain/target";
import { getPlan } from "../../src/catalog/index";
import { a1, parseRange } from "../../src/workbook/a1";
import { GuardedPackage } from "../../src/ooxml/package";
import { LeanWorkbook } from "../../src/ooxml/lean-reader";
import { toExcelValue } from "../../src/xlsx/render";
import { fromExcel, readTemplate } from "../../src/xlsx/read";
import { runCli } from "../cli/harness";
import { growthArb, valueArb } from "../workbook/value-arb";
import { FIXTURE_PLAN } from "../workbook/fixture-plan";
import { convertWithLibreOffice } from "./engine";
import { judgingOf, unitTargetMap } from "../../src/domain/whose-target";
import type { Target } from "../../src/domain/plan";
import { rawFacts } from "./ooxml";

const plan = getPlan("kh-1097-2023")!;
const FILLS_PER_TYPE = 3;

let dir: string;
let outDir: string;
interface Filled {
  file: string;
  indicators: Indicator[];
  values: CellValue[];
  /** The "Năm trước" cells of growth rows (issue #12 item 4); undefined elsewhere. */
  previous?: (CellValue | undefined)[];
  /** Whose template: a contribution to a national figure is reported (issue #11). */
  unitType: string;
  /** The unit's own targets the template was made with (template --targets; issue #11). */
  unitTargets?: ReadonlyMap<string, Target>;
}
const filled: Filled[] = [];
let blank: string;

/** Writes values into the SA_VALUES cells and adds a probe sheet that uses the names. */
async function fill(
  template: string,
  target: string,
  values: CellValue[],
  previous: (CellValue | undefined)[] = [],
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ref = parseRange(wb.definedNames.getRanges("SA_VALUES").ranges[0]!)!;
  const ws = wb.getWorksheet(ref.sheet!)!;
  values.forEach((v, i) => {
    ws.getCell(ref.box.top + i, ref.box.left).value = toExcelValue(v);
  });
  const prev = parseRange(wb.definedNames.getRanges("SA_PREVIOUS").ranges[0]!)!;
  previous.forEach((v, i) => {
    if (v !== undefined) ws.getCell(prev.box.top + i, prev.box.left).value = toExcelValue(v);
  });
  const probe = wb.addWorksheet("Probe");
  probe.getCell("A1").value = { formula: "ROWS(SA_IDS)" } as ExcelJS.CellFormulaValue;
  probe.getCell("A2").value = { formula: "INDEX(SA_IDS,1)" } as ExcelJS.CellFormulaValue;
  probe.getCell("A3").value = { formula: "INDEX(SA_STATUS,1)" } as ExcelJS.CellFormulaValue;
  probe.getCell("A4").value = { formula: "ROWS(SA_VALUES)=ROWS(SA_STATUS)" } as ExcelJS.CellFormulaValue;
  await wb.xlsx.writeFile(target);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sa-lo-"));
  outDir = join(dir, "out");
  const files: string[] = [];
  let seed = 20231;
  for (const unitType of plan.unitTypes.map((u) => u.id)) {
    const indicators = selectIndicators(plan, unitType);
    const template = `tpl-${unitType}.xlsx`;
    const r = await runCli(
      [
        "template",
        "--plan",
        plan.id,
        "--unit-type",
        unitType,
        "--unit-code",
        unitType.includes("enterprise") ? "0100109106" : "000.00.00.H26",
        "--unit-name",
        "Đơn vị thử",
        "--out",
        template,
      ],
      dir,
    );
    if (r.code !== 0) throw new Error(`template failed for ${unitType}: ${r.err}`);
    if (unitType === "provincial-department") {
      blank = join(dir, template);
      files.push(blank);
    }
    for (let k = 0; k < FILLS_PER_TYPE; k++) {
      // Calc has no boolean type: a TRUE/FALSE in a number-formatted cell reads as 1/0 there, so
      // booleans go only into yes/no rows here (docs/template.md names the difference).
      // A growth row gets two levels (issue #12 item 4), no booleans either.
      const cells = indicators.map((ind): [CellValue, CellValue | undefined] => {
        const noBool = (v: CellValue) => typeof v !== "boolean" || ind.valueType === "done";
        if (ind.growth) {
          const arb = growthArb(ind).filter(([v, p]) => noBool(v) && noBool(p));
          return fc.sample(arb, { numRuns: 1, seed: seed++ })[0]!;
        }
        return [fc.sample(valueArb(ind).filter(noBool), { numRuns: 1, seed: seed++ })[0]!, undefined];
      });
      const values = cells.map((c) => c[0]);
      const previous = cells.map((c) => c[1]);
      const file = join(dir, `filled-${unitType}-${k}.xlsx`);
      await fill(join(dir, template), file, values, previous);
      filled.push({ file, indicators, values, previous, unitType });
      files.push(file);
    }
  }
  // Issue #11: a department's template made with the ministry's targets file: its own 900 service
  // points, a range of digital enterprises and 75% of communes with a staffed point judge its rows.
  writeFileSync(
    join(dir, "targets.csv"),
    "Mã đơn vị;Mã chỉ tiêu;Chỉ tiêu đơn vị;Cận dưới;Cận trên\r\n" +
      "000.00.00.H26;postal.service-points;900;;\r\n" +
      "000.00.00.H26;ict.digital-enterprises;;700;800\r\n" +
      "000.00.00.H26;postal.communes-with-staffed-point;75%;;\r\n",
  );
  const own = await runCli(
    [
      "template",
      "--plan",
      plan.id,
      "--unit-type",
      "provincial-department",
      "--unit-code",
      "000.00.00.H26",
      "--unit-name",
      "Đơn vị thử",
      "--targets",
      "targets.csv",
      "--out",
      "tpl-own.xlsx",
    ],
    dir,
  );
  if (own.code !== 0) throw new Error(`template --targets failed: ${own.err}`);
  const ownTargets = new Map<string, Target>([
    ["postal.service-points", { kind: "atLeast", value: 900 }],
    ["ict.digital-enterprises", { kind: "range", low: 700, high: 800 }],
    ["postal.communes-with-staffed-point", { kind: "atLeast", value: 0.75 }],
  ]);
  {
    const indicators = selectIndicators(plan, "provincial-department");
    const edges = [650, 700, 750, 800, 900, 950, 1000, 0.7, 0.75, 0.8];
    for (let k = 0; k < 6; k++) {
      const values = indicators.map((ind): CellValue => {
        if (ownTargets.has(ind.id)) return edges[(k * 3 + ind.id.length) % edges.length]!;
        if (ind.growth) return null;
        const arb = valueArb(ind).filter((v) => typeof v !== "boolean" || ind.valueType === "done");
        return fc.sample(arb, { numRuns: 1, seed: seed++ })[0]!;
      });
      const file = join(dir, `filled-own-${k}.xlsx`);
      await fill(join(dir, "tpl-own.xlsx"), file, values);
      filled.push({ file, indicators, values, unitType: "provincial-department", unitTargets: ownTargets });
      files.push(file);
    }
  }
  // A plan with every target kind and value type, through --plan-file.
  writeFileSync(join(dir, "fixture-plan.json"), JSON.stringify(FIXTURE_PLAN));
  const r = await runCli(
    [
      "template",
      "--plan-file",
      "fixture-plan.json",
      "--unit-type",
      "provincial-department",
      "--unit-code",
      "000.00.00.H26",
      "--unit-name",
      "Thử",
      "--lang",
      "en",
      "--out",
      "tpl-fixture.xlsx",
    ],
    dir,
  );
  if (r.code !== 0) throw new Error(`template --plan-file failed: ${r.err}`);
  for (let k = 0; k < 8; k++) {
    const indicators = FIXTURE_PLAN.indicators;
    const values = indicators.map((ind) => {
      const arb = valueArb(ind).filter((v) => typeof v !== "boolean" || ind.valueType === "done");
      return fc.sample(arb, { numRuns: 1, seed: seed++ })[0]!;
    });
    const file = join(dir, `filled-fixture-${k}.xlsx`);
    await fill(join(dir, "tpl-fixture.xlsx"), file, values);
    filled.push({ file, indicators, values, unitType: "provincial-department" });
    files.push(file);
  }
  // Issue #12 item 2: every honest "not done" word on the yes/no task and the milestone (booleans
  // stay on the yes/no row: Calc reads FALSE in a date-formatted cell as 0, see above).
  for (const [k, word] of [...NOT_DONE_TOKENS, "Đã hoàn thành"].entries()) {
    const indicators = FIXTURE_PLAN.indicators;
    const values = indicators.map((ind): CellValue => {
      if (ind.valueType === "done") return k === 0 ? false : word;
      if (ind.target.kind === "milestone") return word;
      return null;
    });
    const file = join(dir, `honest-fixture-${k}.xlsx`);
    await fill(join(dir, "tpl-fixture.xlsx"), file, values);
    filled.push({ file, indicators, values, unitType: "provincial-department" });
    files.push(file);
  }
  // Every target on its edge: "> v" at exactly v must be a shortfall short of 100% here too.
  const onEdge = FIXTURE_PLAN.indicators.map((ind): CellValue => targetEdges(ind.target)[0] ?? null);
  const edgeFile = join(dir, "filled-fixture-edges.xlsx");
  await fill(join(dir, "tpl-fixture.xlsx"), edgeFile, onEdge);
  filled.push({
    file: edgeFile,
    indicators: FIXTURE_PLAN.indicators,
    values: onEdge,
    unitType: "provincial-department",
  });
  files.push(edgeFile);
  convertWithLibreOffice(files, outDir);
}, 300_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const converted = (file: string) => join(outDir, file.split("/").pop()!);

test("every row's status after LibreOffice recalculates is the TypeScript assessment's", async () => {
  let rows = 0;
  let notDue = 0;
  let reported = 0;
  let own = 0;
  let computed = 0;
  for (const f of filled) {
    const r = await readTemplate(new Uint8Array(readFileSync(converted(f.file))));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(converted(f.file));
    const ref = parseRange(wb.definedNames.getRanges("SA_STATUS").ranges[0]!)!;
    const ws = wb.getWorksheet(ref.sheet!)!;
    expect(r.grid.entries.map((e) => e.indicatorId)).toEqual(f.indicators.map((i) => i.id));
    f.indicators.forEach((ind, i) => {
      const label = fromExcel(ws.getCell(ref.box.top + i, ref.box.left).value).value;
      // The template's year: a target due later is not-due there (issue #12 item 1).
      const e = entry(ind.id, f.values[i]!, f.previous?.[i]);
      // Whose target (issue #11): a contribution to a national figure is reported.
      const judging = judgingOf(
        f.file.includes("fixture") ? FIXTURE_PLAN : plan,
        r.meta!.unit.unitType,
        unitTargetMap(r.meta!.unitTargets?.targets),
      );
      const expected = assessEntry(ind, e, { year: r.meta!.unit.year, ...judging }).status;
      const context = `${f.file.split("/").pop()} ${ind.id} value ${JSON.stringify(f.values[i])} previous ${JSON.stringify(f.previous?.[i])}`;
      expect({ context, status: statusFromLabel(label) }).toEqual({ context, status: expected });
      if (expected === "not-due") notDue++;
      if (expected === "reported") reported++;
      if (f.unitTargets?.has(ind.id) && statusFromLabel(label) !== "missing") own++;
      // A rate computed from two levels and compared with its target.
      if (ind.growth && ["met", "exceeded", "shortfall", "not-due"].includes(expected)) computed++;
      rows++;
    });
  }
  expect(rows).toBeGreaterThan(100);
  expect(notDue).toBeGreaterThan(0);
  expect(reported).toBeGreaterThan(0);
  // Rows judged against the unit's own target, as the template recorded it.
  expect(own).toBeGreaterThanOrEqual(12);
  expect(computed).toBeGreaterThan(5);
  // The honest fills reached LibreOffice: their task and milestone rows are shortfalls there.
  const honest = filled.filter((f) => f.file.includes("honest-fixture-"));
  expect(honest.length).toBe(NOT_DONE_TOKENS.length + 1);
  for (const f of honest.slice(0, -1))
    for (const [i, ind] of f.indicators.entries())
      if (ind.valueType === "done" || ind.target.kind === "milestone")
        expect(assessEntry(ind, entry(ind.id, f.values[i]!)).status).toBe("shortfall");
});

test("every row's completion after LibreOffice recalculates is the TypeScript assessment's", async () => {
  let rows = 0;
  let capped = 0;
  for (const f of filled) {
    // The lean reader keeps a cached 0 that ExcelJS drops.
    const pkg = new GuardedPackage(readFileSync(converted(f.file)));
    pkg.guardAll();
    const lean = new LeanWorkbook(pkg);
    const name = lean.definedNames.find((d) => d.name === "SA_COMPLETION")!;
    const ref = parseRange(name.formula)!;
    const cells = lean.sheet(ref.sheet!)!.cells;
    f.indicators.forEach((ind, i) => {
      const got = cells.get(a1(ref.box.top + i, ref.box.left))?.value ?? null;
      const judging = judgingOf(f.file.includes("fixture") ? FIXTURE_PLAN : plan, f.unitType, f.unitTargets);
      const want = assessEntry(ind, entry(ind.id, f.values[i]!, f.previous?.[i]), judging).completion;
      const context = `${f.file.split("/").pop()} ${ind.id} value ${JSON.stringify(f.values[i])} previous ${JSON.stringify(f.previous?.[i])}`;
      const same =
        want === null
          ? got === "" || got === null
          : typeof got === "number" && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
      expect({ context, got, same }).toEqual({ context, got, same: true });
      if (want === SHORTFALL_COMPLETION_MAX) capped++;
      rows++;
    });
  }
  expect(rows).toBeGreaterThan(100);
  // The edge fill's "> v" at v is one of them.
  expect(capped).toBeGreaterThan(0);
});

test("the names resolve in LibreOffice: a formula over SA_IDS and SA_STATUS computes", async () => {
  const f = filled[0]!;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(converted(f.file));
  const probe = wb.getWorksheet("Probe")!;
  const v = (a: string) => fromExcel(probe.getCell(a).value).value;
  expect(v("A1")).toBe(f.indicators.length);
  expect(v("A2")).toBe(f.indicators[0]!.id);
  expect(statusFromLabel(v("A3"))).toBe(
    assessEntry(f.indicators[0]!, entry("x", f.values[0]!), {
      year: plan.period!.year,
      ...judgingOf(plan, f.unitType),
    }).status,
  );
  expect(v("A4")).toBe(true);
});

test("the CLI's template opens in LibreOffice computing, protected, inputs unlocked, metadata kept", async () => {
  const bytes = new Uint8Array(readFileSync(converted(blank)));
  const r = await readTemplate(bytes);
  const indicators = selectIndicators(plan, "provincial-department");
  expect(r.meta?.planId).toBe(plan.id);
  expect(r.meta?.indicatorIds).toEqual(indicators.map((i) => i.id));
  // LibreOffice keeps the custom XML part; it writes the very-hidden sheet back as hidden.
  expect(r.metaSource).toBe("customXml");
  expect(r.metaDisagreement).toEqual([]);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  for (let i = 0; i < indicators.length; i++) {
    // The status column is I (DECISIONS D28, D29).
    expect(statusFromLabel(fromExcel(ws.getCell(10 + i, 9).value).value)).toBe("missing");
  }
  const facts = await rawFacts(bytes);
  expect(facts.protectedSheet).toBe(true);
  // Inputs: value, explanation, evidence, review decision and comment (G, J:M, DECISIONS D28, D29).
  for (const col of ["G", "J", "K", "L", "M"]) expect(facts.locked(`${col}10`)).toBe(false);
  // F ("Năm trước") is an input only on growth rows; a department has none.
  for (const col of ["A", "B", "C", "D", "E", "F", "H", "I", "N"])
    expect(facts.locked(`${col}10`)).toBe(true);
  expect(facts.locked("D3")).toBe(true);
  expect(facts.sheetStates["SA_META"]).not.toBe("visible");
});

test("a value typed as text that looks like a formula stays text through LibreOffice", async () => {
  const template = join(dir, "tpl-provincial-department.xlsx");
  const file = join(dir, "text-formula.xlsx");
  const indicators = selectIndicators(plan, "provincial-department");
  await fill(
    template,
    file,
    indicators.map((_, i) => (i === 0 ? "=1+1" : null)),
  );
  const out = join(dir, "out2");
  convertWithLibreOffice([file], out);
  const r = await readTemplate(new Uint8Array(readFileSync(join(out, "text-formula.xlsx"))));
  expect(r.grid.entries[0]!.value).toBe("=1+1");
  expect(r.grid.formulaInputs).toEqual([]);
  writeFileSync(join(dir, "done"), "");
});
