// The metadata survives both stores byte for byte, and a damaged store says what is wrong.
import fc from "fast-check";
import { BUNDLED_PLANS } from "../../src/catalog/index";
import type { ReportMeta } from "../../src/workbook/port";
import { metaDifferences, metaFromRows, metaFromXml, metaToRows, metaToXml } from "../../src/workbook/meta";
import { textArb } from "./entry-arb";

const nonEmpty = fc
  .tuple(textArb, fc.constantFrom("Sở", "<Đài & Báo>", '"Nhà xuất bản"', "a]]>b", "x"))
  .map(([a, b]) => `${b}${a}`.trim() || "x");

const metaArb: fc.Arbitrary<ReportMeta> = fc.record(
  {
    schemaVersion: fc.integer({ min: 1, max: 9 }),
    planId: fc.constantFrom("kh-1097-2023", "ct-67-2020"),
    planVersion: fc.constantFrom("1.0.0", "2.3.4"),
    catalogHash: fc.stringMatching(/^[0-9a-f]{64}$/),
    unit: fc.record(
      {
        name: nonEmpty,
        code: fc.constantFrom("000.00.00.H26", "0100109106"),
        // Any id a plan may declare: the bundled plans' and a new ministry's own.
        unitType: fc.constantFrom(...BUNDLED_PLANS[0]!.unitTypes.map((u) => u.id), "so-khcn"),
        year: fc.integer({ min: 2000, max: 2100 }),
        preparer: textArb,
      },
      { requiredKeys: ["name", "code", "unitType", "year"] },
    ),
    indicatorIds: fc.array(fc.stringMatching(/^[a-z0-9]+(\.[a-z0-9]+)?$/), { maxLength: 20 }),
    language: fc.constantFrom("vi" as const, "en" as const),
    generator: fc.constantFrom("self-assess-cli/0.1.0", "add-in <1.0>"),
    createdAt: fc.constant("2026-11-22T10:00:00.000Z"),
    // The fields a report of some fields covers (coverage.ts); absent on a full report.
    fields: fc.array(fc.constantFrom("postal", "telecom", "<a&b>", "khoa-hoc"), {
      minLength: 1,
      maxLength: 4,
    }),
  },
  {
    requiredKeys: [
      "schemaVersion",
      "planId",
      "planVersion",
      "catalogHash",
      "unit",
      "indicatorIds",
      "language",
      "generator",
      "createdAt",
    ],
  },
);

test("both stores give back exactly the metadata they were given", () => {
  fc.assert(
    fc.property(metaArb, (meta) => {
      const x = metaFromXml(metaToXml(meta));
      const r = metaFromRows(metaToRows(meta));
      expect(x).toEqual({ ok: true, meta });
      expect(r).toEqual({ ok: true, meta });
    }),
    { numRuns: 300 },
  );
});

const sample: ReportMeta = {
  schemaVersion: 1,
  planId: "kh-1097-2023",
  planVersion: "1.0.0",
  catalogHash: "a".repeat(64),
  unit: { name: "Sở A", code: "000.00.00.H26", unitType: "provincial-department", year: 2023 },
  indicatorIds: ["a.b", "c"],
  language: "vi",
  generator: "test",
  createdAt: "2026-11-22T10:00:00.000Z",
};

test("a part in another namespace, a broken hash or a missing field is refused with the reason", () => {
  const xml = metaToXml(sample);
  expect(metaFromXml(xml.replace("urn:self-assess:report-meta:1", "urn:other"))).toMatchObject({
    ok: false,
    reason: /namespace/,
  });
  expect(metaFromXml(xml.replace("a".repeat(64), "xyz"))).toMatchObject({ ok: false, reason: /catalogHash/ });
  expect(metaFromXml(xml.replace(/<planId>.*<\/planId>/, ""))).toMatchObject({ ok: false, reason: /planId/ });
  const rows = metaToRows(sample).filter((r) => r[0] !== "unit.unitType");
  expect(metaFromRows(rows)).toMatchObject({ ok: false, reason: /unitType/ });
  expect(metaFromRows([["indicatorId", 5]])).toMatchObject({ ok: false, reason: /indicatorId/ });
});

test("differences between the stores are named field by field", () => {
  expect(metaDifferences(sample, sample)).toEqual([]);
  const other = { ...sample, planVersion: "1.0.1", indicatorIds: ["c", "a.b"] };
  expect(metaDifferences(sample, other)).toEqual(["planVersion", "indicatorIds"]);
});
