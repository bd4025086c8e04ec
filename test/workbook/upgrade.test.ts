// Upgrades keep every entry: a kept indicator keeps its value, explanation, evidence and review;
// a removed indicator's entry goes to the archive, which only grows.
import fc from "fast-check";
import type { Entry } from "../../src/domain/entry";
import type { Indicator, Target } from "../../src/domain/plan";
import { formatTarget } from "../../src/domain/format";
import type { ArchiveRow } from "../../src/workbook/layout";
import { hasContent, mergeEntries } from "../../src/workbook/upgrade";
import { FIXTURE_PLAN, fixtureMeta } from "./fixture-plan";
import { entryArb } from "./entry-arb";

const BASE = FIXTURE_PLAN.indicators[0]!;
const POOL = Array.from({ length: 16 }, (_, i) => `ind-${i}`);

function indicator(id: string, target: Target): Indicator {
  return { ...BASE, id, target };
}
type AtLeast = Extract<Target, { kind: "atLeast" }>;
const targetArb: fc.Arbitrary<AtLeast> = fc
  .constantFrom(0.5, 0.8, 0.9)
  .map((value): AtLeast => ({ kind: "atLeast", value }));

const scenarioArb = fc
  .record({
    oldIds: fc.uniqueArray(fc.constantFrom(...POOL), { minLength: 1, maxLength: 10 }),
    newIds: fc.uniqueArray(fc.constantFrom(...POOL), { minLength: 1, maxLength: 10 }),
    oldTargets: fc.array(targetArb, { minLength: 16, maxLength: 16 }),
    newTargets: fc.array(targetArb, { minLength: 16, maxLength: 16 }),
    archiveCount: fc.nat({ max: 3 }),
  })
  .chain((s) =>
    fc.record({
      s: fc.constant(s),
      entries: fc.tuple(...s.oldIds.map((id) => entryArb(id))),
      archive: fc.array(
        entryArb("gone-earlier").map((entry): ArchiveRow => ({ entry, text: "Chỉ tiêu cũ" })),
        { minLength: s.archiveCount, maxLength: s.archiveCount },
      ),
    }),
  );

const meta = (indicatorIds: string[], planVersion: string) =>
  fixtureMeta({ planId: "test-plan", planVersion, indicatorIds });

test("every entry survives an upgrade: in its row when kept, in the archive when removed", () => {
  fc.assert(
    fc.property(scenarioArb, ({ s, entries, archive }) => {
      const oldInds = s.oldIds.map((id) => indicator(id, s.oldTargets[POOL.indexOf(id)]!));
      const newInds = s.newIds.map((id) => indicator(id, s.newTargets[POOL.indexOf(id)]!));
      const targets = new Map(oldInds.map((i) => [i.id, formatTarget(i, "vi")]));
      const texts = new Map(oldInds.map((i) => [i.id, `Chỉ tiêu ${i.id}`]));
      const r = mergeEntries(
        { meta: meta(s.oldIds, "1.0.0"), entries, archive, texts, targets },
        newInds,
        "1.1.0",
      );
      const newIds = new Set(s.newIds);
      // Kept: the very same entry, once, in the new rows.
      for (const e of entries) {
        if (newIds.has(e.indicatorId)) expect(r.entries).toContainEqual(e);
      }
      expect(r.entries.every((e) => newIds.has(e.indicatorId))).toBe(true);
      // The old archive first, untouched; then every removed entry that had anything in it.
      expect(r.archive.slice(0, archive.length)).toEqual(archive);
      const removed = entries.filter((e) => !newIds.has(e.indicatorId) && hasContent(e));
      expect(r.archive.slice(archive.length).map((a) => a.entry)).toEqual(removed);
      for (const a of r.archive.slice(archive.length)) expect(a.text).toBe(`Chỉ tiêu ${a.entry.indicatorId}`);
      // The preview names what happened.
      expect(new Set(r.preview.kept)).toEqual(new Set(s.oldIds.filter((id) => newIds.has(id))));
      expect(new Set(r.preview.added)).toEqual(new Set(s.newIds.filter((id) => !s.oldIds.includes(id))));
      expect(new Set(r.preview.archived)).toEqual(new Set(removed.map((e) => e.indicatorId)));
      const changed = s.newIds.filter(
        (id) =>
          s.oldIds.includes(id) &&
          s.oldTargets[POOL.indexOf(id)]!.value !== s.newTargets[POOL.indexOf(id)]!.value,
      );
      expect(new Set(r.preview.targetChanged)).toEqual(new Set(changed));
      expect(r.preview.mode).toBe("upgrade");
    }),
    { numRuns: 500 },
  );
});

test("re-inserting the same plan version with the same rows is a reinsert that archives nothing", () => {
  const ids = FIXTURE_PLAN.indicators.map((i) => i.id);
  const entries: Entry[] = ids.map((id, k) => ({
    indicatorId: id,
    value: k,
    explanation: "",
    evidence: "",
    review: { decision: null, comment: "" },
  }));
  const r = mergeEntries(
    { meta: meta(ids, FIXTURE_PLAN.version), entries, archive: [] },
    FIXTURE_PLAN.indicators,
    FIXTURE_PLAN.version,
  );
  expect(r.preview.mode).toBe("reinsert");
  expect(r.entries).toEqual(entries);
  expect(r.archive).toEqual([]);
});

test("the same plan version with a field left out is still a re-insert; its removed rows are archived", () => {
  const ids = FIXTURE_PLAN.indicators.map((i) => i.id);
  const entries: Entry[] = ids.map((id) => ({
    indicatorId: id,
    value: 1,
    explanation: "",
    evidence: "",
    review: { decision: null, comment: "" },
  }));
  const fewer = FIXTURE_PLAN.indicators.slice(1);
  const r = mergeEntries(
    { meta: meta(ids, FIXTURE_PLAN.version), entries, archive: [] },
    fewer,
    FIXTURE_PLAN.version,
  );
  expect(r.preview.mode).toBe("reinsert");
  expect(r.preview.archived).toEqual([ids[0]]);
  const upgraded = mergeEntries(
    { meta: meta(ids, FIXTURE_PLAN.version), entries, archive: [] },
    fewer,
    "9.9.9",
  );
  expect(upgraded.preview.mode).toBe("upgrade");
});

test("a second row with the same id (a tampered sheet) is archived, not dropped", () => {
  const e1: Entry = {
    indicatorId: "share-online",
    value: 0.9,
    explanation: "a",
    evidence: "",
    review: { decision: null, comment: "" },
  };
  const e2: Entry = { ...e1, value: 0.1, explanation: "b" };
  const r = mergeEntries({ meta: null, entries: [e1, e2], archive: [] }, FIXTURE_PLAN.indicators, "1.0.0");
  expect(r.entries).toEqual([e1]);
  expect(r.archive.map((a) => a.entry)).toEqual([e2]);
});
