// Which key does what, as in Excel, on a selected cell and while typing in one. Pure: the grid
// turns a key into a command and carries it out. Ctrl+C and Ctrl+V are not here: they arrive as
// the browser's copy and paste events, which carry the clipboard's text.

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export type GridCommand =
  | { t: "move"; dRow: number; dCol: number; extend: boolean; jump: boolean }
  | { t: "advance"; by: "row" | "column"; back: boolean }
  | { t: "home"; toFirstCell: boolean; extend: boolean }
  | { t: "end"; extend: boolean }
  | { t: "page"; dir: 1 | -1; extend: boolean }
  | { t: "edit" }
  | { t: "type"; text: string }
  | { t: "clear" }
  | { t: "undo" }
  | { t: "redo" }
  | { t: "selectAll" }
  | { t: "escape" };

/**
 * "Enter" mode starts by typing over a cell: arrows finish the entry and move. "Edit" mode starts
 * with F2, a double click or a click in the formula bar: arrows move the caret in the text.
 */
export type EditMode = "enter" | "edit";

export type EditorCommand = { t: "commit"; then: GridCommand | null } | { t: "cancel" } | { t: "toggleMode" };

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** What a key does on the grid (no cell being typed in), or null for keys the grid leaves alone. */
export function gridCommand(e: KeyPress): GridCommand | null {
  const ctrl = e.ctrlKey || e.metaKey;
  const arrow = ARROWS[e.key];
  if (arrow && !e.altKey)
    return { t: "move", dRow: arrow[0], dCol: arrow[1], extend: e.shiftKey, jump: ctrl };
  if (ctrl && !e.altKey) {
    const k = e.key.toLowerCase();
    if (k === "z") return e.shiftKey ? { t: "redo" } : { t: "undo" };
    if (k === "y") return { t: "redo" };
    if (k === "a") return { t: "selectAll" };
    if (e.key === "Home") return { t: "home", toFirstCell: true, extend: e.shiftKey };
    if (e.key === "End") return { t: "end", extend: e.shiftKey };
    return null;
  }
  switch (e.key) {
    case "Tab":
      return { t: "advance", by: "row", back: e.shiftKey };
    case "Enter":
      return { t: "advance", by: "column", back: e.shiftKey };
    case "Home":
      return { t: "home", toFirstCell: false, extend: e.shiftKey };
    case "PageDown":
      return { t: "page", dir: 1, extend: e.shiftKey };
    case "PageUp":
      return { t: "page", dir: -1, extend: e.shiftKey };
    case "F2":
      return { t: "edit" };
    case "Delete":
      return { t: "clear" };
    // Backspace empties the cell and starts typing in it, as in Excel.
    case "Backspace":
      return { t: "type", text: "" };
    case "Escape":
      return { t: "escape" };
  }
  if (e.key.length === 1 && !e.altKey) return { t: "type", text: e.key };
  return null;
}

/** What a key does while a cell is being typed in, or null to let the text box have it. */
export function editorCommand(e: KeyPress, mode: EditMode): EditorCommand | null {
  if (e.altKey) return null;
  switch (e.key) {
    case "Enter":
      return { t: "commit", then: { t: "advance", by: "column", back: e.shiftKey } };
    case "Tab":
      return { t: "commit", then: { t: "advance", by: "row", back: e.shiftKey } };
    case "Escape":
      return { t: "cancel" };
    case "F2":
      return { t: "toggleMode" };
  }
  const arrow = ARROWS[e.key];
  if (arrow && mode === "enter" && !e.ctrlKey && !e.metaKey)
    return {
      t: "commit",
      then: { t: "move", dRow: arrow[0], dCol: arrow[1], extend: e.shiftKey, jump: false },
    };
  return null;
}
