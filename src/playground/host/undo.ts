// Which Excel JavaScript API members clear the user's undo stack, as data: Microsoft's table
// "Unsupported APIs" in "Undo support with the Excel JavaScript API"
// (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities, ms.date
// 05/15/2025): "If you call an unsupported API in your add-in, the user's undo stack is cleared
// starting from that API call". Each row says whether undo is supported in Excel on the web and in
// Excel on Windows and Mac; `clears` lists the platforms where it is not.

export type UndoPlatform = "web" | "desktop";

/** [member, supported on the web, supported on Windows and Mac], as the table lists them. */
const TABLE: readonly (readonly [string, boolean, boolean])[] = [
  ["AllowEditRange.address", false, false],
  ["AllowEditRange.delete", false, false],
  ["AllowEditRange.pauseProtection", false, false],
  ["AllowEditRange.setPassword", false, false],
  ["AllowEditRange.title", false, false],
  ["AllowEditRangeCollection.add", false, false],
  ["AllowEditRangeCollection.pauseProtection", false, false],
  ["Chart.categoryLabelLevel", false, false],
  ["Chart.seriesNameLevel", false, false],
  ["ChartPivotOptions.showAxisFieldButtons", false, true],
  ["ChartPivotOptions.showLegendFieldButtons", false, true],
  ["ChartPivotOptions.showReportFilterFieldButtons", false, true],
  ["ChartPivotOptions.showValueFieldButtons", false, true],
  ["ChartTrendlineLabel.formula", false, true],
  ["DataConnectionCollection.refreshAll", false, false],
  ["DocumentProperties.author", false, true],
  ["DocumentProperties.category", false, true],
  ["DocumentProperties.comments", false, true],
  ["DocumentProperties.company", false, true],
  ["DocumentProperties.keywords", false, true],
  ["DocumentProperties.manager", false, true],
  ["DocumentProperties.revisionNumber", false, true],
  ["DocumentProperties.subject", false, true],
  ["DocumentProperties.title", false, true],
  ["LinkedWorkbook.refresh", false, false],
  ["LinkedWorkbookCollection.refreshAll", false, false],
  ["NamedItem.comment", false, true],
  ["PivotTableStyle.delete", false, true],
  ["PivotTableStyle.duplicate", false, true],
  ["PivotTableStyle.name", false, true],
  ["PivotTableStyleCollection.add", false, true],
  ["PivotTableStyleCollection.setDefault", false, true],
  ["Query.delete", false, true],
  ["Query.refresh", false, true],
  ["QueryCollection.refreshAll", false, true],
  ["Slicer.name", false, true],
  ["Slicer.nameInFormula", false, true],
  ["SlicerStyle.delete", false, true],
  ["SlicerStyle.duplicate", false, true],
  ["SlicerStyle.name", false, true],
  ["SlicerStyleCollection.add", false, true],
  ["SlicerStyleCollection.setDefault", false, true],
  ["Style.addIndent", false, true],
  ["Style.autoIndent", false, true],
  ["Style.formulaHidden", false, true],
  ["Style.horizontalAlignment", false, true],
  ["Style.includeAlignment", false, true],
  ["Style.includeBorder", false, true],
  ["Style.includeFont", false, true],
  ["Style.includeNumber", false, true],
  ["Style.includePatterns", false, true],
  ["Style.includeProtection", false, true],
  ["Style.indentLevel", false, true],
  ["Style.locked", false, true],
  ["Style.numberFormat", false, true],
  ["Style.numberFormatLocal", false, true],
  ["Style.orientation", false, true],
  ["Style.readingOrder", false, true],
  ["Style.shrinkToFit", false, true],
  ["Style.textOrientation", false, true],
  ["Style.verticalAlignment", false, true],
  ["Style.wrapText", false, true],
  ["TableStyle.delete", false, true],
  ["TableStyle.duplicate", false, true],
  ["TableStyle.name", false, true],
  ["TableStyleCollection.add", false, true],
  ["TableStyleCollection.setDefault", false, true],
  ["TimelineStyle.delete", false, true],
  ["TimelineStyle.duplicate", false, true],
  ["TimelineStyle.name", false, true],
  ["TimelineStyleCollection.add", false, true],
  ["TimelineStyleCollection.setDefault", false, true],
  ["Workbook.close", false, false],
  ["Workbook.insertWorksheetsFromBase64", false, false],
  ["Workbook.save", false, false],
  ["WorkbookProtection.protect", false, false],
  ["WorkbookProtection.unprotect", false, false],
  ["Worksheet.copy", false, false],
  ["Worksheet.delete", false, false],
  ["Worksheet.name", true, false],
  ["Worksheet.standardWidth", false, true],
  ["Worksheet.position", true, false],
  ["Worksheet.visibility", true, false],
  ["WorksheetCollection.addFromBase64", false, false],
  ["WorksheetProtection.pauseProtection", false, false],
  ["WorksheetProtection.protect", false, false],
  ["WorksheetProtection.resumeProtection", false, false],
  ["WorksheetProtection.setPassword", false, false],
  ["WorksheetProtection.unprotect", false, false],
  ["WorksheetProtection.updateOptions", false, false],
];

/** The platforms on which calling `member` ("Class.member") clears the undo stack; empty if none. */
export const UNDO_CLEARING: ReadonlyMap<string, readonly UndoPlatform[]> = new Map(
  TABLE.map(([member, web, desktop]) => [
    member,
    [...(web ? [] : (["web"] as const)), ...(desktop ? [] : (["desktop"] as const))],
  ]),
);

/** A call the host made that Microsoft lists as clearing the undo stack. */
export interface UndoClear {
  member: string;
  platforms: readonly UndoPlatform[];
}

export function undoClearingPlatforms(member: string): readonly UndoPlatform[] {
  return UNDO_CLEARING.get(member) ?? [];
}
