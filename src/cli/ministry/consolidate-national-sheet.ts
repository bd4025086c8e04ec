// The consolidated workbook's national sheets (issue #11 item 4, DECISIONS D34): "Toàn ngành" has
// one row per national indicator of each plan and year (the sum of the contributions against the
// national target, or the reporting unit's entry for an index or rank); "Toàn ngành (chi tiết)"
// has one row per unit behind each figure: added, missing and why, or listed without being added.
// Printable like the other sheets: header row and the indicator's id and text on every page.
import type { CellValue, Status } from "../../domain/entry";
import { isCellError } from "../../domain/entry";
import type { Plan, ValueType } from "../../domain/plan";
import { unitTypeName } from "../../domain/unit";
import { statusLabels } from "../../domain/status-labels";
import type { DocumentKind } from "../../domain/registration";
import { argb, statusColours } from "../../workbook/palette";
import { valueFormat } from "../../workbook/number-formats";
import type { Cell, XlsxWriter } from "../../ooxml/lean-writer";
import { CONSOLIDATE_STRINGS } from "./consolidate-strings";
import { GAP_REASONS, type NationalFigure } from "./consolidate-national";
import { rowHeight, rowHeights, sheetPrint } from "./consolidate-print";

export function writeNationalSheets(
  x: XlsxWriter,
  figures: readonly NationalFigure[],
  lang: "vi" | "en",
  planOf: (id: string) => Plan | undefined,
  text: (v: string | null | undefined) => string,
  sheetRows: number,
  /** The registrations' sums (D42): their own sheet names and words ("Thấp hơn KH"). */
  registration?: { names: { national: string; detail: string }; kind: DocumentKind },
): void {
  const s = CONSOLIDATE_STRINGS[lang];
  const names = registration?.names ?? { national: s.sheets.national, detail: s.sheets.nationalDetail };
  const words = statusLabels(lang, registration?.kind);
  const colours = statusColours(registration?.kind);
  const n = s.national;
  const bold = x.style({ bold: true, wrap: true });
  const wrap = x.style({ wrap: true });
  // Every cell wraps and sits at the top of its row, so a row's texts line up however tall it is.
  const percent = x.style({ numFmt: "0.0%", wrap: true });
  const styles = new Map<string, number>();
  const style = (key: string, make: () => number) => {
    let st = styles.get(key);
    if (st === undefined) styles.set(key, (st = make()));
    return st;
  };
  const valueCell = (v: CellValue, type: ValueType): Cell => {
    if (v === null) return null;
    if (isCellError(v)) return v.error;
    if (typeof v === "string") return text(v);
    if (typeof v === "number")
      return {
        v,
        s: style(`n|${valueFormat(type, v)}`, () => x.style({ numFmt: valueFormat(type, v), wrap: true })),
      };
    return v;
  };
  const statusCell = (st: Status): Cell => ({
    v: words[st],
    s: style(`s|${st}`, () => x.style({ fill: argb(colours[st].fill), wrap: true })),
  });
  const top = (cells: Cell[]): Cell[] =>
    cells.map((c) => (c === null || typeof c === "object" ? c : { v: c, s: wrap }));
  const shown = (cells: Cell[]) =>
    cells.map((c) => (c !== null && typeof c === "object" ? ("v" in c ? c.v : null) : c));
  const typeNames = (planId: string, ids: readonly string[]) => {
    const plan = planOf(planId);
    return ids.map((id) => (plan ? unitTypeName(plan, id)[lang] : id)).join(", ");
  };

  // 1. One row per national indicator.
  const widths = [14, 6, 24, 40, 12, 30, 16, 7, 14, 13, 10, 10, 10, 44];
  const wrapped = new Set(widths.map((_, i) => i + 1));
  const sheet = x.sheet(names.national, widths, { cols: 4, rows: 1 }, sheetPrint(widths, [1, 1], [3, 4]));
  const heads = [
    s.plan,
    s.year,
    n.indicatorId,
    s.indicatorName,
    n.unit,
    n.method,
    n.target,
    n.deadline,
    n.value,
    n.status,
    n.completion,
    n.contributors,
    n.gaps,
    n.note,
  ];
  sheet.row(
    heads.map((v) => ({ v, s: bold })),
    rowHeight(heads, widths, new Set(widths.map((_, i) => i + 1)), true),
  );
  if (figures.length === 0) sheet.row([n.noNational]);
  for (const f of figures) {
    let value: Cell = null;
    let status: Cell = null;
    let completion: Cell = null;
    let contributors: number | null = null;
    let gaps: number | null = null;
    let method: string;
    let note: string;
    if (f.kind === "sum") {
      method = `${n.summed}: ${typeNames(f.planId, f.unitTypes)}`;
      value = f.sum === null ? null : valueCell(f.sum, f.valueType);
      status = statusCell(f.status);
      completion = f.completion === null ? null : { v: f.completion, s: percent };
      contributors = f.contributors;
      gaps = f.gaps.length;
      const why = new Map<string, number>();
      for (const g of f.gaps) why.set(g.reason, (why.get(g.reason) ?? 0) + 1);
      note =
        f.gaps.length === 0
          ? f.sum === null
            ? n.noneReceived
            : n.complete
          : `${n.partial}: ${[...why].map(([r, k]) => `${k} ${GAP_REASONS[r as keyof typeof GAP_REASONS][lang]}`).join("; ")}`;
    } else {
      method = n.listed;
      const only = f.entries.length === 1 ? f.entries[0]! : null;
      if (only) {
        value = valueCell(only.value, f.valueType);
        status = statusCell(only.status);
        completion = only.completion === null ? null : { v: only.completion, s: percent };
        note = `${n.oneEntry} ${text(only.name)} (${text(only.unitCode)})`;
      } else note = f.entries.length === 0 ? n.noneReceived : `${f.entries.length} ${n.entries}`;
    }
    const cells: Cell[] = [
      f.planId,
      f.year,
      f.indicatorId,
      f.text[lang],
      f.unit[lang],
      method,
      f.targetText[lang],
      f.deadlineYear,
      value,
      status,
      completion,
      contributors,
      gaps,
      text(note),
    ];
    sheet.row(top(cells), rowHeight(shown(cells), widths, wrapped));
  }

  // 2. The units behind each figure, continued on "(2)", ... before Excel's last row.
  const dWidths = [14, 6, 24, 18, 36, 22, 30, 14, 13, 10, 36];
  const dWrapped = new Set(dWidths.map((_, i) => i + 1));
  const dHeads = [
    s.plan,
    s.year,
    n.indicatorId,
    s.unitCode,
    s.unitName,
    s.unitType,
    n.role,
    n.value,
    n.status,
    n.completion,
    s.file,
  ];
  const dPrint = sheetPrint(dWidths, [1, 1], [3, 4]);
  let pages = 1;
  let rows = 0;
  const start = (name: string) => {
    const d = x.sheet(name, dWidths, { cols: 4, rows: 1 }, dPrint);
    d.row(
      dHeads.map((v) => ({ v, s: bold })),
      rowHeight(dHeads, dWidths, new Set(dWidths.map((_, i) => i + 1)), true),
    );
    rows = 1;
    return d;
  };
  let detail = start(names.detail);
  const detailHeight = rowHeights();
  const row = (
    f: NationalFigure,
    u: { unitCode: string; name: string; unitType: string; file: string | null },
    role: string,
    value: CellValue,
    st: Status | null,
    completion: number | null,
  ) => {
    if (rows >= sheetRows) detail = start(`${names.detail} (${++pages})`);
    rows++;
    const type = typeNames(f.planId, [u.unitType]);
    const cells: Cell[] = [
      f.planId,
      f.year,
      f.indicatorId,
      text(u.unitCode),
      text(u.name),
      type,
      role,
      valueCell(value, f.valueType),
      st === null ? null : statusCell(st),
      completion === null ? null : { v: completion, s: percent },
      text(u.file),
    ];
    detail.row(top(cells), detailHeight(shown(cells), dWidths, dWrapped));
  };
  for (const f of figures) {
    if (f.kind === "sum") {
      for (const c of f.contributions) row(f, c, n.contribution, c.value, null, null);
      for (const g of f.gaps) row(f, g, `${n.gap}: ${GAP_REASONS[g.reason][lang]}`, g.value, null, null);
      for (const e of f.notSummed) row(f, e, n.notSummed, e.value, e.status, e.completion);
    } else for (const e of f.entries) row(f, e, n.ownEntry, e.value, e.status, e.completion);
  }
}
