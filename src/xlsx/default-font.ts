// ExcelJS makes Calibri the workbook's default font. Column widths are counted in characters of that
// font, and LibreOffice on Linux measures a missing Calibri with a much wider stand-in (DejaVu Sans),
// so a printed sheet grows past its page there. Times New Roman (Liberation Serif on Linux, the same
// metrics) measures alike in both programs, and it is the font our sheets use anyway.
import { JSZip } from "./zip";

export function withTimesDefaultFont(styles: string): string {
  return styles.replace(
    /<fonts([^>]*)><font>[\s\S]*?<\/font>/,
    '<fonts$1><font><sz val="11"/><color theme="1"/><name val="Times New Roman"/><family val="1"/></font>',
  );
}

/** The .xlsx with Times New Roman 11 as its default font. */
export async function timesAsDefaultFont(xlsx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const path = "xl/styles.xml";
  zip.file(path, withTimesDefaultFont(await zip.file(path)!.async("string")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
