// The sheet drawn as a table: column letters and row numbers, each cell's shown text with its fill
// and font, input and validated cells marked, the selected range, and the frozen rows and columns
// held in place while the rest scrolls (Excel's Freeze Panes), with a line where they end.
import { memo } from "react";
import type { CellSnapshot, Culture, SheetSnapshot } from "../host";
import { shownText } from "./display-format";
import { colLetter } from "../../workbook/a1";
import { inBox, type Box, type Pos } from "./selection";

/** Every row is this tall, so the frozen rows' offsets are known without measuring. */
export const ROW_HEIGHT = 21;
export const ROW_HEADER = 40;

export interface SheetTableProps {
  sheet: SheetSnapshot;
  cells: ReadonlyMap<string, CellSnapshot>;
  culture: Culture;
  rows: number;
  /** The columns drawn (hidden ones left out), and their widths in px. */
  shown: readonly number[];
  widths: readonly number[];
  box: Box | null;
  active: Pos | null;
  /** The cell being typed in and what it holds so far. */
  editing: { pos: Pos; draft: string } | null;
  copied: Box | null;
  label: string;
  cornerLabel: string;
  tableRef: React.Ref<HTMLTableElement>;
  onKeyDown: (e: React.KeyboardEvent) => void;
  onCellMouseDown: (row: number, col: number, e: React.MouseEvent) => void;
  onCellMouseEnter: (row: number, col: number, e: React.MouseEvent) => void;
  onCellDoubleClick: (row: number, col: number) => void;
}

export const SheetTable = memo(function SheetTable(p: SheetTableProps): React.JSX.Element {
  const { sheet, cells, rows, shown, widths, box, active, editing, copied } = p;
  const frozenRows = Math.min(sheet.frozenRows, rows);
  // Left offsets of the frozen columns that are drawn.
  const left = new Map<number, number>();
  let x = ROW_HEADER;
  shown.forEach((c, i) => {
    if (c < sheet.frozenColumns) {
      left.set(c, x);
      x += widths[i]!;
    }
  });
  const lastFrozenCol = Math.max(-1, ...[...left.keys()]);
  const sticky = (r: number, c: number): React.CSSProperties | undefined => {
    const top = r < frozenRows ? ROW_HEIGHT * (r + 1) : undefined;
    const l = left.get(c);
    if (top === undefined && l === undefined) return undefined;
    // Cells frozen both ways stay above cells frozen one way, which stay above the rest.
    return { position: "sticky", top, left: l, zIndex: top !== undefined && l !== undefined ? 3 : 1 };
  };

  return (
    <table
      ref={p.tableRef}
      className="wb-grid"
      role="grid"
      aria-label={p.label}
      aria-multiselectable="true"
      aria-rowcount={rows + 1}
      aria-colcount={shown.length + 1}
      style={{ width: `${widths.reduce((a, b) => a + b, ROW_HEADER)}px` }}
      onKeyDown={p.onKeyDown}
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
            <span className="sr-only">{p.cornerLabel}</span>
          </th>
          {shown.map((c) => (
            <th
              key={c}
              scope="col"
              className={[
                box && c >= box.c0 && c <= box.c1 ? "hl" : "",
                c === lastFrozenCol ? "freeze-right" : "",
              ].join(" ")}
              style={left.has(c) ? { left: left.get(c), zIndex: 8 } : undefined}
            >
              {colLetter(c + 1)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, r) => (
          <tr key={r} className={r === frozenRows - 1 ? "freeze-below" : undefined}>
            <th
              scope="row"
              className={box && r >= box.r0 && r <= box.r1 ? "hl" : undefined}
              style={r < frozenRows ? { top: ROW_HEIGHT * (r + 1), zIndex: 6 } : undefined}
            >
              {r + 1}
            </th>
            {shown.map((c) => {
              const cell = cells.get(`${r}:${c}`);
              const isActive = active?.row === r && active.col === c;
              const draft = isActive && editing ? editing.draft : null;
              const text = draft ?? shownText(cell, p.culture);
              const inRange = box !== null && inBox(box, r, c);
              // Text runs on into empty cells to its right, as in Excel.
              const spills =
                typeof cell?.value === "string" && cell.value !== "" && !cells.get(`${r}:${c + 1}`)?.text;
              const classes = [
                spills || draft !== null ? "spill" : "",
                cell && !cell.locked ? "input" : "",
                cell?.prompt ? "validated" : "",
                typeof cell?.value === "number" && draft === null ? "num" : "",
                inRange && box && !(box.r0 === box.r1 && box.c0 === box.c1) ? "in-range" : "",
                isActive ? "active" : "",
                draft !== null ? "editing" : "",
                copied && inBox(copied, r, c) ? "copied" : "",
                c === lastFrozenCol ? "freeze-right" : "",
              ]
                .filter(Boolean)
                .join(" ");
              const stick = sticky(r, c);
              // A frozen cell's text that runs on is drawn over its frozen neighbours.
              if (stick && spills) stick.zIndex = Number(stick.zIndex ?? 1) + 1;
              return (
                <td
                  key={c}
                  role="gridcell"
                  data-address={`${colLetter(c + 1)}${r + 1}`}
                  aria-selected={inRange}
                  tabIndex={isActive || (!active && r === 0 && c === shown[0]) ? 0 : -1}
                  className={classes || undefined}
                  title={cell?.prompt ?? undefined}
                  style={{
                    ...stick,
                    backgroundColor: cell?.fill ?? (stick ? "#fff" : undefined),
                    color: cell?.fontColor ?? undefined,
                    fontWeight: cell?.bold ? 600 : undefined,
                  }}
                  onMouseDown={(e) => p.onCellMouseDown(r, c, e)}
                  onMouseEnter={(e) => p.onCellMouseEnter(r, c, e)}
                  onDoubleClick={() => p.onCellDoubleClick(r, c)}
                >
                  {text}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
