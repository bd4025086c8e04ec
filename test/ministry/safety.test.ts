import fc from "fast-check";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hostileCorpus, openAll, basePackage } from "./fixtures/hostile";
import { writeZip } from "./fixtures/zip-writer";
import { Rejection, reasonOf } from "../../src/ooxml/rejection";
import { neutralise, unneutralise } from "../../src/ooxml/neutralise";
import { writeFileAtomic } from "../../src/cli/process/atomic-write";
import { WALL_CAP, WorkerPool } from "../../src/cli/process/worker-pool";
import { DEFAULT_LIMITS } from "../../src/ooxml/limits";
import { areaOf } from "../../src/ooxml/sheet-guard";
import { GuardedPackage } from "../../src/ooxml/package";
import { buildSync } from "esbuild";
import { spawnSync } from "node:child_process";

/**
 * A fixture worker compiled to JavaScript, as `npm run build` compiles the real one: the pool's
 * bounds are measured on the code that runs in production, not on TypeScript loaded through tsx.
 */
const builtWorkers = mkdtempSync(join(tmpdir(), "pool-workers-"));
afterAll(() => rmSync(builtWorkers, { recursive: true, force: true }));
function builtWorker(name: string): string {
  const out = join(builtWorkers, `${name}.js`);
  if (!existsSync(out))
    buildSync({
      entryPoints: [join(__dirname, "fixtures", `${name}.ts`)],
      outfile: out,
      bundle: true,
      platform: "node",
      format: "cjs",
      logLevel: "silent",
    });
  return out;
}

describe("the pre-scan refuses every file of the hostile corpus with its own reason", () => {
  let corpus: Awaited<ReturnType<typeof hostileCorpus>>;
  beforeAll(async () => {
    corpus = await hostileCorpus();
  });

  test.each([
    "zip-bomb.xlsx",
    "zip-bomb-lying.xlsx",
    "merge-bomb.xlsx",
    "million-rows.xlsx",
    "huge-shared-strings.xlsx",
    "huge-shared-string.xlsx",
    "huge-inline-string.xlsx",
    "macro.xlsm",
    "external-link.xlsx",
    "not-xlsx.xlsx",
    "empty.xlsx",
    "billion-laughs.xlsx",
    "encrypted.xlsx",
  ])("%s", (name) => {
    const file = corpus.find((f) => f.name === name)!;
    const reason = reasonOf(catchIt(() => openAll(file.bytes)));
    expect(reason.code).toBe(file.code);
    expect(reason.message.en.length).toBeGreaterThan(10);
    expect(reason.message.vi).not.toBe(reason.message.en);
  });

  test("thousands of formatted empty rows between two cells are not mistaken for a huge cell", async () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `<row r="${i + 2}" s="1" customFormat="1" ht="20" customHeight="1"/>`,
    );
    const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row>${rows.join("")}<row r="20002"><c r="A20002"><v>2</v></c></row></sheetData></worksheet>`;
    const parts = (await basePackage()).map((p) =>
      p.name === "xl/worksheets/sheet1.xml" ? { ...p, data: xml } : p,
    );
    expect(() => openAll(writeZip(parts))).not.toThrow();
  });

  test("an honest workbook passes every guard", async () => {
    const bytes = writeZip(await basePackage());
    const pkg = openAll(bytes);
    expect(pkg.text("xl/workbook.xml")).toContain("Sheet1");
  });
});

function catchIt(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection, the file was accepted");
}

describe("random damage never escapes as anything but a named rejection", () => {
  test("bytes flipped anywhere in an honest package", async () => {
    const honest = writeZip(await basePackage());
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(honest.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (flips) => {
          const bytes = Buffer.from(honest);
          for (const [at, value] of flips) bytes[at] = value;
          try {
            openAll(bytes);
          } catch (e) {
            expect(e).toBeInstanceOf(Rejection);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test("arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (arr) => {
        expect(() => new GuardedPackage(Buffer.from(arr))).toThrow(Rejection);
      }),
    );
  });
});

describe("merged areas are measured, not trusted", () => {
  test("the whole grid, a column and single cells", () => {
    expect(areaOf("A1:XFD1048576")).toBe(16384 * 1048576);
    expect(areaOf("$B$2:$D$9")).toBe(3 * 8);
    expect(areaOf("C7")).toBe(1);
    expect(areaOf("D9:B2")).toBe(3 * 8);
    expect(areaOf("not a ref")).toBeNaN();
  });
});

describe("text written to an output cannot become a formula (OWASP)", () => {
  test.each(["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", "\nx", "'=HYPERLINK()"])(
    "%j is prefixed",
    (t) => {
      expect(neutralise(t)).toBe(`'${t}`);
    },
  );
  test("ordinary text is left alone", () => {
    expect(neutralise("Đạt 95%")).toBe("Đạt 95%");
    expect(neutralise("")).toBe("");
    expect(neutralise("it's")).toBe("it's");
  });
  test("neutralised text never starts with a trigger, and reading it back gives the original", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", "'", "a", " ") }),
        (t) => {
          const n = neutralise(t);
          expect(/^[=+\-@\t\r\n]/.test(n)).toBe(false);
          expect(unneutralise(n)).toBe(t);
        },
      ),
    );
  });
});

describe("outputs are written atomically", () => {
  const dir = mkdtempSync(join(tmpdir(), "sa-atomic-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("the file appears whole and no temporary file is left", () => {
    const out = join(dir, "out.json");
    writeFileSync(out, "old");
    writeFileAtomic(out, "new content");
    expect(readFileSync(out, "utf8")).toBe("new content");
    expect(readdirSync(dir)).toEqual(["out.json"]);
  });

  test("a failed write leaves nothing behind", () => {
    const out = join(dir, "missing-folder", "out.json");
    expect(() => writeFileAtomic(out, "x")).toThrow();
    expect(existsSync(out)).toBe(false);
  });
});

describe("the worker pool bounds time and memory, and the batch goes on", () => {
  const limits = { ...DEFAULT_LIMITS, timeoutMs: 1500, workerHeapMb: 64 };
  let pool: WorkerPool<unknown, string>;
  beforeAll(() => {
    pool = new WorkerPool(builtWorker("pool-worker"), limits, 2);
  });
  afterAll(() => pool.close());

  test("a job that never ends is stopped at the deadline, and the next job runs", async () => {
    const [spin, after] = await Promise.all([
      pool.run({ kind: "spin" }),
      pool.run({ kind: "echo", text: "ok" }),
    ]);
    expect(spin.ok).toBe(false);
    if (!spin.ok) {
      expect(spin.reason.code).toBe("timeout");
      // On Linux the deadline is the worker's processor time (D32): 1.5 s of it, however long the
      // machine made it wait for a core, and never past the wall-clock cap.
      if (process.platform === "linux") expect(spin.reason.message.en).toMatch(/1\.5 s of processor time/);
    }
    expect(spin.ms).toBeGreaterThanOrEqual(limits.timeoutMs - 20);
    expect(spin.ms).toBeLessThan(WALL_CAP * limits.timeoutMs + 1000);
    expect(after).toMatchObject({ ok: true, result: "OK" });
    const again = await pool.run({ kind: "echo", text: "still here" });
    expect(again).toMatchObject({ ok: true, result: "STILL HERE" });
  });

  const linux = process.platform === "linux" ? test : test.skip;
  linux(
    "a job that waits without using the processor (a machine busy elsewhere) is not stopped at the deadline",
    async () => {
      // 2.5 s asleep against a 1.5 s deadline: the wall clock would stop it, its processor time does not.
      const slept = await pool.run({ kind: "sleep", ms: 2500 });
      expect(slept).toMatchObject({ ok: true, result: "SLEPT" });
      expect(slept.ms).toBeGreaterThanOrEqual(2400);
    },
  );

  linux(
    "a job stalled past the wall-clock cap is stopped however little processor time it used",
    async () => {
      const short = new WorkerPool<unknown, string>(
        builtWorker("pool-worker"),
        { ...limits, timeoutMs: 200 },
        1,
      );
      try {
        const stalled = await short.run({ kind: "sleep", ms: 60_000 });
        expect(stalled.ok).toBe(false);
        if (!stalled.ok) expect(stalled.reason.message.en).toMatch(/longer than 2 s/);
        expect(stalled.ms).toBeLessThan(WALL_CAP * 200 + 1000);
      } finally {
        await short.close();
      }
    },
  );

  test("a job that swells past the heap bound is stopped with a memory reason", async () => {
    // Its own pool with a long deadline: on a busy machine the heap must be what stops it, not the clock.
    const roomy = new WorkerPool<unknown, string>(
      builtWorker("pool-worker"),
      { ...limits, timeoutMs: 120_000 },
      1,
    );
    try {
      const grow = await roomy.run({ kind: "grow" });
      expect(grow.ok).toBe(false);
      if (!grow.ok) expect(grow.reason.code).toBe("memory");
      expect(await roomy.run({ kind: "echo", text: "x" })).toMatchObject({ ok: true, result: "X" });
    } finally {
      await roomy.close();
    }
  });

  test("a refusal from the worker keeps its reason", async () => {
    const r = await pool.run({ kind: "refuse" });
    expect(r).toMatchObject({ ok: false, reason: { code: "not-xlsx" } });
  });
});

describe("files waiting behind a stuck file", () => {
  test("are read by the replacement worker, none lost, each with its own result", async () => {
    const pool = new WorkerPool<unknown, string>(
      builtWorker("pool-worker"),
      { ...DEFAULT_LIMITS, timeoutMs: 800 },
      1,
    );
    try {
      const outcomes = await Promise.all([
        pool.run({ kind: "spin" }),
        pool.run({ kind: "echo", text: "a" }),
        pool.run({ kind: "echo", text: "b" }),
      ]);
      expect(outcomes.map((o) => (o.ok ? o.result : o.reason.code))).toEqual(["timeout", "A", "B"]);
    } finally {
      await pool.close();
    }
  });
});

describe("a reader that cannot start", () => {
  test("every file gets that reason at once, instead of waiting for a deadline", async () => {
    const pool = new WorkerPool<unknown, string>(builtWorker("broken-worker"), DEFAULT_LIMITS, 1);
    try {
      const outcomes = await Promise.all([pool.run({}), pool.run({})]);
      for (const o of outcomes) {
        expect(o.ok).toBe(false);
        if (!o.ok) {
          expect(o.reason.code).toBe("worker-crashed");
          expect(o.reason.message.en).toContain("cannot load the reader");
        }
        expect(o.ms).toBeLessThan(DEFAULT_LIMITS.timeoutMs);
      }
    } finally {
      await pool.close();
    }
  });
});

describe("a reader stopped while it inflates", () => {
  test("is refused alone: the batch's process is never aborted by Node's zlib", () => {
    // Without the zlib gate this process aborted within a few dozen terminations (SIGABRT,
    // "close before init"), taking every other file's result with it.
    const script = builtWorker("zlib-terminations");
    const r = spawnSync(process.execPath, [script, builtWorker("pool-worker"), "100"], {
      encoding: "utf8",
      timeout: 240_000,
    });
    expect(r.stderr).not.toContain("close before init");
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ stopped: 100 });
  }, 300_000);
});
