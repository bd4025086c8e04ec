// The ministry's targets file as people save it from Excel and LibreOffice, read against a plan:
// each unit's target comes back of the plan target's kind, and every bad row is named with its
// line in both languages (issue #11 items 3a and 5).
import fc from "fast-check";
import { getPlan } from "../../src/catalog/index";
import { formatNumber, formatPercent } from "../../src/domain/format";
import type { Plan } from "../../src/domain/plan";
import { readTargetsFile, targetsOfUnit, type TargetsFile } from "../../src/targets/read";

const PLAN: Plan = getPlan("kh-1097-2023")!;
const PROVINCE = "000.00.00.H26";
const ENTERPRISE = "0100109106";

const codes = (f: TargetsFile) => f.problems.map((p) => p.code);
const errors = (f: TargetsFile) => f.problems.filter((p) => p.severity === "error");

describe("a targets file as Excel and LibreOffice save it", () => {
  test("UTF-8 with a BOM, semicolons and CRLF, Vietnamese headers and vi-VN numbers", () => {
    const text =
      "\uFEFFMã đơn vị;Tên đơn vị;Mã chỉ tiêu;Chỉ tiêu đơn vị;Cận dưới;Cận trên\r\n" +
      `${PROVINCE};Sở A;postal.service-points;900;;\r\n` +
      `${PROVINCE};Sở A;telecom.household-fixed-broadband;85%;;\r\n` +
      `${PROVINCE};Sở A;infosec.systems-protected-by-level;;0,75;0,9\r\n`;
    const f = readTargetsFile(new TextEncoder().encode(text), { plan: PLAN });
    expect(f.problems).toEqual([]);
    expect(f.separator).toBe(";");
    const mine = targetsOfUnit(f, PROVINCE);
    expect(mine.get("postal.service-points")?.target).toEqual({ kind: "atLeast", value: 900 });
    expect(mine.get("telecom.household-fixed-broadband")?.target).toEqual({ kind: "atLeast", value: 0.85 });
    expect(mine.get("infosec.systems-protected-by-level")?.target).toEqual({
      kind: "range",
      low: 0.75,
      high: 0.9,
    });
    expect(mine.get("postal.service-points")?.line).toBe(2);
  });

  test("Windows-1258 with its combining tone marks, and an STT column", () => {
    // "Mã đơn vị", "Mã chỉ tiêu", "Chỉ tiêu đơn vị" as Excel's CSV on a Vietnamese Windows writes them.
    const CP1258: Record<string, number> = {
      "\u0303": 0xde,
      "\u0323": 0xf2,
      "\u0309": 0xd2,
      đ: 0xf0,
      ơ: 0xf5,
      ê: 0xea,
    };
    const encode = (t: string) => Uint8Array.from([...t].map((c) => CP1258[c] ?? c.charCodeAt(0)));
    const header = "STT,Ma\u0303 đơn vi\u0323,Ma\u0303 chi\u0309 tiêu,Chi\u0309 tiêu đơn vi\u0323\r\n";
    const f = readTargetsFile(encode(header + `1,${PROVINCE},postal.service-points,27.000\r\n`), {
      plan: PLAN,
    });
    expect(f.encoding).toBe("windows-1258");
    expect(errors(f)).toEqual([]);
    expect(targetsOfUnit(f, PROVINCE).get("postal.service-points")?.target).toEqual({
      kind: "atLeast",
      value: 27000,
    });
  });

  test("English headers, a sep= line, a unit code with a zero-width space and a quoted 1.250", () => {
    const text = `sep=,\nUnit code,Indicator,Target\n${ENTERPRISE}\u200B,postal.service-points,"1.250"\n`;
    const f = readTargetsFile(text, { plan: PLAN });
    expect(errors(f)).toEqual([]);
    expect(targetsOfUnit(f, ENTERPRISE).get("postal.service-points")?.target.kind).toBe("atLeast");
    expect(f.targets[0]!.line).toBe(3);
  });

  test("without a header the columns are code, indicator, target, low, high", () => {
    const f = readTargetsFile(`${PROVINCE},telecom.idi-rank,,1,40\n`, {
      plan: {
        ...PLAN,
        indicators: PLAN.indicators.map((i) => ({
          ...i,
          appliesTo: [...i.appliesTo, "provincial-department"],
        })),
      },
    });
    expect(errors(f)).toEqual([]);
    expect(f.targets[0]!.target).toEqual({ kind: "rank", best: 1, worst: 40 });
  });
});

describe("every bad row is named, in both languages, and the good rows still read", () => {
  const read = (body: string, ctx = {}) =>
    readTargetsFile(`Mã đơn vị,Mã chỉ tiêu,Chỉ tiêu đơn vị,Cận dưới,Cận trên\n${body}`, {
      plan: PLAN,
      ...ctx,
    });

  test("an unknown indicator, a bad code, a duplicate row", () => {
    const f = read(
      [
        `${PROVINCE},postal.no-such-thing,1,,`,
        `H26,postal.service-points,900,,`,
        `${PROVINCE},postal.service-points,900,,`,
        `${PROVINCE},postal.service-points,950,,`,
      ].join("\n"),
    );
    expect(codes(f)).toEqual(["targets.unknown-indicator", "targets.invalid-code", "targets.duplicate"]);
    expect(f.problems.map((p) => p.line)).toEqual([2, 3, 5]);
    expect(f.problems[2]!.text.vi).toContain("đã có ở dòng 4");
    expect(f.problems[2]!.text.en).toContain("already on line 4");
    expect(f.problems[0]!.text.vi).toMatch(
      /^Dòng 2: kế hoạch 1097\/KH-BTTTT không có chỉ tiêu "postal.no-such-thing"/,
    );
    expect(f.targets).toHaveLength(1);
  });

  test("a target of the wrong type: words, 80 for 80%, a fraction of a count, a negative count", () => {
    const f = read(
      [
        `000.00.00.H01,postal.service-points,nhiều,,`,
        `000.00.00.H02,telecom.household-fixed-broadband,85,,`,
        `000.00.00.H03,postal.service-points,"12,5",,`,
        `000.00.00.H04,postal.communes-with-staffed-point,-1%,,`,
      ].join("\n"),
    );
    expect(codes(f)).toEqual([
      "targets.wrong-type",
      "targets.percent-slip",
      "targets.out-of-bounds",
      "targets.out-of-bounds",
    ]);
    expect(f.problems[1]!.text.vi).toContain("viết 85%");
  });

  test("a range needs both edges; a one-level target takes no edges; a done task takes no number", () => {
    const f = read(
      [
        `000.00.00.H01,infosec.systems-protected-by-level,75%,,`,
        `000.00.00.H02,infosec.systems-protected-by-level,,90%,70%`,
        `000.00.00.H03,postal.service-points,900,800,`,
        `000.00.00.H04,${PLAN.indicators.find((i) => i.target.kind === "done" && i.appliesTo.includes("provincial-department"))!.id},1,,`,
      ].join("\n"),
    );
    expect(codes(f)).toEqual([
      "targets.missing-cell",
      "targets.range-order",
      "targets.edges-unexpected",
      "targets.no-number",
    ]);
  });

  test("with the roster: a unit it does not list, and an indicator that does not apply to the unit's type", () => {
    const roster = new Map([[PROVINCE, "provincial-department"]]);
    const publisherOnly = PLAN.indicators.find(
      (i) => !i.appliesTo.includes("provincial-department") && i.target.kind === "atLeast",
    )!;
    const f = read(
      [`000.00.00.H01,postal.service-points,900,,`, `${PROVINCE},${publisherOnly.id},1,,`].join("\n"),
      {
        unitTypeOf: (c: string) => roster.get(c),
      },
    );
    expect(codes(f)).toEqual(["targets.unknown-unit", "targets.not-applicable"]);
  });

  test("a quote that is never closed is one error with its line, not a swallowed file", () => {
    const f = read(`${PROVINCE},postal.service-points,900,,\n"${PROVINCE},postal.staffed-points,5,,\n`);
    expect(codes(f)).toEqual(["targets.file"]);
    expect(f.problems[0]!.line).toBe(3);
    expect(f.problems[0]!.text.vi).toContain("Dòng 3");
  });

  test("a header without a code or indicator column is refused as a whole, naming the columns", () => {
    const f = readTargetsFile("Tên đơn vị,Chỉ tiêu đơn vị\nSở A,900\n", { plan: PLAN });
    expect(codes(f)).toEqual(["targets.no-code-column"]);
    expect(f.problems[0]!.text.en).toContain('"Unit code"');
  });

  test("an extra column is a warning, never a silent guess", () => {
    const f = readTargetsFile(
      `Mã đơn vị,Mã chỉ tiêu,Chỉ tiêu đơn vị,Ghi chú\n${PROVINCE},postal.service-points,900,x\n`,
      {
        plan: PLAN,
      },
    );
    expect(f.problems.map((p) => [p.code, p.severity])).toEqual([["targets.unknown-column", "warning"]]);
    expect(f.targets).toHaveLength(1);
  });
});

describe("property: what the ministry writes in vi-VN style reads back as the same targets", () => {
  const oneLevel = PLAN.indicators.filter(
    (i) =>
      (i.target.kind === "atLeast" || i.target.kind === "atMost" || i.target.kind === "moreThan") &&
      (i.valueType === "integer" || i.valueType === "percent") &&
      i.appliesTo.includes("provincial-department"),
  );

  test("any separator, BOM, line ending and set of rows", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            unit: fc.integer({ min: 1, max: 99 }),
            ind: fc.constantFrom(...oneLevel),
            n: fc.integer({ min: 0, max: 10_000_000 }),
          }),
          { selector: (r) => `${r.unit}/${r.ind.id}`, maxLength: 30 },
        ),
        fc.constantFrom(",", ";", "\t"),
        fc.boolean(),
        fc.constantFrom("\n", "\r\n"),
        (rows, sep, bom, eol) => {
          const code = (u: number) => `000.00.00.H${String(u).padStart(2, "0")}`;
          const value = (ind: (typeof oneLevel)[number], n: number) =>
            ind.valueType === "percent" ? (n % 101) / 100 : n;
          const cell = (ind: (typeof oneLevel)[number], n: number) => {
            const v = value(ind, n);
            const t = ind.valueType === "percent" ? formatPercent(v, "vi") : formatNumber(v, "vi");
            return t.includes(sep) || t.includes('"') ? `"${t}"` : t;
          };
          const text =
            (bom ? "\uFEFF" : "") +
            ["Mã đơn vị", "Mã chỉ tiêu", "Chỉ tiêu đơn vị"].join(sep) +
            eol +
            rows.map((r) => [code(r.unit), r.ind.id, cell(r.ind, r.n)].join(sep)).join(eol) +
            eol;
          const f = readTargetsFile(new TextEncoder().encode(text), { plan: PLAN });
          expect(errors(f)).toEqual([]);
          expect(f.targets.map((t) => [t.unitCode, t.indicatorId, t.target])).toEqual(
            rows.map((r) => [code(r.unit), r.ind.id, { kind: r.ind.target.kind, value: value(r.ind, r.n) }]),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
