// The Office.js side of the workbook port (DESIGN §5). Entry points give it the Excel namespace.
export { createExcelPort } from "./port";
export type { ExcelPortOptions } from "./port";
export { officeHostInfo } from "./host-info";
export type { OfficeHostInfo } from "./host-info";
export { WorkbookError, isWorkbookError } from "../workbook/errors";
/** The former name of WorkbookError, for code written before the two adapters shared one family. */
export { WorkbookError as ExcelPortError } from "../workbook/errors";
