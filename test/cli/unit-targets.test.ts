// Issue #11 at year end, through the CLI: `template --targets FILE` gives the unit its own targets
// from the ministry's targets file. The 950 service points a province reports are reported with no
// target of its own, "Vượt" against its own 900 and "Chưa đạt" against 1,000; the sheet shows its
// target above the plan's, the template records the targets and the file's SHA-256, and the sealed
// submission carries them, so the ministry recomputes with them.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { getPlan } from "../../src/catalog/index";
import { selectIndicators } from "../../src/domain/applicability";
import { SubmissionSchema } from "../../src/domain/submission";
import { readTemplate } from "../../src/xlsx/read";
import { fillTemplate } from "../ministry/fixtures/templates";
import { sampleEntries } from "../ministry/fixtures/submissions";
import { entry } from "../fixtures/entry";
import { cliSandbox } from "./harness";

const plan = getPlan("kh-1097-2023")!;
const CODE = "000.00.00.H26";
const POINTS = "postal.service-points";
const { dir, cli } = cliSandbox("sa-own-", "2023-12-10T09:00:00.000Z");

const targetsCsv = (points: string, extra = "") =>
  `Mã đơn vị,Mã chỉ tiêu,Chỉ tiêu đơn vị\r\n${CODE},${POINTS},${points}\r\n000.00.00.H27,${POINTS},2.000\r\n${extra}`;

async function template(name: string, ...more: string[]) {
  return cli(
    "template",
    "--plan",
    plan.id,
    "--unit-type",
    "provincial-department",
    "--unit-code",
    CODE,
    "--unit-name",
    "Sở Thử",
    "--year",
    "2023",
    "--out",
    name,
    ...more,
  );
}

/** Template with the targets (if any), 950 points typed, exported: the sealed submission. */
async function yearEnd(tag: string, csv: string | null) {
  const extra: string[] = [];
  if (csv !== null) {
    writeFileSync(join(dir, `${tag}.csv`), csv);
    extra.push("--targets", `${tag}.csv`);
  }
  const made = await template(`${tag}.xlsx`, ...extra);
  expect(made).toMatchObject({ code: 0 });
  const filled = await fillTemplate(readFileSync(join(dir, `${tag}.xlsx`)), [entry(POINTS, 950)]);
  writeFileSync(join(dir, `${tag}-filled.xlsx`), filled);
  // Other rows are left empty: export refuses them, so check reads the template instead.
  const check = await cli("check", `${tag}-filled.xlsx`, "--json");
  const report = (JSON.parse(check.out) as { entries: { indicatorId: string; status: string }[] }[])[0]!;
  return { made, report, status: report.entries.find((e) => e.indicatorId === POINTS)!.status };
}

describe("template --targets: the unit's own targets judge its rows (issue #11)", () => {
  test("950 points: reported without a target of its own, Vượt against 900, Chưa đạt against 1.000", async () => {
    expect((await yearEnd("none", null)).status).toBe("reported");
    const over = await yearEnd("t900", targetsCsv("900"));
    expect(over.status).toBe("exceeded");
    expect(over.made.out).toMatch(/chỉ tiêu riêng của đơn vị: 1/);
    expect((await yearEnd("t1000", targetsCsv("1.000"))).status).toBe("shortfall");
  });

  test("the template records the targets with the file's SHA-256, and its target cell shows both", async () => {
    const bytes = readFileSync(join(dir, "t900.csv"));
    const t = await readTemplate(new Uint8Array(readFileSync(join(dir, "t900.xlsx"))));
    expect(t.meta!.unitTargets).toEqual({
      source: createHash("sha256").update(bytes).digest("hex"),
      targets: [{ indicatorId: POINTS, target: { kind: "atLeast", value: 900 } }],
    });
    expect(t.metaDisagreement).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "t900.xlsx"));
    const ws = wb.worksheets[0]!;
    const row = 10 + selectIndicators(plan, "provincial-department").findIndex((i) => i.id === POINTS);
    // Column E, the target (DECISIONS D33): the unit's own above the plan's.
    expect(ws.getCell(row, 5).value).toBe("Đơn vị: ≥ 900 điểm\nKế hoạch: ≥ 27.000 điểm");
    // The row's hidden parameters (P "kind", V "target"): a higher-is-better comparison with 900.
    expect([ws.getCell(row, 16).value, ws.getCell(row, 22).value]).toEqual(["H", 900]);
  });

  test("export seals the targets; the submission's status is judged against them, and check agrees", async () => {
    const entries = sampleEntries(plan, "provincial-department", () => "met").map((e) =>
      e.indicatorId === POINTS ? entry(POINTS, 950) : e,
    );
    const filled = await fillTemplate(readFileSync(join(dir, "t900.xlsx")), entries);
    writeFileSync(join(dir, "t900-all.xlsx"), filled);
    const ex = await cli("export", "t900-all.xlsx", "--out", "sub.xlsx", "--json", "sub.json");
    expect(ex.err).not.toMatch(/✖/);
    const sub = SubmissionSchema.parse(JSON.parse(readFileSync(join(dir, "sub.json"), "utf8")));
    expect(sub.unitTargets?.targets).toEqual([
      { indicatorId: POINTS, target: { kind: "atLeast", value: 900 } },
    ]);
    expect(sub.entries.find((e) => e.indicatorId === POINTS)).toMatchObject({ status: "exceeded" });
    const check = await cli("check", "sub.xlsx", "--json");
    const report = (
      JSON.parse(check.out) as {
        hash: { verified: boolean };
        entries: { indicatorId: string; status: string }[];
      }[]
    )[0]!;
    expect(report.hash.verified).toBe(true);
    expect(report.entries.find((e) => e.indicatorId === POINTS)!.status).toBe("exceeded");
  });

  test("a targets file with errors is refused, every error named by its line, in both languages", async () => {
    writeFileSync(
      join(dir, "bad.csv"),
      targetsCsv(
        "900",
        `${CODE},khong.co,5\r\n${CODE},${POINTS},1000\r\n${CODE},postal.service-points-x,\r\n`,
      ),
    );
    const r = await template("bad.xlsx", "--targets", "bad.csv");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Tệp chỉ tiêu .*bad\.csv có \d+ lỗi/);
    expect(r.err).toMatch(/The targets file .*bad\.csv has \d+ errors/);
    expect(r.err).toMatch(/Dòng 4: kế hoạch .* không có chỉ tiêu "khong\.co"/);
    expect(r.err).toMatch(
      /Line 5: unit 000\.00\.00\.H26, indicator postal\.service-points is already on line 2/,
    );
    expect(r.err).toMatch(/Line 6: plan .* has no indicator "postal\.service-points-x"/);
    writeFileSync(join(dir, "one.csv"), targetsCsv("900", `${CODE},khong.co,5\r\n`));
    const one = await template("one.xlsx", "--targets", "one.csv");
    expect(one.err).toMatch(/The targets file .*one\.csv has 1 error and cannot be used/);
    const missing = await template("x.xlsx", "--targets", "nothing.csv");
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/Không có tệp .*nothing\.csv/);
  });

  test("the unit's own row on an indicator its type does not report is an error", async () => {
    const other = plan.indicators.find(
      (i) => !i.appliesTo.includes("provincial-department") && i.valueType === "integer",
    )!;
    writeFileSync(
      join(dir, "wrong-type.csv"),
      `Mã đơn vị,Mã chỉ tiêu,Chỉ tiêu đơn vị\r\n${CODE},${other.id},5\r\n`,
    );
    const r = await template("w.xlsx", "--targets", "wrong-type.csv");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      new RegExp(`Line 2: indicator ${other.id.replace(/\./g, "\\.")} does not apply to unit ${CODE}`),
    );
  });

  // Item 4: the ministry trusts no claim. Statuses are recomputed with the sealed targets; with its
  // own targets file, a target that differs, or that the file lacks, is an error.
  test("check --targets: the sealed 900 matches the ministry's file; a file saying 1.000 catches the change", async () => {
    const same = await cli("check", "sub.xlsx", "--targets", "t900.csv", "--json");
    expect(same.code).toBe(0);
    const ok = (JSON.parse(same.out) as { fileIssues: { code: string }[] }[])[0]!;
    expect(ok.fileIssues.filter((i) => i.code.startsWith("targets."))).toEqual([]);

    // The unit's target was 1,000 in the ministry's file; the submission claims 900.
    const changed = await cli("check", "sub.xlsx", "--targets", "t1000.csv", "--json");
    expect(changed.code).toBe(1);
    const bad = (
      JSON.parse(changed.out) as {
        errors: number;
        fileIssues: { code: string; message: { vi: string; en: string } }[];
      }[]
    )[0]!;
    const issue = bad.fileIssues.find((i) => i.code === "targets.changed")!;
    expect(issue.message.vi).toMatch(/postal\.service-points.*≥ 900 điểm.*giao ≥ 1\.000 điểm/);
    expect(issue.message.en).toMatch(/postal\.service-points.*≥ 900 points.*gives ≥ 1,000 points/);
    expect(bad.errors).toBeGreaterThanOrEqual(1);
  });

  test("check --targets: a template made without the file lacks the unit's target: an error", async () => {
    const r = await cli("check", "none-filled.xlsx", "--targets", "t900.csv", "--json");
    const report = (JSON.parse(r.out) as { fileIssues: { code: string; message: { en: string } }[] }[])[0]!;
    const missing = report.fileIssues.find((i) => i.code === "targets.missing")!;
    expect(missing.message.en).toMatch(
      /gives the unit ≥ 900 points for postal\.service-points, but the template does not record it/,
    );
  });

  test("consolidate --targets: the unit whose target changed is not valid; a bad targets file is refused", async () => {
    const con = await cli(
      "consolidate",
      "sub.xlsx",
      "--out",
      "con.xlsx",
      "--json",
      "con.json",
      "--targets",
      "t1000.csv",
    );
    expect(con.code).toBe(1);
    const out = JSON.parse(readFileSync(join(dir, "con.json"), "utf8")) as {
      units: { code: string; valid: boolean }[];
    };
    expect(out.units.find((u) => u.code === CODE)!.valid).toBe(false);
    const refused = await cli("check", "sub.xlsx", "--targets", "bad.csv");
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/Tệp chỉ tiêu bad\.csv có lỗi/);
    expect(refused.err).toMatch(/The targets file bad\.csv has errors/);
    expect(refused.err).toMatch(/Line 4: plan .* has no indicator "khong\.co"/);
  });
});
