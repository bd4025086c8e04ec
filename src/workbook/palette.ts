// The status colours of every workbook we write: the template's conditional formats, the
// submission's report sheet and the consolidated matrix. Colour is never the only sign: each of
// them also writes the status as text (the status column, the report's status cell, the matrix
// cell's number format). Excel's own "Good / Neutral / Bad" pairs where they fit; invalid is orange,
// apart from a shortfall's red, because it asks for a correction, not an explanation.
import type { Status } from "../domain/entry";
import type { DocumentKind } from "../domain/registration";

/** Fill and font per status, "RRGGBB". */
export const STATUS_COLOURS: Record<Status, { fill: string; font: string }> = {
  exceeded: { fill: "C6EFCE", font: "006100" },
  met: { fill: "E2EFDA", font: "375623" },
  shortfall: { fill: "FFC7CE", font: "9C0006" },
  // Progress towards a later deadline: blue, neither a success's green nor a shortfall's red.
  "not-due": { fill: "DDEBF7", font: "1F4E78" },
  // A contribution with no target of the unit's own (issue #11): recorded, not judged. Neutral
  // lavender: neither a success's green, a shortfall's red nor not-due's blue, and apart from
  // not-applicable's grey so the two are told apart.
  reported: { fill: "E4DFEC", font: "403151" },
  missing: { fill: "FFEB9C", font: "9C5700" },
  invalid: { fill: "F8CBAD", font: "833C0B" },
  "not-applicable": { fill: "E7E6E6", font: "3A3838" },
};

/**
 * A registration's commitment below the plan (DECISIONS D42): amber, the fill of the sheet's warning
 * marks, because it asks for an explanation and is not a failure; never a shortfall's red.
 */
export const REGISTRATION_COLOURS: Partial<Record<Status, { fill: string; font: string }>> = {
  shortfall: { fill: "FFE699", font: "7F6000" },
};

/** The colours of a document of `kind`, as statusLabels gives its words. */
export function statusColours(kind?: DocumentKind): Record<Status, { fill: string; font: string }> {
  return kind === "registration" ? { ...STATUS_COLOURS, ...REGISTRATION_COLOURS } : STATUS_COLOURS;
}

/** An "RRGGBB" colour as the "AARRGGBB" ExcelJS and SpreadsheetML take, opaque. */
export function argb(rgb: string): string {
  return `FF${rgb}`;
}
