// A whole number of a decimal indicator (money, counts in millions) shows without a trailing decimal
// separator in the consolidated workbook: under "#,##0.##########" Excel shows 1000 as "1.000," in
// vi-VN. The format is chosen per value (valueFormat); LibreOffice renders both as the ministry expects.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { consolidate } from "../../src/cli/ministry/consolidate-model";
import { writeConsolidatedWorkbook } from "../../src/cli/ministry/consolidate-workbook";
import { nationalFigures } from "../../src/cli/ministry/consolidate-national";
import { CONSOLIDATE_STRINGS } from "../../src/cli/ministry/consolidate-strings";
import { NUMBER_FORMATS, valueFormat, WHOLE_NUMBER_FORMAT } from "../../src/workbook/number-formats";
import { getPlan } from "../../src/catalog/index";
import { entryReport, submissionReport } from "./fixtures/file-reports";
import { cliSandbox } from "../cli/harness";
import { parseCsv, sheetsAsCsv } from "./fixtures/libreoffice";

const plan = getPlan("kh-1097-2023")!;
const REVENUE = "broadcast.station-revenue"; // a number, in billions of VND, summed over broadcasters

const report = (code: string, value: number) =>
  submissionReport(code, "broadcaster", [{ ...entryReport(REVENUE, value, "shortfall"), explanation: "x" }], {
    unit: { name: `Đài ${code}`, code, unitType: "broadcaster", year: 2023 },
    score: null,
  });

test("valueFormat: a whole number of a decimal type has no decimal part in its format", () => {
  expect(valueFormat("number", 1000)).toBe(WHOLE_NUMBER_FORMAT);
  expect(valueFormat("number", 1000.5)).toBe(NUMBER_FORMATS.number);
  expect(valueFormat("percent", 1)).toBe(NUMBER_FORMATS.percent);
  expect(valueFormat("integer", 3)).toBe(NUMBER_FORMATS.integer);
});

describe("the consolidated workbook", () => {
  const { dir } = cliSandbox("sa-numfmt-", "2023-12-12T09:00:00.000Z");
  const c = consolidate([report("0100000001", 1000), report("0100000002", 1000.5)], null);
  const bytes = writeConsolidatedWorkbook(c, "vi", undefined, {
    national: nationalFigures(c, (id) => (id === plan.id ? plan : undefined), null),
  });
  const s = CONSOLIDATE_STRINGS.vi;

  test("the matrix and the national sheet: no '.' before an empty decimal part for a whole value", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const matrix = wb.getWorksheet(s.sheets.matrix)!;
    expect(matrix.getCell(3, 3).value).toBe(1000);
    expect(matrix.getCell(3, 3).numFmt).toBe('#,##0" · Chưa đạt"');
    expect(matrix.getCell(4, 3).numFmt).toBe('#,##0.##########" · Chưa đạt"');
    const national = wb.getWorksheet(s.sheets.national)!;
    const row = (national.getRows(2, 40) ?? []).find((r) => r.getCell(3).value === REVENUE)!;
    expect([row.getCell(9).value, row.getCell(9).numFmt]).toEqual([2000.5, NUMBER_FORMATS.number]);
  });

  test("LibreOffice renders them: 1,000 and 2,000.25 with their labels, the sum with its decimals (it never showed the trailing separator; Excel does)", () => {
    const file = join(dir, "fmt.xlsx");
    const whole = consolidate([report("0100000001", 1000), report("0100000002", 2000.25)], null);
    writeFileSync(
      file,
      writeConsolidatedWorkbook(whole, "vi", undefined, {
        national: nationalFigures(whole, (id) => (id === plan.id ? plan : undefined), null),
      }),
    );
    const sheets = sheetsAsCsv(file);
    const matrix = parseCsv(sheets.get(s.sheets.matrix)!);
    expect(matrix[2]![2]).toBe("1,000 · Chưa đạt");
    expect(matrix[3]![2]).toBe("2,000.25 · Chưa đạt");
    const national = parseCsv(sheets.get(s.sheets.national)!);
    expect(national.find((r) => r[2] === REVENUE)![8]).toBe("3,000.25");
  });
});
