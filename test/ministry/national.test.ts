// The national figures of a consolidation (issue #11 item 4): contributions of the plan's one
// partition of unit types are summed and judged against the national target by the one target
// rule; a unit type outside the partition, an invalid, empty or uncounted entry and a roster unit
// that sent nothing add nothing and are listed; indices and ranks are listed, never summed.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { Entry } from "../../src/domain/entry";
import type { UnitProfile } from "../../src/domain/plan";
import { STATUS_LABELS } from "../../src/domain/status-labels";
import { cliSandbox } from "../cli/harness";
import { sampleEntries, sampleSubmissionFile, sampleUnit } from "./fixtures/submissions";
import { dataColumnOf, dataRowOf, editWorkbook } from "./fixtures/edit-submission";
import type { CellValue, Status } from "../../src/domain/entry";
import { consolidate } from "../../src/cli/ministry/consolidate-model";
import type { FileReport } from "../../src/cli/ministry/file-report";
import type { Roster, RosterUnit } from "../../src/cli/ministry/roster";
import {
  contributionOf,
  exactSum,
  GAP_REASONS,
  judgeSum,
  nationalFigures,
  nationalSummary,
  type NationalListed,
  type NationalSum,
} from "../../src/cli/ministry/consolidate-national";
import { getPlan } from "../../src/catalog/index";
import { entryReport, submissionReport } from "./fixtures/file-reports";
import { completionOf, statusAgainst, targetRule } from "../../src/domain/target";

const plan = getPlan("kh-1097-2023")!;
const planOf = (id: string) => (id === plan.id ? plan : undefined);
const POINTS = "postal.service-points"; // ≥ 27,000, summed over postal enterprises, due 2023
const REVENUE = "ict.total-revenue"; // 165–185, summed over digital enterprises, due 2025
const IDI = "telecom.idi-rank"; // a rank: the ministry's own entry

const entry = entryReport;
const report = submissionReport;

function rosterOf(units: [string, string][]): Roster {
  const list: RosterUnit[] = units.map(([code, unitType], i) => ({
    code,
    name: `Đơn vị ${code}`,
    unitType,
    cluster: "",
    publicKey: null,
    line: i + 2,
  }));
  return {
    units: list,
    byCode: new Map(list.map((u) => [u.code, u])),
    has: { unitType: true, cluster: false, publicKey: false },
  };
}

const figure = (figs: ReturnType<typeof nationalFigures>, id: string, year = 2023) =>
  figs.find((f) => f.indicatorId === id && f.year === year)!;

describe("the sum of contributions", () => {
  const reports = [
    report("0100000001", "postal-enterprise", [
      entry(POINTS, 12_000),
      entry("postal.ecommerce-platforms", 1),
    ]),
    report("0100000002", "postal-enterprise", [entry(POINTS, 9_500)]),
    // Outside the partition: a province's points are some enterprise's too, and the ministry's own total.
    report("000.00.00.H26", "provincial-department", [entry(POINTS, 950)]),
    report("000.00.00.G01", "ministry-agency", [entry(POINTS, 27_100), entry(IDI, 44)]),
    // An invalid value, an empty one, a text: none is added.
    report("0100000003", "postal-enterprise", [entry(POINTS, -4, "invalid")]),
    report("0100000004", "postal-enterprise", [entry(POINTS, null, "missing")]),
    report("0100000005", "postal-enterprise", [entry(POINTS, "27.000", "invalid")]),
    // A sealed file whose hash does not verify is not counted, whatever it says.
    report("0100000006", "postal-enterprise", [entry(POINTS, 100_000)], {
      hash: { stored: "a".repeat(64), computed: "b".repeat(64), verified: false },
    }),
    // A filled template is listed, not counted.
    report("0100000007", "postal-enterprise", [entry(POINTS, 50_000)], { kind: "template", hash: null }),
  ];
  const roster = rosterOf([
    ...reports.map((r): [string, string] => [r.unit!.code, r.unit!.unitType]),
    ["0100000008", "postal-enterprise"],
    ["000.00.00.H27", "provincial-department"],
  ]);
  const figs = nationalFigures(consolidate(reports, roster), planOf, roster);
  const points = figure(figs, POINTS) as NationalSum;

  test("adds only the counted postal enterprises' valid values and judges the sum by the target rule", () => {
    expect(points.kind).toBe("sum");
    expect(points.unitTypes).toEqual(["postal-enterprise"]);
    expect(points.sum).toBe(21_500);
    expect(points.contributors).toBe(2);
    expect(points.contributions.map((c) => c.unitCode)).toEqual(["0100000001", "0100000002"]);
    // 21,500 < 27,000: a shortfall, due in 2023, completion 21,500 / 27,000.
    expect(points.status).toBe("shortfall");
    expect(points.completion).toBeCloseTo(21_500 / 27_000, 12);
    expect(points.due).toBe(true);
    expect(points.targetText).toEqual({ vi: "≥ 27.000 điểm", en: "≥ 27,000 points" });
  });

  test("every postal enterprise that adds nothing is listed with why, the roster's absentee included", () => {
    expect(points.gaps.map((g) => [g.unitCode, g.reason, g.value])).toEqual([
      ["0100000003", "invalid", -4],
      ["0100000004", "empty", null],
      ["0100000005", "invalid", "27.000"],
      ["0100000006", "not-counted", null],
      ["0100000007", "not-counted", null],
      ["0100000008", "not-received", null],
    ]);
    // The absent province is not a gap of a sum over postal enterprises.
    expect(points.gaps.some((g) => g.unitCode === "000.00.00.H27")).toBe(false);
  });

  test("a unit type outside the partition is shown beside the sum, never added", () => {
    expect(points.notSummed.map((e) => [e.unitCode, e.unitType, e.value])).toEqual([
      ["000.00.00.G01", "ministry-agency", 27_100],
      ["000.00.00.H26", "provincial-department", 950],
    ]);
  });

  test("a rank is the ministry's own entry, listed and not summed; an index nobody sent says so", () => {
    const idi = figure(figs, IDI) as NationalListed;
    expect(idi.kind).toBe("listed");
    expect(idi.entries.map((e) => [e.unitCode, e.value, e.status])).toEqual([["000.00.00.G01", 44, "met"]]);
    const gci = figure(figs, "infosec.gci-rank") as NationalListed;
    expect(gci.entries).toEqual([]);
    expect(
      figs.every(
        (f) => f.kind === "listed" || plan.indicators.find((i) => i.id === f.indicatorId)!.aggregate,
      ),
    ).toBe(true);
  });

  test("a sum with no contributor is not judged", () => {
    const eco = figure(figs, "ict.exports") as NationalSum;
    expect([eco.sum, eco.status, eco.completion, eco.contributors]).toEqual([null, "missing", null, 0]);
  });

  test("the text summary says the sum, its status and that it is partial, in both languages", () => {
    const vi = nationalSummary(figs, "vi");
    expect(vi).toContainEqual(
      `Toàn ngành · kh-1097-2023 2023 · ${POINTS}: tổng 21.500 của 2 đơn vị so với ≥ 27.000 điểm → Chưa đạt (79,6%); tổng CHƯA ĐẦY ĐỦ, 6 đơn vị thiếu số liệu`,
    );
    const en = nationalSummary(figs, "en");
    expect(en).toContainEqual(
      `National · kh-1097-2023 2023 · ${POINTS}: sum 21,500 of 2 units against ≥ 27,000 points → Shortfall (79.6%); the sum is PARTIAL, 6 units without a value`,
    );
    expect(en.at(-1)).toMatch(
      /^National: \d+ indicators not summed \(indices, ranks, ratios\): 1 with the reporting unit's entry/,
    );
  });
});

describe("the sum against the national target, both ways", () => {
  const run = (values: number[], year = 2023) => {
    const reports = values.map((v, i) =>
      report(`01000000${String(i).padStart(2, "0")}`, "postal-enterprise", [entry(POINTS, v)], {}, year),
    );
    return figure(nationalFigures(consolidate(reports, null), planOf, null), POINTS, year) as NationalSum;
  };

  test("enough contributions meet or exceed the 27,000 points; fewer fall short", () => {
    expect([run([20_000, 7_000]).status, run([20_000, 7_000]).completion]).toEqual(["met", 1]);
    expect(run([20_000, 7_001]).status).toBe("exceeded");
    expect(run([20_000, 6_999]).status).toBe("shortfall");
    // Each unit's own status does not matter: only the sum is judged.
    expect(run([1, 26_999]).status).toBe("met");
  });

  test("a range due in a later year is not yet due short of it, and judged once due", () => {
    const revenue = (year: number) => {
      const reports = [60, 40.5].map((v, i) =>
        report(`010000010${i}`, "digital-enterprise", [entry(REVENUE, v, "not-due")], {}, year),
      );
      return figure(nationalFigures(consolidate(reports, null), planOf, null), REVENUE, year) as NationalSum;
    };
    expect([revenue(2023).sum, revenue(2023).status, revenue(2023).due]).toEqual([100.5, "not-due", false]);
    expect([revenue(2025).status, revenue(2025).due]).toEqual(["shortfall", true]);
  });

  test("judgeSum is the plan's target rule, nothing else", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (x) => {
        const ind = plan.indicators.find((i) => i.id === POINTS)!;
        const rule = targetRule(ind.target);
        const compared = statusAgainst(rule, x);
        expect(judgeSum(ind, 2023, x)).toEqual({
          status: compared,
          completion: completionOf(rule, x, compared),
        });
      }),
    );
  });
});

describe("contributions", () => {
  test("a finite number the check did not reject, whatever its status", () => {
    expect(contributionOf(5, "shortfall")).toBe(5);
    expect(contributionOf(5, "not-due")).toBe(5);
    expect(contributionOf(-0, "met")).toBe(0);
    expect(contributionOf(5, "invalid")).toBe("invalid");
    expect(contributionOf(Number.NaN, "met")).toBe("invalid");
    expect(contributionOf("5", "met")).toBe("invalid");
    expect(contributionOf({ error: "#REF!" }, "invalid")).toBe("invalid");
    expect(contributionOf(null, "missing")).toBe("empty");
    expect(contributionOf("Không áp dụng", "not-applicable")).toBe("not-applicable");
  });

  test("the sum is independent of the order the files came in and equals the plain sum of the valid values", () => {
    const value = fc.oneof(
      fc.integer({ min: 0, max: 2_000_000 }),
      fc.double({ min: 0, max: 1e7, noNaN: true }),
      fc.constantFrom<CellValue>(null, "abc", -1),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 25 }), fc.integer(), (values, seed) => {
        const status = (v: CellValue): Status =>
          typeof v === "number" && v >= 0 ? "met" : v === null ? "missing" : "invalid";
        const reports = values.map((v, i) =>
          report(`02${String(i).padStart(8, "0")}`, "postal-enterprise", [entry(POINTS, v, status(v))]),
        );
        // A permutation of the same files, received in another order.
        const shuffled = reports
          .map((r, i) => ({ r, k: Math.sin(seed + i) }))
          .sort((a, b) => a.k - b.k)
          .map((x, i) => ({ ...x.r, receivedAt: new Date(Date.UTC(2023, 11, 1) + i * 1000).toISOString() }));
        const sumOf = (rs: FileReport[]) =>
          (figure(nationalFigures(consolidate(rs, null), planOf, null), POINTS) as NationalSum).sum;
        const valid = values.filter((v): v is number => typeof v === "number" && v >= 0);
        const a = sumOf(reports);
        expect(Object.is(a, sumOf(shuffled))).toBe(true);
        if (valid.length === 0) return expect(a).toBeNull();
        const plain = valid.reduce((s, v) => s + v, 0);
        if (valid.every((v) => Number.isInteger(v))) expect(a).toBe(plain);
        else
          expect(Math.abs(a! - plain)).toBeLessThanOrEqual(
            1e-12 * valid.reduce((s, v) => s + v, 1) * valid.length,
          );
      }),
    );
  });

  test("exactSum gives the same bits for any permutation of the same numbers", () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.double({ min: -1e12, max: 1e12, noNaN: true }), { maxLength: 40 })
          .chain((xs) =>
            fc.tuple(
              fc.constant(xs),
              fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length }),
            ),
          ),
        ([xs, ys]) => {
          expect(Object.is(exactSum(xs), exactSum(ys))).toBe(true);
        },
      ),
    );
  });

  test("exactSum is exactly rounded: 0.1 + 0.2 + 0.3 in any order, and cancellation", () => {
    expect(exactSum([0.1, 0.2, 0.3])).toBe(exactSum([0.3, 0.2, 0.1]));
    expect(exactSum([0.1, 0.2, 0.3])).toBe(0.6);
    expect(exactSum([1e100, 1, -1e100])).toBe(1);
    expect(exactSum([])).toBe(0);
  });
});

describe("consolidate shows the national figures in the workbook, the JSON and the summary", () => {
  const { dir, cli } = cliSandbox("sa-national-", "2023-12-12T09:00:00.000Z");
  const enterprise = (i: number): UnitProfile => ({
    name: `Tổng công ty Bưu chính số ${i}`,
    code: `01001091${String(i).padStart(2, "0")}`,
    unitType: "postal-enterprise",
    year: 2023,
  });
  const withPoints = (unit: UnitProfile, points: number) =>
    sampleEntries(plan, unit.unitType, () => "met").map((e) =>
      e.indicatorId === POINTS ? { ...e, value: points, explanation: "Điểm phục vụ của riêng đơn vị" } : e,
    );
  const province = { ...sampleUnit(26), code: "000.00.00.H26" };
  const ministry: UnitProfile = {
    name: "Vụ Thi đua - Khen thưởng",
    code: "000.00.00.G01",
    unitType: "ministry-agency",
    year: 2023,
  };

  beforeAll(async () => {
    const inbox = join(dir, "inbox");
    mkdirSync(inbox);
    const put = async (name: string, unit: UnitProfile, entries: Entry[]) =>
      writeFileSync(join(inbox, name), (await sampleSubmissionFile(plan, unit, entries)).bytes);
    await put("p1.xlsx", enterprise(1), withPoints(enterprise(1), 15_000));
    await put("p2.xlsx", enterprise(2), withPoints(enterprise(2), 12_500));
    await put("h26.xlsx", province, withPoints(province, 950));
    await put("bo.xlsx", ministry, withPoints(ministry, 27_100));
    // Edited after sealing: its hash no longer verifies, so its 90,000 points are not added.
    const { bytes } = await sampleSubmissionFile(plan, enterprise(3), withPoints(enterprise(3), 4_000));
    writeFileSync(
      join(inbox, "p3.xlsx"),
      await editWorkbook(bytes, (wb) => {
        const ws = wb.getWorksheet("SA_DATA")!;
        ws.getCell(dataRowOf(ws, POINTS), dataColumnOf(ws, "value")).value = 90_000;
      }),
    );
    writeFileSync(
      join(dir, "roster.csv"),
      ["mã;tên;loại", ...[1, 2, 3, 4].map((i) => `${enterprise(i).code};DN ${i};postal-enterprise`)]
        .concat([`${province.code};Sở;provincial-department`, `${ministry.code};Bộ;ministry-agency`])
        .join("\n"),
    );
  });

  test("vi: the sum of the counted enterprises, the partial sum said, both sheets read back", async () => {
    const r = await cli(
      "consolidate",
      "inbox",
      "--out",
      "out.xlsx",
      "--json",
      "out.json",
      "--roster",
      "roster.csv",
    );
    expect(r.code).toBe(1); // p3 has errors
    expect(r.err).toContain(
      `Toàn ngành · kh-1097-2023 2023 · ${POINTS}: tổng 27.500 của 2 đơn vị so với ≥ 27.000 điểm → Vượt (101,9%); tổng CHƯA ĐẦY ĐỦ, 2 đơn vị thiếu số liệu`,
    );
    const out = JSON.parse(readFileSync(join(dir, "out.json"), "utf8")) as {
      national: (NationalSum | NationalListed)[];
    };
    const points = out.national.find((f) => f.indicatorId === POINTS) as NationalSum;
    expect(points).toMatchObject({
      kind: "sum",
      sum: 27_500,
      status: "exceeded",
      contributors: 2,
      due: true,
    });
    expect(points.gaps.map((g) => [g.unitCode, g.reason])).toEqual([
      [enterprise(3).code, "not-counted"],
      [enterprise(4).code, "not-received"],
    ]);
    expect(points.notSummed.map((e) => [e.unitCode, e.value])).toEqual([
      [ministry.code, 27_100],
      [province.code, 950],
    ]);
    const idi = out.national.find((f) => f.indicatorId === IDI) as NationalListed;
    expect(idi.entries.map((e) => e.unitCode)).toEqual([ministry.code]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "out.xlsx"));
    const sheet = wb.getWorksheet("Toàn ngành")!;
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
    expect(rows[0]).toEqual([
      "Kế hoạch",
      "Năm",
      "Mã chỉ tiêu",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Cách tổng hợp",
      "Chỉ tiêu toàn ngành",
      "Hạn (năm)",
      "Tổng / số liệu",
      "Đánh giá",
      "Tỷ lệ hoàn thành",
      "Số đơn vị đóng góp",
      "Số đơn vị thiếu số liệu",
      "Ghi chú",
    ]);
    const row = rows.find((x) => x[2] === POINTS)!;
    expect(row.slice(4, 13)).toEqual([
      "điểm",
      "Cộng số liệu của: Doanh nghiệp bưu chính",
      "≥ 27.000 điểm",
      2023,
      27_500,
      "Vượt",
      27_500 / 27_000,
      2,
      2,
    ]);
    expect(row[13]).toMatch(
      /^tổng CHƯA ĐẦY ĐỦ: 1 tệp không được tính .*; 1 chưa nộp \(theo danh sách đơn vị\)$/,
    );
    const idiRow = rows.find((x) => x[2] === IDI)!;
    expect(idiRow.slice(8, 10)).toEqual([idi.entries[0]!.value, STATUS_LABELS.vi[idi.entries[0]!.status]]);
    expect(idiRow[13]).toBe(`số liệu của Bộ (${ministry.code})`);
    // Printable like the summary: the header row and the indicator's id and text on every page.
    expect(sheet.pageSetup.printTitlesRow).toBe("1:1");
    expect(sheet.pageSetup.printTitlesColumn).toBe("C:D");

    const detail = wb.getWorksheet("Toàn ngành (chi tiết)")!;
    const lines: ExcelJS.CellValue[][] = [];
    detail.eachRow((x) => lines.push((x.values as ExcelJS.CellValue[]).slice(1)));
    expect(lines.filter((x) => x[2] === POINTS).map((x) => [x[3], x[6], x[7]])).toEqual([
      [enterprise(1).code, "cộng vào tổng", 15_000],
      [enterprise(2).code, "cộng vào tổng", 12_500],
      [enterprise(3).code, `thiếu: ${GAP_REASONS["not-counted"].vi}`, undefined],
      [enterprise(4).code, `thiếu: ${GAP_REASONS["not-received"].vi}`, undefined],
      [ministry.code, "không cộng (ngoài nhóm đơn vị được cộng)", 27_100],
      [province.code, "không cộng (ngoài nhóm đơn vị được cộng)", 950],
    ]);
  });

  test("en: the sheets and the summary in English", async () => {
    // Without the ministry's own file: its indices and ranks say none was received.
    const r = await cli(
      "consolidate",
      ...["p1", "p2", "p3", "h26"].map((f) => `inbox/${f}.xlsx`),
      "--out",
      "en.xlsx",
      "--lang",
      "en",
      "--roster",
      "roster.csv",
    );
    expect(r.err).toContain(
      `National · kh-1097-2023 2023 · ${POINTS}: sum 27,500 of 2 units against ≥ 27,000 points → Exceeded (101.9%); the sum is PARTIAL, 2 units without a value`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "en.xlsx"));
    expect(wb.worksheets.map((w) => w.name).slice(2, 4)).toEqual(["National", "National (detail)"]);
    const rows: ExcelJS.CellValue[][] = [];
    wb.getWorksheet("National")!.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
    expect(rows.find((x) => x[2] === POINTS)!.slice(5, 10)).toEqual([
      "Sum of the entries of: Postal enterprise",
      "≥ 27,000 points",
      2023,
      27_500,
      "Exceeded",
    ]);
    expect(rows.find((x) => x[2] === IDI)!.slice(8, 14)).toEqual([
      ...Array<undefined>(5).fill(undefined),
      "no entry received",
    ]);
  });
});
