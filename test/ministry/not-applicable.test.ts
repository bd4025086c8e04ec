// The ministry's recomputation follows the scheme's notApplicable rule (issue #12 item 3): a sealed
// Directive 67 submission whose agency marked every task N/A is checked again by the CLI, which
// flags each unaccepted N/A and scores it zero under the example scheme, gives the old score under a
// cluster's scheme that keeps the old rule, and leaves out the N/A a reviewer accepted.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import exampleScheme from "../../src/catalog/scoring/example-scheme.json";
import { getPlan } from "../../src/catalog/index";
import { selectIndicators } from "../../src/domain/applicability";
import type { Entry } from "../../src/domain/entry";
import { runCli } from "../cli/harness";
import { sampleSubmissionFile, sampleUnit, valueFor } from "./fixtures/submissions";

const dir = mkdtempSync(join(tmpdir(), "sa-na-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plan = getPlan("ct-67-2020")!;
const unit = { ...sampleUnit(7, "ministry-agency"), year: 2020 };
const rows = selectIndicators(plan, unit.unitType);

function entries(accepted: (i: number) => boolean): Entry[] {
  let k = 0;
  return rows.map((ind) => {
    if (ind.target.kind !== "done")
      return {
        indicatorId: ind.id,
        value: valueFor(ind, "met"),
        explanation: "",
        evidence: "",
        review: { decision: null, comment: "" },
      };
    const ok = accepted(k++);
    return {
      indicatorId: ind.id,
      value: "Không áp dụng",
      explanation: "Nhiệm vụ do đơn vị khác chủ trì",
      evidence: "",
      review: { decision: ok ? "accepted" : null, comment: ok ? "Đúng, do Cục khác chủ trì" : "" },
    };
  });
}

interface Checked {
  score: { points: number; maxPoints: number; percent: number | null; band: { vi: string } | null } | null;
  entries: { indicatorId: string; issues: { code: string }[] }[];
}

async function check(file: string, ...more: string[]): Promise<Checked> {
  const r = await runCli(["check", file, "--json", ...more], dir, "2020-12-20T09:00:00.000Z");
  return (JSON.parse(r.out) as Checked[])[0]!;
}

beforeAll(async () => {
  writeFileSync(
    join(dir, "all-na.xlsx"),
    (
      await sampleSubmissionFile(
        plan,
        unit,
        entries(() => false),
      )
    ).bytes,
  );
  writeFileSync(
    join(dir, "two-accepted.xlsx"),
    (
      await sampleSubmissionFile(
        plan,
        unit,
        entries((i) => i < 2),
      )
    ).bytes,
  );
  writeFileSync(
    join(dir, "explained.json"),
    JSON.stringify({ ...exampleScheme, notApplicable: "explained" }),
  );
});

test("check flags every unaccepted N/A and scores it zero under the example scheme", async () => {
  const c = await check("all-na.xlsx");
  const flagged = c.entries.filter((e) => e.issues.some((i) => i.code === "value.not-applicable-unaccepted"));
  expect(flagged).toHaveLength(11);
  expect(c.score).toMatchObject({ points: 60, maxPoints: 170 });
  // The example scheme's band is named as an example's (DECISIONS D26).
  expect(c.score!.band!.vi).toBe("Không hoàn thành nhiệm vụ (theo thang điểm ví dụ)");
});

test("a cluster's scheme that keeps the old rule gets the old score from the same file", async () => {
  const c = await check("all-na.xlsx", "--scheme", "explained.json");
  expect(c.score).toMatchObject({ points: 60, maxPoints: 60, percent: 100 });
});

test("the N/A a reviewer accepted leave the max, and are no longer flagged", async () => {
  const c = await check("two-accepted.xlsx");
  const flagged = c.entries.filter((e) => e.issues.some((i) => i.code === "value.not-applicable-unaccepted"));
  expect(flagged).toHaveLength(9);
  expect(c.score).toMatchObject({ points: 60, maxPoints: 150 });
});
