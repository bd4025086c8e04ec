// The roster: the units expected to report, as a CSV a ministry keeps in Excel. Columns are found by
// header (code / mã, name / tên, type / loại); without a header the first column is the code and
// the second the name. Comma or semicolon (Excel in vi-VN saves with ";"), quotes as RFC 4180.

export interface RosterUnit {
  code: string;
  name: string;
  unitType: string;
}

function splitCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ""));
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
  const rows = splitCsv(body, sep);
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
