import fc from "fast-check";
import { cellSafe } from "../../src/ooxml/neutralise";

// What an XML 1.0 document can hold, spelled out here character by character.
function xmlKeeps(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const high = c >= 0xd800 && c <= 0xdbff;
    const low = c >= 0xdc00 && c <= 0xdfff;
    const next = text.charCodeAt(i + 1);
    const prev = text.charCodeAt(i - 1);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffe || c === 0xffff) continue;
    if (high && !(next >= 0xdc00 && next <= 0xdfff)) continue;
    if (low && !(prev >= 0xd800 && prev <= 0xdbff)) continue;
    out += text[i];
  }
  return out;
}

describe("cellSafe", () => {
  it("drops exactly what XML cannot hold, and returns other text as it is", () => {
    const unit = fc.oneof(
      fc.constantFrom("a", "ệ", "\t", "\n", "\r", "\u0000", "\u000b", "\u001f", "\ufffe", "\uffff", "😀"),
      fc.constantFrom("\ud83d", "\ude00", "\ud800", "\udfff"),
    );
    fc.assert(
      fc.property(fc.string({ unit }), (text) => {
        expect(cellSafe(text)).toBe(xmlKeeps(text));
      }),
      { numRuns: 2000 },
    );
    const plain = "Tỷ lệ hồ sơ được giải quyết đúng hạn 😀";
    expect(cellSafe(plain)).toBe(plain);
  });
});
