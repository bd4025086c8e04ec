// Unit codes as accountants type them: the right shape passes, anything else says what was expected.
// The shapes come from the plan's unit types (schema v2), never from a list in the code.
import { getPlan } from "../../src/catalog";
import { PlanSchema, type Plan, type UnitType } from "../../src/domain/plan";
import { unitTypeName } from "../../src/domain/unit";
import { expectedUnitCode, unitCodeProblem } from "../../src/domain/unit-code";

const kh = getPlan("kh-1097-2023")!;
const checkUnitCode = (code: string, u: UnitType) => unitCodeProblem(kh, u, code);

describe("unit type names", () => {
  it("names every unit type of a bundled plan in both languages, distinctly, with the historical names", () => {
    const vi = kh.unitTypes.map((u) => u.name.vi);
    const en = kh.unitTypes.map((u) => u.name.en);
    expect(new Set(vi).size).toBe(kh.unitTypes.length);
    expect(new Set(en).size).toBe(kh.unitTypes.length);
    expect(unitTypeName(kh, "provincial-department").vi).toBe("Sở Thông tin và Truyền thông");
    expect(unitTypeName(kh, "no-such-type")).toEqual({ vi: "no-such-type", en: "no-such-type" });
  });
});

describe("unitCodeProblem", () => {
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
    [
      "0".repeat(80),
      "telecom-enterprise",
      /^Mã "0{20}…" không đúng dạng/,
      /^The code "0{20}…" has the wrong shape/,
    ],
  ];
  it.each(bad)("rejects %j for a %s and says what was expected", (code, u, vi, en) => {
    const msg = checkUnitCode(code, u);
    expect(msg).not.toBeNull();
    expect(msg!.vi).toMatch(vi);
    expect(msg!.en).toMatch(en);
  });
});

describe("unitCodeProblem on a plan's own unit types", () => {
  const plan: Plan = PlanSchema.parse({
    ...kh,
    unitTypes: [
      ...kh.unitTypes,
      {
        id: "to-chuc-khcn",
        name: { vi: "Tổ chức khoa học và công nghệ", en: "Science and technology organisation" },
        codes: [
          { kind: "electronic-id" },
          {
            kind: "pattern",
            regex: "^\\d{7}$",
            example: "1012345",
            name: { vi: "mã đơn vị có quan hệ với ngân sách", en: "budget-relationship code" },
          },
        ],
      },
    ],
  });

  it("accepts a code of any of the type's rules and names them all when none fits", () => {
    expect(unitCodeProblem(plan, "to-chuc-khcn", "1012345")).toBeNull();
    expect(unitCodeProblem(plan, "to-chuc-khcn", "000.00.00.H26")).toBeNull();
    const bad = unitCodeProblem(plan, "to-chuc-khcn", "12345")!;
    expect(bad.vi).toBe(
      'Mã "12345" không đúng dạng. Tổ chức khoa học và công nghệ cần mã định danh điện tử theo QCVN 102:2016/BTTTT, dạng 000.00.00.H26 hoặc mã đơn vị có quan hệ với ngân sách, ví dụ 1012345.',
    );
    expect(bad.en).toMatch(
      /needs an electronic identifier .* or budget-relationship code, e\.g\. 1012345\.$/,
    );
    expect(expectedUnitCode(plan, "to-chuc-khcn")?.en).toMatch(/budget-relationship code/);
  });

  it("says which unit types the plan has when the type is not one of them", () => {
    const msg = unitCodeProblem(kh, "so-khcn", "000.00.00.H26")!;
    expect(msg.vi).toMatch(
      /^Loại đơn vị "so-khcn" không có trong kế hoạch kh-1097-2023\. Chọn một trong: ministry-agency, /,
    );
    expect(msg.en).toMatch(
      /^Unit type "so-khcn" is not in plan kh-1097-2023\. Choose one of: ministry-agency, /,
    );
  });
});
