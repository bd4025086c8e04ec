// Every change a person makes in the grid, as one undoable step: typing a cell, pasting a block,
// clearing a range. What is typed or pasted takes one path, `enter`, into the host's model of how
// Excel reads typing (percent entry, the culture's separators and date order), so the grid never
// parses a value itself. Undo puts back exactly what the cells held; if something else (the pane)
// changed those cells since, the step is not undone over it, and the history is forgotten, as Excel
// forgets it after an action it cannot undo.
import type { CellState, ExcelHost, TypeOutcome } from "../host";
import { UserActionError } from "../host/errors";
import { blockAt, boxAddress, type Box, type Pos } from "./selection";
import { UndoHistory } from "./undo-history";

export interface Step {
  sheet: string;
  address: string;
  /** What the step did, for the status line: typed, pasted or cleared. */
  kind: "typed" | "pasted" | "cleared";
  before: CellState[][];
  after: CellState[][];
}

export type Outcome = { ok: true; step: Step | null } | { ok: false; message: UserActionError };

export class GridEdits {
  readonly history = new UndoHistory<Step>();

  constructor(private readonly host: ExcelHost) {}

  /**
   * The one way typed and pasted text reaches the workbook. One cell typed is checked by the cell's
   * data validation, as Excel checks typing; a paste (`pasted`) is not, as in Excel. An empty cell
   * typed clears it.
   */
  enter(
    sheet: string,
    at: Pos,
    rows: string[][],
    pasted: boolean,
  ): { box: Box; alert?: TypeOutcome["alert"] } {
    const box = blockAt(at, rows.length, rows[0]?.length ?? 0);
    const address = boxAddress(box);
    const single = rows.length === 1 && rows[0]!.length === 1;
    let outcome: TypeOutcome = {};
    this.record(sheet, address, pasted ? "pasted" : "typed", () => {
      if (pasted) this.host.user.paste(sheet, address, rows);
      else if (!single) throw new Error("typing goes into one cell");
      else if (rows[0]![0] === "") this.host.user.clear(sheet, address);
      else outcome = this.host.user.type(sheet, address, rows[0]![0]!);
    });
    // A Warning-style rule lets the value in and says why it looks wrong.
    return outcome.alert ? { box, alert: outcome.alert } : { box };
  }

  /** Delete on a selection (refused whole if it holds a locked cell of a protected sheet). */
  clear(sheet: string, box: Box): void {
    const address = boxAddress(box);
    this.record(sheet, address, "cleared", () => this.host.user.clear(sheet, address));
  }

  /** Ctrl+Z: the last step undone, or null when there is none. Throws when it cannot be undone. */
  undo(): Step | null {
    const step = this.history.nextUndo();
    if (!step) return null;
    this.putBack(step, step.after, step.before);
    this.history.undid();
    return step;
  }

  /** Ctrl+Y: the last undone step done again, or null. */
  redo(): Step | null {
    const step = this.history.nextRedo();
    if (!step) return null;
    this.putBack(step, step.before, step.after);
    this.history.redid();
    return step;
  }

  private putBack(step: Step, expected: CellState[][], wanted: CellState[][]): void {
    const now = this.host.user.cells(step.sheet, step.address);
    if (!sameStates(now, expected)) {
      this.history.clear();
      throw new UserActionError("validation", {
        vi: `Không hoàn tác được: vùng ${step.address} đã được thay đổi từ nơi khác (khung tác vụ) sau bước này.`,
        en: `Cannot undo: ${step.address} was changed elsewhere (by the pane) after this step.`,
      });
    }
    this.host.user.restore(step.sheet, step.address, wanted);
  }

  private record(sheet: string, address: string, kind: Step["kind"], act: () => void): void {
    const before = this.host.user.cells(sheet, address);
    act();
    const after = this.host.user.cells(sheet, address);
    if (!sameStates(before, after)) this.history.push({ sheet, address, kind, before, after });
  }
}

function sameStates(a: CellState[][], b: CellState[][]): boolean {
  return canonical(a) === canonical(b);
}

/** JSON with keys in order, so states built in a different order still compare equal. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object")
    return `{${Object.keys(v)
      .sort()
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(v);
}
