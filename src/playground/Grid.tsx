// The in-browser workbook as a person uses it: sheet tabs, a name box, a formula bar, and a grid
// that behaves like Excel's. Arrows, Tab and Enter move (and finish what was typed), Shift selects
// a range, Delete clears it, Ctrl+C / Ctrl+V copy and paste blocks as tab-separated text with
// Excel and LibreOffice, Ctrl+Z / Ctrl+Y undo and redo, and frozen rows stay in view. Every value
// typed or pasted goes through GridEdits.enter into the host's model of typing, so protection,
// validation, percent entry and onChanged behave as in Excel.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { CellSnapshot, ExcelHost, WorkbookSnapshot } from "./host";
import { UserActionError } from "./host/errors";
import { gridStrings, type GridLanguage } from "./strings";
import { GridEdits, type Step } from "./grid/edits";
import { editText, shownText as shownIn } from "./grid/display-format";
import { copyText, pastePlan } from "./grid/clipboard";
import { editorCommand, gridCommand, type EditMode, type GridCommand } from "./grid/keys";
import {
  advance,
  at,
  boxAddress,
  boxOf,
  cellName,
  extend,
  extendTo,
  follow,
  isSingle,
  jump,
  move,
  parseSelection,
  step,
  type Box,
  type Limits,
  type Pos,
  type Selection,
} from "./grid/selection";
import { FormulaBar } from "./grid/FormulaBar";
import { ROW_HEADER, ROW_HEIGHT, SheetTable, type CellHandlers } from "./grid/SheetTable";

const MAX_ROWS = 300;
const MAX_COLS = 30;
const PAGE_ROWS = 20;

interface Editing {
  sheet: string;
  pos: Pos;
  mode: EditMode;
  /** What the formula bar held when the edit began: an unchanged edit writes nothing. */
  original: string;
}

export function Grid({ host, lang }: { host: ExcelHost; lang: GridLanguage }): React.JSX.Element {
  const t = gridStrings[lang];
  // Two clocks: `version` moves with any change to the workbook, `moved` only when the grid itself
  // moved the selection, so an arrow key costs no recomputation of the sheet's cells.
  const [version, setVersion] = useState(0);
  const [moved, setMoved] = useState(0);
  const selecting = useRef(false);
  useEffect(
    () =>
      host.onUpdate(() => {
        if (selecting.current) setMoved((v) => v + 1);
        else setVersion((v) => v + 1);
      }),
    [host],
  );
  // The sheets, the active sheet and the selection (no cells: cheap), then the active sheet's cells.
  const snap: WorkbookSnapshot = useMemo(
    () => host.snapshot({ sheet: "", hidden: false }),
    [host, version, moved],
  );
  const edits = useMemo(() => new GridEdits(host), [host]);
  const culture = host.typing.culture;

  const visible = snap.sheets.filter((s) => s.visibility === "Visible");
  const sheet = visible.find((s) => s.name === snap.activeSheet) ?? visible[0];
  const shownName = sheet?.name ?? "";
  const cells = useMemo(() => {
    const own = host.snapshot({ sheet: shownName, hidden: false }).sheets.find((s) => s.name === shownName);
    return new Map<string, CellSnapshot>((own?.cells ?? []).map((c) => [`${c.row}:${c.col}`, c]));
    // `version` is the workbook's clock: the cells are read again only when something changed.
  }, [host, version, shownName]);

  // The grid keeps its own active cell inside the workbook's selected range (Excel's active cell).
  const [mine, setMine] = useState<Selection | null>(null);
  const hostSelection =
    snap.selection && sheet && snap.selection.sheet === sheet.name ? snap.selection.address : null;
  const sel = follow(mine, hostSelection);
  const box = sel ? boxOf(sel) : null;
  const active = sel?.active ?? null;
  const activeCell = active ? cells.get(`${active.row}:${active.col}`) : undefined;
  const activeAddress = active ? cellName(active) : "";

  const [editing, setEditing] = useState<Editing | null>(null);
  const editingRef = useRef<Editing | null>(null);
  const [draft, setDraft] = useState("");
  const draftRef = useRef("");
  // What a person is typing in the name box; otherwise it shows the selection.
  const [nameDraft, setNameDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [warned, setWarned] = useState(false);
  const [status, setStatus] = useState("");
  const [copied, setCopied] = useState<{ sheet: string; box: Box } | null>(null);
  const editor = useRef<HTMLInputElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  // A request for the active cell to take focus. The counter re-runs the effect below even when the
  // active cell stays where it was (the name box choosing a range that starts at the active cell).
  const wantFocus = useRef(false);
  const [focusAsked, setFocusAsked] = useState(0);
  const askFocus = () => {
    wantFocus.current = true;
    setFocusAsked((n) => n + 1);
  };
  const dragging = useRef(false);

  const setEdit = (e: Editing | null) => {
    editingRef.current = e;
    setEditing(e);
  };
  const changeDraft = (text: string) => {
    draftRef.current = text;
    setDraft(text);
  };

  // Outside an edit, the formula bar shows the active cell (also what the pane writes into it).
  const shownText = editText(activeCell, culture);
  useEffect(() => {
    if (!editingRef.current) changeDraft(shownText);
  }, [shownText, activeAddress, sheet?.name]);
  const nameBox = nameDraft ?? (box ? boxAddress(box) : "");

  const rows = sheet ? Math.min(MAX_ROWS, Math.max(20, (sheet.used?.r1 ?? 0) + 3)) : 0;
  const cols = sheet ? Math.min(MAX_COLS, Math.max(8, (sheet.used?.c1 ?? 0) + 2)) : 0;
  const hiddenKey = sheet?.hiddenColumns.join(",") ?? "";
  const limits: Limits = useMemo(
    () => ({ rows, cols, hidden: new Set(hiddenKey === "" ? [] : hiddenKey.split(",").map(Number)) }),
    [rows, cols, hiddenKey],
  );
  const shown = useMemo(
    () => Array.from({ length: cols }, (_, c) => c).filter((c) => !limits.hidden.has(c)),
    [cols, limits],
  );
  // Office measures column widths in points; the default is 48 pt (64 px).
  const widths = useMemo(
    () => shown.map((c) => Math.round((sheet?.columnWidths[c] ?? 48) * (96 / 72))),
    [shown, sheet?.columnWidths],
  );

  // The active cell stays in view, clear of the frozen rows and columns (also after "Go to cell").
  const frozenTop = ROW_HEIGHT * (1 + Math.min(sheet?.frozenRows ?? 0, rows));
  const frozenLeft =
    ROW_HEADER + shown.reduce((sum, c, i) => (c < (sheet?.frozenColumns ?? 0) ? sum + widths[i]! : sum), 0);
  useLayoutEffect(() => {
    if (!activeAddress) return;
    const td = tableRef.current?.querySelector<HTMLElement>(`[data-address="${activeAddress}"]`);
    if (!td) return;
    if (wantFocus.current) {
      wantFocus.current = false;
      td.focus({ preventScroll: true });
    }
    const view = scrollRef.current;
    if (!view) return;
    const frozen =
      active !== null && (active.row < (sheet?.frozenRows ?? 0) || active.col < (sheet?.frozenColumns ?? 0));
    if (frozen) return;
    const top = td.offsetTop;
    const left = td.offsetLeft;
    if (top - view.scrollTop < frozenTop) view.scrollTop = top - frozenTop;
    else if (top + td.offsetHeight > view.scrollTop + view.clientHeight)
      view.scrollTop = top + td.offsetHeight - view.clientHeight;
    if (left - view.scrollLeft < frozenLeft) view.scrollLeft = left - frozenLeft;
    else if (left + td.offsetWidth > view.scrollLeft + view.clientWidth)
      view.scrollLeft = left + td.offsetWidth - view.clientWidth;
  }, [activeAddress, sheet?.name, version, focusAsked, frozenTop, frozenLeft]);

  const fail = (e: unknown) => {
    setWarned(false);
    setMessage(e instanceof UserActionError ? e.text[lang] : e instanceof Error ? e.message : String(e));
  };
  const act = (fn: () => void): boolean => {
    try {
      fn();
      setMessage(null);
      return true;
    } catch (e) {
      fail(e);
      return false;
    }
  };

  /** Moves the selection (and the workbook's), and asks for the active cell to take focus. */
  const choose = (next: Selection, onSheet = sheet?.name) => {
    if (!onSheet) return;
    setMine(next);
    askFocus();
    // Moving keeps what the grid last said (a warning about the value just entered stays in view).
    selecting.current = true;
    try {
      host.user.select(onSheet, boxAddress(boxOf(next)));
    } catch (e) {
      fail(e);
    } finally {
      selecting.current = false;
    }
  };

  const startEdit = (mode: EditMode, text: string) => {
    if (!sheet || !active) return;
    setEdit({ sheet: sheet.name, pos: active, mode, original: shownText });
    changeDraft(text);
    // Focus moves now, inside the key's own event, so the next key typed lands in the text; the caret
    // goes to the end once the text is drawn.
    const el = editor.current;
    if (!el) return;
    el.focus();
    requestAnimationFrame(() => el.setSelectionRange(el.value.length, el.value.length));
  };

  /** Writes what was typed into the cell being edited. False (still editing) when Excel would refuse it. */
  const commit = (): boolean => {
    const ed = editingRef.current;
    if (!ed) return true;
    const text = draftRef.current;
    setEdit(null);
    if (text === ed.original) return true;
    let alert: { title: string; message: string } | undefined;
    const ok = act(() => {
      alert = edits.enter(ed.sheet, ed.pos, [[text]], false).alert;
      setStatus(t.typed(cellName(ed.pos)));
    });
    // Excel asks "Continue?" for a Warning-style rule; the playground keeps the value and says why.
    if (ok && alert) {
      setMessage(t.warning(cellName(ed.pos), alert.title, alert.message));
      setWarned(true);
    } else setWarned(false);
    if (!ok) {
      // As Excel does after a refused entry: back in the cell, with what was typed.
      setEdit(ed);
      if (sheet?.name === ed.sheet) setMine(at(ed.pos));
      host.user.select(ed.sheet, cellName(ed.pos));
      // After a click elsewhere, focus comes back once the click has settled.
      requestAnimationFrame(() => editor.current?.focus());
    }
    return ok;
  };

  const cancel = () => {
    setEdit(null);
    setMessage(null);
    changeDraft(shownText);
    askFocus();
    setVersion((v) => v + 1);
  };

  const filled = (r: number, c: number) => {
    const cell = cells.get(`${r}:${c}`);
    return cell !== undefined && cell.text !== "";
  };

  const run = (cmd: GridCommand) => {
    if (!sheet || !sel) return;
    switch (cmd.t) {
      case "move": {
        if (cmd.jump) {
          const to = jump(cmd.extend ? sel.extent : sel.active, cmd.dRow, cmd.dCol, filled, limits);
          choose(cmd.extend ? extendTo(sel, to) : at(to));
        } else
          choose(
            cmd.extend ? extend(sel, cmd.dRow, cmd.dCol, limits) : move(sel, cmd.dRow, cmd.dCol, limits),
          );
        return;
      }
      case "advance":
        choose(advance(sel, cmd.by, cmd.back, limits));
        return;
      case "home": {
        const first = shown[0] ?? 0;
        // Ctrl+Home goes to the first cell below and right of the frozen panes, as in Excel.
        const to = cmd.toFirstCell
          ? {
              row: Math.min(sheet.frozenRows, rows - 1),
              col: shown.find((c) => c >= sheet.frozenColumns) ?? first,
            }
          : { row: (cmd.extend ? sel.extent : sel.active).row, col: first };
        choose(cmd.extend ? extendTo(sel, to) : at(to));
        return;
      }
      case "end": {
        const used = sheet.used;
        const to = used
          ? { row: Math.min(used.r1, rows - 1), col: Math.min(used.c1, cols - 1) }
          : { row: 0, col: 0 };
        choose(cmd.extend ? extendTo(sel, to) : at(to));
        return;
      }
      case "page": {
        const from = cmd.extend ? sel.extent : sel.active;
        const to = step(from, cmd.dir * PAGE_ROWS, 0, limits);
        choose(cmd.extend ? extendTo(sel, to) : at(to));
        return;
      }
      case "selectAll": {
        const used = sheet.used ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
        choose({
          anchor: { row: 0, col: 0 },
          extent: { row: Math.min(used.r1, rows - 1), col: Math.min(used.c1, cols - 1) },
          active: { row: 0, col: 0 },
        });
        return;
      }
      case "edit":
        startEdit("edit", shownText);
        return;
      case "type":
        startEdit("enter", cmd.text);
        return;
      case "clear":
        if (box)
          act(() => {
            edits.clear(sheet.name, box);
            setStatus(t.cleared(boxAddress(box)));
          });
        return;
      case "undo":
      case "redo":
        act(() => {
          const done: Step | null = cmd.t === "undo" ? edits.undo() : edits.redo();
          if (!done) {
            setStatus(cmd.t === "undo" ? t.nothingToUndo : t.nothingToRedo);
            return;
          }
          const s = parseSelection(done.address);
          if (s) choose(s, done.sheet);
          setStatus((cmd.t === "undo" ? t.undone : t.redone)(t.stepName(done.kind), done.address));
        });
        return;
      case "escape":
        setCopied(null);
        setMessage(null);
        return;
    }
  };

  const onGridKey = (e: React.KeyboardEvent) => {
    if (e.target instanceof HTMLInputElement) return;
    const cmd = gridCommand(e);
    if (!cmd) return;
    e.preventDefault();
    // A key pressed on the grid puts the last message away, as a person has moved on.
    if (cmd.t !== "undo" && cmd.t !== "redo" && cmd.t !== "clear") setMessage(null);
    run(cmd);
  };

  const onEditorKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    const ed = editingRef.current;
    if (!ed) {
      // Not typing yet (the formula bar merely has focus): Enter and Tab leave it as they would a cell.
      if (e.key === "Escape") {
        e.preventDefault();
        askFocus();
        setVersion((v) => v + 1);
      }
      return;
    }
    const cmd = editorCommand(e, ed.mode);
    if (!cmd) return;
    e.preventDefault();
    if (cmd.t === "cancel") cancel();
    else if (cmd.t === "toggleMode") setEdit({ ...ed, mode: ed.mode === "enter" ? "edit" : "enter" });
    else if (commit() && cmd.then) {
      // The move starts from the cell that was edited.
      const from = sel && sel.active.row === ed.pos.row && sel.active.col === ed.pos.col ? sel : at(ed.pos);
      if (cmd.then.t === "advance") choose(advance(from, cmd.then.by, cmd.then.back, limits));
      else if (cmd.then.t === "move")
        choose(
          cmd.then.extend
            ? extend(from, cmd.then.dRow, cmd.then.dCol, limits)
            : move(from, cmd.then.dRow, cmd.then.dCol, limits),
        );
    } else if (!editingRef.current) {
      askFocus();
      setVersion((v) => v + 1);
    }
  };

  /** Pastes clipboard text over the selection, each value read as typed; the pasted block is selected. */
  const pasteText = (text: string) => {
    if (!sheet || !box) return;
    const plan = pastePlan(text, box);
    if (!plan) return;
    act(() => {
      const written = edits.enter(sheet.name, plan.at, plan.rows, true).box;
      const n = (written.r1 - written.r0 + 1) * (written.c1 - written.c0 + 1);
      choose({ anchor: plan.at, extent: { row: written.r1, col: written.c1 }, active: plan.at });
      setStatus(t.pasted(n, boxAddress(written)));
    });
  };

  // Ctrl+C / Ctrl+X / Ctrl+V arrive as clipboard events on the page; the grid takes them when a
  // cell has focus.
  const clipboardRef = useRef<{
    copy: (e: ClipboardEvent, cut: boolean) => void;
    paste: (e: ClipboardEvent) => void;
  }>(null);
  clipboardRef.current = {
    copy: (e, cut) => {
      if (!sheet || !box) return;
      // As Excel does, the clipboard gets what the cells show.
      const text = copyText(box, (r, c) => shownIn(cells.get(`${r}:${c}`), culture));
      e.clipboardData?.setData("text/plain", text);
      e.preventDefault();
      if (cut) {
        // Excel clears a cut range when it is pasted; the playground clears it now (Ctrl+Z brings it back).
        act(() => {
          edits.clear(sheet.name, box);
          setStatus(t.cut(boxAddress(box)));
        });
        setCopied(null);
      } else {
        setCopied({ sheet: sheet.name, box });
        setStatus(t.copied(boxAddress(box)));
      }
    },
    paste: (e) => {
      const text = e.clipboardData?.getData("text/plain") ?? "";
      e.preventDefault();
      pasteText(text);
    },
  };
  useEffect(() => {
    const inGrid = () => tableRef.current?.contains(document.activeElement) === true;
    const onCopy = (e: ClipboardEvent) => inGrid() && clipboardRef.current?.copy(e, false);
    const onCut = (e: ClipboardEvent) => inGrid() && clipboardRef.current?.copy(e, true);
    const onPaste = (e: ClipboardEvent) => inGrid() && clipboardRef.current?.paste(e);
    document.addEventListener("copy", onCopy);
    document.addEventListener("cut", onCut);
    document.addEventListener("paste", onPaste);
    const up = () => (dragging.current = false);
    addEventListener("mouseup", up);
    return () => {
      document.removeEventListener("copy", onCopy);
      document.removeEventListener("cut", onCut);
      document.removeEventListener("paste", onPaste);
      removeEventListener("mouseup", up);
    };
  }, []);

  // The rows read these when an event happens (a ref: redrawing rows is for what they show).
  const handlers = useRef<CellHandlers>(null as unknown as CellHandlers);
  handlers.current = {
    mouseDown: (r, c, e) => {
      if (e.button !== 0) return;
      if (editingRef.current && !commit()) {
        e.preventDefault();
        return;
      }
      dragging.current = true;
      const p = { row: r, col: c };
      choose(e.shiftKey && sel ? extendTo(sel, p) : at(p));
    },
    mouseEnter: (r, c, e) => {
      if (!dragging.current || e.buttons !== 1 || !sel) return;
      choose(extendTo(sel, { row: r, col: c }));
    },
    doubleClick: () => startEdit("edit", shownText),
  };

  if (!sheet) return <p>{t.noSheet}</p>;

  const mode = editing ? (editing.mode === "enter" ? t.modeEnter : t.modeEdit) : t.modeReady;

  return (
    <section className="wb" aria-label={t.workbook}>
      <div className="wb-tabs" role="group" aria-label={t.sheets}>
        {visible.map((s) => (
          <button
            key={s.id}
            type="button"
            aria-pressed={s.name === sheet.name}
            onClick={() => commit() && act(() => host.user.select(s.name, "A1"))}
          >
            {s.name}
            {s.protected ? <span className="wb-lock"> ({t.protectedSheet})</span> : null}
          </button>
        ))}
      </div>
      <FormulaBar
        nameBox={nameBox}
        nameBoxLabel={t.nameBox}
        onNameBoxChange={setNameDraft}
        onNameBoxBlur={() => setNameDraft(null)}
        onNameBoxEnter={() => {
          const s = parseSelection(nameBox);
          if (!s) {
            setMessage(t.badAddress(nameBox));
            return;
          }
          setNameDraft(null);
          choose(s);
        }}
        draft={draft}
        editorLabel={t.cellContent(editing ? cellName(editing.pos) : activeAddress)}
        disabled={!sel}
        editorRef={editor}
        onDraftChange={(text) => {
          if (!editingRef.current && sheet && active)
            setEdit({ sheet: sheet.name, pos: active, mode: "edit", original: shownText });
          changeDraft(text);
        }}
        onEditorFocus={() => {
          if (!editingRef.current && sheet && active)
            setEdit({ sheet: sheet.name, pos: active, mode: "edit", original: shownText });
        }}
        onEditorBlur={() => {
          // Clicking elsewhere finishes the entry, as in Excel: nothing typed is dropped.
          if (editingRef.current) commit();
        }}
        onEditorKeyDown={onEditorKey}
        onEditorPaste={(e) => {
          // A block pasted into a formula bar that holds the cell unchanged is a block paste.
          const text = e.clipboardData.getData("text/plain");
          const ed = editingRef.current;
          const untouched = !ed || draftRef.current === ed.original;
          if (!/[\t\r\n]/.test(text.replace(/(\r\n|\n|\r)$/, "")) || !untouched) return;
          e.preventDefault();
          setEdit(null);
          pasteText(text);
        }}
      />
      <p className={warned ? "wb-message warn" : "wb-message"} role="alert">
        {message ?? ""}
      </p>
      {/* One reserved line, so the grid does not jump as the selection moves in and out of inputs. */}
      <p className="wb-prompt" aria-live="polite" title={activeCell?.prompt ?? undefined}>
        {activeCell?.prompt ?? ""}
      </p>
      <div className="wb-scroll" ref={scrollRef}>
        <SheetTable
          sheet={sheet}
          cells={cells}
          culture={culture}
          rows={rows}
          shown={shown}
          widths={widths}
          box={box}
          active={active}
          editing={editing && editing.sheet === sheet.name ? { pos: editing.pos, draft } : null}
          copied={copied && copied.sheet === sheet.name ? copied.box : null}
          label={t.sheetGrid(sheet.name)}
          cornerLabel={t.corner}
          tableRef={tableRef}
          onKeyDown={onGridKey}
          handlers={handlers}
        />
      </div>
      <div className="wb-status">
        <span className="wb-mode">{mode}</span>
        <span role="status">{status}</span>
        {box && sel && !isSingle(sel) ? (
          <span className="wb-count">{t.count((box.r1 - box.r0 + 1) * (box.c1 - box.c0 + 1))}</span>
        ) : null}
      </div>
    </section>
  );
}
