// What a unit sees when it picks its type and fields: the indicators that apply, in plan order.
import fc from "fast-check";
import { getPlan } from "../../src/catalog";
import { countByField, selectIndicators, validateFieldSelection } from "../../src/domain/applicability";
import type { Plan, UnitType } from "../../src/domain/plan";

const kh = getPlan("kh-1097-2023")!;
const ct = getPlan("ct-67-2020")!;
const UNIT_TYPES = kh.unitTypes.map((u) => u.id);
const ids = (p: Plan, u: UnitType, f?: string[]) => selectIndicators(p, u, f).map((i) => i.id);

describe("selectIndicators", () => {
  it.each(UNIT_TYPES)("gives a %s at least the thrift items of Plan 1097", (u) => {
    const thrift = kh.indicators.filter((i) => i.field === "thrift").map((i) => i.id);
    expect(thrift.length).toBeGreaterThan(0);
    expect(ids(kh, u)).toEqual(expect.arrayContaining(thrift));
  });

  it("gives a publisher its publishing indicators, not the national publishing aggregates or other fields' targets", () => {
    expect(ids(kh, "publisher")).toEqual([
      "publishing.revenue-growth",
      "thrift.budget-planning",
      "thrift.state-funds",
      "thrift.recovery-tasks",
      "thrift.development-goals",
    ]);
  });

  it("keeps national indicators that are not sums (indices, ranks, ratios) for the ministry, except a department's own-area ratio", () => {
    const shared = selectIndicators(kh, "provincial-department").filter((i) => i.scope === "national");
    for (const u of UNIT_TYPES.filter((t) => t !== "ministry-agency" && t !== "provincial-department"))
      expect(selectIndicators(kh, u).filter((i) => i.scope === "national" && !i.aggregate)).toEqual([]);
    expect(shared.filter((i) => !i.aggregate).map((i) => i.id)).toEqual([
      "postal.items-per-capita",
      "des.digital-economy-gdp-share",
      "des.digital-economy-workforce",
    ]);
    expect(ids(kh, "ministry-agency")).toContain("telecom.idi-rank");
  });

  it("gives every sector total to the unit types whose own figure is part of it (one rule, issue #11)", () => {
    expect(ids(kh, "broadcaster")).toEqual(
      expect.arrayContaining(["broadcast.station-revenue", "broadcast.pay-tv-subscribers"]),
    );
    expect(ids(kh, "telecom-enterprise")).toContain("broadcast.pay-tv-subscribers");
    expect(ids(kh, "postal-enterprise")).toContain("postal.service-points");
    expect(ids(kh, "provincial-department")).toEqual(
      expect.arrayContaining(["postal.service-points", "ict.digital-enterprises"]),
    );
    expect(ids(kh, "digital-enterprise")).toEqual(
      expect.arrayContaining(["ict.total-revenue", "ict.exports", "broadcast.domestic-game-revenue"]),
    );
  });

  it("gives a telecom enterprise coverage, traffic and IPv6 but not household penetration", () => {
    const t = ids(kh, "telecom-enterprise");
    expect(t).toEqual(
      expect.arrayContaining([
        "telecom.village-fibre-coverage",
        "telecom.mobile-broadband-traffic",
        "telecom.ipv6-usage",
      ]),
    );
    expect(t).toEqual(expect.arrayContaining(["dx.fibre-coverage-households", "dx.fibre-coverage-communes"]));
    expect(t).not.toContain("telecom.household-fixed-broadband");
    expect(ids(kh, "provincial-department")).toContain("telecom.household-fixed-broadband");
  });

  it("narrows to the chosen fields and keeps plan order", () => {
    expect(ids(kh, "postal-enterprise", ["thrift", "postal"])).toEqual([
      "postal.service-points",
      "postal.communes-with-staffed-point",
      "postal.staffed-points-online",
      "postal.ecommerce-platforms",
      "postal.ecommerce-growth",
      "thrift.budget-planning",
      "thrift.state-funds",
      "thrift.recovery-tasks",
      "thrift.development-goals",
    ]);
    expect(ids(kh, "postal-enterprise", [])).toEqual([]);
    expect(ids(kh, "postal-enterprise", ["postal", "no-such-field"])).toEqual(
      ids(kh, "postal-enterprise", ["postal"]),
    );
  });

  it("gives Directive 67 units their 2020 items; a digital enterprise has none of its own there", () => {
    expect(ids(ct, "telecom-enterprise")).toEqual([
      "telecom.5g-commercial-launch",
      "telecom.2g-switch-off-roadmap",
      "telecom.spam-handling",
      "telecom.mnp-success-rate",
    ]);
    expect(ids(ct, "digital-enterprise")).toEqual([]);
  });

  it("is a plan-order filter for any unit type and field subset", () => {
    const fieldIds = kh.fields.map((f) => f.id);
    fc.assert(
      fc.property(fc.constantFrom(...UNIT_TYPES), fc.subarray(fieldIds), (u, fields) => {
        const got = selectIndicators(kh, u, fields);
        const expected = kh.indicators.filter((i) => i.appliesTo.includes(u) && fields.includes(i.field));
        expect(got).toEqual(expected);
        const counts = countByField(kh, u, fields);
        expect(counts.map((c) => c.field)).toEqual(fieldIds.filter((f) => fields.includes(f)));
        expect(counts.reduce((s, c) => s + c.count, 0)).toBe(got.length);
      }),
    );
  });
});

describe("countByField", () => {
  it("shows how many indicators a publisher would insert per field, zeros included", () => {
    const counts = countByField(kh, "publisher");
    expect(counts).toHaveLength(kh.fields.length);
    expect(counts.filter((c) => c.count > 0)).toEqual([
      {
        field: "publishing",
        name: { vi: "Hạ tầng xuất bản, in và phát hành", en: "Publishing, printing and distribution" },
        count: 1,
      },
      {
        field: "thrift",
        name: { vi: "Thực hành tiết kiệm, chống lãng phí", en: "Thrift and fighting waste" },
        count: 4,
      },
    ]);
  });

  it("lists only the chosen fields", () => {
    expect(countByField(kh, "ministry-agency", ["press", "telecom"]).map((c) => [c.field, c.count])).toEqual([
      ["telecom", 7],
      ["press", 6],
    ]);
  });
});

describe("validateFieldSelection", () => {
  it("accepts known fields", () => {
    expect(validateFieldSelection(kh, ["postal", "thrift"])).toEqual([]);
  });

  it("names each unknown field once, in both languages, with the valid ones", () => {
    const msgs = validateFieldSelection(ct, ["postal", "press", "press"]);
    expect(msgs).toHaveLength(1);
    expect(msgs[0]!.vi).toMatch(
      /^Lĩnh vực "press" không có trong kế hoạch ct-67-2020\. Các lĩnh vực hợp lệ: postal, telecom,/,
    );
    expect(msgs[0]!.en).toMatch(
      /^Field "press" is not in plan ct-67-2020\. Valid fields: .*press-publishing\.$/,
    );
  });

  it("says that an empty selection selects nothing", () => {
    expect(validateFieldSelection(kh, [])).toEqual([
      {
        vi: "Chưa chọn lĩnh vực nào: hãy chọn ít nhất một lĩnh vực.",
        en: "No field is selected: choose at least one field.",
      },
    ]);
  });
});
