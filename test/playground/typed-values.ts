// For every indicator of a plan, a value that meets its target, typed the way a Vietnamese
// accountant types it in vi-VN Excel (comma decimals, dot thousands, percent sign, dd/mm/yyyy,
// "Có"). Shared by the grid's tests.
import type { Indicator } from "../../src/domain/plan";

function viNumber(n: number): string {
  const [int, frac] = String(n).split(".");
  return int!.replace(/\B(?=(\d{3})+(?!\d))/g, ".") + (frac ? `,${frac}` : "");
}

/** The value that meets `ind`'s target, as text a person types. */
export function meetingValue(ind: Indicator): string {
  const t = ind.target;
  const goal =
    t.kind === "atLeast" || t.kind === "atMost"
      ? t.value
      : t.kind === "moreThan"
        ? t.value + (ind.valueType === "percent" || ind.valueType === "rate" ? 0.01 : 1)
        : t.kind === "range"
          ? t.low
          : t.kind === "rank"
            ? t.best
            : null;
  switch (ind.valueType) {
    case "done":
      return "Có";
    case "date": {
      const by = t.kind === "milestone" ? t.by : "2023-06-30";
      const [y, m, d] = by.split("-");
      return `${d}/${m}/${y}`;
    }
    case "percent":
    case "rate":
      return `${viNumber(Math.round((goal ?? 0) * 10000) / 100)}%`;
    default:
      return viNumber(goal ?? 0);
  }
}
