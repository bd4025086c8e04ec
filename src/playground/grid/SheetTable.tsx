// The sheet drawn as a table: column letters and row numbers, each cell's shown text with its fill
// and font, input and validated cells marked, the selected range, and the frozen rows and columns
// held in place while the rest scrolls (Excel's Freeze Panes), with a line where they end. Rows are
// drawn again only when what they show changed: moving the selection redraws the rows it leaves and
// enters, not the sheet.
import { memo, useMemo } from "react";
import type { CellSnapshot, Culture, SheetSnapshot } from "../host";
import { shownText } from "./display-format";
import { colLetter } from "../../workbook/a1";
import type { Box, Pos } from "./selection";

/** Every row is this tall, so the frozen rows' offsets are known without measuring. */
export const ROW_HEIGHT = 21;
export const ROW_HEADER = 40;

export interface CellHandlers {
  mouseDown: (row: number, col: number, e: React.MouseEvent) => void;
  mouseEnter: (row: number, col: number, e: React.MouseEvent) => void;
  doubleClick: (row: number, col: number) => void;
}

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
  /** Read when an event happens, so the rows need not be drawn again when the handlers change. */
  handlers: { current: CellHandlers };
}

/** What one row needs to know of the frozen panes: the left offset of each frozen column drawn. */
interface Frozen {
  rows: number;
  left: ReadonlyMap<number, number>;
  lastCol: number;
}

export function SheetTable(p: SheetTableProps): React.JSX.Element {
  const { sheet, rows, shown, widths, box, active, editing, copied } = p;
  const frozen: Frozen = useMemo(() => {
    const left = new Map<number, number>();
    let x = ROW_HEADER;
    shown.forEach((c, i) => {
      if (c < sheet.frozenColumns) {
        left.set(c, x);
        x += widths[i]!;
      }
    });
    return { rows: Math.min(sheet.frozenRows, rows), left, lastCol: Math.max(-1, ...left.keys()) };
  }, [shown, widths, sheet.frozenColumns, sheet.frozenRows, rows]);
  const multi = box !== null && (box.r0 !== box.r1 || box.c0 !== box.c1);

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
                c === frozen.lastCol ? "freeze-right" : "",
              ].join(" ")}
              style={frozen.left.has(c) ? { left: frozen.left.get(c), zIndex: 8 } : undefined}
            >
              {colLetter(c + 1)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, r) => {
          const inRows = box !== null && r >= box.r0 && r <= box.r1;
          return (
            <Row
              key={r}
              r={r}
              cells={p.cells}
              culture={p.culture}
              shown={shown}
              frozen={frozen}
              range={inRows ? box.c0 : -1}
              rangeEnd={inRows ? box.c1 : -1}
              multi={multi}
              activeCol={active?.row === r ? active.col : -1}
              // The first cell takes Tab focus until anything is selected.
              tabCol={active ? -1 : r === 0 ? (shown[0] ?? 0) : -1}
              draft={editing && editing.pos.row === r ? editing.draft : null}
              copiedFrom={copied && r >= copied.r0 && r <= copied.r1 ? copied.c0 : -1}
              copiedTo={copied && r >= copied.r0 && r <= copied.r1 ? copied.c1 : -1}
              handlers={p.handlers}
            />
          );
        })}
      </tbody>
    </table>
  );
}

interface RowProps {
  r: number;
  cells: ReadonlyMap<string, CellSnapshot>;
  culture: Culture;
  shown: readonly number[];
  frozen: Frozen;
  /** The selected columns of this row (-1 when the selection does not cross it). */
  range: number;
  rangeEnd: number;
  multi: boolean;
  activeCol: number;
  tabCol: number;
  draft: string | null;
  copiedFrom: number;
  copiedTo: number;
  handlers: { current: CellHandlers };
}

const Row = memo(function Row(p: RowProps): React.JSX.Element {
  const { r, cells, shown, frozen } = p;
  const sticky = (c: number): React.CSSProperties | undefined => {
    const top = r < frozen.rows ? ROW_HEIGHT * (r + 1) : undefined;
    const l = frozen.left.get(c);
    if (top === undefined && l === undefined) return undefined;
    // Cells frozen both ways stay above cells frozen one way, which stay above the rest.
    return { position: "sticky", top, left: l, zIndex: top !== undefined && l !== undefined ? 3 : 1 };
  };
  return (
    <tr className={r === frozen.rows - 1 ? "freeze-below" : undefined}>
      <th
        scope="row"
        className={p.range >= 0 ? "hl" : undefined}
        style={r < frozen.rows ? { top: ROW_HEIGHT * (r + 1), zIndex: 6 } : undefined}
      >
        {r + 1}
      </th>
      {shown.map((c) => {
        const cell = cells.get(`${r}:${c}`);
        const isActive = p.activeCol === c;
        const draft = isActive ? p.draft : null;
        const text = draft ?? shownText(cell, p.culture);
        const inRange = p.range >= 0 && c >= p.range && c <= p.rangeEnd;
        // Text runs on into empty cells to its right, as in Excel.
        const spills =
          typeof cell?.value === "string" && cell.value !== "" && !cells.get(`${r}:${c + 1}`)?.text;
        const classes = [
          spills || draft !== null ? "spill" : "",
          cell && !cell.locked ? "input" : "",
          cell?.prompt ? "validated" : "",
          typeof cell?.value === "number" && draft === null ? "num" : "",
          inRange && p.multi ? "in-range" : "",
          isActive ? "active" : "",
          draft !== null ? "editing" : "",
          p.copiedFrom >= 0 && c >= p.copiedFrom && c <= p.copiedTo ? "copied" : "",
          c === frozen.lastCol ? "freeze-right" : "",
        ]
          .filter(Boolean)
          .join(" ");
        const stick = sticky(c);
        // A frozen cell's text that runs on is drawn over its frozen neighbours.
        if (stick && spills) stick.zIndex = Number(stick.zIndex ?? 1) + 1;
        return (
          <td
            key={c}
            role="gridcell"
            data-address={`${colLetter(c + 1)}${r + 1}`}
            aria-selected={inRange}
            tabIndex={isActive || p.tabCol === c ? 0 : -1}
            className={classes || undefined}
            title={cell?.prompt ?? undefined}
            style={{
              ...stick,
              backgroundColor: cell?.fill ?? (stick ? "#fff" : undefined),
              color: cell?.fontColor ?? undefined,
              fontWeight: cell?.bold ? 600 : undefined,
            }}
            onMouseDown={(e) => p.handlers.current.mouseDown(r, c, e)}
            onMouseEnter={(e) => p.handlers.current.mouseEnter(r, c, e)}
            onDoubleClick={() => p.handlers.current.doubleClick(r, c)}
          >
            {text}
          </td>
        );
      })}
    </tr>
  );
});
