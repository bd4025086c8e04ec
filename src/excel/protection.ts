// Sheet protection that never stays open. An insert unprotects the template and metadata sheets
// only when they are protected, and protects them at the end with options built from the layout
// (never read back from Excel: passing loaded options back to protect() fails on some builds,
// office-js issue 1931). Requests are not rolled back, so when a write fails after an unprotect the
// sheets are protected again in the following requests, and the result is checked.
import type { ProtectionSpec } from "../workbook/layout-types";

/** protect()'s options for the template, from the layout (DESIGN §4: no password by default). */
export function templateProtection(pr: ProtectionSpec): Excel.WorksheetProtectionOptions {
  return {
    allowFormatColumns: pr.allowFormatColumns,
    allowFormatRows: pr.allowFormatRows,
    selectionMode: pr.allowSelectLocked ? "Normal" : pr.allowSelectUnlocked ? "Unlocked" : "None",
  } as Excel.WorksheetProtectionOptions;
}

/** The metadata sheet is for machines: protected, every cell selectable. */
export const META_PROTECTION = { selectionMode: "Normal" } as Excel.WorksheetProtectionOptions;

export interface Guarded {
  sheet: string;
  options: Excel.WorksheetProtectionOptions;
}

/** What protecting again found: sheets protected already, protected again, and still open. */
export interface Restored {
  alreadyProtected: string[];
  protectedAgain: string[];
  stillOpen: string[];
}

/**
 * After a failed write: protects each sheet that exists and is not protected, each in a request of
 * its own, then reads the state back to be sure. Never throws; what it could not do is in `stillOpen`.
 */
export async function restoreProtection(
  ctx: Excel.RequestContext,
  sheets: readonly Guarded[],
): Promise<Restored> {
  const read = async () => {
    const found = sheets.map((g) => ({
      g,
      ws: ctx.workbook.worksheets.getItemOrNullObject(g.sheet).load("protection/protected"),
    }));
    await ctx.sync();
    return found.filter((f) => !f.ws.isNullObject);
  };
  const out: Restored = { alreadyProtected: [], protectedAgain: [], stillOpen: [] };
  try {
    const found = await read();
    out.alreadyProtected = found.filter((f) => f.ws.protection.protected).map((f) => f.g.sheet);
    const open = found.filter((f) => !f.ws.protection.protected);
    if (open.length === 0) return out;
    // One request per sheet: a request stops at its first failure, and one sheet that cannot be
    // protected must not leave the next one open.
    for (const f of open) {
      f.ws.protection.protect(f.g.options);
      try {
        await ctx.sync();
      } catch {
        // The check below says which sheets are still open.
      }
    }
    for (const f of await read()) {
      const was = open.some((o) => o.g.sheet === f.g.sheet);
      if (!was) continue;
      (f.ws.protection.protected ? out.protectedAgain : out.stillOpen).push(f.g.sheet);
    }
  } catch {
    out.stillOpen.push(...sheets.map((g) => g.sheet).filter((s) => !out.protectedAgain.includes(s)));
  }
  return out;
}
