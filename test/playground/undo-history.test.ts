// Undo and redo as Excel keeps them, checked against a plain model of the two stacks.
import fc from "fast-check";
import { UNDO_LEVELS, UndoHistory } from "../../src/playground/grid/undo-history";

describe("UndoHistory", () => {
  test("undo steps back through edits, redo forward, and a new edit drops what could be redone", () => {
    const h = new UndoHistory<string>();
    expect(h.nextUndo()).toBeUndefined();
    h.push("typed G10");
    h.push("pasted G11:G14");
    expect(h.nextUndo()).toBe("pasted G11:G14");
    h.undid();
    expect(h.nextUndo()).toBe("typed G10");
    expect(h.nextRedo()).toBe("pasted G11:G14");
    h.redid();
    expect(h.nextUndo()).toBe("pasted G11:G14");
    h.undid();
    h.push("deleted G12");
    expect(h.canRedo).toBe(false);
    expect(h.nextUndo()).toBe("deleted G12");
  });

  test("a step that was not undone (nextUndo only) stays where it was", () => {
    const h = new UndoHistory<number>();
    h.push(1);
    expect(h.nextUndo()).toBe(1);
    expect(h.nextUndo()).toBe(1);
    expect(h.canRedo).toBe(false);
  });

  test(`keeps the last ${UNDO_LEVELS} steps, as Excel does`, () => {
    const h = new UndoHistory<number>();
    for (let i = 1; i <= UNDO_LEVELS + 5; i++) h.push(i);
    let undone = 0;
    while (h.canUndo) {
      h.undid();
      undone++;
    }
    expect(undone).toBe(UNDO_LEVELS);
    h.redid();
    expect(h.nextUndo()).toBe(6);
  });

  test("behaves like two stacks, whatever the sequence (fast-check)", () => {
    const op = fc.oneof(
      fc.integer().map((n) => ({ op: "push" as const, n })),
      fc.constant({ op: "undo" as const }),
      fc.constant({ op: "redo" as const }),
      fc.constant({ op: "clear" as const }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), fc.integer({ min: 1, max: 5 }), (ops, levels) => {
        const h = new UndoHistory<number>(levels);
        let done: number[] = [];
        let undone: number[] = [];
        for (const o of ops) {
          if (o.op === "push") {
            h.push(o.n);
            done = [...done, o.n].slice(-levels);
            undone = [];
          } else if (o.op === "undo") {
            expect(h.nextUndo()).toBe(done.at(-1));
            h.undid();
            if (done.length) undone.push(done.pop()!);
          } else if (o.op === "redo") {
            expect(h.nextRedo()).toBe(undone.at(-1));
            h.redid();
            if (undone.length) done.push(undone.pop()!);
          } else {
            h.clear();
            done = [];
            undone = [];
          }
          expect(h.canUndo).toBe(done.length > 0);
          expect(h.canRedo).toBe(undone.length > 0);
        }
      }),
    );
  });
});
