// Issue #12 item 4 end to end, as a press agency and the ministry meet it: last year's sealed
// submission prefills this year's "Năm trước" column (`template --previous`), after its hash, unit,
// plan and year are checked; the unit types this year's levels, exports, and the ministry's check
// recomputes the growth from the two levels and says when a prefilled figure was edited.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./harness";
import {
  levelsOf,
  plan1097,
  pressAgencyEntries,
  PRESS_AGENCY_2023,
  sampleSubmissionFile,
  valueFor,
} from "../ministry/fixtures/submissions";
import { editTemplate } from "../ministry/fixtures/templates";
import { readTemplate } from "../../src/xlsx/read";
import { selectIndicators } from "../../src/domain/applicability";
import { SubmissionSchema } from "../../src/domain/submission";

const dir = mkdtempSync(join(tmpdir(), "sa-previous-"));
const cli = (...argv: string[]) => runCli(argv, dir, "2024-12-10T09:00:00.000Z");
const plan = plan1097();
const unit2023 = PRESS_AGENCY_2023;
const rows = selectIndicators(plan, unit2023.unitType);
const news = "press.political-news-growth"; // relative, against the previous year
const paid = "press.paid-content-models"; // points, against 2020
/** Last year's report: every row met, growth rows as two levels (1,000 → 1,200 items; 10% → 15%). */
const lastYearEntries = () => pressAgencyEntries(plan);

const template2024 = (...extra: string[]) =>
  cli(
    "template",
    "--plan",
    plan.id,
    "--unit-type",
    "press-agency",
    "--unit-code",
    unit2023.code,
    "--unit-name",
    unit2023.name,
    "--year",
    "2024",
    ...extra,
  );

beforeAll(async () => {
  const last = await sampleSubmissionFile(plan, unit2023, lastYearEntries());
  writeFileSync(join(dir, "2023-sub.xlsx"), last.bytes);
  const other = await sampleSubmissionFile(plan, { ...unit2023, code: "000.00.13.G14" }, lastYearEntries());
  writeFileSync(join(dir, "other-unit.xlsx"), other.bytes);
  const older = await sampleSubmissionFile(plan, { ...unit2023, year: 2022 }, lastYearEntries());
  writeFileSync(join(dir, "2022-sub.xlsx"), older.bytes);
});

describe("template --previous (issue #12 item 4)", () => {
  test("prefills the base levels from last year's submission and records what it filled", async () => {
    const r = await template2024("--previous", "2023-sub.xlsx", "--out", "t.xlsx");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("điền sẵn");
    const t = await readTemplate(new Uint8Array(readFileSync(join(dir, "t.xlsx"))));
    const byId = new Map(t.grid.entries.map((e) => [e.indicatorId, e]));
    // Last year's level (1,200 items) is this year's base; the 2020 base is carried as it was.
    expect(byId.get(news)!.previous).toBe(1200);
    expect(byId.get(paid)!.previous).toBe(0.1);
    expect(byId.get(news)!.value).toBeNull();
    const last = SubmissionSchema.parse(
      JSON.parse(JSON.stringify((await sampleSubmissionFile(plan, unit2023, lastYearEntries())).submission)),
    );
    expect(t.meta!.prefilled!.previous).toEqual(
      expect.arrayContaining([
        { indicatorId: news, value: 1200 },
        { indicatorId: paid, value: 0.1 },
      ]),
    );
    expect(t.meta!.prefilled!.source).toMatch(/^[0-9a-f]{64}$/);
    expect(t.meta!.prefilled!.source).not.toBe(last.hash.replace(/./g, "0"));
  });

  test.each([
    ["other-unit.xlsx", "000.00.13.G14"],
    ["2022-sub.xlsx", "2022"],
    ["t.xlsx", "không phải bản nộp"],
  ])("refuses %s in both languages (%s)", async (file, said) => {
    const r = await template2024("--previous", file, "--out", `refused-${file}`, "--force");
    expect(r.code).toBe(2);
    expect(r.err).toContain(said);
    expect(r.err).toContain("Cannot use");
    expect(r.err).toContain("Không dùng được");
  });

  test("the ministry recomputes the growth from the two levels and flags an edited prefilled figure", async () => {
    // This year: 1,200 → 1,500 items is 25% (exceeded); the paid-content base edited from 10% to 8%.
    const filled = await editTemplate(readFileSync(join(dir, "t.xlsx")), (_ws, cellOf) => {
      for (const ind of rows) {
        const e = levelsOf(ind, valueFor(ind, "met"));
        if (ind.id === news) cellOf("SA_VALUES", ind.id)!.value = 1500;
        else if (ind.id === paid) {
          cellOf("SA_VALUES", ind.id)!.value = 0.15;
          cellOf("SA_PREVIOUS", ind.id)!.value = 0.08;
        } else if (ind.growth && e.previous !== undefined) {
          // Last year's level, prefilled, grown by the rate that meets the target.
          const base = e.value as number;
          cellOf("SA_VALUES", ind.id)!.value =
            Math.round(base * (1 + (valueFor(ind, "met") as number)) * 1e6) / 1e6;
        } else cellOf("SA_VALUES", ind.id)!.value = e.value as number | string;
      }
    });
    writeFileSync(join(dir, "t-filled.xlsx"), filled);
    const ex = await cli("export", "t-filled.xlsx", "--out", "t-sub.xlsx", "--json", "t-sub.json");
    expect(ex.code).toBe(0);
    const sub = SubmissionSchema.parse(JSON.parse(readFileSync(join(dir, "t-sub.json"), "utf8")));
    const entry = (id: string) => sub.entries.find((e) => e.indicatorId === id)!;
    expect(entry(news)).toMatchObject({ value: 1500, previous: 1200, status: "exceeded" });
    // 8% → 15% is 7 points: met (5 - 10 points).
    expect(entry(paid)).toMatchObject({ value: 0.15, previous: 0.08, status: "met" });
    expect(sub.prefilled!.previous).toContainEqual({ indicatorId: paid, value: 0.1 });

    const r = await cli("check", "t-sub.xlsx", "--json");
    const [file] = JSON.parse(r.out) as {
      entries: { indicatorId: string; status: string; issues: { code: string; severity: string }[] }[];
    }[];
    const checked = (id: string) => file!.entries.find((e) => e.indicatorId === id)!;
    expect(checked(news).status).toBe("exceeded");
    expect(file!.entries.filter((e) => e.issues.some((i) => i.severity === "error"))).toEqual([]);
    expect(checked(news).issues.map((i) => i.code)).not.toContain("previous.edited");
    expect(checked(paid).issues).toContainEqual(
      expect.objectContaining({ code: "previous.edited", severity: "warning" }),
    );
    // The template itself says the same to the ministry.
    const t = await cli("check", "t-filled.xlsx", "--json");
    const [tf] = JSON.parse(t.out) as typeof file extends infer F ? F[] : never;
    expect(tf!.entries.find((e) => e.indicatorId === paid)!.issues.map((i) => i.code)).toContain(
      "previous.edited",
    );
  });

  test("a growth row typed as a bare rate, without last year's level, cannot be exported", async () => {
    const filled = await editTemplate(readFileSync(join(dir, "t.xlsx")), (_ws, cellOf) => {
      for (const ind of rows)
        cellOf("SA_VALUES", ind.id)!.value = levelsOf(ind, valueFor(ind, "met")).value as number;
      // The issue's slip: 30 typed for 30%, with no base level.
      cellOf("SA_VALUES", news)!.value = 30;
      cellOf("SA_PREVIOUS", news)!.value = null;
    });
    writeFileSync(join(dir, "t-bare.xlsx"), filled);
    const r = await cli("export", "t-bare.xlsx", "--out", "t-bare-sub.xlsx");
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${news}: [previous.missing]`);
  });
});
