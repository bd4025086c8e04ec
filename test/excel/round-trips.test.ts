// Acceptance of issue #4: no action's round trips grow with the number of rows. Measured on the
// in-browser host, which counts every context.sync and the bytes of every request.
import type { Assessment } from "../../src/domain/entry";
import { REQUEST_LIMIT_BYTES } from "../../src/playground/host";
import { SYNTH_UNIT, synthPlan } from "./synth-plan";
import { makeBench } from "./workbook-fixture";

async function measure(rows: number): Promise<Record<string, number>> {
  const { host, port } = makeBench();
  const request = { plan: synthPlan(rows), unit: SYNTH_UNIT, language: "vi" as const };
  const counts: Record<string, number> = {};
  const count = async (name: string, action: () => Promise<unknown>) => {
    host.resetCounters();
    await action();
    counts[name] = host.syncCount;
  };
  await count("preview-new", () => port.previewInsert(request));
  await count("insert-new", () => port.insertTemplate(request));
  await count("reinsert", () => port.insertTemplate(request));
  await count("upgrade", () => port.insertTemplate({ ...request, plan: synthPlan(rows, "1.1.0", 1) }));
  await count("read", () => port.readReport());
  const report = (await port.readReport())!;
  const assessments: Assessment[] = report.entries.map((e) => ({
    indicatorId: e.indicatorId,
    status: "missing",
    value: null,
    completion: null,
    issues: [
      {
        code: "evidence.missing",
        severity: "warning",
        indicatorId: e.indicatorId,
        part: "evidence",
        message: { vi: "Thiếu minh chứng.", en: "No evidence." },
      },
    ],
  }));
  await count("assess", () => port.showAssessment(assessments));
  const last = report.entries[report.entries.length - 1]!.indicatorId;
  await count("goTo", () => port.goTo(last, "explanation"));
  await count("writeValue", () => port.writeValue(last, "=1+1"));
  await count("writeReview", () => port.writeReview(last, { decision: "returned", comment: "Bổ sung" }));
  return counts;
}

test("every action costs the same round trips at 10 and at 1,000 rows, within its budget", async () => {
  const small = await measure(10);
  const large = await measure(1000);
  expect(large).toEqual(small);
  expect(small).toEqual({
    "preview-new": 1,
    "insert-new": 2,
    reinsert: 3,
    upgrade: 3,
    read: 2,
    assess: 2,
    goTo: 2,
    writeValue: 2,
    writeReview: 2,
  });
});

test("at 10,000 rows a new template takes at most 3 round trips, no request exceeds 5 MB, and extra round trips come only from full 4 MB chunks", async () => {
  const { host, port } = makeBench();
  await port.insertTemplate({ plan: synthPlan(10000), unit: SYNTH_UNIT, language: "vi" });
  // Issue #4's budget for an insert. A re-insert at this size is still 4 (docs/excel.md, D8).
  expect(host.syncCount).toBeLessThanOrEqual(3);
  const requests = host.runtime.counters.requests;
  expect(Math.max(...requests)).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
  // First the read, then the writes: every write but the last is a full chunk (4 MB as the adapter
  // estimates it; the estimate errs on the large side), so the count follows the bytes written.
  const writes = requests.slice(1);
  expect(writes.length).toBeGreaterThan(1);
  for (const bytes of writes.slice(0, -1)) expect(bytes).toBeGreaterThan(3 * 1024 * 1024);
  host.resetCounters();
  await port.readReport();
  expect(host.syncCount).toBe(2);
  // Responses are capped at 5 MB too: the read loads values, not every formula's text.
  expect(host.maxResponseBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
});
