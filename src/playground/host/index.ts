// The in-browser Excel host: createExcelHost() gives an `excel` namespace to hand to
// createExcelPort (src/excel), an `office` namespace for officeHostInfo, and the host's own
// controls (user typing, snapshot, counters). Dev only: it pulls in HyperFormula (GPL-3.0), here at
// once; the playground's page takes create.ts and loads HyperFormula on demand (engine.ts).
import * as hyperformula from "hyperformula";
import { provideFormulaEngine } from "./engine";

provideFormulaEngine(hyperformula);

export { HostApiError, UserActionError } from "./errors";
export type { WorkbookSnapshot, SheetSnapshot, CellSnapshot, SnapshotOptions } from "./snapshot";
export type { WorksheetChangedArgs, TypeOutcome, CellState } from "./runtime";
export type { Culture, CultureName, Typed, TypingSettings } from "./typing";
export { CULTURES, typeIntoCell, typingSettings } from "./typing";
export type { UndoClear, UndoPlatform } from "./undo";
export { UNDO_CLEARING } from "./undo";
export { REQUEST_LIMIT_BYTES } from "./request";
export { createExcelHost, type ExcelHost, type HostOptions } from "./create";
export { loadFormulaEngine } from "./engine";
