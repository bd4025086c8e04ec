// Excel's limits on the texts and formulas of data validation and conditional formats: one answer
// for both renderers (src/excel, src/xlsx) and the in-browser host, which refuses anything longer.
// Titles and the input message are the limits of Excel's Data Validation dialog; an error alert's
// message is cut at 225 characters there, not 255 (issue #13). Formulas of validation and
// conditional formats: 255 characters, the most Excel's dialogs accept.
export const EXCEL_LIMITS = {
  promptTitle: 32,
  promptMessage: 255,
  alertTitle: 32,
  alertMessage: 225,
  ruleFormula: 255,
} as const;
