// Unit codes as accountants type them: the right shape passes, anything else says what was expected.
import { checkUnitCode, UNIT_TYPE_LABELS } from "../../src/domain/unit";
import { UNIT_TYPES, type UnitType } from "../../src/domain/plan";

describe("unit type labels", () => {
  it("names every unit type in both languages, distinctly", () => {
    expect(Object.keys(UNIT_TYPE_LABELS).sort()).toEqual([...UNIT_TYPES].sort());
    const vi = UNIT_TYPES.map((u) => UNIT_TYPE_LABELS[u].vi);
    const en = UNIT_TYPES.map((u) => UNIT_TYPE_LABELS[u].en);
    expect(new Set(vi).size).toBe(UNIT_TYPES.length);
    expect(new Set(en).size).toBe(UNIT_TYPES.length);
    expect(UNIT_TYPE_LABELS["provincial-department"].vi).toBe("Sở Thông tin và Truyền thông");
  });
});

describe("checkUnitCode", () => {
  const good: [string, UnitType][] = [
    ["000.00.00.H26", "provincial-department"],
    ["000.00.18.G12", "ministry-agency"],
    [" 000.00.04.G14 ", "ministry-agency"],
    ["0100109106", "telecom-enterprise"],
    ["0100109106-001", "postal-enterprise"],
    ["0100109106001", "digital-enterprise"],
    ["000.00.00.G12", "press-agency"],
    ["0101234567", "publisher"],
    ["000.01.26.H26", "broadcaster"],
  ];
  it.each(good)("accepts %s for a %s", (code, u) => {
    expect(checkUnitCode(code, u)).toBeNull();
  });

  const bad: [string, UnitType, RegExp, RegExp][] = [
    [
      "",
      "ministry-agency",
      /^Chưa nhập mã đơn vị\. Cơ quan, đơn vị thuộc Bộ cần mã định danh điện tử/,
      /^The unit code is missing\./,
    ],
    [
      "0100109106",
      "ministry-agency",
      /cần mã định danh điện tử theo QCVN 102:2016\/BTTTT, dạng 000\.00\.00\.H26\.$/,
      /shaped like 000\.00\.00\.H26\.$/,
    ],
    [
      "000.00.00.h26",
      "provincial-department",
      /Có phải là "000\.00\.00\.H26"\?$/,
      /Did you mean "000\.00\.00\.H26"\?$/,
    ],
    [
      "00.00.00.H26",
      "provincial-department",
      /^Mã "00\.00\.00\.H26" không đúng dạng\./,
      /^The code "00\.00\.00\.H26" has the wrong shape\./,
    ],
    ["000.0O.00.H26", "provincial-department", /không đúng dạng/, /wrong shape/],
    ["000.00.00.26", "ministry-agency", /không đúng dạng/, /wrong shape/],
    [
      "000.00.00.H26",
      "telecom-enterprise",
      /cần mã số doanh nghiệp gồm 10 chữ số \(0100109106\) hoặc 13 chữ số \(0100109106-001\)\.$/,
      /enterprise code of 10 digits/,
    ],
    ["010010910", "postal-enterprise", /không đúng dạng/, /wrong shape/],
    ["0100 109 106", "digital-enterprise", /Có phải là "0100109106"\?$/, /Did you mean "0100109106"\?$/],
    ["0100109106-01", "postal-enterprise", /không đúng dạng/, /wrong shape/],
    ["ABC", "publisher", /hoặc mã số doanh nghiệp/, /or an enterprise code/],
  ];
  it.each(bad)("rejects %j for a %s and says what was expected", (code, u, vi, en) => {
    const msg = checkUnitCode(code, u);
    expect(msg).not.toBeNull();
    expect(msg!.vi).toMatch(vi);
    expect(msg!.en).toMatch(en);
  });
});
