// The submission workbook's shape, as data shared by its builder (browser-safe) and its reader:
// a print-ready report sheet for people, a long-format data sheet for machines (one row per
// indicator, keys in row 1), and a very-hidden sheet holding the sealed submission JSON and hash.
// Machine sheets have fixed ASCII names in every language so no reader has to guess.

export const DATA_SHEET = "SA_DATA";
export const SEAL_SHEET = "SA_SUBMISSION";
/** Marks the seal sheet's first cell, so a workbook is known as a submission before anything else. */
export const SEAL_MARK = "self-assess-submission";
export const SEAL_FORMAT_VERSION = 1;
/** Excel keeps at most 32,767 characters in a cell; the JSON is cut into chunks below that. */
export const SEAL_CHUNK = 30_000;

/**
 * The JSON cut into cells of at most `size` characters. A cut never falls between the two halves
 * of a surrogate pair: each half alone is not XML, the writer would drop it, and the seal would
 * no longer match its own hash (an emoji or a rare Hán Nôm character at character 30,000).
 */
export function sealChunks(json: string, size: number = SEAL_CHUNK): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < json.length;) {
    let end = Math.min(i + size, json.length);
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end--;
    chunks.push(json.slice(i, end));
    i = end;
  }
  return chunks;
}

/** Data sheet columns, in order; the key is row 1's text. */
export const DATA_COLUMNS = [
  "unit_code",
  "unit_name",
  "year",
  "plan_id",
  "plan_version",
  "no",
  "indicator_id",
  "field",
  "indicator",
  "unit",
  "target",
  "value",
  "status",
  "status_label",
  "completion",
  "explanation",
  "evidence",
  "review_decision",
  "review_comment",
] as const;
export type DataColumn = (typeof DATA_COLUMNS)[number];

export function dataColumnIndex(key: DataColumn): number {
  return DATA_COLUMNS.indexOf(key);
}

/*
 * The seal sheet, column A:
 *   A1  SEAL_MARK
 *   A2  SEAL_FORMAT_VERSION
 *   A3  the submission's SHA-256 (hex)
 *   A4  the number of JSON chunks n
 *   A5 .. A(4+n)  the submission JSON, cut in SEAL_CHUNK pieces
 */
export const SEAL_ROWS = { mark: 1, version: 2, hash: 3, chunks: 4, firstChunk: 5 } as const;
