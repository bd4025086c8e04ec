// How this Excel reads what a person types: Application.cultureInfo and the separators Excel uses
// (ExcelApi 1.11), asked only where the requirement set says they exist, and the date order from
// the culture's short date pattern (ExcelApi 1.12) or, failing that, from the cultures we know.
import type { EntrySettings } from "../workbook/port";

/** Office.context.requirements, or the host's stand-in. */
export interface Requirements {
  isSetSupported(name: string, version?: string): boolean;
}

const KNOWN_ORDER: Record<string, EntrySettings["dateOrder"]> = { "vi-VN": "DMY", "en-US": "MDY" };

/** "dd/MM/yyyy" → DMY, "M/d/yyyy" → MDY, "yyyy-MM-dd" → YMD. */
export function dateOrderOf(pattern: string): EntrySettings["dateOrder"] {
  const order = [
    ...pattern
      .toLowerCase()
      .replace(/[^dmy]/g, "")
      .replace(/(.)\1+/g, "$1"),
  ].join("");
  return order === "dmy" ? "DMY" : order === "mdy" ? "MDY" : order === "ymd" ? "YMD" : null;
}

export async function readEntrySettings(
  excel: typeof Excel,
  requirements: Requirements | undefined,
): Promise<EntrySettings | null> {
  if (!requirements?.isSetSupported("ExcelApi", "1.11")) return null;
  const withPattern = requirements.isSetSupported("ExcelApi", "1.12");
  return excel.run({ delayForCellEdit: true }, async (ctx) => {
    const app = ctx.workbook.application.load("decimalSeparator,thousandsSeparator");
    const culture = app.cultureInfo.load("name");
    const dates = withPattern ? app.cultureInfo.datetimeFormat.load("shortDatePattern") : null;
    await ctx.sync();
    return {
      culture: culture.name,
      decimalSeparator: app.decimalSeparator,
      thousandsSeparator: app.thousandsSeparator,
      dateOrder: dates ? dateOrderOf(dates.shortDatePattern) : (KNOWN_ORDER[culture.name] ?? null),
    };
  });
}
