// What the pane remembers of a unit's print choices between exports, on this computer: the governing
// body, the addressee, the place, the signer and the other recipients, which rarely change. Not the
// document number or the date, which belong to one document. A convenience only: when the host
// keeps no storage (some Office webviews clear it), the form simply starts empty again.
import { REPORT_PRINT_LIMITS as LIMITS, type ReportPrint } from "./facade";

const KEY = "self-assess.report-print.v1:";
const KEPT = ["governingBody", "recipient", "place", "signerTitle", "signerName", "copyTo"] as const;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function rememberedPrint(unitCode: string): Partial<ReportPrint> {
  try {
    const raw = storage()?.getItem(KEY + unitCode);
    if (!raw) return {};
    const data = JSON.parse(raw) as Record<string, unknown>;
    const out: Partial<ReportPrint> = {};
    for (const k of KEPT) {
      const v = data[k];
      if (k === "copyTo") {
        if (Array.isArray(v) && v.every((x) => typeof x === "string"))
          out.copyTo = v.slice(0, LIMITS.copyToLines).map((x: string) => x.slice(0, LIMITS.copyTo));
      } else if (typeof v === "string") out[k] = v.slice(0, LIMITS[k]);
    }
    return out;
  } catch {
    return {};
  }
}

export function rememberPrint(unitCode: string, print: ReportPrint): void {
  try {
    storage()?.setItem(KEY + unitCode, JSON.stringify(Object.fromEntries(KEPT.map((k) => [k, print[k]]))));
  } catch {
    // No storage here: nothing to remember with.
  }
}
