// The bundled plans against their source texts: what a reviewer of the catalog would check by hand.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PlanSchema, type Indicator, type Plan } from "../../src/domain/plan";
import { assessEntry } from "../../src/domain/assess";
import { entry } from "../domain/fixtures";
import v1UnitTypes from "../../src/domain/plan-v1-unit-types.json";
import { checkPlanNumbers } from "../../src/catalog/checks";
import { BUNDLED_PLANS, getPlan, parsePlanFile } from "../../src/catalog";
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

  it("is exactly what a ministry's plan file of the same content reads as (bundled plans are not read again)", () => {
    const r = parsePlanFile(JSON.stringify(raw));
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(r.ok && r.plan).toEqual(raw);
    expect(p).toBe(raw);
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

  it("has a Vietnamese and a distinct English text for every indicator, unit, field, note and reason", () => {
    const texts = [
      p.title,
      p.issuer,
      p.receiver,
      ...(p.notes ?? []),
      ...p.fields.map((f) => f.name),
      ...p.unitTypes.map((u) => u.name),
      ...p.indicators.flatMap((i) => [
        i.text,
        ...(i.notes ?? []),
        ...(i.entryNote ? [i.entryNote] : []),
        ...(i.naAllowed ?? []).map((n) => n.reason),
        ...(i.growth ? [i.growth.level.text] : []),
      ]),
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

  it("carries the issuer and receiver as data with the 2025 merger note, and the Decree 09/2019 period", () => {
    expect(p.issuer).toEqual({
      vi: "Bộ Thông tin và Truyền thông",
      en: "Ministry of Information and Communications",
    });
    expect(p.receiver).toEqual({ vi: "Bộ Khoa học và Công nghệ", en: "Ministry of Science and Technology" });
    expect(
      p.notes?.some(
        (n) => n.vi.includes("55/2025/NĐ-CP") && n.en.includes("Ministry of Science and Technology"),
      ),
    ).toBe(true);
    const y = p.period!.year;
    expect(p.period).toEqual({ year: y, from: `${y - 1}-12-15`, to: `${y}-12-14` });
  });

  it("keeps the eight unit types of the 2019–2023 plans with their historical names (schema v2 data)", () => {
    expect(p.schemaVersion).toBe(2);
    expect(p.unitTypes).toEqual(v1UnitTypes);
    expect(p.unitTypes.find((u) => u.id === "provincial-department")?.name.vi).toBe(
      "Sở Thông tin và Truyền thông",
    );
  });

  it("applies one rule to every national indicator: a sum lists who is summed, anything else is the ministry's, or a department's own-area ratio", () => {
    const wrong = p.indicators.filter((i) => {
      if (i.scope === "unit") return i.aggregate !== undefined;
      if (!i.appliesTo.includes("ministry-agency")) return true;
      if (i.aggregate)
        return !i.aggregate.unitTypes.every((u) => i.appliesTo.includes(u) && u !== "ministry-agency");
      return i.appliesTo.some((u) => u !== "ministry-agency" && u !== "provincial-department");
    });
    expect(wrong.map((i) => i.id)).toEqual([]);
  });

  it("is version 2.1.0: scope and targets changed from 1.0.0, and 2.1.0 judges contributions by whose target (D33)", () => {
    expect(p.version).toBe("2.1.0");
  });

  it("gives a reason for every unit type that may answer not applicable, and only for types it applies to", () => {
    for (const i of p.indicators)
      for (const na of i.naAllowed ?? []) {
        expect(na.unitTypes.every((u) => i.appliesTo.includes(u))).toBe(true);
        expect(na.reason.en.length).toBeGreaterThan(20);
      }
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
        "dx.fibre-coverage-households",
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
    expect(ind(p, "dx.fibre-coverage-households").deadlineYear).toBe(2023);
    expect(ind(p, "dx.fibre-coverage-communes").deadlineYear).toBe(2023);
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

  it("splits fibre coverage into households ≥ 80% and communes 100%, replacing the old lumped row", () => {
    expect(p.indicators.some((i) => i.id === "dx.fibre-coverage")).toBe(false);
    const hh = ind(p, "dx.fibre-coverage-households");
    const cm = ind(p, "dx.fibre-coverage-communes");
    expect(hh).toMatchObject({
      valueType: "percent",
      target: { kind: "atLeast", value: 0.8 },
      replaces: ["dx.fibre-coverage"],
    });
    expect(cm).toMatchObject({
      valueType: "percent",
      target: { kind: "atLeast", value: 1 },
      replaces: ["dx.fibre-coverage"],
    });
    expect(hh.source.phrase).toBe(
      "tỷ lệ phủ của hạ tầng mạng băng rộng cáp quang (hộ gia đình, xã) đạt 80 - 100%",
    );
    expect(cm.source.phrase).toBe(hh.source.phrase);
    expect(hh.appliesTo).toEqual(cm.appliesTo);
    // The issue's case: 85% of households and 95% of communes is no longer "met" overall.
    expect(assessEntry(hh, entry(hh.id, 0.85)).status).toBe("exceeded");
    expect(assessEntry(cm, entry(cm.id, 0.95)).status).toBe("shortfall");
  });

  it("marks every growth or increase indicator with the levels it is computed from and its base", () => {
    const rates = p.indicators.filter((i) => i.valueType === "rate");
    expect(rates).toHaveLength(8);
    expect(rates.filter((i) => !i.growth).map((i) => i.id)).toEqual([]);
    expect(ind(p, "press.paid-content-models").growth).toEqual(
      expect.objectContaining({ change: "points", base: { kind: "year", year: 2020 } }),
    );
    expect(ind(p, "broadcast.domestic-online-ad-share").growth).toEqual(
      expect.objectContaining({ change: "points", base: { kind: "previous-period" } }),
    );
    for (const id of [
      "postal.ecommerce-growth",
      "infosec.market-revenue-growth",
      "ict.it-revenue-growth",
      "press.political-news-growth",
      "press.verified-positive-info-increase",
      "publishing.revenue-growth",
    ])
      expect(ind(p, id).growth).toEqual(
        expect.objectContaining({ change: "relative", base: { kind: "previous-period" } }),
      );
    expect(ind(p, "press.political-news-growth").growth?.level.valueType).toBe("integer");
  });

  it("settles the paid-content base year once: 2020, in percentage points, with no note saying otherwise", () => {
    const i = ind(p, "press.paid-content-models");
    expect(i.notes?.some((n) => /typo for 2020/.test(n.en))).toBe(true);
    expect(i.notes?.some((n) => /nor against which base year/.test(n.en))).toBe(false);
    expect(i.entryNote?.en).toMatch(/share in 2020/);
    expect(i.entryNote?.en).toMatch(/percentage points/);
    expect(i.growth).toMatchObject({ change: "points", base: { kind: "year", year: 2020 } });
  });

  it("keeps the national-index notes up to date: no IDI ranking 2018–2022, GCI 2024 gives tiers", () => {
    expect(ind(p, "telecom.idi-rank").notes?.some((n) => /no IDI ranking in 2018–2022/.test(n.en))).toBe(
      true,
    );
    expect(ind(p, "infosec.gci-rank").notes?.some((n) => /five-tier model/.test(n.en))).toBe(true);
    expect(ind(p, "infosec.gci-rank").naAllowed?.[0]?.unitTypes).toEqual(["ministry-agency"]);
    expect(ind(p, "dx.e-participation-rank").naAllowed?.[0]?.reason.en).toMatch(/every two years/);
  });

  it("lets enterprises without state funds answer not applicable on the state-funds thrift items, with the reason", () => {
    for (const id of ["thrift.budget-planning", "thrift.state-funds"]) {
      const allowed = (ind(p, id).naAllowed ?? []).flatMap((n) => n.unitTypes);
      expect(allowed).toEqual(
        expect.arrayContaining(["postal-enterprise", "telecom-enterprise", "digital-enterprise"]),
      );
      expect(allowed).not.toContain("ministry-agency");
    }
    for (const id of ["thrift.recovery-tasks", "thrift.development-goals"])
      expect(ind(p, id).naAllowed).toBeUndefined();
  });

  it("brings the entry instructions of the notes to the person typing as short entry notes", () => {
    expect(ind(p, "grassroots.source-information-system").entryNote?.en).toMatch(/100% .* 0%/);
    expect(ind(p, "thrift.state-funds").entryNote?.en).toMatch(/N\/A/);
    expect(ind(p, "dx.fibre-coverage-households").entryNote?.en).toMatch(/households/);
    expect(ind(p, "broadcast.pay-tv-subscribers").entryNote?.en).toMatch(/millions/);
  });
});

describe("Directive 67/CT-BTTTT", () => {
  const p = plan("ct-67-2020");

  it("has the 2020 ranks, and its tasks as yes/no tasks of 2020 (the source gives only the year)", () => {
    expect(p.indicators.length).toBeGreaterThanOrEqual(12);
    expect(p.indicators.length).toBeLessThanOrEqual(20);
    expect(ind(p, "postal.upu-rank").target).toEqual({ kind: "rank", best: 40, worst: 45 });
    expect(ind(p, "telecom.idi-rank").target).toEqual({ kind: "rank", best: 80, worst: 85 });
    expect(ind(p, "it.egdi-rank").target).toEqual({ kind: "rank", best: 1, worst: 75 });
    expect(ind(p, "cyber.gci-rank").target).toEqual({ kind: "rank", best: 45, worst: 50 });
    const tasks = p.indicators.filter((i) => i.valueType === "done");
    expect(tasks).toHaveLength(13);
    expect(p.indicators.filter((i) => i.target.kind === "milestone")).toEqual([]);
    for (const id of [
      "telecom.5g-commercial-launch",
      "telecom.2g-switch-off-roadmap",
      "postal.postcode-to-address",
      "postal.enterprise-database",
      "it.egov-strategy",
      "it.digital-transformation-programme",
      "ict.digital-enterprise-strategy",
      "press.overseas-image-strategy",
      "publishing.national-book-strategy",
      "publishing.support-fund",
    ]) {
      const i = ind(p, id);
      expect(i).toMatchObject({
        valueType: "done",
        target: { kind: "done" },
        deadlineYear: 2020,
        scope: "unit",
      });
      expect(
        i.notes?.some((n) => /yes\/no task answered at the report, not a dated milestone/.test(n.en)),
      ).toBe(true);
      expect(i.entryNote?.en).toMatch(/14\/12\/2020/);
    }
    expect(ind(p, "ict.digital-enterprises-per-1000").deadlineYear).toBe(2030);
  });
});

it("bundles exactly the two source plans", () => {
  expect(BUNDLED_PLANS.map((p) => p.id)).toEqual(["kh-1097-2023", "ct-67-2020"]);
});
