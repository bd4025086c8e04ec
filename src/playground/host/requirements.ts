// Requirement sets: which ExcelApi version the host claims, compared as versions ("1.10" is newer
// than "1.9", which a comparison of numbers gets wrong), and the ApiNotFound a member above it gets,
// as Microsoft's client library raises it when its check is on.
import { HostApiError } from "./errors";

/** Compares dotted versions part by part: negative when a is older than b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map((x) => Number(x) || 0);
  const pb = b.split(".").map((x) => Number(x) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** What Office.context.requirements.isSetSupported answers on a host that has ExcelApi `excelApi`. */
export function isSetSupported(excelApi: string, name: string, version?: string): boolean {
  if (name.toLowerCase() === "excelapi") return compareVersions(version ?? "1.1", excelApi) <= 0;
  // Excel.run's delayForCellEdit is its own set; the host models it.
  return name === "DelayForCellEdit";
}

/** Throws ApiNotFound, with the client library's message, for a member above the host's ExcelApi. */
export function requireApi(excelApi: string, member: string, version: string): void {
  if (compareVersions(version, excelApi) <= 0) return;
  throw new HostApiError(
    "ApiNotFound",
    `The method or property ${member} is part of the ExcelApi ${version} requirement set, which is not available in your version of Excel.`,
    member,
  );
}
