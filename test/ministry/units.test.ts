// The pure parts of the ministry's side: the roster, the consolidation rules, the lean reader
// against ExcelJS, the lean writer against ExcelJS.
import fc from "fast-check";
import ExcelJS from "exceljs";
import { parseRoster } from "../../src/cli/ministry/roster";
import { consolidate, differences } from "../../src/cli/ministry/consolidate-model";
import type { EntryReport, FileReport } from "../../src/cli/ministry/file-report";
import { GuardedPackage } from "../../src/ooxml/package";
import { LeanWorkbook } from "../../src/ooxml/lean-reader";
import { XlsxWriter } from "../../src/ooxml/lean-writer";
import { safeText } from "../../src/cli/ministry/text";
import { progress } from "../../src/cli/ministry/progress";
import { a1 } from "../../src/workbook/a1";
import { buildSync } from "esbuild";
import type { CellValue } from "../../src/domain/entry";

describe("roster CSV", () => {
  test("Vietnamese headers, semicolons, quotes, BOM and duplicates", () => {
    const csv =
      '\uFEFFMã đơn vị;Tên đơn vị;Loại\r\n000.00.00.H26;"Sở KH&CN ""Hà Nội""";provincial-department\r\n000.00.00.H26;dup;x\r\n\r\n0100109106;"Tổng công ty; Bưu điện";postal-enterprise\r\n';
    expect(parseRoster(csv)).toEqual([
      { code: "000.00.00.H26", name: 'Sở KH&CN "Hà Nội"', unitType: "provincial-department" },
      { code: "0100109106", name: "Tổng công ty; Bưu điện", unitType: "postal-enterprise" },
    ]);
  });

  test("no header: code then name", () => {
    expect(parseRoster("A1,Unit A\nB2,Unit B")).toEqual([
      { code: "A1", name: "Unit A", unitType: "" },
      { code: "B2", name: "Unit B", unitType: "" },
    ]);
  });

  test("any names written as RFC 4180 CSV come back", () => {
    const field = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== "");
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(field, field), { selector: (t) => t[0], minLength: 1, maxLength: 10 }),
        (rows) => {
          const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
          const csv = ["code,name", ...rows.map(([c, n]) => `${q(c)},${q(n)}`)].join("\n");
          expect(parseRoster(csv).map((r) => [r.code, r.name])).toEqual(rows);
        },
      ),
    );
  });
});

function report(
  file: string,
  code: string,
  createdAt: string,
  percent: number | null,
  values: [string, CellValue][],
): FileReport {
  const entries: EntryReport[] = values.map(([indicatorId, value]) => ({
    indicatorId,
    value,
    status: "met",
    storedStatus: "met",
    completion: 1,
    explanation: "",
    evidence: "",
    review: { decision: null, comment: "" },
    issues: [],
  }));
  return {
    file,
    rejected: null,
    kind: "submission",
    unit: { name: code, code, unitType: "provincial-department", year: 2023 },
    plan: { id: "p", version: "1.0.0", bundledVersion: "1.0.0" },
    hash: { stored: "h", computed: "h", verified: true },
    createdAt,
    receivedAt: null,
    language: "vi",
    fileIssues: [],
    entries,
    score: percent === null ? null : { points: percent, maxPoints: 100, percent, band: null },
    errors: 0,
    warnings: 0,
    ms: 1,
  };
}

describe("consolidation rules", () => {
  test("the newest file of a unit wins whatever the input order, each older one listed with its changes", () => {
    const first = report("b1.xlsx", "B", "2023-12-01T00:00:00Z", 50, [["x", 1]]);
    const second = report("b2.xlsx", "B", "2023-12-05T00:00:00Z", 60, [["x", 2]]);
    const third = report("b3.xlsx", "B", "2023-12-09T00:00:00Z", 70, [["x", 2]]);
    const c = consolidate([third, first, second], null);
    expect(c.units.map((u) => u.report.file)).toEqual(["b3.xlsx"]);
    expect(c.inputs.map((i) => i.supersededBy)).toEqual([null, "b3.xlsx", "b3.xlsx"]);
    expect(c.resubmissions.map((r) => [r.file, r.supersedes, r.changes.length])).toEqual([
      ["b3.xlsx", "b2.xlsx", 0],
      ["b2.xlsx", "b1.xlsx", 1],
    ]);
  });

  test("ranks: ties share a rank, the next rank skips; invalid units are not ranked", () => {
    const tampered = report("d.xlsx", "D", "2023-12-01T00:00:00Z", 99, []);
    tampered.hash = { stored: "h", computed: "h", verified: false };
    const c = consolidate(
      [
        report("a.xlsx", "A", "2023-12-01T00:00:00Z", 80, []),
        report("b.xlsx", "B", "2023-12-01T00:00:00Z", 90, []),
        report("c.xlsx", "C", "2023-12-01T00:00:00Z", 80, []),
        tampered,
      ],
      null,
    );
    expect(c.units.map((u) => [u.report.unit!.code, u.rank, u.valid])).toEqual([
      ["A", 2, true],
      ["B", 1, true],
      ["C", 2, true],
      ["D", null, false],
    ]);
  });

  test("roster: units that sent nothing, and reporting units the roster lacks", () => {
    const c = consolidate(
      [report("a.xlsx", "A", "2023-12-01T00:00:00Z", 1, [])],
      [
        { code: "A", name: "", unitType: "" },
        { code: "Z", name: "Zeta", unitType: "" },
      ],
    );
    expect(c.missing.map((m) => m.code)).toEqual(["Z"]);
    expect(
      consolidate([report("q.xlsx", "Q", "", 1, [])], [{ code: "A", name: "", unitType: "" }]).notInRoster,
    ).toEqual(["Q"]);
  });

  test("differences see error values and removed indicators", () => {
    const a = report("a", "A", "", 1, [
      ["x", { error: "#N/A" }],
      ["y", 1],
    ]);
    const b = report("b", "A", "", 1, [["x", { error: "#N/A" }]]);
    expect(differences(a, b).map((d) => d.indicatorId)).toEqual(["y"]);
  });
});

describe("the lean reader reads what ExcelJS wrote", () => {
  const value = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.string({ maxLength: 30 }),
    fc.boolean(),
    fc.constantFrom<CellValue>({ error: "#N/A" }, { error: "#DIV/0!" }),
  );
  test("numbers, text (XML-special, Vietnamese), booleans and errors, in any cell", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 30 }), value), {
          maxLength: 30,
        }),
        async (cells) => {
          const wb = new ExcelJS.Workbook();
          const ws = wb.addWorksheet("Trang 1");
          const want = new Map<string, CellValue>();
          for (const [r, c, v] of cells) {
            ws.getCell(r, c).value =
              typeof v === "object" && v !== null ? (v as ExcelJS.CellErrorValue) : (v as ExcelJS.CellValue);
            want.set(a1(r, c), typeof v === "number" && Object.is(v, -0) ? 0 : v);
          }
          const buf = Buffer.from(await wb.xlsx.writeBuffer());
          const pkg = new GuardedPackage(buf);
          pkg.guardAll();
          const sheet = new LeanWorkbook(pkg).sheet("Trang 1")!;
          for (const [address, v] of want) {
            const got = sheet.cells.get(address)?.value ?? null;
            if (typeof v === "string" && v === "") expect([null, ""]).toContain(got);
            else expect(got).toEqual(v);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("the lean writer writes what ExcelJS reads", () => {
  test("text with markup and formula triggers stays text; numbers, styles and sheet names survive", async () => {
    const x = new XlsxWriter();
    const red = x.style({ fill: "FFFF0000", numFmt: '0.0%" · Đạt"', bold: true });
    const s = x.sheet("Dữ liệu <1>", [10, 20], { cols: 1, rows: 1 });
    s.row(["a", '<b>&amp;"x"', "'=1+1", { v: 0.8, s: red }, true, null]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.toBuffer() as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Dữ liệu <1>")!;
    // (Literal "_xHHHH_" text is checked with LibreOffice: ExcelJS does not decode OOXML escapes.)
    expect(ws.getRow(1).values).toEqual([undefined, "a", '<b>&amp;"x"', "'=1+1", 0.8, true]);
    expect(ws.getRow(1).getCell(4).numFmt).toBe('0.0%" · Đạt"');
    expect(ws.getRow(1).getCell(4).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
  });
});

test("terminal text from a file cannot carry escape sequences", () => {
  expect(safeText("Sở\u001b[2J\u0007 A\nB")).toBe("Sở�[2J� A B");
});

test("the submission workbook builder is browser-safe: it bundles for the browser without Node built-ins", () => {
  // A Node built-in anywhere in its imports makes this build throw (unresolvable for the browser).
  const r = buildSync({
    entryPoints: [require.resolve("../../src/xlsx/submission-workbook.ts")],
    bundle: true,
    platform: "browser",
    write: false,
    external: ["exceljs"],
    metafile: true,
    logLevel: "silent",
  });
  const inputs = Object.keys(r.metafile!.inputs);
  expect(inputs.some((i) => i.endsWith("src/xlsx/submission-workbook.ts"))).toBe(true);
  expect(
    inputs.filter((i) => i.startsWith("node:") || (i.includes("/ooxml/") && !i.endsWith("neutralise.ts"))),
  ).toEqual([]);
});

describe("progress", () => {
  const sink = (isTTY: boolean) => {
    const writes: string[] = [];
    return {
      writes,
      stream: { isTTY, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream,
    };
  };

  test("a bar redrawn in place on a terminal, ending on its own line", () => {
    const { writes, stream } = sink(true);
    const bar = progress(3, stream);
    bar.tick("a.xlsx");
    bar.tick("b.xlsx");
    bar.tick("c\u001b[2J.xlsx");
    bar.done();
    const last = writes[writes.length - 2]!;
    expect(writes[0]!.startsWith("\r[")).toBe(true);
    expect(last).toContain("3/3");
    expect(last).toContain("[" + "#".repeat(30) + "]");
    expect(last).not.toContain("\u001b[2J");
    expect(writes[writes.length - 1]).toBe("\n");
  });

  test("silent anywhere else (logs, CI, pipes)", () => {
    const { writes, stream } = sink(false);
    const bar = progress(3, stream);
    bar.tick("a");
    bar.done();
    expect(writes).toEqual([]);
  });
});
