// The roster: the units expected to report, as a CSV a ministry keeps in Excel. Columns are found by
// header (code / mã, name / tên, type / loại); without a header the first column is the code and
// the second the name. Comma or semicolon (Excel in vi-VN saves with ";"), quotes as RFC 4180.
import { readCsv } from "./csv";

export interface RosterUnit {
  code: string;
  name: string;
  unitType: string;
}

const HEADERS: Record<keyof RosterUnit, RegExp> = {
  code: /^(code|unit[ _]?code|mã|mã đơn vị|ma)$/i,
  name: /^(name|unit[ _]?name|tên|tên đơn vị|ten)$/i,
  unitType: /^(type|unit[ _]?type|loại|loại đơn vị)$/i,
};

export function parseRoster(text: string): RosterUnit[] {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows = readCsv(body, sep).filter((r) => r.some((c) => c.trim() !== ""));
  if (rows.length === 0) return [];
  const head = rows[0]!.map((c) => c.trim());
  const col = (k: keyof RosterUnit): number => head.findIndex((h) => HEADERS[k].test(h));
  const hasHeader = col("code") >= 0;
  const ci = hasHeader ? col("code") : 0;
  const ni = hasHeader ? col("name") : 1;
  const ti = hasHeader ? col("unitType") : 2;
  const out: RosterUnit[] = [];
  const seen = new Set<string>();
  for (const r of hasHeader ? rows.slice(1) : rows) {
    const code = (r[ci] ?? "").trim();
    if (code === "" || seen.has(code)) continue;
    seen.add(code);
    out.push({
      code,
      name: ni >= 0 ? (r[ni] ?? "").trim() : "",
      unitType: ti >= 0 ? (r[ti] ?? "").trim() : "",
    });
  }
  return out;
}
