// Issue #11: a plan from the Ministry of Science and Technology (the test fixture of 2026, after
// Decree 55/2025/NĐ-CP), with unit types no bundled plan has, goes through the CLI end to end with
// --plan-file: plans → template → fill → export → check → consolidate. Nothing in the code knows
// its unit types; they come from the file.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { UnitProfile } from "../../src/domain/plan";
import { selectIndicators } from "../../src/domain/applicability";
import { assessReport } from "../../src/domain/assess";
import { SubmissionSchema } from "../../src/domain/submission";
import { readTemplate } from "../../src/xlsx/read";
import { fillTemplate } from "../ministry/fixtures/templates";
import { sampleEntries } from "../ministry/fixtures/submissions";
import { MOST_2026_FILE as FIXTURE, most2026Plan } from "../fixtures/plans/most-2026";
import { runCli } from "./harness";
import type {
  NationalFigure,
  NationalListed,
  NationalSum,
} from "../../src/cli/ministry/consolidate-national";

const PLAN_FILE = "most-2026.json";
const plan = most2026Plan();
let dir: string;
const cli = (...argv: string[]) => runCli(argv, dir, "2026-12-10T09:00:00.000Z");

const units: UnitProfile[] = [
  { name: "Sở Khoa học và Công nghệ tỉnh Thử", code: "000.00.00.H26", unitType: "so-khcn", year: 2026 },
  { name: "Viện Thử nghiệm", code: "1012345", unitType: "to-chuc-khcn", year: 2026 },
  { name: "Công ty Viễn thông Thử", code: "0100109106", unitType: "doanh-nghiep-vien-thong", year: 2026 },
];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sa-most-"));
  copyFileSync(FIXTURE, join(dir, PLAN_FILE));
  mkdirSync(join(dir, "inbox"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function makeTemplate(u: UnitProfile): Promise<string> {
  const out = `${u.unitType}.xlsx`;
  const r = await cli(
    "template",
    "--plan-file",
    PLAN_FILE,
    "--unit-type",
    u.unitType,
    "--unit-code",
    u.code,
    "--unit-name",
    u.name,
    "--out",
    out,
  );
  expect(r).toMatchObject({ code: 0 });
  return out;
}

describe("the Ministry of Science and Technology's 2026 plan (test fixture) through the CLI", () => {
  test("the fixture is a schema version 2 plan with a unit type no bundled plan has", () => {
    expect(plan.schemaVersion).toBe(2);
    expect(plan.issuer.vi).toBe("Bộ Khoa học và Công nghệ");
    expect(plan.unitTypes.map((u) => u.id)).toEqual([
      "don-vi-thuoc-bo",
      "so-khcn",
      "doanh-nghiep-vien-thong",
      "to-chuc-khcn",
    ]);
  });

  test("every quoted phrase occurs verbatim in the fixture's source text", () => {
    const text = readFileSync(join(__dirname, "..", "fixtures", "plans", plan.sourceFile), "utf8");
    expect(plan.indicators.filter((i) => !text.includes(i.source.phrase)).map((i) => i.id)).toEqual([]);
  });

  test("plans --plan-file checks the file and lists its unit types with their counts", async () => {
    const r = await cli("plans", "--plan-file", PLAN_FILE);
    expect(r.code).toBe(0);
    expect(r.out).toContain("kh-bkhcn-2026-test");
    expect(r.out).toContain("Bộ Khoa học và Công nghệ");
    expect(r.out).toMatch(
      new RegExp(`so-khcn\\s+${selectIndicators(plan, "so-khcn").length}\\s+Sở Khoa học và Công nghệ`),
    );
    expect(r.out).toContain("kh-1097-2023");
  });

  test("template: the new unit types, their code rules and the plan's names reach the sheet", async () => {
    for (const u of units) {
      const file = await makeTemplate(u);
      const t = await readTemplate(new Uint8Array(readFileSync(join(dir, file))));
      expect(t.meta).toMatchObject({
        planId: plan.id,
        planVersion: plan.version,
        unit: { unitType: u.unitType },
      });
      expect(t.meta!.indicatorIds).toEqual(selectIndicators(plan, u.unitType).map((i) => i.id));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, file));
      const texts: string[] = [];
      wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
      expect(texts).toContain(plan.unitTypes.find((x) => x.id === u.unitType)!.name.vi);
    }
  });

  test("template refuses a code of the wrong shape for the plan's own rule, and a type the plan lacks", async () => {
    const bad = await cli(
      "template",
      "--plan-file",
      PLAN_FILE,
      "--unit-type",
      "to-chuc-khcn",
      "--unit-code",
      "12345",
      "--out",
      "bad.xlsx",
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/mã số đơn vị có quan hệ với ngân sách \(7 chữ số\), ví dụ 1012345/);
    expect(bad.err).toMatch(/budget-relationship code \(7 digits\), e\.g\. 1012345/);
    const old = await cli(
      "template",
      "--plan-file",
      PLAN_FILE,
      "--unit-type",
      "provincial-department",
      "--out",
      "x.xlsx",
    );
    expect(old.code).toBe(2);
    expect(old.err).toMatch(/Choose one of: don-vi-thuoc-bo, so-khcn, doanh-nghiep-vien-thong, to-chuc-khcn/);
  });

  test("fill → export → check → consolidate keeps every value and status, with the plan file", async () => {
    const expected = new Map<string, [string, unknown, string][]>();
    for (const u of units) {
      const file = `${u.unitType}.xlsx`;
      const entries = sampleEntries(plan, u.unitType);
      writeFileSync(join(dir, `filled-${file}`), await fillTemplate(readFileSync(join(dir, file)), entries));
      const statuses = assessReport(plan, entries, (i) => i.appliesTo.includes(u.unitType), u);
      expected.set(
        u.code,
        statuses.map((a, i) => [a.indicatorId, entries[i]!.value, a.status]),
      );

      const ex = await cli(
        "export",
        `filled-${file}`,
        "--out",
        `inbox/${file}`,
        "--json",
        `${u.unitType}.json`,
        "--plan-file",
        PLAN_FILE,
      );
      expect(ex).toMatchObject({ code: 0 });
      const sub = SubmissionSchema.parse(JSON.parse(readFileSync(join(dir, `${u.unitType}.json`), "utf8")));
      expect(sub.unit).toMatchObject({ unitType: u.unitType, code: u.code });
      expect(sub.plan).toMatchObject({ id: plan.id, version: plan.version });
      expect(sub.entries.map((e) => [e.indicatorId, e.value, e.status])).toEqual(expected.get(u.code));
    }

    const check = await cli("check", "inbox", "--json", "--plan-file", PLAN_FILE);
    expect(check.code).toBe(0);
    const reports = JSON.parse(check.out) as {
      rejected: unknown;
      hash: { verified: boolean };
      unit: UnitProfile;
      entries: { indicatorId: string; value: unknown; status: string }[];
    }[];
    expect(reports).toHaveLength(units.length);
    for (const f of reports) {
      expect(f.rejected).toBeNull();
      expect(f.hash.verified).toBe(true);
      expect(f.entries.map((e) => [e.indicatorId, e.value, e.status])).toEqual(expected.get(f.unit.code));
    }

    const con = await cli(
      "consolidate",
      "inbox",
      "--out",
      "out.xlsx",
      "--json",
      "out.json",
      "--plan-file",
      PLAN_FILE,
    );
    expect(con.code).toBe(0);
    const out = JSON.parse(readFileSync(join(dir, "out.json"), "utf8")) as {
      units: { code: string; valid: boolean }[];
      entries: { unitCode: string; indicatorId: string; value: unknown; status: string }[];
    };
    expect(out.units.map((u) => [u.code, u.valid]).sort()).toEqual(units.map((u) => [u.code, true]).sort());
    for (const u of units)
      expect(
        out.entries.filter((e) => e.unitCode === u.code).map((e) => [e.indicatorId, e.value, e.status]),
      ).toEqual(expected.get(u.code));

    // The plan's national figures (issue #11 item 4): the 5G stations are summed over the telecom
    // enterprises (one here, so the sum is its entry and judged as its entry is); the GII rank is the
    // ministry's own entry, and no unit of the ministry reported.
    const national = (
      JSON.parse(readFileSync(join(dir, "out.json"), "utf8")) as { national: NationalFigure[] }
    ).national;
    expect(national.map((f) => [f.indicatorId, f.kind])).toEqual([
      ["infra.5g-stations", "sum"],
      ["science.gii-rank", "listed"],
    ]);
    const stations = national[0] as NationalSum;
    const telecom = out.entries.find(
      (e) => e.unitCode === "0100109106" && e.indicatorId === "infra.5g-stations",
    )!;
    expect(telecom.status).toBe("reported");
    expect(stations).toMatchObject({
      year: 2026,
      unitTypes: ["doanh-nghiep-vien-thong"],
      sum: telecom.value,
      // The enterprise's own entry is a contribution with no target of its own (reported, D33);
      // the sum is what the national target (≥ 50.000) judges.
      status: "exceeded",
      contributors: 1,
      gaps: [],
    });
    expect(stations.notSummed).toEqual([]);
    expect((national[1] as NationalListed).entries).toEqual([]);
    expect(con.err).toMatch(
      /Toàn ngành · kh-bkhcn-2026-test 2026 · infra\.5g-stations: tổng [\d.]+ của 1 đơn vị so với ≥ 50\.000/,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "out.xlsx"));
    const rows: ExcelJS.CellValue[][] = [];
    wb.getWorksheet("Toàn ngành")!.eachRow((r) => rows.push((r.values as ExcelJS.CellValue[]).slice(1)));
    expect(rows.map((r) => [r[2], r[5]])).toEqual([
      ["Mã chỉ tiêu", "Cách tổng hợp"],
      ["infra.5g-stations", `Cộng số liệu của: ${plan.unitTypes[2]!.name.vi}`],
      ["science.gii-rank", "Không cộng (chỉ số, thứ hạng, tỷ lệ): số liệu của đơn vị báo cáo"],
    ]);
  });

  test("a roster names the plan's own unit types by name or id; without the plan file it is refused", async () => {
    // The telecom type is named in English as the bundled plans also name one of theirs: the plan
    // file comes first, so it is the fixture's type. One unit of the roster has not reported.
    writeFileSync(
      join(dir, "don-vi.csv"),
      "Mã đơn vị;Tên đơn vị;Loại hình đơn vị;Cụm thi đua\r\n" +
        "000.00.00.H26;Sở Khoa học và Công nghệ tỉnh Thử;Sở Khoa học và Công nghệ;Cụm 1\r\n" +
        "1012345;Viện Thử nghiệm;to-chuc-khcn;Cụm 2\r\n" +
        "0100109106;Công ty Viễn thông Thử;Telecommunications enterprise;Cụm 2\r\n" +
        "000.00.00.H27;Sở Khoa học và Công nghệ tỉnh Khác;Sở Khoa học và Công nghệ;Cụm 1\r\n",
    );
    const check = await cli("check", "inbox", "--json", "--plan-file", PLAN_FILE, "--roster", "don-vi.csv");
    expect(check.code).toBe(0);
    const reports = JSON.parse(check.out) as {
      fileIssues: { code: string }[];
      unit: UnitProfile;
      errors: number;
    }[];
    expect(reports.map((r) => r.unit.unitType).sort()).toEqual(units.map((u) => u.unitType).sort());
    expect(reports.map((r) => [r.errors, r.fileIssues.map((i) => i.code)])).toEqual(units.map(() => [0, []]));

    const con = await cli(
      "consolidate",
      "inbox",
      "--out",
      "roster-out.xlsx",
      "--json",
      "roster-out.json",
      "--plan-file",
      PLAN_FILE,
      "--roster",
      "don-vi.csv",
    );
    expect(con.code).toBe(0);
    const out = JSON.parse(readFileSync(join(dir, "roster-out.json"), "utf8")) as {
      missing: { code: string; unitType: string | null }[];
    };
    expect(out.missing.map((m) => [m.code, m.unitType])).toEqual([["000.00.00.H27", "so-khcn"]]);

    const without = await cli("consolidate", "inbox", "--out", "x.xlsx", "--roster", "don-vi.csv");
    expect(without.code).toBe(2);
    expect(without.err).toMatch(/unknown unit type "Sở Khoa học và Công nghệ", in no plan/);
  });

  test("without the plan file the ministry's check says which plan it lacks and how to give it", async () => {
    const r = await cli("check", "inbox/so-khcn.xlsx", "--json");
    // A file that cannot be read against any known plan is refused (exit 3, DECISIONS "exit codes").
    expect(r.code).toBe(3);
    const [f] = JSON.parse(r.out) as { rejected: { code: string; message: { en: string; vi: string } } }[];
    expect(f!.rejected.code).toBe("plan.unknown");
    expect(f!.rejected.message.en).toMatch(/kh-bkhcn-2026-test.*--plan-file/);
  });
});
