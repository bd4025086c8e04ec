// The consolidated workbook's registration sheets (issue #11 item 4, DECISIONS D42), written only
// when registrations were received: the registered sums of national indicators against the national
// targets with the units behind them (the national sheets' layout, under the registrations' names
// and words), and "Chưa đăng ký": the units that registered nothing on an indicator of their own.
import type { Plan } from "../../domain/plan";
import { REGISTRATION_KIND } from "../../domain/registration";
import { unitTypeName } from "../../domain/unit";
import type { Cell, XlsxWriter } from "../../ooxml/lean-writer";
import { writeNationalSheets } from "./consolidate-national-sheet";
import { UNREGISTERED_REASONS, type RegistrationsView } from "./consolidate-registrations";
import { rowHeight, sheetPrint } from "./consolidate-print";

const STRINGS = {
  vi: {
    national: "Đăng ký (toàn ngành)",
    detail: "Đăng ký (chi tiết)",
    unregistered: "Chưa đăng ký",
    heads: [
      "Kế hoạch",
      "Năm",
      "Mã chỉ tiêu",
      "Chỉ tiêu",
      "Mã đơn vị",
      "Tên đơn vị",
      "Loại đơn vị",
      "Lý do",
      "Tệp",
    ],
    every: "mọi chỉ tiêu của loại đơn vị",
    none: "Mọi đơn vị đã nhận đều đăng ký mọi chỉ tiêu của mình.",
  },
  en: {
    national: "Registered (national)",
    detail: "Registered (detail)",
    unregistered: "Not registered",
    heads: [
      "Plan",
      "Year",
      "Indicator id",
      "Indicator",
      "Unit code",
      "Unit name",
      "Unit type",
      "Why",
      "File",
    ],
    every: "every indicator of the unit type",
    none: "Every unit received registered every indicator of its own.",
  },
} as const;

export function writeRegistrationSheets(
  x: XlsxWriter,
  view: RegistrationsView,
  lang: "vi" | "en",
  planOf: (id: string) => Plan | undefined,
  text: (v: string | null | undefined) => string,
  sheetRows: number,
): void {
  const t = STRINGS[lang];
  writeNationalSheets(x, view.national, lang, planOf, text, sheetRows, {
    names: { national: t.national, detail: t.detail },
    kind: REGISTRATION_KIND,
  });
  const widths = [14, 6, 24, 44, 18, 36, 22, 30, 30];
  const wrapped = new Set(widths.map((_, i) => i + 1));
  const bold = x.style({ bold: true, wrap: true });
  const wrap = x.style({ wrap: true });
  let pages = 1;
  let rows = 0;
  const start = (name: string) => {
    const sheet = x.sheet(name, widths, { cols: 4, rows: 1 }, sheetPrint(widths, [1, 1], [3, 4]));
    sheet.row(
      t.heads.map((v) => ({ v, s: bold })),
      rowHeight(t.heads, widths, wrapped, true),
    );
    rows = 1;
    return sheet;
  };
  let sheet = start(t.unregistered);
  if (view.unregistered.length === 0) sheet.row([t.none]);
  for (const u of view.unregistered) {
    if (rows >= sheetRows) sheet = start(`${t.unregistered} (${++pages})`);
    rows++;
    const plan = planOf(u.planId);
    const cells: Cell[] = [
      u.planId,
      u.year,
      u.indicatorId ?? "*",
      u.text ? u.text[lang] : t.every,
      text(u.unitCode),
      text(u.name),
      u.unitType === null ? "" : plan ? unitTypeName(plan, u.unitType)[lang] : u.unitType,
      UNREGISTERED_REASONS[u.reason][lang],
      text(u.file),
    ];
    const shown = cells.map((c) => (c !== null && typeof c === "object" ? ("v" in c ? c.v : null) : c));
    sheet.row(
      cells.map((c) => (c === null || typeof c === "object" ? c : { v: c, s: wrap })),
      rowHeight(shown, widths, wrapped),
    );
  }
}
