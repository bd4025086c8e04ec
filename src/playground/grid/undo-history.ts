// Undo and redo as Excel keeps them: each edit a person makes is one step; undoing steps back, redo
// steps forward again, and a new edit after an undo drops what could have been redone. Excel keeps
// the last 100 steps. Pure: what a step holds is the caller's.

export const UNDO_LEVELS = 100;

export class UndoHistory<T> {
  private done: T[] = [];
  private undone: T[] = [];

  constructor(private readonly levels = UNDO_LEVELS) {}

  /** A new edit: it can be undone; nothing can be redone any more. */
  push(step: T): void {
    this.done.push(step);
    if (this.done.length > this.levels) this.done.shift();
    this.undone = [];
  }

  /** The step Ctrl+Z would undo, left in place until `undid` says it was undone. */
  nextUndo(): T | undefined {
    return this.done[this.done.length - 1];
  }

  nextRedo(): T | undefined {
    return this.undone[this.undone.length - 1];
  }

  /** The step from nextUndo() was undone: it moves to the redo side. */
  undid(): void {
    const step = this.done.pop();
    if (step !== undefined) this.undone.push(step);
  }

  /** The step from nextRedo() was redone: it can be undone again. */
  redid(): void {
    const step = this.undone.pop();
    if (step !== undefined) this.done.push(step);
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Forgets every step (as Excel does after an action it cannot undo). */
  clear(): void {
    this.done = [];
    this.undone = [];
  }
}
