// A ministry loading its own plan file: every mistake comes back as "where: what", never a throw.
import { getPlan, listPlans, parsePlanFile } from "../../src/catalog";
import type { Plan } from "../../src/domain/plan";

const bundled = getPlan("kh-1097-2023")!;
/** A deep copy to break, as a ministry's edited file would be. */
const copy = (): Plan => JSON.parse(JSON.stringify(bundled)) as Plan;

function errorsOf(input: unknown): string[] {
  const r = parsePlanFile(input);
  if (r.ok) throw new Error("expected the plan file to be rejected");
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
    expect(errorsOf(noVersion)).toEqual(["version: missing (expected string)"]);
  });

  it("names the indicator by position and id when one of its members is wrong", () => {
    const p = copy() as unknown as { indicators: Record<string, unknown>[] };
    p.indicators[2]!.target = { kind: "atLeast", value: "100%" };
    p.indicators[5]!.appliesTo = ["ministry"];
    const errors = errorsOf(p);
    expect(errors).toContain(
      "indicators[2] (postal.staffed-points-online).target.value: Invalid input: expected number, received string",
    );
    expect(errors.some((e) => e.startsWith("indicators[5] (postal.ecommerce-platforms).appliesTo[0]:"))).toBe(
      true,
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
    const i = p.indicators.findIndex((x) => x.target.kind === "milestone");
    p.indicators[i] = { ...p.indicators[i]!, target: { kind: "milestone", by: "2020-11-31" } };
    expect(errorsOf(p)).toEqual([
      `indicators[${i}] (${p.indicators[i]!.id}).target.by: 2020-11-31 is no calendar day`,
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
