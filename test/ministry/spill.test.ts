// A report's entries made ready for the spill where the file is read (the reader's thread, D53)
// give the consolidation the very outputs that entries packed on the main thread give: the same
// entries read back, the same ids, the same national entries and, byte for byte, the same --json.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import type { CellValue, Status } from "../../src/domain/entry";
import { getPlan } from "../../src/catalog/index";
import { EntrySpill } from "../../src/cli/ministry/spill";
import { readyForSpill } from "../../src/cli/ministry/entry-record";
import { consolidate, OWN_ENTRIES, type EntryStore } from "../../src/cli/ministry/consolidate-model";
import { NationalEntries, nationalIds } from "../../src/cli/ministry/consolidate-national";
import { consolidationJson, jsonPieces } from "../../src/cli/ministry/consolidate-run";
import type { EntryReport, FileReport } from "../../src/cli/ministry/file-report";
import { entryReport, submissionReport } from "./fixtures/file-reports";
import { FileRange, rangeBytes } from "../../src/cli/process/atomic-write";

const plan = getPlan("kh-1097-2023")!;
const national = nationalIds(plan);
const ids = plan.indicators.map((i) => i.id);

const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.string(),
  fc.constantFrom("27.000", "1,9", "80%", 'a "quoted" \\ text\nwith lines', "Đạt chỉ tiêu ✓", "\u0000\u2028"),
);
const status = fc.constantFrom<Status>("met", "shortfall", "missing", "invalid", "not-applicable");
const entries: fc.Arbitrary<EntryReport[]> = fc
  .uniqueArray(fc.constantFrom(...ids), { minLength: 0, maxLength: 12 })
  .chain((list) =>
    fc.tuple(
      ...list.map((id) =>
        fc
          .record({ value, status, text: fc.string(), evidence: fc.string() })
          .map(({ value, status, text, evidence }) => ({
            ...entryReport(id, value, status),
            completion: typeof value === "number" ? value / 7 : null,
            explanation: text,
            evidence,
          })),
      ),
    ),
  );

/** The report as it comes from a reader's thread: cloned, as postMessage copies it. */
const fromReader = (r: FileReport, file: string): FileReport => {
  readyForSpill(r, file, national);
  return structuredClone(r);
};

/** The --json text of a consolidation whose entries are in `store`. */
const jsonOf = (reports: FileReport[], store: EntryStore): string => {
  const c = consolidate(reports, null, store);
  const doc = consolidationJson(c, "2023-12-31T00:00:00.000Z", store);
  const bytes: Buffer[] = [];
  for (const p of jsonPieces(doc)) bytes.push(p instanceof FileRange ? bytesAt(p) : Buffer.from(p));
  return Buffer.concat(bytes).toString();
};

/** The bytes of a range in a file, each slice copied as it comes (the reader reuses its buffer). */
const bytesAt = (r: FileRange): Buffer => Buffer.concat([...rangeBytes(r)].map((b) => Buffer.from(b)));

describe("entries made ready where the file is read", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "spill-test-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("read back, listed and written to --json exactly as entries packed on the main thread", () => {
    fc.assert(
      fc.property(fc.array(entries, { minLength: 1, maxLength: 6 }), (lists) => {
        const make = () =>
          lists.map((list, i) =>
            submissionReport(
              `000.00.00.H${String(i).padStart(2, "0")}`,
              "provincial-department",
              structuredClone(list),
            ),
          );
        const plain = make();
        const ready = make().map((r) => fromReader(r, r.file));
        const own = jsonOf(make(), OWN_ENTRIES);

        const a = new EntrySpill(dir);
        const b = new EntrySpill(dir);
        const keptA = new NationalEntries(() => plan);
        const keptB = new NationalEntries(() => plan);
        try {
          for (const r of plain) {
            keptA.keep(r);
            a.put(r);
          }
          for (const r of ready) {
            expect(r.entries).toEqual([]);
            keptB.keep(r);
            b.put(r);
            expect(r.spilled).toBeUndefined();
          }
          plain.forEach((r, i) => {
            const s = ready[i]!;
            // What was typed comes back, as JSON keeps it (-0 is 0): the fields the outputs read.
            const fields = lists[i]!.map(
              ({ indicatorId, value, status, completion, explanation, evidence }) => ({
                indicatorId,
                value,
                status,
                completion,
                explanation,
                evidence,
              }),
            );
            expect(a.entries(r)).toEqual(JSON.parse(JSON.stringify(fields)));
            expect(b.entries(s)).toEqual(a.entries(r));
            expect(b.ids(s)).toEqual(a.ids(r));
            expect(keptB.entries(s)).toEqual(keptA.entries(r));
            const at = b.entriesJsonAt(s);
            expect(at && bytesAt(at)).toEqual(a.entriesJsonAt(r) && bytesAt(a.entriesJsonAt(r)!));
          });
          // The same text as entries held in memory give, through the generic writer.
          expect(jsonOf(ready, b)).toBe(own);
          expect(jsonOf(plain, a)).toBe(own);
          expect(JSON.parse(own)).toBeTruthy();
        } finally {
          a.close();
          b.close();
        }
      }),
      { numRuns: 60 },
    );
  });

  test("a registration, a refused file and a report with no entries are left as they are", () => {
    const registration = submissionReport(
      "000.00.00.H01",
      "provincial-department",
      [entryReport(ids[0]!, 1)],
      {
        registration: true,
      },
    );
    const empty = submissionReport("000.00.00.H02", "provincial-department", []);
    const refused = submissionReport("000.00.00.H03", "provincial-department", [entryReport(ids[0]!, 1)], {
      rejected: { code: "not-a-report", message: { vi: "x", en: "x" } },
    });
    for (const r of [registration, empty, refused]) {
      const before = structuredClone(r);
      readyForSpill(r, r.file, national);
      expect(r).toEqual(before);
    }
  });
});
