import fc from "fast-check";
import { lineWrapper, wrapLines } from "../../src/xlsx/text-fit";
import type * as TextFit from "../../src/xlsx/text-fit";

const FONT = { size: 11 };
const WIDTH = 120;

describe("wrapLines' memory", () => {
  it("keeps a text met in every report across any number of one-off texts", () => {
    const plan = "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn và trước hạn";
    const first = wrapLines(plan, WIDTH, FONT);
    // Far more one-off texts than the memory holds, the plan's text met between every few dozen.
    for (let report = 0; report < 500; report++) {
      for (let i = 0; i < 40; i++) wrapLines(`giải trình ${report}-${i} của đơn vị`, WIDTH, FONT);
      // The remembered list itself: a text wrapped again would be a new list.
      expect(wrapLines(plan, WIDTH, FONT)).toBe(first);
    }
  });

  it("gives the same lines remembered, forgotten or through a wrapper", () => {
    const wrapper = lineWrapper(WIDTH, FONT);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "ấ", " ", "-", "/", "\n", "W", "m") }), (text) => {
        const lines = [...wrapLines(text, WIDTH, FONT)];
        expect(wrapper(text)).toEqual(lines);
        for (let i = 0; i < 9000; i++) wrapLines(`một lần ${i}`, WIDTH, FONT);
        expect([...wrapLines(text, WIDTH, FONT)]).toEqual(lines);
      }),
      { numRuns: 30 },
    );
  });

  it("wraps what a fresh module wraps", () => {
    const texts = [
      "",
      "a b",
      "https://example.org/a/very/long/link-with-dashes/" + "x".repeat(80),
      "x ".repeat(200),
    ];
    const warm = texts.map((t) => [...wrapLines(t, WIDTH, FONT)]);
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a second, empty copy of the module
      const fresh = require("../../src/xlsx/text-fit") as typeof TextFit;
      expect(texts.map((t) => [...fresh.wrapLines(t, WIDTH, FONT)])).toEqual(warm);
    });
  });
});
