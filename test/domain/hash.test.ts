import fc from "fast-check";
import { createHash } from "node:crypto";
import { canonicalJson, keySortedJson, sha256Hex, useSyncSha256 } from "../../src/domain/hash";

describe("canonicalJson", () => {
  it("sorts keys recursively, keeps array order, drops white space", () => {
    expect(canonicalJson({ b: 1, a: [3, { d: true, c: null }], e: "x" })).toBe(
      '{"a":[3,{"c":null,"d":true}],"b":1,"e":"x"}',
    );
  });
  it("writes -0 as 0, NFC-normalises strings and keys, leaves out undefined members", () => {
    expect(canonicalJson({ n: -0, s: "Co\u0301", ["Co\u0301"]: 1, u: undefined })).toBe(
      '{"Có":1,"n":0,"s":"Có"}',
    );
    expect(canonicalJson([undefined])).toBe("[null]");
  });
  it.each([Number.NaN, Infinity, -Infinity, BigInt(1)])("throws a TypeError for %p", (v) => {
    expect(() => canonicalJson({ v })).toThrow(TypeError);
  });
  it("throws a TypeError for a value that contains itself", () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => canonicalJson(a)).toThrow(TypeError);
  });
  it("throws a TypeError for two keys that only differ in Unicode normalisation", () => {
    expect(() => canonicalJson({ "C\u00f3": 1, "Co\u0301": 2 })).toThrow(TypeError);
  });
  it("keeps __proto__ as an ordinary key", () => {
    expect(canonicalJson(JSON.parse('{"__proto__":{"x":1},"a":2}'))).toBe('{"__proto__":{"x":1},"a":2}');
  });
  it("is the same whatever the key order, and parses back to an equal value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const shuffled = JSON.parse(JSON.stringify(v, (_k, x) => reverseKeys(x)));
        expect(canonicalJson(shuffled)).toBe(canonicalJson(v));
        expect(canonicalJson(JSON.parse(canonicalJson(v)))).toBe(canonicalJson(v));
      }),
    );
  });
  it("gives what normalising every string and key with String.normalize gives (the fast path below U+0300, D48)", () => {
    // Text around U+0300, where the fast path ends: combining marks, precomposed letters, Latin-1,
    // Vietnamese in both forms, and characters whose NFC is another character (U+0340, U+2126).
    const unit = fc.constantFrom(
      "a",
      "e",
      "\u00e9",
      "\u00ff",
      "\u02ff",
      "\u0300",
      "\u0301",
      "\u0302",
      "\u0323",
      "\u0340",
      "\u0344",
      "\u1ec7",
      "\u2126",
      "\u212b",
      "\uac00",
      "\u1161",
      "\ud83d\ude00",
      "\u0000",
    );
    const text = fc.array(unit, { maxLength: 6 }).map((u) => u.join(""));
    const value = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: "small" },
        text,
        fc.integer(),
        fc.array(tie("v"), { maxLength: 3 }),
        fc.dictionary(text, tie("v"), { maxKeys: 3 }),
      ),
    })).v;
    const byNormalize = (v: unknown): string | undefined => {
      if (typeof v === "string") return JSON.stringify(v.normalize("NFC"));
      if (typeof v === "number") return JSON.stringify(v === 0 ? 0 : v);
      if (Array.isArray(v)) {
        // An element that has no canonical form (twin keys) makes the whole value have none.
        const items = v.map(byNormalize);
        return items.includes(undefined) ? undefined : `[${items.join(",")}]`;
      }
      const entries = Object.entries(v as object).map(([k, x]) => [k.normalize("NFC"), x] as const);
      entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      if (entries.some((e, i) => i > 0 && e[0] === entries[i - 1]![0])) return undefined;
      return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${byNormalize(x)}`).join(",")}}`;
    };
    fc.assert(
      fc.property(value, (v) => {
        const want = byNormalize(v);
        if (want === undefined || want.includes("undefined"))
          expect(() => canonicalJson(v)).toThrow(TypeError);
        else expect(canonicalJson(v)).toBe(want);
      }),
      { numRuns: 3000 },
    );
    // The same values with their keys already in order, as a seal written by keySortedJson reads
    // back: JSON.stringify's fast path (D51) must still normalise, and still refuse twin keys.
    fc.assert(
      fc.property(value, (v) => {
        const sorted: unknown = JSON.parse(keySortedJson(v));
        expect(sorted).toEqual(v);
        const want = byNormalize(v);
        if (want === undefined || want.includes("undefined"))
          expect(() => canonicalJson(sorted)).toThrow(TypeError);
        else expect(canonicalJson(sorted)).toBe(want);
      }),
      { numRuns: 3000 },
    );
  });
  it("gives the walk's answer for what JSON.stringify would write otherwise (D51)", () => {
    class Dated {
      toJSON() {
        return "x";
      }
    }
    expect(canonicalJson({ a: new Dated() })).toBe('{"a":{}}');
    expect(canonicalJson({ a: new Date(0) })).toBe('{"a":{}}');
    expect(canonicalJson({ a: [1, undefined] })).toBe('{"a":[1,null]}');
    expect(canonicalJson(JSON.parse('{"10":1,"9":2}'))).toBe('{"10":1,"9":2}');
    const deep: unknown[] = [];
    let at = deep;
    for (let i = 0; i < 100; i++) at.push((at = []));
    expect(canonicalJson(deep)).toBe(JSON.stringify(deep));
  });
  it("writes a seal's keys in canonical order and keeps its strings as typed", () => {
    const typed = "Co\u0301"; // decomposed, as some keyboards type it
    const v = JSON.parse(
      `{"b":{"z":${JSON.stringify(typed)},"__proto__":1,"a":[{"y":1,"x":2}]},"a":-0}`,
    ) as unknown;
    expect(keySortedJson(v)).toBe(
      `{"a":0,"b":{"__proto__":1,"a":[{"x":2,"y":1}],"z":${JSON.stringify(typed)}}}`,
    );
  });
});

function reverseKeys(x: unknown): unknown {
  if (x === null || typeof x !== "object" || Array.isArray(x)) return x;
  return Object.fromEntries(Object.entries(x).reverse());
}

describe("sha256Hex", () => {
  it("matches the FIPS 180-2 test vectors", async () => {
    expect(await sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(await sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
  it("hashes the UTF-8 bytes of Vietnamese text", async () => {
    // printf 'Đạt' | sha256sum
    expect(await sha256Hex("Đạt")).toBe("03955114231e47d5ee9111fa1d1715f7842b49be6a8ddb51b7e3af11fc4c6613");
  });
  it("gives the same digest with the ministry reader's synchronous hash as with Web Crypto", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 200 }), async (text) => {
        const web = await sha256Hex(text);
        useSyncSha256((b) => createHash("sha256").update(b).digest());
        try {
          expect(await sha256Hex(text)).toBe(web);
        } finally {
          useSyncSha256(null);
        }
      }),
    );
    // And the digest given is the one used: a wrong hash function shows.
    useSyncSha256(() => new Uint8Array(32));
    try {
      expect(await sha256Hex("abc")).toBe("0".repeat(64));
    } finally {
      useSyncSha256(null);
    }
  });
});
