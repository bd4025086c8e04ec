// Finding a table's columns by their header, as people write it: in Vietnamese or English, with or
// without diacritics, in composed or decomposed Unicode, any case, with stray punctuation ("Mã:",
// "Tên đơn vị (*)"). A row-number column (STT, No., #) is recognised so it is never taken for data.

/** A header cell reduced to what identifies it: lower case, no diacritics, words of letters and digits. */
export function headerKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export interface ColumnSpec<K extends string> {
  key: K;
  /** Header texts that name this column, in either language; compared through headerKey. */
  synonyms: readonly string[];
}

/** Headers of a unit's code column: the roster's and the targets file's (one list, so both read the same files). */
export const UNIT_CODE_HEADERS = [
  "Mã",
  "Mã đơn vị",
  "Mã định danh",
  "Mã định danh điện tử",
  "Mã số",
  "Mã số doanh nghiệp",
  "Mã số thuế",
  "Code",
  "Unit code",
  "Unit_code",
  "Identifier",
  "ID",
] as const;

/** Headers of a unit's name column. */
export const UNIT_NAME_HEADERS = [
  "Tên",
  "Tên đơn vị",
  "Đơn vị",
  "Name",
  "Unit name",
  "Unit_name",
  "Unit",
] as const;

/** Headers of a row-number column; never data. */
export const ROW_NUMBER_HEADERS = ["STT", "Số thứ tự", "TT", "No", "No.", "#", "Number", "Row"] as const;

export interface LocatedColumns<K extends string> {
  /** Column index per key; -1 when the header row has no such column. */
  index: Record<K, number>;
  /** Header cells that match no spec and are not a row number (told to the user, never guessed). */
  unknown: string[];
}

/**
 * The header row's columns, or null when no cell of `row` names any spec (then the row is data).
 * The first cell matching a spec wins; a spec matched twice keeps the first and lists the second as
 * unknown.
 */
export function locateColumns<K extends string>(
  row: readonly string[],
  specs: readonly ColumnSpec<K>[],
): LocatedColumns<K> | null {
  const keys = specs.map((s) => new Set(s.synonyms.map(headerKey)));
  const rowNumber = new Set<string>(ROW_NUMBER_HEADERS.map(headerKey));
  const index = Object.fromEntries(specs.map((s) => [s.key, -1])) as Record<K, number>;
  const unknown: string[] = [];
  let found = false;
  row.forEach((cell, i) => {
    const k = headerKey(cell);
    if (k === "") return;
    const at = keys.findIndex((set) => set.has(k));
    if (at >= 0 && index[specs[at]!.key] < 0) {
      index[specs[at]!.key] = i;
      found = true;
    } else if (!rowNumber.has(k)) unknown.push(cell.trim());
  });
  return found ? { index, unknown } : null;
}
