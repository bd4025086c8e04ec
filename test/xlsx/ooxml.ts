// Test helper: the few raw OOXML facts ExcelJS does not read back (cell lock flags, sheet state,
// sheet protection), read from the zip with plain regular expressions.
import JSZip from "jszip";

export interface RawSheetFacts {
  protectedSheet: boolean;
  /** Whether the cell at an address is locked (the default when its style says nothing). */
  locked(address: string): boolean;
  sheetStates: Record<string, string>;
  customXml: string[];
}

export async function rawFacts(
  bytes: Uint8Array,
  sheetPath = "xl/worksheets/sheet1.xml",
): Promise<RawSheetFacts> {
  const zip = await JSZip.loadAsync(bytes);
  const sheet = await zip.file(sheetPath)!.async("string");
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  const xfs = [...cellXfs.matchAll(/<xf\b[^>]*?(?:\/>|>([\s\S]*?)<\/xf>)/g)].map((m) => {
    const lock = /<protection[^>]*locked="([^"]*)"/.exec(m[1] ?? "")?.[1];
    return lock === undefined ? true : !(lock === "0" || lock === "false");
  });
  const styleOf = new Map<string, number>();
  for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*)/g)) {
    const s = /\bs="(\d+)"/.exec(m[2]!)?.[1];
    styleOf.set(m[1]!, s === undefined ? 0 : Number(s));
  }
  const prot = /<sheetProtection\b([^>]*)>/.exec(sheet)?.[1] ?? "";
  const sheetStates: Record<string, string> = {};
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/>/g)) {
    const name = /name="([^"]*)"/.exec(m[1]!)?.[1] ?? "";
    sheetStates[name] = /state="([^"]*)"/.exec(m[1]!)?.[1] ?? "visible";
  }
  const customXml: string[] = [];
  for (const p of Object.keys(zip.files).filter((f) => /^customXml\/item\d+\.xml$/.test(f)))
    customXml.push(await zip.file(p)!.async("string"));
  return {
    protectedSheet: /\bsheet="(1|true)"/.test(prot),
    locked: (address) => xfs[styleOf.get(address) ?? 0] ?? true,
    sheetStates,
    customXml,
  };
}
