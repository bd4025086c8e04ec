// Range.getSpecialCells: the cells of a range that hold formulas, constants or nothing, as
// RangeAreas (rectangles, comma-separated in `address`). The adapter uses it to learn which cells
// are formulas without loading every formula's text.
import type { Bounds } from "./address";
import { fullAddress } from "./address";
import { HostApiError, notCovered } from "./errors";
import type { HostSheet, HostWorkbookModel } from "./model";
import type { RequestContextCore } from "./request";
import { HostObject } from "./request";
import { AreasDataValidationProxy } from "./areas-validation";
import type { ConditionalFormatProxy } from "./range-rules";
import { addConditionalFormat } from "./range-rules";

export interface AreasTarget {
  sheet: HostSheet;
  areas: Bounds[];
}

const VALUE_KINDS: Record<string, string[]> = {
  All: ["e", "b", "n", "s"],
  Errors: ["e"],
  Logical: ["b"],
  Numbers: ["n"],
  Text: ["s"],
};

function kindsOf(valueType: string): Set<string> {
  if (VALUE_KINDS[valueType]) return new Set(VALUE_KINDS[valueType]);
  // "ErrorsLogicalText" and the like: the words it is made of.
  const parts = valueType.match(/Errors|Logical|Numbers?|Text/g);
  if (!parts || parts.join("") !== valueType) throw notCovered(`getSpecialCells value type ${valueType}`);
  return new Set(parts.flatMap((p) => VALUE_KINDS[p.startsWith("Number") ? "Numbers" : p]!));
}

/** The cells of `bounds` of one kind, merged into rectangles (row runs, stacked when equal). */
export function specialCells(
  m: HostWorkbookModel,
  sheet: HostSheet,
  bounds: Bounds,
  cellType: string,
  valueType: string,
): Bounds[] {
  const kinds = kindsOf(valueType);
  const wanted = (r: number, c: number): boolean => {
    const content = sheet.cell(r, c)?.content;
    if (cellType === "Blanks") return !content;
    if (!content) return false;
    if (cellType === "Formulas") {
      if (content.t !== "f") return false;
      const v = m.value(sheet, r, c);
      const kind =
        v === null
          ? "s"
          : typeof v === "object"
            ? "e"
            : typeof v === "number"
              ? "n"
              : typeof v === "boolean"
                ? "b"
                : "s";
      return kinds.has(kind);
    }
    if (cellType === "Constants") return content.t !== "f" && kinds.has(content.t);
    throw notCovered(`getSpecialCells("${cellType}")`);
  };
  const areas: Bounds[] = [];
  let previousRow: Bounds[] = [];
  // Only rows that have cells are visited, so a whole-column range costs what its contents cost.
  const rowsWithCells = new Set<number>();
  if (cellType === "Blanks") for (let r = bounds.r0; r <= bounds.r1; r++) rowsWithCells.add(r);
  else
    for (const k of sheet.cells.keys()) {
      const r = Math.floor(k / 16384);
      if (r >= bounds.r0 && r <= bounds.r1) rowsWithCells.add(r);
    }
  for (const r of [...rowsWithCells].sort((a, b) => a - b)) {
    const runs: Bounds[] = [];
    let start = -1;
    for (let c = bounds.c0; c <= bounds.c1 + 1; c++) {
      const hit = c <= bounds.c1 && wanted(r, c);
      if (hit && start < 0) start = c;
      if (!hit && start >= 0) {
        runs.push({ r0: r, r1: r, c0: start, c1: c - 1 });
        start = -1;
      }
    }
    const current: Bounds[] = [];
    for (const run of runs) {
      const above = previousRow.find((a) => a.r1 === r - 1 && a.c0 === run.c0 && a.c1 === run.c1);
      if (above) {
        above.r1 = r;
        current.push(above);
      } else {
        areas.push(run);
        current.push(run);
      }
    }
    previousRow = current;
  }
  return areas;
}

export class RangeAreasProxy extends HostObject<AreasTarget> {
  protected readonly className = "RangeAreas";
  protected readonly scalars = ["address", "areaCount", "cellCount"] as const;

  constructor(ctx: RequestContextCore, path: string, resolver: () => AreasTarget | null, nullable: boolean) {
    super(ctx, path, resolver, nullable);
  }

  protected read(t: AreasTarget, p: string): unknown {
    if (p === "address") return t.areas.map((a) => fullAddress(t.sheet.name, a)).join(",");
    if (p === "areaCount") return t.areas.length;
    return t.areas.reduce((n, a) => n + (a.r1 - a.r0 + 1) * (a.c1 - a.c0 + 1), 0);
  }
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  /** RangeAreas.conditionalFormats (ExcelApi 1.9): one format over every area; only add is covered. */
  get conditionalFormats(): { add(type: string): ConditionalFormatProxy } {
    return {
      add: (type: string) => addConditionalFormat(this, (t) => ({ sheet: t.sheet, areas: t.areas }), type),
    };
  }
  private validationProxy: AreasDataValidationProxy | undefined;
  get dataValidation(): AreasDataValidationProxy {
    this.validationProxy ??= new AreasDataValidationProxy(this.ctx, this.path + ".dataValidation", () =>
      this.target(),
    );
    return this.validationProxy;
  }
}

export function noSpecialCells(): HostApiError {
  return new HostApiError("ItemNotFound", "No cells were found.", "Range.getSpecialCells");
}
