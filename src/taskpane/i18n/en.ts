// Every string the pane shows in English (when Office's display language is English).
import type { Strings } from "./vi";

/** "1 indicator", "2 indicators". */
const indicators = (n: number) => `${n} ${n === 1 ? "indicator" : "indicators"}`;
/** The verb after a count: "1 indicator leaves", "2 indicators leave". */
const verb = (n: number, one: string, many: string) => (n === 1 ? one : many);

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
    live: (errors, warnings, filled, total, blanks = 0) =>
      `${errors} ${errors === 1 ? "error" : "errors"} · ${warnings} ${warnings === 1 ? "warning" : "warnings"} · ${blanks ? `${blanks} not yet entered · ` : ""}${filled}/${total} filled in`,
    checking: "Checking…",
  },
  setup: {
    heading: "Report setup",
    guideHeading: "The report in five steps",
    guide: {
      setup: "choose the plan and the unit type, then insert the report template into the workbook.",
      check: "type the results in the workbook; this pane shows what is missing or wrong and how to fix it.",
      summary: "see the completion and the self-assessed score.",
      review: "the reviewer accepts or returns each indicator.",
      export: "make the submission to print, sign, stamp and send to the ministry.",
    },
    next: "Next: type and check the results",
    yearOutside: (plan, from, to) =>
      from === to
        ? `Plan ${plan} is for ${from}. Check the reporting year.`
        : `Plan ${plan} is for ${from}–${to}. Check the reporting year.`,
    plan: "Emulation plan",
    planFile: "Load a plan file…",
    planFileHint:
      "If the ministry's plan is not in the list: choose the plan file (.json) the ministry sent.",
    planFileReading: "Reading the plan file…",
    planFileLoaded: (doc, n) => `Loaded plan ${doc} (${indicators(n)}) and chose it above.`,
    planFileInvalid: (name) => `${name} is not a valid plan file. What to correct:`,
    planFileTooLarge: (name) => `${name} is larger than 5 MB, so it is not a plan file.`,
    planFileUnreadable: (name) => `Could not read ${name}. Choose the file again.`,
    planFileMore: (n) => `and ${n} more`,
    lastYear: "Fill “Previous year” from last year's submission…",
    lastYearHint:
      "Choose the submission (.xlsx) exported last year: its figures for the growth indicators go into the empty “Previous year” cells when the template is inserted; figures already typed are kept.",
    lastYearReading: "Reading last year's submission…",
    lastYearNeedsUnit:
      "Choose the unit type and enter the unit code and reporting year first: the submission must be this unit's, of the year before.",
    lastYearTooLarge: (name) => `${name} is larger than 50 MB, so it is not a submission.`,
    lastYearUnreadable: (name) => `Could not read ${name}. Choose the file again.`,
    lastYearRefused: (name) => `${name} cannot be used as last year's figures:`,
    lastYearReady: (name, n) =>
      `From ${name}: ${n} ${verb(n, "figure", "figures")} will go into the “Previous year” column on insert.`,
    lastYearSkipped: (id, why) => `${id}: not filled (${why}).`,
    lastYearKept: (id, typed, offered) =>
      `${id}: its “Previous year” cell already holds ${typed} and is kept (last year's submission says ${offered}). To use the submission's figure, clear the cell and insert again.`,
    lastYearClear: "Remove last year's submission",
    lastYearFixFirst: "The submission chosen for last year cannot be used: choose another file or remove it.",
    documentKind: "Document to prepare",
    kindYearEnd: "Year-end results report",
    kindRegistration: "Start-of-year emulation registration",
    kindYearEndHint:
      "Type the year's results; the unit is judged against its own targets (the ministry's targets file or its registration) where it has them, else against the plan's.",
    kindRegistrationHint:
      "Type the targets the unit commits to in the “Registered target” column, then export the registration. At year end, choose that registration file here to be judged against what was registered.",
    kindIsRegistration:
      "This workbook holds an emulation registration. The year-end report needs a new workbook: export the registration, open a new workbook, then choose the registration file in this step.",
    kindIsYearEnd:
      "This workbook holds a year-end report; results already typed cannot become registered targets. Prepare the registration in a new workbook.",
    insertRegistration: "Insert registration template",
    unitTargetsHeading: "The unit's own targets (optional)",
    unitTargetsHint:
      "Choose the targets file (.csv) the ministry issued, or the registration (.xlsx) the unit exported at the start of the year; one of the two. Neither: the unit is judged against the plan's targets.",
    targetsFile: "Choose the ministry's targets file (.csv)…",
    targetsFileReading: "Reading the targets file…",
    targetsFileTooLarge: (name) => `${name} is larger than 20 MB, so it is not a targets file.`,
    targetsFileRefused: (name, n) =>
      `The targets file ${name} has ${n} ${n === 1 ? "error" : "errors"}, so it is not used (no target of it is applied):`,
    targetsFileReady: (name, n) =>
      `From the targets file ${name}: ${n} of the unit's own ${n === 1 ? "target" : "targets"}, written into the template when it is inserted.`,
    registrationFile: "Choose the exported registration (.xlsx)…",
    registrationReading: "Reading the registration…",
    registrationTooLarge: (name) => `${name} is larger than 50 MB, so it is not a registration.`,
    registrationRefused: (name) => `${name} cannot be used as the registration:`,
    registrationReady: (name, n) =>
      `From the registration ${name}: ${n} registered ${n === 1 ? "target becomes" : "targets become"} the unit's own when the template is inserted.`,
    registrationSkipped: (row, why) => `${row}: no registered target (${why}).`,
    unitTargetsUnreadable: (name) => `Could not read ${name}. Choose the file again.`,
    unitTargetsNeedUnit:
      "Choose the unit type and enter the unit code and reporting year first: the targets must be this unit's, for this year.",
    unitTargetsBoth:
      "Use one of the ministry's targets file and the registration: a template records the unit's targets from one source. If the ministry issued targets other than those registered, use its file; the ministry's check shows where they differ. Remove one of the files.",
    unitTargetsClear: (name) => `Remove ${name}`,
    unitTargetsFixFirst: "The unit's own targets chosen cannot be used: choose another file or remove it.",
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
    inserted: (rows, sheet) => `Inserted ${indicators(rows)} on sheet “${sheet}”.`,
    restoredDone: (n) =>
      `The values of ${indicators(n)} were taken back from the archive area into the table.`,
    fixFirst: "Correct the marked entries above before inserting.",
    existing: (plan, unit) =>
      `The workbook already has a report under ${plan} for ${unit}. Re-inserting keeps every value typed.`,
    andMore: (n) => `and ${n} more`,
    previewHeading: "What will change",
    previewNew: (n) => `A new template with ${indicators(n)}.`,
    previewAdded: (n) => `${indicators(n)} added:`,
    previewKept: (n) => `${indicators(n)} kept with the values typed.`,
    previewRestored: (n) =>
      `${indicators(n)} ${verb(n, "comes", "come")} back, with the values typed taken back from the archive area:`,
    previewArchived: (n) =>
      `${indicators(n)} ${verb(n, "leaves", "leave")} the template and ${verb(n, "moves", "move")} to the archive area (${verb(n, "its", "their")} values are kept):`,
    previewStillArchived: (n) =>
      `The archive area still holds earlier values of ${indicators(n)}; those values are only there, not in the table:`,
    previewDropped: (n) => `${indicators(n)} with nothing typed ${verb(n, "leaves", "leave")} the template:`,
    previewTargetChanged: (n) => `${indicators(n)} ${verb(n, "has", "have")} a new target:`,
    previewUndo:
      "After inserting, Excel cannot undo (Ctrl+Z) what was done before, because protecting a sheet cannot be undone. Save the workbook first if you may need to.",
    previewConflicts:
      "Cannot insert: these cells a person typed into would be overwritten. Move them elsewhere and try again.",
  },
  check: {
    heading: "Check entries",
    none: "No errors or warnings.",
    noReport: "There is no report to check yet. Insert the template in Setup.",
    errors: (n) => `Errors that block export (${n})`,
    warnings: (n) => `Warnings (${n})`,
    blanks: (n) => `Not yet entered (${n})`,
    blanksNote:
      "A value not entered yet is not an error while you type, but every value is needed before export.",
    goTo: "Go to cell",
    goToLabel: (indicator) => `Go to cell: ${indicator}`,
    fix: (value) => `Change to ${value}`,
    fixed: (indicator) => `Corrected ${indicator}.`,
    keepShown: (value) => `Keep “${value}”, drop the formula`,
    returnedHeading: (n) => `Returned (${n})`,
    returnedIntro:
      "The reviewer returned the indicators below. Each one not answered is an error that blocks export until you answer it or correct the value.",
    returnedBy: (by, at) => `Reviewer: ${by || "(no name)"}${at ? ` · ${at}` : ""}`,
    reviewerComment: "Review comment",
    noComment: "(no comment)",
    open: "Not answered · blocks export",
    answered: "Answered · waiting for the reviewer",
    answer: "Unit's reply",
    answerLabel: (stt, name) => `${stt}. ${name}: unit's reply`,
    answerHint:
      "Written into the Unit's reply column of the workbook. Correcting the value also counts as an answer.",
    saveAnswer: "Save reply",
    saveAnswerLabel: (indicator) => `Save reply: ${indicator}`,
    savingAnswer: "Saving…",
    answerSaved: (indicator) => `Reply saved: ${indicator}.`,
    answerRequired: "Write a reply before saving.",
    answerTooLong: "The reply is longer than 2,000 characters.",
    answerSame: "This is the reply the reviewer already saw; write a new one.",
    unsavedAnswer: "Not saved",
    entryNote: (note) => `How to enter it: ${note}`,
    laterDeadline: (deadline, year) =>
      `Deadline ${deadline}, after the report's year ${year}: a result below the target is "Not yet due", not a shortfall.`,
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
    exampleClassification: (band) =>
      `Classification under an example scheme: ${band}. An example only, not an official classification, and not sealed in the submission.`,
    noScheme: "No scoring scheme available.",
  },
  review: {
    heading: "Review",
    none: "Nothing to review: no shortfall, no not-applicable row and no issue.",
    position: (i, n) => `Item ${i} of ${n}`,
    previous: "Previous item",
    next: "Next item",
    value: "Value",
    lastYear: "Last year",
    target: "Target",
    deadline: "Deadline",
    status: "Status",
    explanation: "Unit's explanation",
    evidence: "Evidence",
    noText: "(none)",
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
    unsaved: "Not saved",
    drafts: (n) => `${n} item(s) with unsaved changes (kept until saved or discarded).`,
    savedDecision: (decision, by, at) => `Saved: ${decision}${by ? ` — ${by}` : ""}${at ? `, ${at}` : ""}.`,
    reply: "Unit's reply",
    valueThen: (then) => `Value when decided: ${then}; it has changed since.`,
    commentRequired: "When returning a row, write a comment so the unit knows what to fix.",
    reviewerLabel: "Reviewer's name",
    reviewerAsk:
      "Before you review, give your name. It is kept in the workbook (the Reviewer cell) and recorded with each decision, with the time.",
    reviewerSave: "Save name",
    reviewerAs: (name) => `Reviewer: ${name}`,
    reviewerChange: "Change name",
    reviewerCancel: "Cancel",
    reviewerRequired: "Enter the reviewer's name.",
    reviewerTooLong: "The name is longer than 255 characters.",
    reviewerNeeded: "Enter the reviewer's name above before saving a decision.",
    leaveTitle: "Unsaved decision",
    leaveBody: (id) =>
      `The decision and comment for indicator ${id} are not saved in the workbook. What should happen before moving on?`,
    leaveSave: "Save and move on",
    leaveKeep: "Keep as draft",
    leaveDiscard: "Discard changes",
    leaveStay: "Stay",
    keysHeading: "Keyboard",
    keys: "When not typing: A accept · R return (then type the comment) · S save · N next · P previous. While typing the comment: Ctrl+Enter saves.",
    chose: (decision) => `${decision} chosen.`,
  },
  exportView: {
    heading: "Export the submission",
    button: "Export the submission",
    intro:
      "Builds the submission workbook: a report sheet to print, sign and stamp (laid out as Decree 30/2020/NĐ-CP requires); a hidden data sheet (one row per indicator); and the sealed data with its check code. Excel opens it in a new window for you to save and send.",
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
    copyHash: "Copy the check code",
    hashCopied: "The check code is copied to the clipboard.",
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
    registration: {
      heading: "Export the registration",
      button: "Export the registration",
      buttonBlocked: (n: number) => `Export the registration (${n} ${n === 1 ? "error" : "errors"} left)`,
      intro:
        "Builds the emulation registration workbook: a sheet to print, sign and stamp; a hidden data sheet; and the sealed data with its check code. A registration is not scored. At year end, choose this file in Setup to be judged against the targets registered.",
      done: "The registration is open in a new workbook. Save it (keep it for the year-end report), print it to sign, and send it to the ministry.",
      json: "Registration data (JSON)",
      notScored:
        "A registration is not scored: a commitment weaker than the plan's target is a warning that needs an explanation.",
    },
    print: {
      heading: "The report to print",
      language: "Report language",
      languageHint: (template: string) => `Defaults to the template's language (${template}).`,
      languages: { vi: "Tiếng Việt", en: "English" },
      details: "Number, addressee, signer",
      detailsNote:
        "Printed on the report as Decree 30/2020/NĐ-CP lays it out, and sealed with the data. A field left empty prints as dots to fill in by hand.",
      governingBody: "Governing body (printed above the unit's name)",
      documentNumber: "Document number",
      documentNumberHint: "E.g. 125/BC-SKHCN; leave empty if the records office writes it on issue.",
      recipient: "To (Kính gửi)",
      place: "Place",
      date: "Date of issue",
      signerTitle: "Signer's position",
      signerTitlePlaceholder: "HEAD OF UNIT",
      signerName: "Signer's full name",
      copyTo: "Other recipients (one per line)",
      copyToHint: "“As above” and the archive copy are always printed.",
      remembered:
        "The governing body, signer and recipients are remembered on this computer for the next export.",
    },
  },
  error: {
    title: "Something went wrong",
    dismiss: "Dismiss",
    retry: "Try again",
    generic: (what) =>
      `Could not complete the action: ${what}. Try again; if it still fails, save the workbook and reopen it.`,
    planMissing: (id) =>
      `The workbook uses plan “${id}”, which this add-in does not have. Load that plan's file in Setup, update the add-in, or insert a template under another plan.`,
    protected: "The sheet is protected with a password. Unprotect it and try again.",
    busy: "Excel is busy (a cell may be in edit mode). The check runs again by itself once you press Enter or Esc in the cell.",
  },
  progress: "Progress",
};
