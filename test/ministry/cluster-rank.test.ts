// Ranking is within the unit's emulation cluster (cụm/khối thi đua) where the roster gives one
// (issue #12 item 6): two clusters each have their own first place; without a roster, one cohort.
import { consolidate } from "../../src/cli/ministry/consolidate-model";
import type { FileReport } from "../../src/cli/ministry/file-report";
import type { Roster, RosterUnit } from "../../src/cli/ministry/roster";

function submission(code: string, percent: number): FileReport {
  return {
    file: `${code}.xlsx`,
    rejected: null,
    kind: "submission",
    unit: { name: `Đơn vị ${code}`, code, unitType: "provincial-department", year: 2023 },
    plan: { id: "kh-1097-2023", version: "2.0.0", bundledVersion: "2.0.0" },
    hash: { stored: "a".repeat(64), computed: "a".repeat(64), verified: true },
    createdAt: null,
    receivedAt: "2023-12-12T09:00:00.000Z",
    language: "vi",
    fileIssues: [],
    entries: [],
    score: { points: percent, maxPoints: 100, percent, band: null, example: true },
    errors: 0,
    warnings: 0,
    ms: 0,
  };
}

const reports = [submission("A", 90), submission("B", 80), submission("C", 85), submission("D", 70)];

function rosterOf(clusters: Record<string, string>): Roster {
  const units: RosterUnit[] = Object.entries(clusters).map(([code, cluster], i) => ({
    code,
    name: `Đơn vị ${code}`,
    unitType: "provincial-department",
    cluster,
    publicKey: null,
    line: i + 2,
  }));
  return {
    units,
    byCode: new Map(units.map((u) => [u.code, u])),
    has: { unitType: true, cluster: true, publicKey: false },
  };
}

const ranks = (r: ReturnType<typeof consolidate>) =>
  Object.fromEntries(r.units.map((u) => [u.report.unit!.code, [u.cluster, u.rank]]));

test("each cluster ranks its own units", () => {
  const r = consolidate(reports, rosterOf({ A: "Cụm 1", B: "Cụm 1", C: "Cụm 2", D: "Cụm 2" }));
  expect(ranks(r)).toEqual({ A: ["Cụm 1", 1], B: ["Cụm 1", 2], C: ["Cụm 2", 1], D: ["Cụm 2", 2] });
});

test("without clusters every unit of the plan and year is one cohort", () => {
  expect(ranks(consolidate(reports, null))).toEqual({ A: ["", 1], B: ["", 3], C: ["", 2], D: ["", 4] });
});
