// The bundled plans against their source texts: what a reviewer of the catalog would check by hand.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PlanSchema, type Indicator, type Plan } from "../../src/domain/plan";
import { checkPlanNumbers } from "../../src/catalog/checks";
import { BUNDLED_PLANS, getPlan } from "../../src/catalog";
import kh1097Json from "../../src/catalog/plans/kh-1097-2023.json";
import ct67Json from "../../src/catalog/plans/ct-67-2020.json";

const sourceText = (plan: Plan): string =>
  readFileSync(join(__dirname, "../../src/catalog/sources", plan.sourceFile), "utf8");

const plan = (id: string): Plan => {
  const p = getPlan(id);
  if (!p) throw new Error(`no bundled plan ${id}`);
  return p;
};
const ind = (p: Plan, id: string): Indicator => {
  const i = p.indicators.find((x) => x.id === id);
  if (!i) throw new Error(`no indicator ${id} in ${p.id}`);
  return i;
};

/** The ways a number can be written in the sources: 27.000, 27000, 95.5, 95,5. */
function renderings(v: number): string[] {
  const r = Math.round(v * 1e6) / 1e6;
  const plain = String(r);
  const viThousands = Number.isInteger(r) ? r.toLocaleString("de-DE") : plain;
  return [plain, plain.replace(".", ","), viThousands];
}

/** The numbers of a target as the source writes them: percents and rates in percent. */
function writtenTargetNumbers(i: Indicator): number[] {
  const t = i.target;
  const scale = i.valueType === "percent" || i.valueType === "rate" ? 100 : 1;
  switch (t.kind) {
    case "atLeast":
    case "moreThan":
    case "atMost":
      return [t.value * scale];
    case "range":
      return [t.low * scale, t.high * scale];
    case "rank":
      // "Top 50" and "nhóm 75" never write the best rank 1.
      return t.best === 1 ? [t.worst] : [t.best, t.worst];
    default:
      return [];
  }
}

describe.each([
  ["kh-1097-2023", kh1097Json],
  ["ct-67-2020", ct67Json],
])("bundled plan %s", (id, raw) => {
  const p = plan(id);

  it("passes the schema and the number checks as stored on disk", () => {
    const r = PlanSchema.safeParse(raw);
    expect(r.success ? [] : r.error.issues).toEqual([]);
    expect(checkPlanNumbers(p)).toEqual([]);
  });

  it("quotes every source phrase verbatim from its source text", () => {
    const text = sourceText(p);
    const missing = p.indicators.filter((i) => !text.includes(i.source.phrase)).map((i) => i.id);
    expect(missing).toEqual([]);
  });

  it("writes every target number the way its source phrase does (catches 80 stored for 0.8)", () => {
    const mismatched = p.indicators.flatMap((i) =>
      writtenTargetNumbers(i)
        .filter((n) => !renderings(n).some((s) => i.source.phrase.includes(s)))
        .map((n) => `${i.id}: ${n} not in "${i.source.phrase}"`),
    );
    expect(mismatched).toEqual([]);
  });

  it("keeps percent targets as fractions within [0, 1]", () => {
    const wrong = p.indicators
      .filter((i) => i.valueType === "percent")
      .filter((i) => {
        const t = i.target;
        const values = t.kind === "range" ? [t.low, t.high] : "value" in t ? [t.value] : [];
        return values.some((v) => v < 0 || v > 1);
      })
      .map((i) => i.id);
    expect(wrong).toEqual([]);
  });

  it("has a Vietnamese and a distinct English text for every indicator, unit, field and note", () => {
    const texts = [
      p.title,
      p.issuer,
      ...(p.notes ?? []),
      ...p.fields.map((f) => f.name),
      ...p.indicators.flatMap((i) => [i.text, ...(i.notes ?? [])]),
    ];
    for (const t of texts) {
      expect(t.vi.trim()).not.toBe("");
      expect(t.en.trim()).not.toBe("");
      expect(t.en).not.toBe(t.vi);
    }
    for (const i of p.indicators) expect(i.unit.en.trim()).not.toBe("");
  });

  it("has unique indicator ids and at least one indicator per field", () => {
    const ids = p.indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    const empty = p.fields.filter((f) => !p.indicators.some((i) => i.field === f.id)).map((f) => f.id);
    expect(empty).toEqual([]);
  });

  it("carries the issuer as data with the 2025 merger note, and the Decree 09/2019 period", () => {
    expect(p.issuer).toEqual({
      vi: "Bộ Thông tin và Truyền thông",
      en: "Ministry of Information and Communications",
    });
    expect(
      p.notes?.some(
        (n) => n.vi.includes("55/2025/NĐ-CP") && n.en.includes("Ministry of Science and Technology"),
      ),
    ).toBe(true);
    const y = p.period!.year;
    expect(p.period).toEqual({ year: y, from: `${y - 1}-12-15`, to: `${y}-12-14` });
  });

  it("marks national indicators as the ministry's alone", () => {
    const wrong = p.indicators.filter(
      (i) => i.scope === "national" && i.appliesTo.join() !== "ministry-agency",
    );
    expect(wrong.map((i) => i.id)).toEqual([]);
  });
});

describe("Plan 1097/KH-BTTTT", () => {
  const p = plan("kh-1097-2023");

  it("has every quantitative target of section II.1 and the readable thrift items", () => {
    expect(p.indicators.length).toBeGreaterThanOrEqual(60);
    expect(p.indicators.length).toBeLessThanOrEqual(75);
    expect(p.fields.map((f) => f.id)).toEqual([
      "postal",
      "telecom",
      "digital-economy-society",
      "digital-transformation",
      "information-security",
      "ict-industry",
      "press",
      "broadcasting",
      "publishing",
      "grassroots-information",
      "thrift",
    ]);
  });

  it("stores the source's mixed number styles as canonical numbers", () => {
    expect(ind(p, "postal.service-points").target).toEqual({ kind: "atLeast", value: 27000 });
    expect(ind(p, "infosec.product-ecosystem").target).toEqual({ kind: "range", low: 0.955, high: 1 });
    expect(ind(p, "ict.state-budget-contribution").target).toEqual({ kind: "range", low: 1.9, high: 2.1 });
    expect(ind(p, "ict.digital-enterprises").target).toEqual({ kind: "range", low: 75000, high: 85000 });
    const revenue = ind(p, "broadcast.station-revenue");
    expect(revenue.target).toEqual({ kind: "atLeast", value: 13000 });
    expect(revenue.unit).toEqual({ vi: "tỷ đồng", en: "VND billion" });
  });

  it("reads ranks and open bounds as the schema defines them", () => {
    expect(ind(p, "telecom.idi-rank").target).toEqual({ kind: "rank", best: 1, worst: 50 });
    expect(ind(p, "infosec.gci-rank").target).toEqual({ kind: "rank", best: 25, worst: 30 });
    expect(ind(p, "publishing.asean-rank").target).toEqual({ kind: "rank", best: 3, worst: 4 });
    expect(ind(p, "publishing.printing-asean-rank").target).toEqual({ kind: "rank", best: 4, worst: 5 });
    expect(ind(p, "publishing.e-publishing-publishers").target).toEqual({ kind: "moreThan", value: 19 });
    expect(ind(p, "ict.it-revenue-growth")).toMatchObject({
      valueType: "rate",
      target: { kind: "moreThan", value: 0.08 },
    });
  });

  it("keeps one indicator for each target the source states twice, and says so in a note", () => {
    const text = sourceText(p);
    for (const [id, second] of [
      [
        "dx.fibre-coverage",
        "tỷ lệ 80 - 100% tỷ lệ phủ của hạ tầng mạng băng rộng cáp quang (hộ gia đình và xã)",
      ],
      [
        "des.adults-online-public-services",
        "tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến ≥ 50%",
      ],
    ] as const) {
      expect(text).toContain(second);
      expect(p.indicators.filter((i) => i.source.phrase === second)).toEqual([]);
      expect(ind(p, id).notes?.some((n) => n.vi.includes(second))).toBe(true);
    }
  });

  it("records the ambiguities it decided rather than deciding silently", () => {
    const noted = (id: string, pattern: RegExp) => ind(p, id).notes?.some((n) => pattern.test(n.en)) ?? false;
    expect(noted("press.paid-content-models", /typo for 2020/)).toBe(true);
    expect(noted("press.political-news-growth", /relative increase/)).toBe(true);
    expect(noted("publishing.e-publishing-publishers", /25% above/)).toBe(true);
    expect(noted("infosec.product-ecosystem", /decimal point/)).toBe(true);
    expect(noted("thrift.budget-planning", /cut off/)).toBe(true);
    expect(noted("telecom.idi-rank", /only the ministry/)).toBe(true);
  });

  it("dates targets 2025 only where 'đến năm 2025' governs them", () => {
    expect(ind(p, "telecom.idi-rank").deadlineYear).toBe(2023);
    expect(ind(p, "telecom.household-fixed-broadband").deadlineYear).toBe(2025);
    expect(ind(p, "des.digital-economy-gdp-share").deadlineYear).toBe(2025);
    expect(ind(p, "dx.fibre-coverage").deadlineYear).toBe(2023);
    expect(ind(p, "grassroots.commune-radio-stations").deadlineYear).toBe(2025);
  });

  it("asks every unit type the done/not-done thrift items", () => {
    const thrift = p.indicators.filter((i) => i.field === "thrift");
    expect(thrift.length).toBeGreaterThanOrEqual(2);
    expect(thrift.length).toBeLessThanOrEqual(4);
    for (const i of thrift) {
      expect(i).toMatchObject({ valueType: "done", target: { kind: "done" } });
      expect([...i.appliesTo].sort()).toEqual(p.unitTypes.map((u) => u.id).sort());
    }
  });
});

describe("Directive 67/CT-BTTTT", () => {
  const p = plan("ct-67-2020");

  it("has the 2020 ranks and milestones, dated where the source gives only the year", () => {
    expect(p.indicators.length).toBeGreaterThanOrEqual(12);
    expect(p.indicators.length).toBeLessThanOrEqual(20);
    expect(ind(p, "postal.upu-rank").target).toEqual({ kind: "rank", best: 40, worst: 45 });
    expect(ind(p, "telecom.idi-rank").target).toEqual({ kind: "rank", best: 80, worst: 85 });
    expect(ind(p, "it.egdi-rank").target).toEqual({ kind: "rank", best: 1, worst: 75 });
    expect(ind(p, "cyber.gci-rank").target).toEqual({ kind: "rank", best: 45, worst: 50 });
    for (const id of [
      "telecom.5g-commercial-launch",
      "telecom.2g-switch-off-roadmap",
      "postal.postcode-to-address",
      "it.digital-transformation-programme",
    ]) {
      const i = ind(p, id);
      expect(i).toMatchObject({
        valueType: "date",
        target: { kind: "milestone", by: "2020-12-31" },
        deadlineYear: 2020,
      });
      expect(i.notes?.some((n) => /inferred/.test(n.en))).toBe(true);
    }
    expect(ind(p, "ict.digital-enterprises-per-1000").deadlineYear).toBe(2030);
  });
});

it("bundles exactly the two source plans", () => {
  expect(BUNDLED_PLANS.map((p) => p.id)).toEqual(["kh-1097-2023", "ct-67-2020"]);
});
