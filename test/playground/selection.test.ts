// How the keyboard and the mouse move the grid's selection, as in Excel.
import fc from "fast-check";
import {
  advance,
  at,
  boxAddress,
  boxOf,
  extend,
  extendTo,
  follow,
  jump,
  move,
  parseSelection,
  step,
  type Limits,
  type Selection,
} from "../../src/playground/grid/selection";

const limits: Limits = { rows: 50, cols: 20, hidden: new Set([13, 14, 15]) };
const G10 = { row: 9, col: 6 };

describe("moving", () => {
  test("arrows move one cell and stop at the edges", () => {
    expect(move(at(G10), 0, 1, limits).active).toEqual({ row: 9, col: 7 });
    expect(move(at({ row: 0, col: 0 }), -1, -1, limits).active).toEqual({ row: 0, col: 0 });
    expect(move(at({ row: 49, col: 19 }), 1, 1, limits).active).toEqual({ row: 49, col: 19 });
  });

  test("hidden columns are stepped over, both ways", () => {
    expect(step({ row: 0, col: 12 }, 0, 1, limits)).toEqual({ row: 0, col: 16 });
    expect(step({ row: 0, col: 16 }, 0, -1, limits)).toEqual({ row: 0, col: 12 });
  });

  test("an arrow collapses a range to the cell next to the active one", () => {
    const range = extend(extend(at(G10), 1, 0, limits), 1, 0, limits);
    expect(move(range, 0, 1, limits)).toEqual(at({ row: 9, col: 7 }));
  });
});

describe("ranges", () => {
  test("Shift+arrows grow and shrink the range from its anchor, which stays active", () => {
    let s = at(G10);
    s = extend(s, 1, 0, limits);
    s = extend(s, 1, 0, limits);
    s = extend(s, 0, 1, limits);
    expect(boxAddress(boxOf(s))).toBe("G10:H12");
    expect(s.active).toEqual(G10);
    s = extend(s, -1, 0, limits);
    expect(boxAddress(boxOf(s))).toBe("G10:H11");
    // Past the anchor the range turns round it.
    s = extend(extend(extend(s, -1, 0, limits), -1, 0, limits), 0, -2, limits);
    expect(boxAddress(boxOf(s))).toBe("F9:G10");
  });

  test("Shift+click spans from the anchor to the clicked cell", () => {
    expect(boxAddress(boxOf(extendTo(at(G10), { row: 47, col: 6 })))).toBe("G10:G48");
  });

  test("Tab and Enter walk the active cell through a range and wrap, keeping the range", () => {
    const range: Selection = { anchor: G10, extent: { row: 10, col: 7 }, active: G10 };
    const tab = (s: Selection, back = false) => advance(s, "row", back, limits);
    const enter = (s: Selection, back = false) => advance(s, "column", back, limits);
    expect(
      [tab(range), tab(tab(range)), tab(tab(tab(range))), tab(tab(tab(tab(range))))].map((s) => s.active),
    ).toEqual([{ row: 9, col: 7 }, { row: 10, col: 6 }, { row: 10, col: 7 }, G10]);
    expect(enter(range).active).toEqual({ row: 10, col: 6 });
    expect(enter(enter(range)).active).toEqual({ row: 9, col: 7 });
    expect(tab(range, true).active).toEqual({ row: 10, col: 7 });
    expect(boxOf(tab(range))).toEqual(boxOf(range));
  });

  test("in a single cell, Tab moves right and Enter down (with Shift: left and up)", () => {
    expect(advance(at(G10), "row", false, limits).active).toEqual({ row: 9, col: 7 });
    expect(advance(at(G10), "column", false, limits).active).toEqual({ row: 10, col: 6 });
    expect(advance(at(G10), "row", true, limits).active).toEqual({ row: 9, col: 5 });
    expect(advance(at(G10), "column", true, limits).active).toEqual({ row: 8, col: 6 });
  });
});

describe("addresses", () => {
  test("the name box's addresses, and what is not one", () => {
    expect(parseSelection("h7")).toEqual(at({ row: 6, col: 7 }));
    expect(parseSelection("$G$48:G10")).toEqual({
      anchor: G10,
      extent: { row: 47, col: 6 },
      active: G10,
    });
    for (const bad of ["", "G", "7", "G0", "A1:B2:C3", "Sheet1!A1", "1A"])
      expect(parseSelection(bad)).toBeNull();
  });

  test("the grid keeps its active cell while the workbook's selection is the same range, and follows it otherwise", () => {
    const mine: Selection = { anchor: G10, extent: { row: 10, col: 7 }, active: { row: 10, col: 7 } };
    expect(follow(mine, "G10:H11")).toBe(mine);
    expect(follow(mine, "B3")).toEqual(at({ row: 2, col: 1 }));
    expect(follow(mine, null)).toBeNull();
  });
});

describe("Ctrl+arrow", () => {
  const filledRows = new Set([9, 10, 11, 20]);
  const filled = (r: number, c: number) => c === 6 && filledRows.has(r);

  test("goes to the end of a run of filled cells, then to the next filled cell, then to the edge", () => {
    const down = (p: { row: number; col: number }) => jump(p, 1, 0, filled, limits);
    expect(down(G10)).toEqual({ row: 11, col: 6 });
    expect(down({ row: 11, col: 6 })).toEqual({ row: 20, col: 6 });
    expect(down({ row: 20, col: 6 })).toEqual({ row: 49, col: 6 });
    expect(down({ row: 49, col: 6 })).toEqual({ row: 49, col: 6 });
    expect(jump({ row: 0, col: 6 }, 1, 0, filled, limits)).toEqual(G10);
  });
});

describe("properties (fast-check)", () => {
  const pos = fc.record({ row: fc.integer({ min: 0, max: 49 }), col: fc.constantFrom(0, 5, 12, 16, 19) });
  const moves = fc.array(
    fc.record({
      kind: fc.constantFrom("move", "extend", "tab", "enter"),
      dRow: fc.integer({ min: -2, max: 2 }),
      dCol: fc.integer({ min: -2, max: 2 }),
      back: fc.boolean(),
    }),
    { maxLength: 30 },
  );

  test("whatever keys are pressed, the active cell is in the range, on the grid and never in a hidden column", () => {
    fc.assert(
      fc.property(pos, moves, (start, keys) => {
        let s = at(start);
        for (const k of keys) {
          if (k.kind === "move") s = move(s, k.dRow, k.dCol, limits);
          else if (k.kind === "extend") s = extend(s, k.dRow, k.dCol, limits);
          else s = advance(s, k.kind === "tab" ? "row" : "column", k.back, limits);
          const b = boxOf(s);
          expect(s.active.row).toBeGreaterThanOrEqual(b.r0);
          expect(s.active.row).toBeLessThanOrEqual(b.r1);
          expect(s.active.col).toBeGreaterThanOrEqual(b.c0);
          expect(s.active.col).toBeLessThanOrEqual(b.c1);
          expect(b.r0).toBeGreaterThanOrEqual(0);
          expect(b.r1).toBeLessThan(limits.rows);
          expect(b.c1).toBeLessThan(limits.cols);
          expect(limits.hidden.has(s.active.col)).toBe(false);
        }
      }),
    );
  });

  test("an address written from a range names that range again", () => {
    fc.assert(
      fc.property(pos, pos, (a, b) => {
        const box = boxOf({ anchor: a, extent: b });
        expect(boxOf(parseSelection(boxAddress(box))!)).toEqual(box);
      }),
    );
  });
});
