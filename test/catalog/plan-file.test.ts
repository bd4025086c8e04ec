// A ministry loading its own plan file: every mistake comes back as "where: what", never a throw.
import { getPlan, listPlans, parsePlanFile } from "../../src/catalog";
import type { Plan, Text } from "../../src/domain/plan";

const bundled = getPlan("kh-1097-2023")!;
/** A deep copy to break, as a ministry's edited file would be. */
const copy = (): Plan => JSON.parse(JSON.stringify(bundled)) as Plan;

/** The English lines; every one has a Vietnamese twin (checked below). */
function errorsOf(input: unknown): string[] {
  return bilingualErrorsOf(input).map((e) => e.en);
}
function bilingualErrorsOf(input: unknown): Text[] {
  const r = parsePlanFile(input);
  if (r.ok) throw new Error("expected the plan file to be rejected");
  for (const e of r.errors) {
    expect(e.vi.trim()).not.toBe("");
    expect(e.vi).not.toBe(e.en);
  }
  return r.errors;
}

describe("parsePlanFile", () => {
  it("accepts a bundled plan round-tripped through JSON text", () => {
    const r = parsePlanFile(JSON.stringify(bundled));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.plan).toEqual(bundled);
  });

  it("says when the file is not JSON, or not one object", () => {
    expect(errorsOf("{ id: kh")).toEqual([expect.stringMatching(/^\(file\): not valid JSON/)]);
    expect(errorsOf([bundled])).toEqual(["(file): a plan file holds one JSON object"]);
    expect(errorsOf(null)).toEqual(["(file): a plan file holds one JSON object"]);
  });

  it("names a missing member as missing, with its path", () => {
    const { version: _dropped, ...noVersion } = copy();
    expect(bilingualErrorsOf(noVersion)).toEqual([
      { vi: "version: thiếu (cần string)", en: "version: missing (expected string)" },
    ]);
  });

  it("names the indicator by position and id when one of its members is wrong", () => {
    const p = copy() as unknown as { indicators: Record<string, unknown>[] };
    p.indicators[2]!.target = { kind: "atLeast", value: "100%" };
    p.indicators[3]!.appliesTo = ["Ministry"];
    const errors = bilingualErrorsOf(p);
    expect(errors).toContainEqual({
      en: "indicators[2] (postal.staffed-points-online).target.value: Invalid input: expected number, received string",
      vi: "indicators[2] (postal.staffed-points-online).target.value: Đầu vào không hợp lệ: mong đợi số, nhận được string",
    });
    expect(errors.map((e) => e.en)).toContain(
      "indicators[3] (postal.households-digital-address).appliesTo[0]: lowercase words joined by -",
    );
    expect(errors).toHaveLength(2);
  });

  it("reports every problem at once: duplicate id, unknown field, reversed range", () => {
    const p = copy();
    p.indicators[1] = { ...p.indicators[1]!, id: p.indicators[0]!.id };
    p.indicators[3] = { ...p.indicators[3]!, field: "postage" };
    p.indicators[4] = { ...p.indicators[4]!, target: { kind: "range", low: 1, high: 0.5 } };
    const errors = errorsOf(p);
    expect(errors).toEqual([
      "indicators[1] (postal.service-points).id: duplicate indicator id postal.service-points",
      "indicators[3] (postal.households-digital-address).field: unknown field postage",
      "indicators[4] (postal.digital-address-platform).target: range low exceeds high",
    ]);
  });

  it("catches a percent target typed as a whole number (80 for 80%)", () => {
    const p = copy();
    const i = p.indicators.findIndex((x) => x.id === "des.adults-smartphone");
    p.indicators[i] = { ...p.indicators[i]!, target: { kind: "atLeast", value: 80 } };
    expect(errorsOf(p)).toEqual([
      `indicators[${i}] (des.adults-smartphone).target: 80 is not a share; percent targets are fractions (80% is 0.8, 100% is 1)`,
    ]);
  });

  it("catches a fractional count, a target outside its own plausible bounds and an impossible date", () => {
    const p = copy();
    p.indicators[0] = { ...p.indicators[0]!, target: { kind: "atLeast", value: 27000.5 } };
    p.indicators[9] = { ...p.indicators[9]!, plausible: { max: 10 } };
    p.date = "2023-02-30";
    expect(errorsOf(p)).toEqual([
      "date 2023-02-30: no such calendar day",
      "indicators[0] (postal.service-points).target: 27000.5 must be a whole number",
      "indicators[9] (postal.items-per-capita).plausible: the target 50 itself lies outside the plausible bounds",
    ]);
  });

  it("rejects a milestone dated on a day that does not exist", () => {
    const p = JSON.parse(JSON.stringify(getPlan("ct-67-2020"))) as Plan;
    p.indicators[0] = {
      ...p.indicators[0]!,
      valueType: "date",
      target: { kind: "milestone", by: "2020-11-31" },
    };
    expect(errorsOf(p)).toEqual([
      `indicators[0] (${p.indicators[0]!.id}).target.by: 2020-11-31 is no calendar day`,
    ]);
  });
});

describe("plan schema version 2: unit types are the plan's data", () => {
  it("names a unit type the plan does not declare, listing the ones it does, in both languages", () => {
    const p = copy();
    p.indicators[0] = { ...p.indicators[0]!, appliesTo: ["postal-enterprise", "so-khcn"] };
    const [e] = bilingualErrorsOf(p);
    expect(e!.en).toBe(
      'indicators[0] (postal.service-points).appliesTo[1]: unknown unit type "so-khcn"; the plan declares: ministry-agency, provincial-department, postal-enterprise, telecom-enterprise, digital-enterprise, press-agency, broadcaster, publisher',
    );
    expect(e!.vi).toMatch(
      /^indicators\[0\] \(postal\.service-points\)\.appliesTo\[1\]: loại đơn vị "so-khcn" không được khai báo/,
    );
  });

  it("accepts a new unit type once the plan declares it", () => {
    const p = copy();
    p.unitTypes = [
      ...p.unitTypes,
      {
        id: "so-khcn",
        name: { vi: "Sở Khoa học và Công nghệ", en: "Department of Science and Technology" },
        codes: [{ kind: "electronic-id" }],
      },
    ];
    p.indicators[0] = { ...p.indicators[0]!, appliesTo: ["postal-enterprise", "so-khcn"] };
    expect(parsePlanFile(p).ok).toBe(true);
  });

  it("refuses duplicate unit type, cluster and indicator ids", () => {
    const p = copy();
    p.unitTypes = [
      {
        ...p.unitTypes[0]!,
        clusters: [
          { id: "north", name: { vi: "Cụm miền Bắc", en: "Northern cluster" } },
          { id: "north", name: { vi: "Cụm miền Bắc 2", en: "Northern cluster 2" } },
        ],
      },
      ...p.unitTypes.slice(1),
      p.unitTypes[1]!,
    ];
    p.indicators[1] = { ...p.indicators[1]!, id: p.indicators[0]!.id };
    expect(errorsOf(p)).toEqual([
      "unitTypes[0] (ministry-agency).clusters[1] (north).id: duplicate cluster id north",
      "unitTypes[8] (provincial-department).id: duplicate unit type id provincial-department",
      "indicators[1] (postal.service-points).id: duplicate indicator id postal.service-points",
    ]);
  });

  it("refuses a code pattern that does not match whole codes, could run for ever, or misses its own example", () => {
    const p = copy();
    const pattern = (regex: string, example = "1234567") => ({
      kind: "pattern" as const,
      regex,
      example,
      name: { vi: "mã riêng", en: "own code" },
    });
    p.unitTypes = p.unitTypes.map((u, i) =>
      i === 0
        ? {
            ...u,
            codes: [
              pattern("\\d{7}"),
              pattern("^(\\d+)+$"),
              pattern("^(a|b)*$", "ab"),
              pattern("^(\\d)\\1$", "11"),
              pattern("^\\d{6}$"),
              pattern("^[$"),
            ],
          }
        : u,
    );
    const errors = bilingualErrorsOf(p);
    expect(errors.map((e) => e.en)).toEqual([
      "unitTypes[0] (ministry-agency).codes[0].regex: the pattern must match the whole code: start with ^ and end with $",
      "unitTypes[0] (ministry-agency).codes[1].regex: a group repeated without bound contains a repetition or an alternation (such as (\\d+)+ or (a|b)*), which can run for ever",
      "unitTypes[0] (ministry-agency).codes[2].regex: a group repeated without bound contains a repetition or an alternation (such as (\\d+)+ or (a|b)*), which can run for ever",
      "unitTypes[0] (ministry-agency).codes[3].regex: no backreferences (\\1, \\k<...>)",
      'unitTypes[0] (ministry-agency).codes[4].example: the example "1234567" does not fit the pattern ^\\d{6}$',
      expect.stringMatching(
        /^unitTypes\[0\] \(ministry-agency\)\.codes\[5\]\.regex: not a valid regular expression/,
      ),
    ]);
    expect(errors[0]!.vi).toMatch(/mẫu phải khớp cả mã/);
  });

  it("keeps the data rules: N/A only for types it applies to, sums only of national counts, growth only on rates, short entry notes", () => {
    const p = copy();
    const at = (id: string) => p.indicators.findIndex((i) => i.id === id);
    const tel = at("telecom.household-fixed-broadband");
    p.indicators[tel] = {
      ...p.indicators[tel]!,
      naAllowed: [{ unitTypes: ["publisher"], reason: { vi: "lý do", en: "reason" } }],
      aggregate: { kind: "sum", unitTypes: ["provincial-department"] },
      growth: {
        change: "points",
        base: { kind: "previous-period" },
        level: { valueType: "number", text: { vi: "mức", en: "level" }, unit: { vi: "đơn vị", en: "unit" } },
      },
      entryNote: { vi: "x".repeat(256), en: "short" },
    };
    expect(errorsOf(p)).toEqual([
      "indicators[13] (telecom.household-fixed-broadband).entryNote.vi: at most 255 characters (a cell input message)",
      'indicators[13] (telecom.household-fixed-broadband).naAllowed[0].unitTypes[0]: unit type publisher may answer "not applicable" but the indicator does not apply to it',
      "indicators[13] (telecom.household-fixed-broadband).aggregate: only a national indicator is summed from contributions",
      "indicators[13] (telecom.household-fixed-broadband).aggregate: a percent cannot be summed; only counts and amounts (integer, number) can",
      "indicators[13] (telecom.household-fixed-broadband).growth: a growth computed from two levels goes with valueType rate",
      "indicators[13] (telecom.household-fixed-broadband).growth.level.valueType: an increase in percentage points is between two shares (level valueType percent)",
    ]);
  });

  it("says when a file follows a newer plan schema than this program reads", () => {
    expect(bilingualErrorsOf({ ...copy(), schemaVersion: 3 })).toEqual([
      {
        vi: "schemaVersion: tệp theo lược đồ kế hoạch phiên bản 3; chương trình này đọc phiên bản 1 và 2",
        en: "schemaVersion: the file follows plan schema version 3; this program reads versions 1 and 2",
      },
    ]);
  });
});

describe("plan schema version 1 files are still read", () => {
  /** A plan file as version 1 wrote it: no schemaVersion, receiver or unit types; nationalIndex. */
  const v1 = () => {
    const { schemaVersion: _s, receiver: _r, unitTypes: _u, ...rest } = copy();
    return {
      ...rest,
      indicators: rest.indicators.map(
        ({ scope, aggregate: _a, naAllowed: _n, growth: _g, entryNote: _e, replaces: _x, ...i }) =>
          scope === "national" ? { ...i, nationalIndex: true } : i,
      ),
    };
  };

  it("migrates to version 2 with the eight historical unit types, the issuer as receiver and scope from nationalIndex", () => {
    const r = parsePlanFile(JSON.stringify(v1()));
    if (!r.ok) throw new Error(r.errors.map((e) => e.en).join("\n"));
    expect(r.plan.schemaVersion).toBe(2);
    expect(r.plan.unitTypes.map((u) => u.id)).toEqual(bundled.unitTypes.map((u) => u.id));
    expect(r.plan.unitTypes.find((u) => u.id === "provincial-department")?.name.vi).toBe(
      "Sở Thông tin và Truyền thông",
    );
    expect(r.plan.receiver).toEqual(bundled.issuer);
    expect(r.plan.indicators.map((i) => i.scope)).toEqual(bundled.indicators.map((i) => i.scope));
    expect(r.plan.indicators.some((i) => "nationalIndex" in i)).toBe(false);
  });

  it("still names a version 1 file's own mistakes, at the same paths", () => {
    const p = v1();
    p.indicators[0] = { ...p.indicators[0]!, appliesTo: ["postal"] };
    expect(errorsOf(p)).toEqual([
      'indicators[0] (postal.service-points).appliesTo[0]: unknown unit type "postal"; the plan declares: ministry-agency, provincial-department, postal-enterprise, telecom-enterprise, digital-enterprise, press-agency, broadcaster, publisher',
    ]);
  });
});

describe("plan lookup", () => {
  it("finds bundled plans by id and nothing else", () => {
    expect(getPlan("ct-67-2020")?.documentNumber).toBe("67/CT-BTTTT");
    expect(getPlan("kh-1097")).toBeUndefined();
  });

  it("lists the newest plan first with what a picker shows", () => {
    expect(listPlans()).toEqual([
      expect.objectContaining({ id: "kh-1097-2023", documentNumber: "1097/KH-BTTTT", date: "2023-04-04" }),
      expect.objectContaining({ id: "ct-67-2020", documentNumber: "67/CT-BTTTT", date: "2019-12-27" }),
    ]);
  });
});
