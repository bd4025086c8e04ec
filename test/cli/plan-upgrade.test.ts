// A template made under the 1.0.0 plans (plan schema version 1 files, as they shipped) upgraded to
// the bundled 2.0.0 plans: entries are matched by id, so a kept id keeps its entry; the old lumped
// fibre row (dx.fibre-coverage) is archived, not guessed into one of the two rows that replace it;
// a Directive 67 task keeps its row and what was typed there.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getPlan, parsePlanFile } from "../../src/catalog";
import type { Plan, UnitProfile } from "../../src/domain/plan";
import { selectIndicators } from "../../src/domain/applicability";
import { readTemplate } from "../../src/xlsx/read";
import { blankTemplate, fillTemplate } from "../ministry/fixtures/templates";
import { runCli } from "./harness";

const FIXTURES = join(__dirname, "..", "fixtures", "plans");

function v1(file: string): Plan {
  const r = parsePlanFile(readFileSync(join(FIXTURES, file), "utf8"));
  if (!r.ok) throw new Error(r.errors.map((e) => e.en).join("\n"));
  return r.plan;
}

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "sa-upgrade-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const entry = (indicatorId: string, value: number | string, explanation = "") => ({
  indicatorId,
  value,
  explanation,
  evidence: "",
  review: { decision: null, comment: "" },
});

describe("plans 1.0.0 as shipped (schema version 1 files)", () => {
  test("load through the migration with the unit types and the ids they had", () => {
    const old = v1("kh-1097-2023-v1.0.0.json");
    expect(old).toMatchObject({ schemaVersion: 2, version: "1.0.0" });
    expect(old.unitTypes.map((u) => u.id)).toEqual(getPlan("kh-1097-2023")!.unitTypes.map((u) => u.id));
    expect(old.indicators.find((i) => i.id === "dx.fibre-coverage")?.target).toEqual({
      kind: "range",
      low: 0.8,
      high: 1,
    });
    expect(old.indicators.find((i) => i.id === "telecom.idi-rank")?.scope).toBe("national");
  });
});

describe("template --from a 1.0.0 template upgrades to the bundled version", () => {
  test("Plan 1097: the lumped fibre entry is archived, every other entry stays in its row", async () => {
    const old = v1("kh-1097-2023-v1.0.0.json");
    const unit: UnitProfile = {
      name: "Sở TT&TT tỉnh Thử",
      code: "000.00.00.H26",
      unitType: "provincial-department",
      year: 2023,
    };
    const entries = [
      entry("dx.fibre-coverage", 0.85, "85% hộ gia đình"),
      entry("postal.service-points", 950),
      entry("telecom.household-fixed-broadband", 0.7, "Chưa đạt do địa hình"),
    ];
    writeFileSync(join(dir, "old-1097.xlsx"), await fillTemplate(await blankTemplate(old, unit), entries));
    const r = await runCli(["template", "--from", "old-1097.xlsx", "--out", "new-1097.xlsx"], dir);
    expect(r.code).toBe(0);
    const now = getPlan("kh-1097-2023")!;
    const n = selectIndicators(now, "provincial-department").length;
    expect(r.out).toContain(`${n} chỉ tiêu (kh-1097-2023 ${now.version}, provincial-department)`);
    // 38 of the old 39 rows stay; the two fibre rows and the digital-enterprise count are new.
    expect(r.out).toMatch(/giữ 38, thêm 3, lưu trữ 1/);

    const t = await readTemplate(new Uint8Array(readFileSync(join(dir, "new-1097.xlsx"))));
    expect(t.meta?.planVersion).toBe(now.version);
    expect(t.snapshot!.archived).toEqual([
      expect.objectContaining({ indicatorId: "dx.fibre-coverage", value: 0.85 }),
    ]);
    const value = (id: string) => t.snapshot!.entries.find((e) => e.indicatorId === id)?.value ?? null;
    expect(value("dx.fibre-coverage-households")).toBeNull();
    expect(value("dx.fibre-coverage-communes")).toBeNull();
    expect(value("postal.service-points")).toBe(950);
    expect(value("telecom.household-fixed-broadband")).toBe(0.7);
  });

  test("Directive 67: a task keeps its row and what was typed; the 2.0.0 plan asks for done / not done", async () => {
    const old = v1("ct-67-2020-v1.0.0.json");
    const unit: UnitProfile = {
      name: "Công ty Thử",
      code: "0100109106",
      unitType: "telecom-enterprise",
      year: 2020,
    };
    // A completion date (serial for 01/10/2020) typed under 1.0.0, when the task was a milestone.
    writeFileSync(
      join(dir, "old-67.xlsx"),
      await fillTemplate(await blankTemplate(old, unit), [entry("telecom.5g-commercial-launch", 44105)]),
    );
    const r = await runCli(["template", "--from", "old-67.xlsx", "--out", "new-67.xlsx"], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /giữ 4, thêm 0, lưu trữ 0; đổi mục tiêu: telecom.5g-commercial-launch, telecom.2g-switch-off-roadmap/,
    );
    const t = await readTemplate(new Uint8Array(readFileSync(join(dir, "new-67.xlsx"))));
    expect(t.snapshot!.entries.find((e) => e.indicatorId === "telecom.5g-commercial-launch")?.value).toBe(
      44105,
    );
    const check = await runCli(["check", "new-67.xlsx", "--json"], dir);
    const [f] = JSON.parse(check.out) as { entries: { indicatorId: string; status: string }[] }[];
    // Answered again as done / not done, the date no longer reads as a completion.
    expect(f!.entries.find((e) => e.indicatorId === "telecom.5g-commercial-launch")?.status).toBe("invalid");
  });
});
