// The unit's own targets chosen at Setup (issue #11 item 3, D41), read as the pane reads them: the
// ministry's targets file through the CLI's reader, refused whole with every bad row named in both
// languages; the unit's sealed registration (made by the pane's own sealing and the exporter's
// workbook) through the browser reader, refused unless it is this unit's, plan's and year's; both
// together refused. Then the year-end report judged by the registered target: 950 service points
// against a registered 900 is "exceeded", against 1,000 a shortfall.
import { getPlan } from "../../src/catalog";
import type { Plan, UnitProfile } from "../../src/domain/plan";
import type { ReportSnapshot } from "../../src/workbook/port";
import { loadStrings, type Strings } from "../../src/taskpane/i18n";
import { assessSnapshot, sealSnapshot } from "../../src/taskpane/facade";
import {
  documentKindConflict,
  documentKindOf,
  readUnitTargets,
  targetsFromFile,
  type PickedFile,
  type UnitTargetsReaders,
} from "../../src/taskpane/unit-targets";
import { lastYearFromFile, registrationFromFile } from "../../src/xlsx/sealed-files";
import { buildSubmissionWorkbook } from "../../src/xlsx/submission-workbook";
import { reportPrintFrom } from "../../src/cli/report-print-options";
import { selectIndicators } from "../../src/domain/applicability";
import { entry } from "../fixtures/entry";

const plan = getPlan("kh-1097-2023")!;
const POINTS = "postal.service-points";
const UNIT: UnitProfile = {
  name: "Sở Thử",
  code: "000.00.00.H26",
  unitType: "provincial-department",
  year: 2023,
};
const readers: UnitTargetsReaders = { targets: targetsFromFile, registration: registrationFromFile };
let vi: Strings;
let en: Strings;
beforeAll(async () => {
  vi = await loadStrings("vi");
  en = await loadStrings("en");
});

const csv = (text: string, name = "chi-tieu.csv"): PickedFile => ({
  name,
  bytes: new TextEncoder().encode(text),
});

const snapshot = (
  unit: UnitProfile,
  values: Record<string, number>,
  extra: Partial<ReportSnapshot["meta"]> = {},
): ReportSnapshot => {
  const ids = selectIndicators(plan, unit.unitType).map((i) => i.id);
  return {
    meta: {
      schemaVersion: 1,
      planId: plan.id,
      planVersion: plan.version,
      catalogHash: "",
      unit,
      indicatorIds: ids,
      language: "vi",
      generator: "test",
      createdAt: "2023-01-20T09:00:00Z",
      ...extra,
    },
    entries: ids.map((id) => entry(id, values[id] ?? null)),
    archived: [],
  };
};

/** The pane's export of a registration: its seal (facade) in the exporter's workbook. */
async function sealedFile(p: Plan, s: ReportSnapshot): Promise<PickedFile> {
  const print = reportPrintFrom({}, "vi", p.issuer.vi);
  const sub = await sealSnapshot(p, s, assessSnapshot(p, s), "", print);
  return { name: "ban-dang-ky.xlsx", bytes: await buildSubmissionWorkbook(sub, p, "vi") };
}

describe("the ministry's targets file at Setup", () => {
  test("a good file gives the unit its targets, shown as the target cell shows them", async () => {
    const file = csv(`Mã đơn vị;Mã chỉ tiêu;Chỉ tiêu đơn vị\r\n${UNIT.code};${POINTS};900\r\n`);
    const r = await readUnitTargets({ targets: file, registration: null }, plan, UNIT, readers, vi, "vi");
    expect(r).toMatchObject({ kind: "ready", message: vi.setup.targetsFileReady("chi-tieu.csv", 1) });
    if (r.kind !== "ready") throw new Error(r.kind);
    expect(r.unitTargets.targets).toEqual([{ indicatorId: POINTS, target: { kind: "atLeast", value: 900 } }]);
    expect(r.unitTargets.source).toMatch(/^[0-9a-f]{64}$/);
    expect(r.notes.join("\n")).toMatch(/Đơn vị: ≥ 900 .*Kế hoạch: ≥ 27\.000/);
  });

  test("a file with bad rows is refused whole, every row named, in both languages", async () => {
    const file = csv(
      [
        "Mã đơn vị,Mã chỉ tiêu,Chỉ tiêu đơn vị",
        `${UNIT.code},${POINTS},900`,
        `${UNIT.code},no.such-indicator,5`,
        `${UNIT.code},${POINTS},950`,
        `${UNIT.code},postal.communes-with-staffed-point,nhiều`,
      ].join("\n"),
    );
    for (const [t, lang, line] of [
      [vi, "vi", "Dòng"],
      [en, "en", "Line"],
    ] as const) {
      const r = await readUnitTargets({ targets: file, registration: null }, plan, UNIT, readers, t, lang);
      expect(r.kind).toBe("refused");
      if (r.kind !== "refused") return;
      expect(r.message).toBe(t.setup.targetsFileRefused("chi-tieu.csv", 3));
      expect(r.reasons).toHaveLength(3);
      for (const [i, n] of [3, 4, 5].entries()) expect(r.reasons[i]).toContain(`${line} ${n}`);
    }
  });

  test("a file with no row for the unit is a warning, and the plan's targets judge", async () => {
    const file = csv(`Mã đơn vị,Mã chỉ tiêu,Chỉ tiêu đơn vị\n000.00.00.H27,${POINTS},900\n`);
    const r = await readUnitTargets({ targets: file, registration: null }, plan, UNIT, readers, en, "en");
    expect(r).toMatchObject({ kind: "ready", unitTargets: { targets: [] } });
    if (r.kind === "ready") expect(r.notes[0]).toMatch(/has no row for unit 000\.00\.00\.H26/);
  });
});

describe("the unit's sealed registration at Setup", () => {
  test("its own registration gives the registered targets; year end is judged by them", async () => {
    const reg = await sealedFile(plan, snapshot(UNIT, { [POINTS]: 900 }, { kind: "registration" }));
    const r = await readUnitTargets({ targets: null, registration: reg }, plan, UNIT, readers, vi, "vi");
    expect(r.kind).toBe("ready");
    if (r.kind !== "ready") return;
    expect(r.message).toBe(vi.setup.registrationReady("ban-dang-ky.xlsx", r.unitTargets.targets.length));
    expect(r.unitTargets.targets).toContainEqual({
      indicatorId: POINTS,
      target: { kind: "atLeast", value: 900 },
    });
    const status = async (target: number) => {
      const regN = await sealedFile(plan, snapshot(UNIT, { [POINTS]: target }, { kind: "registration" }));
      const got = await registrationFromFile(regN.bytes, plan, UNIT);
      if (!got.ok) throw new Error(got.problems.map((p) => p.en).join("; "));
      const yearEnd = snapshot(UNIT, { [POINTS]: 950 }, { unitTargets: got.unitTargets });
      return assessSnapshot(plan, yearEnd).find((a) => a.indicatorId === POINTS)!.status;
    };
    await expect(status(900)).resolves.toBe("exceeded");
    await expect(status(1000)).resolves.toBe("shortfall");
    // Without one, a province's points are its contribution: reported, judged by nothing.
    const bare = snapshot(UNIT, { [POINTS]: 950 });
    expect(assessSnapshot(plan, bare).find((a) => a.indicatorId === POINTS)!.status).toBe("reported");
  });

  test("another unit's, another year's, a year-end submission, or not a workbook: refused with reasons", async () => {
    const regOf = (unit: UnitProfile) =>
      sealedFile(plan, snapshot(unit, { [POINTS]: 900 }, { kind: "registration" }));
    const cases: [string, PickedFile][] = [
      ["another unit", await regOf({ ...UNIT, code: "000.00.00.H27" })],
      ["another year", await regOf({ ...UNIT, year: 2024 })],
      ["a year-end submission", await sealedFile(plan, snapshot(UNIT, { [POINTS]: 900 }))],
      ["not a workbook", csv("Mã đơn vị,Mã chỉ tiêu\n")],
    ];
    for (const [what, file] of cases)
      for (const [t, lang] of [
        [vi, "vi"],
        [en, "en"],
      ] as const) {
        const r = await readUnitTargets({ targets: null, registration: file }, plan, UNIT, readers, t, lang);
        expect([what, lang, r.kind]).toEqual([what, lang, "refused"]);
        if (r.kind !== "refused") continue;
        expect(r.message).toBe(t.setup.registrationRefused(file.name));
        expect([what, r.reasons.length > 0]).toEqual([what, true]);
      }
  });

  test("a registration is never last year's results: its commitments do not fill “Năm trước”", async () => {
    const reg = await sealedFile(plan, snapshot(UNIT, { [POINTS]: 900 }, { kind: "registration" }));
    const r = await lastYearFromFile(reg.bytes, plan, { ...UNIT, year: 2024 });
    expect(r).toMatchObject({ ok: false });
    if (!r.ok)
      expect(r.problems.map((p) => p.en)).toContain(
        "this is an emulation registration (commitments), not last year's results report",
      );
  });
});

test("the targets file and the registration together are refused, as in the CLI; nothing is read", async () => {
  const never: UnitTargetsReaders = {
    targets: () => Promise.reject(new Error("read")),
    registration: () => Promise.reject(new Error("read")),
  };
  const both = { targets: csv("x"), registration: csv("y", "dk.xlsx") };
  await expect(readUnitTargets(both, plan, UNIT, never, vi, "vi")).resolves.toEqual({
    kind: "refused",
    message: vi.setup.unitTargetsBoth,
    reasons: [],
  });
  await expect(readUnitTargets(both, plan, UNIT, never, en, "en")).resolves.toMatchObject({
    message: en.setup.unitTargetsBoth,
  });
  // And before the unit is known, no file is read either.
  await expect(
    readUnitTargets({ targets: csv("x"), registration: null }, plan, null, never, vi, "vi"),
  ).resolves.toMatchObject({ kind: "refused", message: vi.setup.unitTargetsNeedUnit });
});

test("a workbook holds one kind of document: switching it is refused in words", () => {
  expect(documentKindOf(undefined)).toBe("year-end");
  expect(documentKindOf({ kind: "registration" })).toBe("registration");
  expect(documentKindConflict(undefined, "registration", vi)).toBeNull();
  expect(documentKindConflict({}, "year-end", vi)).toBeNull();
  expect(documentKindConflict({ kind: "registration" }, "registration", en)).toBeNull();
  expect(documentKindConflict({ kind: "registration" }, "year-end", vi)).toBe(vi.setup.kindIsRegistration);
  expect(documentKindConflict({}, "registration", en)).toBe(en.setup.kindIsYearEnd);
});
