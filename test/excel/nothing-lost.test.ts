// Issue #4.4, "nothing typed is ever lost": templates filled at random (values, explanations,
// evidence, review decisions and comments, replies and reviewers, and cells outside the template) are re-inserted and then
// upgraded to a changed plan, on the in-browser host. Kept indicators keep every entry, removed
// ones move to the archive, cells outside the template never change, and a re-insert of an
// unchanged template changes no cell a person typed into. When an insert refuses, it names only
// cells a person typed into, and changes nothing.
import fc from "fast-check";
import type { Entry } from "../../src/domain/entry";
import type { Indicator, Plan } from "../../src/domain/plan";
import { PlanSchema } from "../../src/domain/plan";
import { UserActionError } from "../../src/playground/host";
import { WorkbookError } from "../../src/workbook/errors";
import { hasContent } from "../../src/workbook/upgrade";
import { a1, colLetter } from "../../src/workbook/a1";
import { geometry } from "../../src/workbook/layout";
import { FIXTURE_PLAN, FIXTURE_UNIT } from "../workbook/fixture-plan";
import { cellsOf, looksOf, makeBench, setProtected } from "./workbook-fixture";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createExcelHost, type CellSnapshot } from "../../src/playground/host";
import { restoreWorkbook } from "../../src/playground/persist";
import { openXlsx } from "../../src/playground/workbook-file";
import { getPlan } from "../../src/catalog";

// The table's columns as the layout places them (DECISIONS D28, D29), then the hidden parameters
// (D9) and the review trail (reply, reviewed by, reviewed at, and the hidden basis).
const { col: TABLE, trail: TRAIL } = geometry(1, 0);
const COL = {
  value: TABLE.value,
  explanation: TABLE.explanation,
  evidence: TABLE.evidence,
  decision: TABLE.reviewDecision,
  comment: TABLE.reviewComment,
  reply: TRAIL.reply,
  reviewedBy: TRAIL.reviewedBy,
};
const FIRST_ROW = 10;

const textArb = fc
  .array(fc.constantFrom(..."abcxyz ĐđăâêôơưÁàảãạ0123456789 .,;:%=+-/()'\"\n"), {
    minLength: 1,
    maxLength: 20,
  })
  .map((a) => a.join(""));
/** What a person types into a value cell: numbers in several spellings, tokens, text, a formula. */
const typedValueArb = fc.oneof(
  fc.integer({ min: -5, max: 100000 }).map(String),
  fc.constantFrom(
    "0.85",
    "80%",
    "27,000",
    "1/2/2024",
    "TRUE",
    "Có",
    "Không áp dụng",
    "  N/A ",
    "'=1+2",
    "=1+1",
    "#N/A",
  ),
  textArb,
);

interface Typing {
  row: number;
  col: number;
  text: string;
}

const typingArb = (rows: number): fc.Arbitrary<Typing[]> =>
  fc.array(
    fc.oneof(
      fc.record({ row: fc.nat(rows - 1), col: fc.constant(COL.value), text: typedValueArb }),
      fc.record({
        row: fc.nat(rows - 1),
        col: fc.constantFrom(COL.explanation, COL.evidence, COL.comment, COL.reply, COL.reviewedBy),
        text: textArb,
      }),
      fc.record({
        row: fc.nat(rows - 1),
        col: fc.constant(COL.decision),
        text: fc.constantFrom("Chấp nhận", "Trả lại"),
      }),
    ),
    { maxLength: 25 },
  );

/**
 * Cells beyond the template's columns (A:O shown, P:W the hidden parameters, DECISIONS D9, Y:AB the
 * review trail), or far below it (where an upgrade may or may not reach).
 */
const outsideArb = fc.array(
  fc.record({
    row: fc.integer({ min: 1, max: 40 }),
    col: fc.integer({ min: TRAIL.basis + 1, max: TRAIL.basis + 5 }),
    text: textArb,
  }),
  { maxLength: 4 },
);
const belowArb = fc.array(
  fc.record({ row: fc.integer({ min: 19, max: 40 }), col: fc.integer({ min: 1, max: 14 }), text: textArb }),
  { maxLength: 2 },
);

/** The plan the template starts from; with a reporting period, so the header has its period line. */
/**
 * What a person typed into a cell, as an upgrade must keep it: a formula's text and format, not
 * its result, which rightly follows the table cells it reads ("+c:c" typed in AC10 is "=+c:c",
 * whatever the table shows in C10, and the new plan may put another indicator's unit there). Any
 * other cell as it looks.
 */
const typedOf = (c: CellSnapshot | undefined) =>
  c?.formula ? { formula: c.formula, numberFormat: c.numberFormat } : looksOf(c);

const BASE_PLAN: Plan = PlanSchema.parse({
  ...FIXTURE_PLAN,
  period: { year: 2023, from: "2022-12-15", to: "2023-12-14" },
});

/** The next plan version: some indicators removed, maybe one added, maybe a target changed. */
const nextPlanArb: fc.Arbitrary<Plan> = fc
  .record({
    keep: fc.subarray(FIXTURE_PLAN.indicators, { minLength: 1 }),
    period: fc.boolean(),
    add: fc.boolean(),
    retarget: fc.boolean(),
  })
  .map(({ keep, add, retarget, period }) => {
    const indicators: Indicator[] = keep.map((ind, i) =>
      retarget && i === 0 && ind.target.kind === "atLeast"
        ? { ...ind, target: { kind: "atLeast", value: 0.9 } }
        : ind,
    );
    if (add)
      indicators.push({
        ...FIXTURE_PLAN.indicators[0]!,
        id: "new-share",
        text: { vi: "Chỉ tiêu mới", en: "New indicator" },
      });
    return PlanSchema.parse({
      ...BASE_PLAN,
      version: "1.1.0",
      indicators,
      period: period ? BASE_PLAN.period : undefined,
    });
  });

function entryKey(e: Entry): string {
  return JSON.stringify([e.indicatorId, e.value, e.explanation, e.evidence, e.review]);
}

test("nothing typed is ever lost: re-insert and upgrade keep every entry and every cell outside", async () => {
  await fc.assert(
    fc.asyncProperty(
      typingArb(FIXTURE_PLAN.indicators.length),
      outsideArb,
      belowArb,
      nextPlanArb,
      async (typing, outside, below, nextPlan) => {
        const { host, port } = makeBench();
        const request = { plan: BASE_PLAN, unit: FIXTURE_UNIT, language: "vi" as const };
        const { sheetName: sheet } = await port.insertTemplate(request);

        /** Types as a person would; false when Excel refuses the input (a formula it cannot read). */
        const type = (address: string, text: string): boolean => {
          try {
            host.user.type(sheet, address, text);
            return true;
          } catch (e) {
            if (!(e instanceof UserActionError)) throw e;
            return false;
          }
        };
        for (const t of typing) type(a1(FIRST_ROW + t.row, t.col), t.text);
        const outsideAddresses = new Set<string>();
        if (outside.length + below.length > 0) {
          // A person unprotects the sheet to write notes around the template.
          await setProtected(host, sheet, false);
          for (const t of [...outside, ...below])
            if (type(a1(t.row, t.col), t.text)) outsideAddresses.add(a1(t.row, t.col));
        }
        const before = (await port.readReport())!;
        const cellsBefore = cellsOf(host, sheet);
        const inputAddresses = typing.map((t) => a1(FIRST_ROW + t.row, t.col));

        // Re-insert: nothing a person typed changes, inside or outside the template.
        const again = await port.insertTemplate(request);
        expect(again.preview.mode).toBe("reinsert");
        const cellsAgain = cellsOf(host, sheet);
        for (const address of [...inputAddresses, ...outsideAddresses])
          expect([address, looksOf(cellsAgain.get(address))]).toEqual([
            address,
            looksOf(cellsBefore.get(address)),
          ]);
        expect((await port.readReport())!.entries.map(entryKey)).toEqual(before.entries.map(entryKey));

        // Upgrade to the changed plan.
        const upgrade = { ...request, plan: nextPlan };
        const preview = await port.previewInsert(upgrade);
        let refused: WorkbookError | null = null;
        try {
          await port.insertTemplate(upgrade);
        } catch (e) {
          if (!(e instanceof WorkbookError)) throw e;
          refused = e;
        }
        const cellsAfter = cellsOf(host, sheet);
        if (refused) {
          expect(refused.code).toBe("conflicts");
          expect(preview.conflicts.length).toBeGreaterThan(0);
          // Excel made a formula of what was typed ("=a", "-x"): moving it would lose the formula.
          const typedFormula = new Set(inputAddresses.filter((a) => cellsBefore.get(a)?.formula));
          for (const c of preview.conflicts)
            expect(outsideAddresses.has(c.address) || typedFormula.has(c.address)).toBe(true);
          // Refusing changes nothing at all.
          expect([...cellsAfter.entries()].map(([k, v]) => [k, looksOf(v)])).toEqual(
            [...cellsAgain.entries()].map(([k, v]) => [k, looksOf(v)]),
          );
          return;
        }
        expect(preview.conflicts).toEqual([]);
        for (const address of outsideAddresses)
          expect([address, typedOf(cellsAfter.get(address))]).toEqual([
            address,
            typedOf(cellsBefore.get(address)),
          ]);
        const after = (await port.readReport())!;
        const keptIds = new Set(nextPlan.indicators.map((i) => i.id));
        const afterById = new Map(after.entries.map((e) => [e.indicatorId, e]));
        const archived = new Set(after.archived.map(entryKey));
        for (const e of before.entries) {
          if (keptIds.has(e.indicatorId)) expect(entryKey(afterById.get(e.indicatorId)!)).toBe(entryKey(e));
          else if (hasContent(e)) expect(archived.has(entryKey(e))).toBe(true);
        }
        expect(after.meta.planVersion).toBe("1.1.0");
      },
    ),
    { numRuns: 40 },
  );
});

test.each([
  // Made by the code of commit cdab8d2 (id in B, value in G, parameters N:U hidden, trail V:Y).
  { name: "before D28", file: "layout-before-d28.xlsx", typedAtLeast: 6 },
  // Made by main at 37b759e (D28's columns, no "Năm trước": value in F, parameters O:V, trail W:Z).
  { name: "of D28, before 'Năm trước'", file: "layout-d28.xlsx", typedAtLeast: 4 },
])(
  "a template in the column order $name, opened in the in-browser host, is re-inserted in the new columns with every entry",
  async ({ file, typedAtLeast }) => {
    const fixture = join(__dirname, "../fixtures/templates", file);
    const { host, port } = makeBench({ sheets: [] });
    const opened = await openXlsx(new Uint8Array(readFileSync(fixture)), () =>
      createExcelHost({ sheets: [] }),
    );
    restoreWorkbook(host, opened.json);
    const before = (await port.readReport())!;
    const typed = before.entries.filter(hasContent);
    expect(typed.length).toBeGreaterThanOrEqual(typedAtLeast);
    expect(before.archived.map((e) => e.indicatorId)).toEqual(["old.removed-indicator"]);

    const plan = getPlan("kh-1097-2023")!;
    const request = { plan, unit: before.meta.unit, language: "vi" as const };
    expect((await port.previewInsert(request)).conflicts).toEqual([]);
    const { sheetName: sheet } = await port.insertTemplate(request);
    const after = (await port.readReport())!;
    const rows = new Map(after.entries.map((e) => [e.indicatorId, e]));
    const archived = after.archived.map(entryKey);
    for (const e of typed)
      expect([
        e.indicatorId,
        rows.has(e.indicatorId) ? entryKey(rows.get(e.indicatorId)!) : archived.includes(entryKey(e)),
      ]).toEqual([e.indicatorId, rows.has(e.indicatorId) ? entryKey(e) : true]);
    expect(after.archived.map(entryKey)).toEqual(expect.arrayContaining(before.archived.map(entryKey)));

    // The cells are where the new layout puts them (the value, the status formula reading it, the
    // id), whatever the old template had there.
    const L = (k: keyof typeof TABLE) => colLetter(TABLE[k]);
    const cells = cellsOf(host, sheet);
    const first = typed.find((e) => typeof e.value === "number")!;
    const row = FIRST_ROW + after.entries.findIndex((e) => e.indicatorId === first.indicatorId);
    expect(cells.get(`${L("value")}${row}`)?.value).toBe(first.value);
    expect(cells.get(`${L("status")}${row}`)?.formula).toMatch(new RegExp(`^=IF\\(ISERROR\\(${L("value")}`));
    expect(cells.get(`${L("id")}${row}`)?.value).toBe(first.indicatorId);
    // A growth row keeps what was typed in its value cell, and its "Năm trước" is left for the unit.
    for (const e of after.entries.filter(
      (x) => plan.indicators.find((i) => i.id === x.indicatorId)!.growth,
    )) {
      const r = FIRST_ROW + after.entries.indexOf(e);
      expect([e.indicatorId, cells.get(`${L("previous")}${r}`)?.value || null]).toEqual([
        e.indicatorId,
        null,
      ]);
      expect(e.value).toEqual(before.entries.find((b) => b.indicatorId === e.indicatorId)?.value ?? null);
    }
    // The old template's hidden columns that the new one shows (the id, the field, the trail) are
    // shown again; the new template hides its own parameters and the decision's basis.
    const hidden = host.snapshot({ sheet }).sheets.find((x) => x.name === sheet)!.hiddenColumns;
    const params = Object.values(geometry(1, 0).param);
    // The host lists hidden columns from 0 (A is 0).
    expect([...hidden].sort((a, b) => a - b)).toEqual(
      [...params, TRAIL.basis].map((c) => c - 1).sort((a, b) => a - b),
    );
  },
);
