// createExcelHost() without the formula engine's module: the playground's page uses this, and loads
// HyperFormula when it is first needed (engine.ts). src/playground/host (index.ts) is the same with
// the engine there at once.
import { HostApiError } from "./errors";
import { HostRuntime } from "./runtime";
import type { CellState, TypeOutcome } from "./runtime";
import type { CultureName, Typed, TypingSettings } from "./typing";
import type { UndoClear, UndoPlatform } from "./undo";
import { typingSettings } from "./typing";
import { isSetSupported } from "./requirements";

export interface HostOptions {
  displayLanguage?: string;
  /** Sheets the workbook starts with (Excel starts with one, "Sheet1"). */
  sheets?: string[];
  /**
   * The computer's regional settings typing is read with. Default en-US, Excel's own default and
   * what the host always read; a Vietnamese computer is "vi-VN".
   */
  culture?: CultureName;
  /** Excel's "Enable automatic percent entry" (default on, as in Excel; off acts as LibreOffice). */
  autoPercentEntry?: boolean;
  /** The year a date typed without one falls in (default: this year). */
  currentYear?: number;
  /**
   * The ExcelApi requirement set the host claims (default "1.9", the manifest's minimum). Members
   * above it fail with ApiNotFound; isSetSupported compares versions part by part.
   */
  excelApi?: string;
}

const enums = {
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  ConditionalFormatType: { custom: "Custom", cellValue: "CellValue" },
  ConditionalCellValueOperator: {
    between: "Between",
    greaterThan: "GreaterThan",
    lessThan: "LessThan",
    equalTo: "EqualTo",
    greaterThanOrEqual: "GreaterThanOrEqual",
    lessThanOrEqual: "LessThanOrEqual",
  },
  DataValidationOperator: {
    between: "Between",
    notBetween: "NotBetween",
    equalTo: "EqualTo",
    notEqualTo: "NotEqualTo",
    greaterThan: "GreaterThan",
    lessThan: "LessThan",
    greaterThanOrEqualTo: "GreaterThanOrEqualTo",
    lessThanOrEqualTo: "LessThanOrEqualTo",
  },
  DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
  RangeCopyType: { all: "All", formulas: "Formulas", values: "Values", formats: "Formats" },
  SpecialCellType: { constants: "Constants", formulas: "Formulas", blanks: "Blanks" },
  RangeValueType: { empty: "Empty", string: "String", double: "Double", boolean: "Boolean", error: "Error" },
  ErrorCodes: {
    accessDenied: "AccessDenied",
    apiNotFound: "ApiNotFound",
    invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
    generalException: "GeneralException",
    invalidArgument: "InvalidArgument",
    invalidOperation: "InvalidOperation",
    invalidReference: "InvalidReference",
    itemAlreadyExists: "ItemAlreadyExists",
    itemNotFound: "ItemNotFound",
    notImplemented: "NotImplemented",
    requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
    responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  },
} as const;

export interface ExcelHost {
  /** Pass to createExcelPort; typed as Office's namespace (the host covers the members in docs/excel.md). */
  excel: typeof Excel;
  office: typeof Office;
  runtime: HostRuntime;
  user: {
    /** Types into one cell as a person does (read with `typing`); refusals throw UserActionError. */
    type(sheet: string, address: string, input: string | number | boolean): TypeOutcome;
    clear(sheet: string, address: string): void;
    select(sheet: string, address: string): void;
    /** Ctrl+V of text: each field read as typed, one edit (see HostRuntime.paste). */
    paste(sheet: string, address: string, rows: string[][]): void;
    /** Exactly what the cells hold, for an undo. */
    cells(sheet: string, address: string): CellState[][];
    /** Ctrl+Z / Ctrl+Y: the cells hold exactly these states again. */
    restore(sheet: string, address: string, states: CellState[][]): void;
    /**
     * Cell-edit mode: the person is typing into a cell and has not pressed Enter. Meanwhile a request
     * fails with InvalidOperationInCellEditMode, unless its Excel.run asked for delayForCellEdit.
     */
    startEditing(sheet: string, address: string): void;
    /** Enter (stores `text` as type() does) or Esc (no text); delayed requests run then. */
    stopEditing(text?: string): TypeOutcome;
  };
  /** The regional settings and automatic percent entry typing is read with. */
  readonly typing: TypingSettings;
  setCulture(name: CultureName, options?: { autoPercentEntry?: boolean }): void;
  /** What typing `input` into a cell would store, without storing it (for a grid's preview). */
  readTyping(sheet: string, address: string, input: string): Typed;
  snapshot: HostRuntime["snapshot"];
  readonly syncCount: number;
  /** The largest single request since the last reset, in bytes of its JSON. */
  readonly maxRequestBytes: number;
  /** The largest single response (values loaded by one sync), in bytes. */
  readonly maxResponseBytes: number;
  /**
   * Calls made since the last reset that Microsoft's "Undo capabilities" table lists as clearing the
   * user's undo stack, with the platforms where they do (`platform` filters).
   */
  undoClears(platform?: UndoPlatform): UndoClear[];
  resetCounters(): void;
  /** Waits for onChanged handlers to finish. */
  idle(): Promise<void>;
  onUpdate(listener: () => void): () => void;
  openedWorkbooks: string[];
}

export function createExcelHost(options: HostOptions = {}): ExcelHost {
  const runtime = new HostRuntime();
  runtime.excelApi = options.excelApi ?? "1.9";
  runtime.typing = typingSettings(options.culture ?? "en-US", {
    ...(options.autoPercentEntry !== undefined ? { autoPercentEntry: options.autoPercentEntry } : {}),
    ...(options.currentYear !== undefined ? { currentYear: options.currentYear } : {}),
  });
  for (const name of options.sheets ?? ["Sheet1"]) runtime.model.addSheet(name);
  const excel = {
    ...enums,
    run: <T>(first: Parameters<HostRuntime["run"]>[0], second?: Parameters<HostRuntime["run"]>[1]) =>
      runtime.run(first, second) as Promise<T>,
    createWorkbook: async (base64?: string): Promise<void> => {
      await new Promise((r) => setTimeout(r, 0));
      if (base64 !== undefined && !isZipBase64(base64))
        throw new HostApiError(
          "InvalidArgument",
          "The workbook is not a base64-encoded .xlsx file.",
          "Excel.createWorkbook",
        );
      runtime.openedWorkbooks.push(base64 ?? "");
    },
  };
  const office = {
    context: {
      displayLanguage: options.displayLanguage ?? "vi-VN",
      officeTheme: {
        bodyBackgroundColor: "#FFFFFF",
        bodyForegroundColor: "#000000",
        controlBackgroundColor: "#FFFFFF",
        controlForegroundColor: "#000000",
      },
      requirements: {
        isSetSupported: (name: string, version?: string) => isSetSupported(runtime.excelApi, name, version),
      },
    },
    onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
    HostType: { Excel: "Excel" },
  };
  return {
    excel: excel as unknown as typeof Excel,
    office: office as unknown as typeof Office,
    runtime,
    user: {
      type: (s, a, v) => runtime.type(s, a, v),
      clear: (s, a) => runtime.clear(s, a),
      select: (s, a) => runtime.select(s, a),
      paste: (s, a, rows) => runtime.paste(s, a, rows),
      cells: (s, a) => runtime.cells(s, a),
      restore: (s, a, states) => runtime.restore(s, a, states),
      startEditing: (s, a) => runtime.startEditing(s, a),
      stopEditing: (text) => runtime.stopEditing(text),
    },
    get typing() {
      return runtime.typing;
    },
    setCulture: (name, o) => runtime.setCulture(name, o),
    readTyping: (s, a, text) => runtime.readTyping(s, a, text),
    snapshot: (o) => runtime.snapshot(o),
    get syncCount() {
      return runtime.counters.syncCount;
    },
    get maxRequestBytes() {
      return runtime.counters.maxRequestBytes;
    },
    get maxResponseBytes() {
      return runtime.counters.maxResponseBytes;
    },
    undoClears: (platform) =>
      runtime.undoClears.filter((c) => platform === undefined || c.platforms.includes(platform)),
    resetCounters: () => {
      runtime.counters.reset();
      runtime.undoClears.length = 0;
    },
    idle: () => runtime.idle(),
    onUpdate: (l) => runtime.onUpdate(l),
    openedWorkbooks: runtime.openedWorkbooks,
  };
}

/** An .xlsx is a zip: its base64 starts with "UEsDB" (the bytes "PK\x03\x04"). */
function isZipBase64(s: string): boolean {
  return /^[A-Za-z0-9+/]+={0,2}$/.test(s) && s.startsWith("UEsDB");
}
