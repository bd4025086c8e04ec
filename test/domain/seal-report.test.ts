// The one sealing path the pane's export and the CLI's export share.
import { assessReport } from "../../src/domain/assess";
import { canonicalJson, sha256Hex } from "../../src/domain/hash";
import { ScoringSchemeSchema, scoreReport } from "../../src/domain/scoring";
import { sealReport } from "../../src/domain/seal-report";
import { periodOf } from "../../src/domain/period";
import { parseSubmission, verifySubmissionHash } from "../../src/domain/submission";
import exampleScheme from "../../src/catalog/scoring/example-scheme.json";
import { IND, PLAN, entry } from "./fixtures";

const scheme = ScoringSchemeSchema.parse(exampleScheme);
const unit = {
  name: "Bưu điện tỉnh A",
  code: "000.00.00.H26",
  unitType: "postal-enterprise",
  year: 2025,
} as const;
const entries = [entry(IND.count.id, 26000, "Thiếu điểm ở vùng sâu"), entry(IND.done.id, "Có")];
const assessments = assessReport(PLAN, entries);
const generator = { name: "self-assess-excel-addin", version: "9.9.9" };

describe("sealReport", () => {
  it("seals a document the ministry's parser accepts, whose hash verifies, scored under the scheme given", async () => {
    const sub = await sealReport({ plan: PLAN, unit, entries, assessments, scheme, generator });
    expect(parseSubmission(JSON.stringify(sub)).ok).toBe(true);
    await expect(verifySubmissionHash(sub)).resolves.toBe(true);
    const score = scoreReport(scheme, PLAN, assessments);
    expect(sub.summary.score).toMatchObject({
      schemeId: scheme.id,
      points: score.points,
      maxPoints: score.maxPoints,
    });
    expect(sub.generator).toEqual(generator);
    expect(sub.entries.map((e) => [e.indicatorId, e.status])).toEqual(
      assessments.map((a) => [a.indicatorId, a.status]),
    );
  });

  it("records the one plan hash (SHA-256 of the canonical plan), the same on every call", async () => {
    const own = await sealReport({ plan: PLAN, unit, entries, assessments, scheme: null, generator });
    expect(own.plan.catalogHash).toBe(await sha256Hex(canonicalJson(PLAN)));
    expect(own.summary.score).toBeUndefined();
    const createdAt = "2025-12-10T08:00:00.000Z";
    const a = await sealReport({ plan: PLAN, unit, entries, assessments, scheme, generator, createdAt });
    const b = await sealReport({
      plan: PLAN,
      unit,
      entries,
      assessments,
      scheme,
      generator,
      createdAt,
    });
    expect(b).toEqual(a);
  });

  it("uses the plan's own period, moved to the unit's year, and Decree 09/2019's 15/12 to 14/12 without one", () => {
    expect(periodOf({ ...PLAN, period: { year: 2023, from: "2023-01-01", to: "2023-12-31" } }, 2023)).toEqual(
      {
        year: 2023,
        from: "2023-01-01",
        to: "2023-12-31",
      },
    );
    expect(periodOf({ ...PLAN, period: { year: 2023, from: "2023-01-01", to: "2023-12-31" } }, 2024)).toEqual(
      {
        year: 2024,
        from: "2024-01-01",
        to: "2024-12-31",
      },
    );
    const { period: _none, ...noPeriod } = PLAN;
    expect(periodOf(noPeriod, 2026)).toEqual({ year: 2026, from: "2025-12-15", to: "2026-12-14" });
    expect(periodOf({ ...PLAN, period: { year: 2024, from: "2024-02-29", to: "2025-02-28" } }, 2025)).toEqual(
      {
        year: 2025,
        from: "2025-02-28",
        to: "2026-02-28",
      },
    );
  });
});
