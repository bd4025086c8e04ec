// Upgrades keep every entry: a kept indicator keeps its value, explanation, evidence and review;
// a removed indicator's entry goes to the archive, and comes back to its row when the indicator does.
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
/** The new template's plan: the test plan at a version. */
const v = (version: string) => ({ id: "test-plan", version });

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
        v("1.1.0"),
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
    v(FIXTURE_PLAN.version),
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
    v(FIXTURE_PLAN.version),
  );
  expect(r.preview.mode).toBe("reinsert");
  expect(r.preview.archived).toEqual([ids[0]]);
  const upgraded = mergeEntries(
    { meta: meta(ids, FIXTURE_PLAN.version), entries, archive: [] },
    fewer,
    v("9.9.9"),
  );
  expect(upgraded.preview.mode).toBe("upgrade");
  // Another plan that happens to carry the same version number is an upgrade too.
  const other = mergeEntries({ meta: meta(ids, FIXTURE_PLAN.version), entries, archive: [] }, fewer, {
    id: "another-plan",
    version: FIXTURE_PLAN.version,
  });
  expect(other.preview.mode).toBe("upgrade");
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
  const r = mergeEntries({ meta: null, entries: [e1, e2], archive: [] }, FIXTURE_PLAN.indicators, v("1.0.0"));
  expect(r.entries).toEqual([e1]);
  expect(r.archive.map((a) => a.entry)).toEqual([e2]);
});

// Issue #15 item 4: switching plans is reversible. What left for the archive comes back to its row
// when its indicator does, and the preview says so; nothing lives only in the archive unsaid.
describe("an indicator that comes back takes its entry back from the archive", () => {
  const typed = (indicatorId: string, value: Entry["value"], explanation = ""): Entry => ({
    indicatorId,
    value,
    explanation,
    evidence: "",
    review: { decision: null, comment: "" },
  });
  const blank = (indicatorId: string) => typed(indicatorId, null);
  const inds = (ids: string[]) => ids.map((id) => indicator(id, { kind: "atLeast", value: 0.8 }));
  const texts = (ids: string[]) => new Map(ids.map((id) => [id, `Chỉ tiêu ${id}`]));

  test("switch plan and back: the typed values are in their rows again, the archive is empty", () => {
    const a = ["ind-0", "ind-1", "ind-2"];
    const b = ["ind-1", "ind-3"];
    const before = [typed("ind-0", 12, "đủ"), typed("ind-1", 0.9), typed("ind-2", "Có")];
    const away = mergeEntries(
      { meta: meta(a, "1.0.0"), entries: before, archive: [], texts: texts(a) },
      inds(b),
      v("2.0.0"),
    );
    expect(away.preview.archived).toEqual(["ind-0", "ind-2"]);
    expect(away.preview.restored).toEqual([]);
    expect(away.archive.map((r) => r.entry)).toEqual([before[0], before[2]]);
    // The B template's rows as read back: ind-1 typed, ind-3 blank.
    const back = mergeEntries(
      { meta: meta(b, "2.0.0"), entries: [...away.entries, blank("ind-3")], archive: away.archive },
      inds(a),
      v("1.0.0"),
    );
    expect(back.entries).toEqual(before);
    expect(back.archive).toEqual([]);
    expect(back.preview).toMatchObject({
      mode: "upgrade",
      restored: ["ind-0", "ind-2"],
      kept: ["ind-1"],
      added: [],
      archived: [],
      stillArchived: [],
    });
  });

  test("a row left blank by an earlier switch back (before this rule) takes its entry too", () => {
    const archived: ArchiveRow = { entry: typed("ind-0", 7, "giải trình"), text: "Chỉ tiêu cũ" };
    const r = mergeEntries(
      {
        meta: meta(["ind-0", "ind-1"], "1.0.0"),
        entries: [blank("ind-0"), blank("ind-1")],
        archive: [archived],
      },
      inds(["ind-0", "ind-1"]),
      v("1.0.0"),
    );
    expect(r.entries).toEqual([archived.entry, blank("ind-1")]);
    expect(r.archive).toEqual([]);
    expect(r.preview).toMatchObject({ mode: "reinsert", restored: ["ind-0"], kept: ["ind-1"], added: [] });
  });

  test("a row with its own values keeps them; the archived values stay and the preview says they are only there", () => {
    const archived: ArchiveRow = { entry: typed("ind-0", 7), text: "Chỉ tiêu cũ" };
    const gone: ArchiveRow = { entry: typed("ind-9", 3), text: "Chỉ tiêu khác" };
    const mine = typed("ind-0", 8);
    const r = mergeEntries(
      { meta: meta(["ind-0"], "1.0.0"), entries: [mine], archive: [archived, gone] },
      inds(["ind-0"]),
      v("1.0.0"),
    );
    expect(r.entries).toEqual([mine]);
    expect(r.archive).toEqual([archived, gone]);
    expect(r.preview.restored).toEqual([]);
    expect(r.preview.stillArchived).toEqual(["ind-0", "ind-9"]);
  });

  test("of two archived entries of an indicator, the latest returns; the earlier stays archived", () => {
    const first: ArchiveRow = { entry: typed("ind-0", 1), text: "t" };
    const latest: ArchiveRow = { entry: typed("ind-0", 2), text: "t" };
    const empty: ArchiveRow = { entry: blank("ind-0"), text: "t" };
    const r = mergeEntries(
      { meta: meta(["ind-1"], "1.0.0"), entries: [blank("ind-1")], archive: [first, latest, empty] },
      inds(["ind-0", "ind-1"]),
      v("1.0.0"),
    );
    expect(r.entries).toEqual([latest.entry, blank("ind-1")]);
    expect(r.archive).toEqual([first, empty]);
    expect(r.preview.restored).toEqual(["ind-0"]);
    expect(r.preview.stillArchived).toEqual(["ind-0"]);
  });

  test("any switch and back: every typed entry is in its row again, and whatever sits in the archive is named by the preview", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...POOL), { minLength: 1, maxLength: 10 }),
        fc.uniqueArray(fc.constantFrom(...POOL), { minLength: 1, maxLength: 10 }),
        fc.array(
          entryArb("gone-earlier").map((entry): ArchiveRow => ({ entry, text: "t" })),
          {
            maxLength: 2,
          },
        ),
        (aIds, bIds, earlier) =>
          fc.assert(
            fc.property(fc.tuple(...aIds.map((id) => entryArb(id))), (entries) => {
              const away = mergeEntries(
                { meta: meta(aIds, "1.0.0"), entries, archive: earlier },
                inds(bIds),
                v("2.0.0"),
              );
              // Nothing typed is lost on the way: in a row or in the archive, and the preview names
              // every indicator whose values are only in the archive.
              for (const e of entries.filter(hasContent)) {
                const inRow = away.entries.includes(e);
                expect(inRow || away.archive.some((r) => r.entry === e)).toBe(true);
                if (!inRow)
                  expect([...away.preview.archived, ...away.preview.stillArchived]).toContain(e.indicatorId);
              }
              const readBack = bIds.map((id) => away.entries.find((e) => e.indicatorId === id) ?? blank(id));
              const back = mergeEntries(
                { meta: meta(bIds, "2.0.0"), entries: readBack, archive: away.archive },
                inds(aIds),
                v("1.0.0"),
              );
              for (const e of entries.filter(hasContent)) expect(back.entries).toContainEqual(e);
              expect(back.archive.filter((r) => aIds.includes(r.entry.indicatorId))).toEqual([]);
              expect(back.archive.filter((r) => r.entry.indicatorId === "gone-earlier")).toEqual(earlier);
              expect(new Set(back.preview.stillArchived)).toEqual(
                new Set(back.archive.map((r) => r.entry.indicatorId)),
              );
            }),
            { numRuns: 5 },
          ),
      ),
      { numRuns: 100 },
    );
  });
});
