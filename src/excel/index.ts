// The Office.js side of the workbook port (DESIGN §5). Entry points give it the Excel namespace.
export { createExcelPort } from "./port";
export type { ExcelPortOptions } from "./port";
export { officeHostInfo } from "./host-info";
export type { OfficeHostInfo } from "./host-info";
export { ExcelPortError } from "../workbook/errors";
