// An output written in two parts at once (D55): its text here, its pieces already on disk copied
// into their places on a second thread. It must hold exactly what writing it in one pass holds, and
// appear whole at `finish` or not at all.
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { FileRange, writeFileAtomicChunks } from "../../src/cli/process/atomic-write";
import { startFileAtomicChunks } from "../../src/cli/process/copy-thread";

describe("an output finished on a second thread", () => {
  let dir: string;
  let source: string;
  let fd: number;
  const SOURCE = Buffer.from(Array.from({ length: 3 << 20 }, (_, i) => (i * 7919) % 251));
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "copy-thread-"));
    source = join(dir, "source.bin");
    writeFileSync(source, SOURCE);
    fd = openSync(source, "r");
  });
  afterAll(() => {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  });

  // Texts (one past the 32 kB the writer joins at), bytes and ranges, some over a megabyte (the
  // copier's slice) and some empty.
  const piece = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.constantFrom("x".repeat(40_000), "Đơn vị ✓ ".repeat(5_000)),
    fc.uint8Array({ maxLength: 64 }),
    fc
      .tuple(fc.nat(SOURCE.length), fc.oneof(fc.nat(5_000), fc.constant(1_300_000)))
      .map(([at, n]) => ({ at, length: Math.min(n, SOURCE.length - at) })),
  );

  test("holds exactly what one pass writes, and nothing is there before finish", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 12 }), async (list) => {
        const pieces = () =>
          list.map((p) =>
            typeof p === "string" || p instanceof Uint8Array ? p : new FileRange(fd, p.at, p.length),
          );
        const expected = Buffer.concat(
          list.map((p) =>
            typeof p === "string"
              ? Buffer.from(p, "utf8")
              : p instanceof Uint8Array
                ? Buffer.from(p)
                : SOURCE.subarray(p.at, p.at + p.length),
          ),
        );
        const onePass = join(dir, "one.json");
        const twoParts = join(dir, "two.json");
        writeFileAtomicChunks(onePass, pieces());
        const pending = startFileAtomicChunks(twoParts, pieces());
        expect(existsSync(twoParts)).toBe(false);
        await pending.finish();
        expect(readFileSync(onePass).equals(expected)).toBe(true);
        expect(readFileSync(twoParts).equals(expected)).toBe(true);
        // No temporary file left beside them.
        expect(readdirSync(dir).sort()).toEqual(["one.json", "source.bin", "two.json"]);
        rmSync(onePass);
        rmSync(twoParts);
      }),
      { numRuns: 40 },
    );
  });

  test("a piece that cannot be copied fails the output and leaves the old file as it was", async () => {
    const out = join(dir, "old.json");
    writeFileSync(out, "the old output");
    const pending = startFileAtomicChunks(out, ["{", new FileRange(fd, SOURCE.length - 10, 100), "}"]);
    await expect(pending.finish()).rejects.toThrow(/ended early/);
    expect(readFileSync(out, "utf8")).toBe("the old output");
    expect(readdirSync(dir).sort()).toEqual(["old.json", "source.bin"]);
    rmSync(out);
  });

  test("abandoned, it leaves nothing behind and the old file as it was", async () => {
    const out = join(dir, "kept.json");
    writeFileSync(out, "kept");
    const pending = startFileAtomicChunks(out, ["[", new FileRange(fd, 0, 2_000_000), "]"]);
    await pending.abandon();
    expect(readFileSync(out, "utf8")).toBe("kept");
    expect(readdirSync(dir).sort()).toEqual(["kept.json", "source.bin"]);
    rmSync(out);
  });
});
