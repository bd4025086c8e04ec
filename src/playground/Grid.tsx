// The in-browser workbook as a person sees it: sheet tabs, a name box, a formula bar, and a grid of
// values with their fills and fonts, locked and input cells, and validation prompts. Typing goes
// through the host's user API, so protection, validation and onChanged behave as in Excel.
import { useEffect, useMemo, useRef, useState } from "react";
import type { CellSnapshot, ExcelHost, WorkbookSnapshot } from "./host";
import { UserActionError } from "./host";
import { gridStrings, type GridLanguage } from "./strings";
import { colLetter, colNumber } from "../workbook/a1";

const MAX_ROWS = 300;
const MAX_COLS = 30;

function columnName(c: number): string {
  return colLetter(c + 1);
}

function parseCell(address: string): { row: number; col: number } | null {
  const m = /^\s*\$?([A-Za-z]{1,3})\$?(\d{1,7})\s*$/.exec(address);
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: colNumber(m[1]!) - 1 };
}

/** What the formula bar shows for a cell: its formula, or what a person would retype. */
function editText(cell: CellSnapshot | undefined): string {
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  if (typeof cell.value === "number" && /%|[dmy]/i.test(cell.numberFormat)) return cell.text;
  return String(cell.value);
}

export function Grid({ host, lang }: { host: ExcelHost; lang: GridLanguage }): React.JSX.Element {
  const t = gridStrings[lang];
  const [version, setVersion] = useState(0);
  useEffect(() => host.onUpdate(() => setVersion((v) => v + 1)), [host]);
  const snap: WorkbookSnapshot = useMemo(() => host.snapshot({ hidden: false }), [host, version]);

  const visible = snap.sheets.filter((s) => s.visibility === "Visible");
  const sheet = visible.find((s) => s.name === snap.activeSheet) ?? visible[0];
  const selected =
    snap.selection && sheet && snap.selection.sheet === sheet.name
      ? parseCell(snap.selection.address.split(":")[0]!)
      : null;
  const cells = useMemo(() => new Map(sheet?.cells.map((c) => [`${c.row}:${c.col}`, c]) ?? []), [sheet]);
  const selectedCell = selected ? cells.get(`${selected.row}:${selected.col}`) : undefined;
  const selectedAddress = selected ? `${columnName(selected.col)}${selected.row + 1}` : "";

  const [draft, setDraft] = useState("");
  const [nameBox, setNameBox] = useState(selectedAddress);
  const [message, setMessage] = useState<string | null>(null);
  const editor = useRef<HTMLInputElement>(null);
  const gridRef = useRef<HTMLTableElement>(null);

  // The formula bar follows the selection (and what the pane writes into the selected cell).
  useEffect(() => {
    setDraft(editText(selectedCell));
    setNameBox(selectedAddress);
  }, [selectedAddress, selectedCell?.formula, selectedCell?.value]);

  // Keep the selected cell in view, e.g. after the pane's "Go to cell".
  useEffect(() => {
    if (!selectedAddress) return;
    const td = gridRef.current?.querySelector<HTMLElement>(`[data-address="${selectedAddress}"]`);
    td?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [selectedAddress, version]);

  if (!sheet) return <p>{t.noSheet}</p>;
  const rows = Math.min(MAX_ROWS, Math.max(20, (sheet.used?.r1 ?? 0) + 3));
  const cols = Math.min(MAX_COLS, Math.max(8, (sheet.used?.c1 ?? 0) + 2));
  // Hidden columns are not drawn, as in Excel; the arrow keys step over them.
  const hidden = new Set(sheet.hiddenColumns);
  const shown = Array.from({ length: cols }, (_, c) => c).filter((c) => !hidden.has(c));
  // Office measures column widths in points; the default is 48 pt (64 px).
  const widths = shown.map((c) => Math.round((sheet.columnWidths[c] ?? 48) * (96 / 72)));
  const ROW_HEADER = 36;

  const act = (fn: () => void): boolean => {
    try {
      fn();
      setMessage(null);
      return true;
    } catch (e) {
      setMessage(e instanceof UserActionError ? e.text[lang] : e instanceof Error ? e.message : String(e));
      return false;
    }
  };
  const select = (row: number, col: number) => {
    if (row < 0 || col < 0 || row >= rows || col >= cols) return;
    act(() => host.user.select(sheet.name, `${columnName(col)}${row + 1}`));
  };
  const focusCell = (address: string) =>
    requestAnimationFrame(() =>
      gridRef.current?.querySelector<HTMLElement>(`[data-address="${address}"]`)?.focus(),
    );
  const commit = () => {
    if (!selected) return;
    const ok = act(() =>
      draft === ""
        ? host.user.clear(sheet.name, selectedAddress)
        : host.user.type(sheet.name, selectedAddress, draft),
    );
    if (ok) {
      // Enter moves down, as in Excel.
      const below = `${columnName(selected.col)}${selected.row + 2}`;
      select(selected.row + 1, selected.col);
      focusCell(below);
    }
  };

  const onGridKey = (e: React.KeyboardEvent) => {
    if (!selected) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      const r = selected.row + move[0];
      const at = shown.indexOf(selected.col);
      const c = move[1] === 0 ? selected.col : (shown[at + move[1]] ?? -1);
      select(r, c);
      if (r >= 0 && c >= 0 && r < rows && c < cols) focusCell(`${columnName(c)}${r + 1}`);
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      editor.current?.focus();
    } else if (e.key === "Delete") {
      e.preventDefault();
      act(() => host.user.clear(sheet.name, selectedAddress));
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Typing on a cell starts editing it, replacing its content.
      e.preventDefault();
      setDraft(e.key);
      editor.current?.focus();
    }
  };

  return (
    <section className="wb" aria-label={t.workbook}>
      <div className="wb-tabs" role="group" aria-label={t.sheets}>
        {visible.map((s) => (
          <button
            key={s.id}
            type="button"
            aria-pressed={s.name === sheet.name}
            onClick={() => act(() => host.user.select(s.name, "A1"))}
          >
            {s.name}
            {s.protected ? <span className="wb-lock"> ({t.protectedSheet})</span> : null}
          </button>
        ))}
      </div>
      <div className="wb-bar">
        <label className="wb-namebox">
          <span className="sr-only">{t.nameBox}</span>
          <input
            value={nameBox}
            aria-label={t.nameBox}
            spellCheck={false}
            onChange={(e) => setNameBox(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== "Enter") return;
              const at = parseCell(nameBox);
              if (!at) {
                setMessage(t.badAddress(nameBox));
                return;
              }
              select(at.row, at.col);
              editor.current?.focus();
            }}
          />
        </label>
        <label className="wb-editor">
          <span className="sr-only">{t.cellContent(selectedAddress)}</span>
          <input
            ref={editor}
            value={draft}
            aria-label={t.cellContent(selectedAddress)}
            disabled={!selected}
            spellCheck={false}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                commit();
              } else if (e.key === "Escape") {
                setDraft(editText(selectedCell));
                focusCell(selectedAddress);
              }
            }}
          />
        </label>
      </div>
      <p className="wb-message" role="alert">
        {message ?? ""}
      </p>
      <p className="wb-prompt" aria-live="polite">
        {selectedCell?.prompt ?? ""}
      </p>
      <div className="wb-scroll">
        <table
          ref={gridRef}
          className="wb-grid"
          role="grid"
          aria-label={t.sheetGrid(sheet.name)}
          aria-rowcount={rows + 1}
          aria-colcount={shown.length + 1}
          style={{ width: `${widths.reduce((a, b) => a + b, ROW_HEADER)}px` }}
          onKeyDown={onGridKey}
        >
          <colgroup>
            <col style={{ width: `${ROW_HEADER}px` }} />
            {widths.map((w, i) => (
              <col key={shown[i]} style={{ width: `${w}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th scope="col" className="wb-corner">
                <span className="sr-only">{t.corner}</span>
              </th>
              {shown.map((c) => (
                <th
                  key={c}
                  scope="col"
                  style={
                    sheet.columnWidths[c]
                      ? { minWidth: `${Math.round(sheet.columnWidths[c]! * 1.33)}px` }
                      : undefined
                  }
                >
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th scope="row">{r + 1}</th>
                {shown.map((c) => {
                  const cell = cells.get(`${r}:${c}`);
                  const address = `${columnName(c)}${r + 1}`;
                  const isSelected = selected?.row === r && selected.col === c;
                  // Text runs on into empty cells to its right, as in Excel.
                  const spills =
                    typeof cell?.value === "string" && cell.value !== "" && !cells.get(`${r}:${c + 1}`)?.text;
                  const classes = [
                    spills ? "spill" : "",
                    cell && !cell.locked ? "input" : "",
                    cell?.prompt ? "validated" : "",
                    typeof cell?.value === "number" ? "num" : "",
                  ]
                    .filter(Boolean)
                    .join(" ");
                  return (
                    <td
                      key={c}
                      role="gridcell"
                      data-address={address}
                      aria-selected={isSelected}
                      tabIndex={isSelected || (!selected && r === 0 && c === 0) ? 0 : -1}
                      className={classes || undefined}
                      title={cell?.prompt ?? undefined}
                      style={{
                        backgroundColor: cell?.fill ?? undefined,
                        color: cell?.fontColor ?? undefined,
                        fontWeight: cell?.bold ? 600 : undefined,
                      }}
                      onClick={() => select(r, c)}
                      onDoubleClick={() => editor.current?.focus()}
                    >
                      {cell?.text ?? ""}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
