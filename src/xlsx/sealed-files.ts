// The sealed files a person picks in the pane's Setup, read in the browser as the CLI reads them:
// last year's submission (template --previous) and the unit's registration (template
// --registration). One module, so the entry points hand the pane one loader and one chunk.
export { lastYearFromFile } from "./last-year";
export { registrationFromFile } from "./registered";
