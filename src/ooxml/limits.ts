// The bounds every file from outside is held to. Data, not code: the docs table is written from
// these numbers (docs/ministry-cli.md), and a ministry that needs other bounds changes them here.
// A filled template or a submission of a few hundred indicators is far below every one of them.

export interface Limits {
  /** Size of the file on disk. */
  maxFileBytes: number;
  /** Entries in the zip's central directory. */
  maxEntries: number;
  /** Inflated bytes of one entry. */
  maxEntryBytes: number;
  /** Inflated bytes of all entries together. */
  maxTotalBytes: number;
  /** Inflated / compressed, checked for entries above ratioFloorBytes (small parts compress well). */
  maxRatio: number;
  ratioFloorBytes: number;
  /** <mergeCell> elements in one sheet, and the cells they cover together. */
  maxMerges: number;
  maxMergedCells: number;
  /** <row> and <c> elements in one sheet. */
  maxRows: number;
  maxCellsPerSheet: number;
  /** <si> items in the shared strings part. */
  maxSharedStrings: number;
  /**
   * XML characters of one shared string item. Excel holds at most 32,767 characters in a cell;
   * escaped (&quot; is six characters) that is under 200,000.
   */
  maxStringXmlChars: number;
  /** Time and heap of the worker that reads one file. */
  timeoutMs: number;
  workerHeapMb: number;
  /**
   * A batch's allowance for slow files: once files that ran into timeoutMs have cost this much in
   * total, each further file gets spentTimeoutMs instead, so a flood of crafted slow files costs
   * seconds, not minutes. An honest file takes a few milliseconds, far below either.
   */
  slowBudgetMs?: number;
  spentTimeoutMs?: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxEntries: 500,
  maxEntryBytes: 40 * 1024 * 1024,
  maxTotalBytes: 80 * 1024 * 1024,
  maxRatio: 150,
  ratioFloorBytes: 1024 * 1024,
  maxMerges: 10_000,
  maxMergedCells: 200_000,
  maxRows: 50_000,
  maxCellsPerSheet: 500_000,
  maxSharedStrings: 200_000,
  maxStringXmlChars: 200_000,
  timeoutMs: 1_500,
  workerHeapMb: 64,
  slowBudgetMs: 6_000,
  spentTimeoutMs: 300,
};

/**
 * `export` reads the unit's own workbook, one file: a slow or busy computer must not refuse it for
 * taking more than the ministry's per-file 1.5 s (a flood of crafted files is the ministry's risk,
 * not the unit's). Every structural bound still applies; only the clock is longer.
 */
export const OWN_FILE_LIMITS: Limits = { ...DEFAULT_LIMITS, timeoutMs: 20_000 };
