// Every string the pane shows in English (when Office's display language is English).
import type { Strings } from "./vi";

export const en: Strings = {
  lang: "en",
  appTitle: "Emulation self-assessment",
  loading: "Opening…",
  tabsLabel: "Steps",
  tabs: {
    setup: "Setup",
    check: "Check",
    summary: "Summary",
    review: "Review",
    export: "Export",
  },
  counts: {
    unreadable: "The workbook could not be read.",
    noReport: "The workbook has no report template yet.",
    live: (errors, warnings, filled, total) =>
      `${errors} ${errors === 1 ? "error" : "errors"} · ${warnings} ${warnings === 1 ? "warning" : "warnings"} · ${filled}/${total} filled in`,
    checking: "Checking…",
  },
  setup: {
    heading: "Report setup",
    plan: "Emulation plan",
    unitType: "Unit type",
    unitTypePlaceholder: "Choose the unit type",
    fields: "Fields (clear one to leave it out of the template)",
    unitName: "Unit name",
    unitNameRequired: "Enter the unit's name.",
    unitCode: "Unit code",
    unitCodeHint: "Electronic identifier code (e.g. 000.00.00.H26) or enterprise code (10 or 13 digits).",
    unitCodeRequired: "Enter the unit's code.",
    year: "Reporting year",
    yearInvalid: "The reporting year is a number from 2000 to 2100.",
    period: (from, to) => `Reporting period: ${from} to ${to}.`,
    preparer: "Prepared by (optional)",
    applicable: (n) => `${n} ${n === 1 ? "indicator applies" : "indicators apply"} to the unit`,
    applicableByField: "Applicable indicators per field",
    noneApplicable: "No indicator applies to this choice. Choose another unit type or other fields.",
    preview: "Preview changes",
    previewing: "Previewing…",
    insertNew: "Insert report template",
    reinsert: "Re-insert template",
    upgrade: "Upgrade template",
    inserting: "Inserting the template…",
    inserted: (rows, sheet) => `Inserted ${rows} indicators on sheet “${sheet}”.`,
    fixFirst: "Correct the marked entries above before inserting.",
    existing: (plan, unit) =>
      `The workbook already has a report under ${plan} for ${unit}. Re-inserting keeps every value typed.`,
    andMore: (n) => `and ${n} more`,
    previewHeading: "What will change",
    previewNew: (n) => `A new template with ${n} indicators.`,
    previewAdded: (n) => `${n} indicators added:`,
    previewKept: (n) => `${n} indicators kept with the values typed.`,
    previewArchived: (n) =>
      `${n} indicators leave the template and move to the archive area (their values are kept):`,
    previewDropped: (n) => `${n} indicators with nothing typed leave the template:`,
    previewTargetChanged: (n) => `${n} indicators have a new target:`,
    previewUndo:
      "After inserting, Excel cannot undo (Ctrl+Z) what was done before, because protecting a sheet cannot be undone. Save the workbook first if you may need to.",
    previewConflicts:
      "Cannot insert: these cells a person typed into would be overwritten. Move them elsewhere and try again.",
  },
  check: {
    heading: "Check entries",
    none: "No errors or warnings.",
    noReport: "There is no report to check yet. Insert the template in Setup.",
    errors: "Errors (block export)",
    warnings: "Warnings",
    goTo: "Go to cell",
    goToLabel: (indicator) => `Go to cell of indicator ${indicator}`,
    fix: (value) => `Change to ${value}`,
    fixLabel: (indicator, value) => `Change to ${value}: indicator ${indicator}`,
    fixed: (indicator) => `Indicator ${indicator} corrected.`,
    typingHeading: "How to type numbers and dates",
    typingVi:
      "Your Excel reads numbers Vietnamese-style: 27.000 is twenty-seven thousand, 1,9 is one point nine. Type dates as 31/12/2020.",
    typingEn:
      "Your Excel reads numbers English-style: the dot is the decimal point (27.000 is twenty-seven), so type 27000 and 1.9. Type dates as 2020-12-31 (year-month-day).",
    typingOther: (decimal: string) =>
      `Your Excel uses “${decimal}” as the decimal separator: type numbers without a thousands separator (27000). Type dates as 2020-12-31 (year-month-day).`,
    typingUnknown:
      "Type numbers without a thousands separator (27000), decimals as your computer's regional settings say. Type dates as 2020-12-31 (year-month-day), which every Excel reads the same.",
    typingPercent: "Percent cells: type 80 or 80% for 80%; 0.8 (or 0,8) becomes 0.8%.",
  },
  summary: {
    heading: "Summary",
    completionByField: "Completion per field",
    completionValue: (pct, met, total) =>
      pct === null ? `${met}/${total} met` : `${met}/${total} met · average completion ${pct}`,
    overall: "Overall status",
    ready: "Ready to submit: no errors left.",
    notReady: (errors) => `Not ready to submit: ${errors} ${errors === 1 ? "error" : "errors"} left.`,
    byStatus: "Indicators per status",
    score: "Self-assessment score",
    scheme: "Scoring scheme",
    scoreValue: (score, max) => `${score} / ${max} points`,
    classification: (band) => `Classification: ${band}`,
    noScheme: "No scoring scheme available.",
  },
  review: {
    heading: "Review",
    none: "No shortfall or issue to review.",
    position: (i, n) => `Item ${i} of ${n}`,
    previous: "Previous item",
    next: "Next item",
    value: "Value",
    target: "Target",
    status: "Status",
    issues: "Issues",
    decision: "Decision",
    accepted: "Accepted",
    returned: "Returned",
    undecided: "No decision",
    comment: "Comment",
    save: "Save decision",
    saving: "Saving…",
    saved: "Saved in the workbook.",
    emptyValue: "(empty)",
  },
  exportView: {
    heading: "Export the submission",
    button: "Export the submission",
    intro:
      "Builds the submission workbook: a report sheet to print, sign and stamp; a data sheet (one row per indicator); and the sealed data with its check code. Excel opens it in a new window for you to save and send.",
    noReport: "There is no report to export yet. Insert the template in Setup.",
    blocked: (n: number) =>
      `${n} ${n === 1 ? "error blocks" : "errors block"} the export. Fix ${n === 1 ? "it" : "them"} below, then export.`,
    buttonBlocked: (n: number) => `Export the submission (${n} ${n === 1 ? "error" : "errors"} left)`,
    warningsOk: (n: number) =>
      `${n} ${n === 1 ? "warning remains" : "warnings remain"}; warnings do not block the export, but review them in Check.`,
    scoredUnder: (scheme: string) => `Self-assessment score under: ${scheme} (chosen in Summary).`,
    progress: "Export progress",
    steps: {
      seal: "Assessing and sealing the data…",
      load: "Loading the workbook builder…",
      build: "Building the submission workbook…",
      open: "Opening the new workbook in Excel…",
    },
    done: "The submission is open in a new workbook. Save it, print the report sheet to sign, and send it to the ministry.",
    hash: "Check code (SHA-256)",
    hashHint:
      "Quote this code in your cover letter: the ministry uses it to know the data was not changed after export.",
    json: "Submission data (JSON)",
    copy: "Copy JSON",
    copied: "The JSON is on the clipboard.",
    copyDenied: (canDownload: boolean) =>
      `This host does not allow copying to the clipboard. ${canDownload ? "Use Download JSON, or select" : "Select"} the JSON in the box below and copy it with Ctrl+C; it is also inside the workbook just opened.`,
    download: (file: string) => `Download JSON (${file})`,
    noDownload:
      "Excel on the desktop does not let the pane download files. Use Copy JSON, or just save the workbook just opened: the JSON and its check code are inside it.",
    again: "Export again",
    failed: (what: string) =>
      `The export did not finish: ${what}. Your workbook was not changed. Try again; if it keeps failing, save the workbook and use the self-assess export command.`,
    unavailable:
      "The submission builder is not available where this pane runs. Save the workbook and use the self-assess export command.",
    openFailed:
      "Excel could not open the new workbook (the browser may have blocked a new window). Allow pop-ups, then try again.",
  },
  error: {
    title: "Something went wrong",
    dismiss: "Dismiss",
    retry: "Try again",
    generic: (what) =>
      `Could not complete the action: ${what}. Try again; if it still fails, save the workbook and reopen it.`,
    planMissing: (id) =>
      `The workbook uses plan “${id}”, which this add-in does not have. Update the add-in or insert a template under another plan.`,
    protected: "The sheet is protected with a password. Unprotect it and try again.",
    busy: "Excel is busy (a cell may be in edit mode). The check runs again by itself once you press Enter or Esc in the cell.",
  },
  progress: "Progress",
};
