// The pure parts of the ministry's side: the lean reader against ExcelJS, the lean writer against
// ExcelJS. The roster is in roster.test.ts, the consolidation rules in consolidate-model.test.ts.
import fc from "fast-check";
import ExcelJS from "exceljs";
import { GuardedPackage } from "../../src/ooxml/package";
import { LeanWorkbook } from "../../src/ooxml/lean-reader";
import { XlsxWriter } from "../../src/ooxml/lean-writer";
import { writeFileAtomicWith } from "../../src/cli/process/atomic-write";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_LIMITS } from "../../src/ooxml/limits";
import { safeText } from "../../src/cli/ministry/text";
import { progress } from "../../src/cli/ministry/progress";
import { a1 } from "../../src/workbook/a1";
import { buildSync } from "esbuild";
import type { CellValue } from "../../src/domain/entry";

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

describe("the lean writer streams its package to the output file", () => {
  const write = (x: XlsxWriter) => {
    const red = x.style({ fill: "FFFF0000", bold: true });
    const a = x.sheet("Một", [10]);
    for (let i = 0; i < 3000; i++) a.row([`dòng ${i} ${"x".repeat(i % 500)}`, i, { v: i / 7, s: red }]);
    const b = x.sheet("Hai");
    b.row([x.shared("chung"), x.shared("chung"), true]);
    return { a, b };
  };

  test("the file holds the same bytes as the package made in memory, and readers open it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sa-stream-"));
    try {
      const out = join(dir, "out.xlsx");
      writeFileAtomicWith(out, (sink) => {
        const x = new XlsxWriter(sink);
        write(x);
        x.finish();
      });
      const inMemory = new XlsxWriter();
      write(inMemory);
      const bytes = readFileSync(out);
      expect(bytes.equals(inMemory.toBuffer())).toBe(true);
      expect(readdirSync(dir)).toEqual(["out.xlsx"]);
      // Local headers patched with each part's CRC and sizes: the guarded reader checks them.
      const pkg = new GuardedPackage(bytes, DEFAULT_LIMITS);
      pkg.guardAll();
      const one = new LeanWorkbook(pkg).sheet("Một")!;
      expect(one.cells.get("A3000")?.value).toBe(`dòng 2999 ${"x".repeat(2999 % 500)}`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      expect(wb.getWorksheet("Hai")!.getRow(1).values).toEqual([undefined, "chung", "chung", true]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a sheet is closed once the next one starts; a failed write leaves no file", () => {
    const dir = mkdtempSync(join(tmpdir(), "sa-stream-"));
    try {
      const out = join(dir, "out.xlsx");
      expect(() =>
        writeFileAtomicWith(out, (sink) => {
          const { a } = write(new XlsxWriter(sink));
          a.row(["late"]);
        }),
      ).toThrow(/closed/);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
