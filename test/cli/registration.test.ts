// Issue #11 item 3b through the CLI: `register` makes a registration template ("Chỉ tiêu đăng ký"),
// export seals it as a registration (kind "registration", never scored), and at year end
// `template --registration` gives the unit the targets it registered: 950 service points against
// a registered 900 is "Vượt", against 1.000 "Chưa đạt". A registration edited after export, another
// year's, or a year-end submission is refused with its reason.
import { copyFileSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { getPlan } from "../../src/catalog/index";
import { SubmissionSchema } from "../../src/domain/submission";
import { readTemplate } from "../../src/xlsx/read";
import { buildSubmissionWorkbook } from "../../src/xlsx/submission-workbook";
import { fillTemplate } from "../ministry/fixtures/templates";
import { sampleEntries } from "../ministry/fixtures/submissions";
import { entry } from "../fixtures/entry";
import { cliSandbox } from "./harness";

const plan = getPlan("kh-1097-2023")!;
const CODE = "000.00.00.H26";
const POINTS = "postal.service-points";
const TYPE = "provincial-department";
const { dir, cli, cliAt } = cliSandbox("sa-reg-", "2023-01-20T09:00:00.000Z");

// A unit indicator of the province, due in 2023, with an at-least target: a lower commitment is weaker.
const unitRow = plan.indicators.find(
  (i) =>
    i.appliesTo.includes(TYPE) &&
    i.scope === "unit" &&
    i.target.kind === "atLeast" &&
    !i.growth &&
    i.deadlineYear <= 2023,
)!;
const weakerValue = unitRow.target.kind === "atLeast" ? unitRow.target.value / 2 : 0;

const unitArgs = (year = "2023", code = CODE) => [
  "--plan",
  plan.id,
  "--unit-type",
  TYPE,
  "--unit-code",
  code,
  "--unit-name",
  "Sở Thử",
  "--year",
  year,
];

interface CheckReport {
  registration?: true;
  score: unknown;
  hash: { verified: boolean } | null;
  entries: { indicatorId: string; status: string; issues: { code: string; severity: string }[] }[];
}

/** register → commit `points` (and the weaker unit row) → export: the sealed registration's path. */
async function registration(tag: string, points: number, year = "2023") {
  expect(await cli("register", ...unitArgs(year), "--out", `${tag}.xlsx`)).toMatchObject({ code: 0 });
  const entries = sampleEntries(plan, TYPE, () => "met").map((e) =>
    e.indicatorId === POINTS
      ? entry(POINTS, points)
      : e.indicatorId === unitRow.id
        ? entry(unitRow.id, weakerValue)
        : e,
  );
  writeFileSync(
    join(dir, `${tag}-filled.xlsx`),
    await fillTemplate(readFileSync(join(dir, `${tag}.xlsx`)), entries),
  );
  const ex = await cli(
    "export",
    `${tag}-filled.xlsx`,
    "--out",
    `${tag}-sealed.xlsx`,
    "--json",
    `${tag}.json`,
  );
  expect(ex.err).not.toMatch(/✖/);
  return `${tag}-sealed.xlsx`;
}

/** The year-end template carrying the registration, 950 points typed, checked: the row's status. */
async function yearEnd(tag: string, reg: string) {
  const made = await cli("template", ...unitArgs(), "--registration", reg, "--out", `${tag}.xlsx`);
  expect(made).toMatchObject({ code: 0 });
  const filled = await fillTemplate(readFileSync(join(dir, `${tag}.xlsx`)), [entry(POINTS, 950)]);
  writeFileSync(join(dir, `${tag}-filled.xlsx`), filled);
  const check = await cli("check", `${tag}-filled.xlsx`, "--json");
  const report = (JSON.parse(check.out) as CheckReport[])[0]!;
  return report.entries.find((e) => e.indicatorId === POINTS)!.status;
}

describe("register: the unit's registration (issue #11 item 3b)", () => {
  test("the registration template heads its value column Chỉ tiêu đăng ký and records its kind", async () => {
    expect(await cli("register", ...unitArgs(), "--out", "blank.xlsx")).toMatchObject({ code: 0 });
    const t = await readTemplate(new Uint8Array(readFileSync(join(dir, "blank.xlsx"))));
    expect(t.meta!.kind).toBe("registration");
    expect(t.metaDisagreement).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "blank.xlsx"));
    const ws = wb.worksheets[0]!;
    expect(ws.getCell(1, 1).value).toBe("ĐĂNG KÝ CHỈ TIÊU THI ĐUA");
    const header = (ws.getRow(9).values as unknown[]).filter((v) => typeof v === "string");
    expect(header).toContain("Chỉ tiêu đăng ký");
    expect(header).not.toContain("Kết quả thực hiện");
    // The English template says so in English.
    await cli("register", ...unitArgs(), "--lang", "en", "--out", "blank-en.xlsx");
    const en = new ExcelJS.Workbook();
    await en.xlsx.readFile(join(dir, "blank-en.xlsx"));
    expect((en.worksheets[0]!.getRow(9).values as unknown[]).includes("Registered target")).toBe(true);
  });

  test("export seals a registration: its kind, no score; a weaker unit commitment is a warning, not an error", async () => {
    await registration("r900", 900);
    const sealed = SubmissionSchema.parse(JSON.parse(readFileSync(join(dir, "r900.json"), "utf8")));
    expect(sealed.kind).toBe("registration");
    expect(sealed.summary.score).toBeUndefined();
    const row = sealed.entries.find((e) => e.indicatorId === unitRow.id)!;
    expect(row.status).toBe("shortfall");
    // The ministry reads it as a registration too: hash verified, the weaker row a warning.
    const report = (JSON.parse((await cli("check", "r900-sealed.xlsx", "--json")).out) as CheckReport[])[0]!;
    expect(report.registration).toBe(true);
    expect(report.score).toBeNull();
    expect(report.hash!.verified).toBe(true);
    const issues = report.entries.find((e) => e.indicatorId === unitRow.id)!.issues;
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "registration.weaker", severity: "warning" }),
    );
    expect(issues.some((i) => i.severity === "error")).toBe(false);
    // A national contribution: any commitment is allowed (reported, no issue).
    const points = report.entries.find((e) => e.indicatorId === POINTS)!;
    expect(points.status).toBe("reported");
    expect(points.issues).toEqual([]);
  });

  // D42: the sealed registration's printed report is a registration's, not a year-end report's.
  test("the sealed registration's report sheet: BẢN ĐĂNG KÝ, Chỉ tiêu đăng ký, a weaker commitment Thấp hơn KH in amber", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "r900-sealed.xlsx"));
    const report = wb.getWorksheet("Báo cáo")!;
    const texts: string[] = [];
    let weakerFill: string | undefined;
    report.eachRow((row) =>
      row.eachCell((c) => {
        if (typeof c.value !== "string") return;
        texts.push(c.value);
        if (c.value === "Thấp hơn KH")
          weakerFill = (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
      }),
    );
    expect(texts).toEqual(
      expect.arrayContaining(["BẢN ĐĂNG KÝ", "Chỉ tiêu thi đua năm 2023", "Chỉ tiêu đăng ký"]),
    );
    expect(texts.some((t) => /^Đơn vị \(mã định danh 000\.00\.00\.H26.*\) đăng ký thực hiện/.test(t))).toBe(
      true,
    );
    expect(texts).toContain("Thấp hơn KH");
    expect(weakerFill).toBe("FFFFE699");
    // Never the year-end words: no "Kết quả" column, no "Chưa đạt", no "BÁO CÁO" title.
    expect(texts).not.toContain("Kết quả");
    expect(texts).not.toContain("Chưa đạt");
    expect(texts).not.toContain("BÁO CÁO");
    // The sealed data sheet says the same words beside the status code.
    const data = wb.worksheets.find((w) => w.state !== "veryHidden" && w.name !== "Báo cáo")!;
    const labels = new Set<string>();
    data.eachRow((row) => row.eachCell((c) => void (typeof c.value === "string" && labels.add(c.value))));
    expect(labels.has("Thấp hơn KH")).toBe(true);
    expect(labels.has("Chưa đạt")).toBe(false);
  });

  test("an English registration's report says Commitment and Below plan", async () => {
    expect(await cli("register", ...unitArgs(), "--lang", "en", "--out", "en.xlsx")).toMatchObject({
      code: 0,
    });
    const entries = sampleEntries(plan, TYPE, () => "met").map((e) =>
      e.indicatorId === unitRow.id ? entry(unitRow.id, weakerValue) : e,
    );
    writeFileSync(
      join(dir, "en-filled.xlsx"),
      await fillTemplate(readFileSync(join(dir, "en.xlsx")), entries),
    );
    expect((await cli("export", "en-filled.xlsx", "--out", "en-sealed.xlsx")).err).not.toMatch(/✖/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "en-sealed.xlsx"));
    const texts: string[] = [];
    wb.getWorksheet("Report")!.eachRow((row) =>
      row.eachCell((c) => void (typeof c.value === "string" && texts.push(c.value))),
    );
    expect(texts).toEqual(expect.arrayContaining(["REGISTRATION", "Commitment", "Below plan"]));
    expect(texts).not.toContain("Result");
    expect(texts).not.toContain("Shortfall");
  });

  test("template --registration: 950 points is Vượt against a registered 900 and Chưa đạt against 1.000", async () => {
    expect(await yearEnd("y900", "r900-sealed.xlsx")).toBe("exceeded");
    const t = await readTemplate(new Uint8Array(readFileSync(join(dir, "y900.xlsx"))));
    const reg = SubmissionSchema.parse(JSON.parse(readFileSync(join(dir, "r900.json"), "utf8")));
    expect(t.meta!.kind).toBeUndefined();
    expect(t.meta!.unitTargets!.source).toBe(reg.hash);
    expect(t.meta!.unitTargets!.targets).toContainEqual({
      indicatorId: POINTS,
      target: { kind: "atLeast", value: 900 },
    });
    expect(t.meta!.unitTargets!.targets).toContainEqual({
      indicatorId: unitRow.id,
      target: { kind: "atLeast", value: weakerValue },
    });
    await registration("r1000", 1000);
    expect(await yearEnd("y1000", "r1000-sealed.xlsx")).toBe("shortfall");
  });

  test("a registration edited after export, of another year, or a year-end submission is refused", async () => {
    // Edited after export: a commitment changed inside the sealed JSON, the hash kept.
    const reg = SubmissionSchema.parse(JSON.parse(readFileSync(join(dir, "r900.json"), "utf8")));
    const forged = {
      ...reg,
      entries: reg.entries.map((e) => (e.indicatorId === POINTS ? { ...e, value: 800 } : e)),
    };
    writeFileSync(join(dir, "tampered.xlsx"), await buildSubmissionWorkbook(forged, plan, "vi"));
    const tampered = await cli(
      "template",
      ...unitArgs(),
      "--registration",
      "tampered.xlsx",
      "--out",
      "t.xlsx",
    );
    expect(tampered.code).toBe(2);
    expect(tampered.err).toMatch(/Không dùng được .*tampered\.xlsx làm bản đăng ký/);
    expect(tampered.err).toMatch(/Cannot use .*tampered\.xlsx as the registration/);

    await registration("r2024", 900, "2024");
    const other = await cli(
      "template",
      ...unitArgs(),
      "--registration",
      "r2024-sealed.xlsx",
      "--out",
      "o.xlsx",
    );
    expect(other.code).toBe(2);
    expect(other.err).toMatch(/the registration is for 2024, not 2023/);
    expect(other.err).toMatch(/bản đăng ký cho năm 2024, không phải năm 2023/);

    // A year-end submission is not a registration.
    const entries = sampleEntries(plan, TYPE, () => "met");
    writeFileSync(join(dir, "ye.xlsx"), await fillTemplate(readFileSync(join(dir, "y900.xlsx")), entries));
    expect((await cli("export", "ye.xlsx", "--out", "ye-sealed.xlsx")).err).not.toMatch(/✖/);
    const sub = await cli("template", ...unitArgs(), "--registration", "ye-sealed.xlsx", "--out", "s.xlsx");
    expect(sub.code).toBe(2);
    expect(sub.err).toMatch(/this is a year-end submission, not a registration/);

    const both = await cli(
      "template",
      ...unitArgs(),
      "--registration",
      "r900-sealed.xlsx",
      "--targets",
      "x.csv",
      "--out",
      "b.xlsx",
    );
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/Give one of --targets and --registration/);
  });

  test("check --registrations: the year-end submission matches its registration; a target changed afterwards is an error", async () => {
    mkdirSync(join(dir, "regs"));
    copyFileSync(join(dir, "r900-sealed.xlsx"), join(dir, "regs", "r900-sealed.xlsx"));
    const all = () =>
      sampleEntries(plan, TYPE, () => "met").map((e) => (e.indicatorId === POINTS ? entry(POINTS, 950) : e));
    // Honest: the year-end template made from the registration, filled, exported, checked.
    writeFileSync(join(dir, "ok.xlsx"), await fillTemplate(readFileSync(join(dir, "y900.xlsx")), all()));
    expect((await cli("export", "ok.xlsx", "--out", "ok-sealed.xlsx")).err).not.toMatch(/✖/);
    const ok = await cli("check", "ok-sealed.xlsx", "--registrations", "regs", "--json");
    const okReport = (JSON.parse(ok.out) as (CheckReport & { fileIssues: { code: string }[] })[])[0]!;
    expect(okReport.fileIssues.filter((i) => i.code.startsWith("targets."))).toEqual([]);
    expect(okReport.entries.find((e) => e.indicatorId === POINTS)!.status).toBe("exceeded");
    // Changed afterwards: the year-end template says the unit's target is 800, not the registered 900.
    writeFileSync(
      join(dir, "t800.csv"),
      `Mã đơn vị,Mã chỉ tiêu,Chỉ tiêu đơn vị\r\n${CODE},${POINTS},800\r\n`,
    );
    await cli("template", ...unitArgs(), "--targets", "t800.csv", "--out", "y800.xlsx");
    writeFileSync(join(dir, "bad.xlsx"), await fillTemplate(readFileSync(join(dir, "y800.xlsx")), all()));
    expect((await cli("export", "bad.xlsx", "--out", "bad-sealed.xlsx")).err).not.toMatch(/✖/);
    const bad = await cli("check", "bad-sealed.xlsx", "--registrations", "regs", "--json");
    expect(bad.code).toBe(1);
    const issues = (
      JSON.parse(bad.out) as {
        fileIssues: { code: string; severity: string; message: { vi: string; en: string } }[];
      }[]
    )[0]!.fileIssues.filter((i) => i.code.startsWith("targets."));
    const changed = issues.find((i) => i.message.en.includes(POINTS))!;
    expect(changed).toMatchObject({ code: "targets.changed", severity: "error" });
    expect(changed.message.en).toMatch(/the unit's registration \(regs\/r900-sealed\.xlsx\) gives ≥ 900/);
    expect(changed.message.vi).toMatch(/bản đăng ký của đơn vị \(regs\/r900-sealed\.xlsx\) giao ≥ 900/);
    // The weaker unit row registered but absent from the 800 template: missing, an error too.
    expect(issues.some((i) => i.code === "targets.missing" && i.message.en.includes(unitRow.id))).toBe(true);
  });

  // D42: which registration counts is the ministry's receipt order (D11), never the file's own clock.
  test("check --registrations: the registration received last counts, a tie is an error, none is said", async () => {
    const all = () =>
      sampleEntries(plan, TYPE, () => "met").map((e) => (e.indicatorId === POINTS ? entry(POINTS, 950) : e));
    writeFileSync(join(dir, "ok2.xlsx"), await fillTemplate(readFileSync(join(dir, "y900.xlsx")), all()));
    expect((await cli("export", "ok2.xlsx", "--out", "ok2-sealed.xlsx")).err).not.toMatch(/✖/);
    // A registration of 1.000 whose PC clock said 2099, received first; then the 900 one.
    expect(
      (await cliAt("2099-01-01T00:00:00.000Z", "export", "r1000-filled.xlsx", "--out", "r1000-2099.xlsx"))
        .err,
    ).not.toMatch(/✖/);
    mkdirSync(join(dir, "regs2"));
    copyFileSync(join(dir, "r1000-2099.xlsx"), join(dir, "regs2", "a-1000.xlsx"));
    copyFileSync(join(dir, "r900-sealed.xlsx"), join(dir, "regs2", "b-900.xlsx"));
    utimesSync(join(dir, "regs2", "a-1000.xlsx"), new Date("2023-01-05"), new Date("2023-01-05"));
    utimesSync(join(dir, "regs2", "b-900.xlsx"), new Date("2023-01-25"), new Date("2023-01-25"));
    const codes = async (folder: string) => {
      const run = await cli("check", "ok2-sealed.xlsx", "--registrations", folder, "--json");
      const rep = (
        JSON.parse(run.out) as { fileIssues: { code: string; message: { vi: string; en: string } }[] }[]
      )[0]!;
      return rep.fileIssues.filter((i) => /^(targets|registration)\./.test(i.code));
    };
    expect(await codes("regs2")).toEqual([]);
    // Received the other way round, the 1.000 registration counts and the 900 target is a change.
    utimesSync(join(dir, "regs2", "a-1000.xlsx"), new Date("2023-02-01"), new Date("2023-02-01"));
    expect((await codes("regs2")).map((i) => i.code)).toContain("targets.changed");
    // Received at the same moment: which is the latest is unknown, and the file is told so.
    utimesSync(join(dir, "regs2", "b-900.xlsx"), new Date("2023-02-01"), new Date("2023-02-01"));
    const tie = await codes("regs2");
    expect(tie.map((i) => i.code)).toEqual(["registration.same-time"]);
    expect(tie[0]!.message.vi).toMatch(/nhận cùng một thời điểm/);
    // No registration of this unit and year (only the 2024 one): a warning in both languages.
    mkdirSync(join(dir, "regs2024"));
    copyFileSync(join(dir, "r2024-sealed.xlsx"), join(dir, "regs2024", "r2024.xlsx"));
    const absent = await codes("regs2024");
    expect(absent.map((i) => i.code)).toEqual(["registration.absent"]);
    expect(absent[0]!.message.vi).toMatch(
      /Không có bản đăng ký thi đua của đơn vị 000\.00\.00\.H26 cho năm 2023/,
    );
    expect(absent[0]!.message.en).toMatch(/no registration of unit 000\.00\.00\.H26 for 2023/);
    // A folder with no registration at all (a year-end file only) stops the run, said in both languages.
    mkdirSync(join(dir, "noregs"));
    copyFileSync(join(dir, "ok2-sealed.xlsx"), join(dir, "noregs", "year-end.xlsx"));
    const none = await cli("check", "ok2-sealed.xlsx", "--registrations", "noregs");
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/Thư mục noregs không có bản đăng ký thi đua nào/);
    expect(none.err).toMatch(/The folder noregs holds no registration/);
  });

  test("consolidate keeps registrations apart: the registered sum against the national target, and who registered nothing", async () => {
    mkdirSync(join(dir, "inbox"));
    copyFileSync(join(dir, "r900-sealed.xlsx"), join(dir, "inbox", "r900.xlsx"));
    copyFileSync(join(dir, "ok-sealed.xlsx"), join(dir, "inbox", "year-end.xlsx"));
    // Two postal enterprises (the type whose points the plan sums) register: 20.000 points, and none.
    // A unit indicator of the enterprise's own, left empty by the second one (D42).
    const ownRow = plan.indicators.find(
      (i) => i.appliesTo.includes("postal-enterprise") && i.scope === "unit",
    )!;
    const enterprise = async (code: string, points: number | null) => {
      const args = ["--plan", plan.id, "--unit-type", "postal-enterprise", "--unit-code", code];
      expect(
        await cli(
          "register",
          ...args,
          "--unit-name",
          `DN ${code}`,
          "--year",
          "2023",
          "--out",
          `${code}.xlsx`,
        ),
      ).toMatchObject({ code: 0 });
      const entries = sampleEntries(plan, "postal-enterprise", () => "met")
        .filter((e) => e.indicatorId !== POINTS && (points !== null || e.indicatorId !== ownRow.id))
        .concat(points === null ? [] : [entry(POINTS, points)]);
      writeFileSync(
        join(dir, `${code}-filled.xlsx`),
        await fillTemplate(readFileSync(join(dir, `${code}.xlsx`)), entries),
      );
      expect((await cli("export", `${code}-filled.xlsx`, "--out", `inbox/${code}.xlsx`)).err).not.toMatch(
        /✖/,
      );
    };
    await enterprise("0100109106", 20000);
    await enterprise("0100686209", null);
    const run = await cli("consolidate", "inbox", "--out", "all.xlsx", "--json", "all.json");
    expect(run.err).toMatch(/3 bản đăng ký thi đua \(không xếp hạng\)/);
    expect(run.err).toMatch(
      /Đăng ký · Toàn ngành · kh-1097-2023 2023 · postal\.service-points: tổng 20\.000 của 1 đơn vị so với ≥ 27\.000 điểm → Chưa đạt/,
    );
    interface Fig {
      indicatorId: string;
      sum: number | null;
      status: string;
      contributors: number;
      gaps: { unitCode: string; reason: string }[];
      notSummed: { unitCode: string; value: unknown }[];
    }
    const doc = JSON.parse(readFileSync(join(dir, "all.json"), "utf8")) as {
      units: { code: string }[];
      national: Fig[];
      registrations: { files: string[]; national: Fig[] };
    };
    // The ranking has the one year-end submission only.
    expect(doc.units.map((u) => u.code)).toEqual([CODE]);
    // The year-end file's contribution is listed (a province is not of the summed type); no registration is in it.
    const yearEnd = doc.national.find((f) => f.indicatorId === POINTS)!;
    expect(yearEnd.notSummed.map((u) => [u.unitCode, u.value])).toEqual([[CODE, 950]]);
    expect(yearEnd.contributors).toBe(0);
    expect(doc.registrations.files).toHaveLength(3);
    const reg = doc.registrations.national.find((f) => f.indicatorId === POINTS)!;
    expect(reg).toMatchObject({ sum: 20000, contributors: 1, status: "shortfall" });
    // The enterprise that registered nothing: the gap the ministry must chase.
    expect(reg.gaps).toEqual([expect.objectContaining({ unitCode: "0100686209", reason: "empty" })]);
    expect(reg.notSummed.map((u) => [u.unitCode, u.value])).toEqual([[CODE, 900]]);

    // D42: the units that registered nothing on an indicator of their own, in --json and on a sheet.
    const unregistered = (doc as unknown as { registrations: { unregistered: Record<string, unknown>[] } })
      .registrations.unregistered;
    expect(unregistered).toEqual([
      expect.objectContaining({ unitCode: "0100686209", indicatorId: ownRow.id, reason: "empty" }),
    ]);
    expect(run.err).toMatch(/Chưa đăng ký: 1 đơn vị/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "all.xlsx"));
    const cells = (name: string) => {
      const ws = wb.getWorksheet(name);
      expect({ name, present: ws !== undefined }).toEqual({ name, present: true });
      const rows: unknown[][] = [];
      ws!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
      return rows;
    };
    const sums = cells("Đăng ký (toàn ngành)");
    const pointsRow = sums.find((r) => r[2] === POINTS)!;
    expect(pointsRow).toEqual(expect.arrayContaining([20000, "Thấp hơn KH"]));
    expect(pointsRow).not.toContain("Chưa đạt");
    const detail = cells("Đăng ký (chi tiết)");
    expect(
      detail.some((r) => r[2] === POINTS && r[3] === "0100686209" && String(r[6]).startsWith("thiếu")),
    ).toBe(true);
    const none = cells("Chưa đăng ký");
    expect(none.slice(1)).toEqual([
      expect.arrayContaining([ownRow.id, ownRow.text.vi, "0100686209", "để trống trong bản đăng ký"]),
    ]);
    // The ranking's own sheets are untouched by registrations: the year-end national sheet is there too.
    expect(wb.getWorksheet("Toàn ngành")).toBeDefined();

    // With a roster: a unit on it that sent no registration is listed too; in English, the English sheets.
    writeFileSync(
      join(dir, "roster.csv"),
      `Mã đơn vị,Tên đơn vị,Loại đơn vị\r\n${CODE},Sở Thử,${TYPE}\r\n0100109106,DN 0100109106,postal-enterprise\r\n` +
        `0100686209,DN 0100686209,postal-enterprise\r\n0100000001,DN chưa gửi,postal-enterprise\r\n`,
    );
    const en = await cli(
      "consolidate",
      "inbox",
      "--roster",
      "roster.csv",
      "--lang",
      "en",
      "--out",
      "all-en.xlsx",
      "--json",
      "all-en.json",
    );
    expect(en.err).toMatch(/Not registered: 2 units/);
    const enDoc = JSON.parse(readFileSync(join(dir, "all-en.json"), "utf8")) as {
      registrations: { unregistered: { unitCode: string; indicatorId: string | null; reason: string }[] };
    };
    expect(enDoc.registrations.unregistered).toContainEqual(
      expect.objectContaining({ unitCode: "0100000001", indicatorId: null, reason: "not-received" }),
    );
    const ewb = new ExcelJS.Workbook();
    await ewb.xlsx.readFile(join(dir, "all-en.xlsx"));
    expect(ewb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(["Registered (national)", "Registered (detail)", "Not registered"]),
    );
    const enRows: unknown[][] = [];
    ewb.getWorksheet("Not registered")!.eachRow((r) => enRows.push((r.values as unknown[]).slice(1)));
    expect(enRows).toContainEqual(
      expect.arrayContaining(["0100000001", "sent no registration (by the roster)"]),
    );
  });
});
