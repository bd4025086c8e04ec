import { assessReport } from "../../src/domain/assess";
import {
  buildSubmission,
  parseSubmission,
  sealSubmission,
  verifySubmissionHash,
  type UnsealedSubmission,
} from "../../src/domain/submission";
import { IND, PLAN, entry } from "./fixtures";

const CATALOG_HASH = "a".repeat(64);

function draft(): UnsealedSubmission {
  const entries = [
    entry(IND.count.id, 26000, "Thiếu điểm ở vùng sâu"),
    entry(IND.share.id, { error: "#N/A" }),
    entry(IND.done.id, "Có"),
  ];
  return buildSubmission({
    unit: { name: " Bưu điện tỉnh A ", code: "000.00.00.H26", unitType: "postal-enterprise", year: 2025 },
    period: { year: 2025, from: "2024-12-15", to: "2025-12-14" },
    plan: PLAN,
    catalogHash: CATALOG_HASH,
    entries,
    assessments: assessReport(PLAN, entries),
    generator: { name: "self-assess", version: "0.1.0" },
    createdAt: "2025-12-10T08:00:00.000Z",
  });
}

describe("submission", () => {
  it("lists every assessed indicator with what was typed, its status and the summary", () => {
    const d = draft();
    expect(d.entries).toHaveLength(PLAN.indicators.length);
    expect(d.entries[0]).toEqual({
      indicatorId: IND.count.id,
      value: 26000,
      status: "shortfall",
      completion: 26000 / 27000,
      explanation: "Thiếu điểm ở vùng sâu",
      evidence: "",
      review: { decision: null, comment: "" },
    });
    expect(d.entries.find((e) => e.indicatorId === IND.share.id)?.value).toBe("#N/A");
    expect(d.unit.name).toBe("Bưu điện tỉnh A");
    expect(d.summary.byStatus.met).toBe(1);
  });

  it("seals a document that its own schema accepts and whose hash verifies", async () => {
    const sealed = await sealSubmission(draft());
    expect(sealed.hash).toMatch(/^[0-9a-f]{64}$/);
    const parsed = parseSubmission(JSON.stringify(sealed));
    expect(parsed.ok).toBe(true);
    expect(await verifySubmissionHash(parsed.ok ? parsed.value : null)).toBe(true);
    expect(await verifySubmissionHash(JSON.parse(JSON.stringify(sealed)))).toBe(true);
  });

  it("gives the same hash whatever the key order", async () => {
    const a = await sealSubmission(draft());
    const reversed = JSON.parse(JSON.stringify(draft()), (_k, v) =>
      v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    );
    expect((await sealSubmission(reversed)).hash).toBe(a.hash);
  });

  it("detects any change after sealing", async () => {
    const sealed = await sealSubmission(draft());
    const tampered = [
      { ...sealed, entries: sealed.entries.map((e, i) => (i === 0 ? { ...e, value: 27000 } : e)) },
      { ...sealed, entries: sealed.entries.map((e, i) => (i === 0 ? { ...e, status: "met" as const } : e)) },
      { ...sealed, unit: { ...sealed.unit, code: "000.00.00.H27" } },
      { ...sealed, createdAt: "2025-12-10T08:00:01.000Z" },
      { ...sealed, hash: sealed.hash.replace(/^./, (c) => (c === "0" ? "1" : "0")) },
      { ...sealed, extra: 1 },
    ];
    for (const t of tampered) expect(await verifySubmissionHash(t)).toBe(false);
    expect(await verifySubmissionHash(null)).toBe(false);
    expect(await verifySubmissionHash({ hash: 5 })).toBe(false);
    expect(await verifySubmissionHash({ hash: "x", n: Number.NaN })).toBe(false);
  });

  it("rejects malformed documents with the path of each problem", async () => {
    const sealed = await sealSubmission(draft());
    const bad = parseSubmission({
      ...sealed,
      schemaVersion: 2,
      plan: { ...sealed.plan, catalogHash: "xyz" },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.some((e) => e.startsWith("schemaVersion:"))).toBe(true);
      expect(bad.errors.some((e) => e.startsWith("plan.catalogHash:"))).toBe(true);
    }
    const notJson = parseSubmission("{");
    expect(notJson.ok).toBe(false);
    expect(parseSubmission(42).ok).toBe(false);
  });

  it("rejects __proto__ keys instead of merging them", async () => {
    const text = JSON.stringify(await sealSubmission(draft()));
    const top = parseSubmission(text.replace(/^\{/, '{"__proto__":{"polluted":true},'));
    expect(top.ok).toBe(false);
    const nested = parseSubmission(
      text.replace('"review":{', '"review":{"__proto__":{"decision":"accepted"},'),
    );
    expect(nested.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
