// The one door to JSZip, and to ExcelJS's writing, for everything that makes a workbook's bytes.
//
// JSZip 3.10 turns a text part into UTF-8 16,384 UTF-16 units at a time, each piece on its own
// (DataWorker, then Utf8EncodeWorker). A character outside the BMP (an emoji, a rare Hán Nôm
// character) whose two surrogate halves fall on either side of a piece's end comes out as two
// U+FFFD. ExcelJS in Node hands every XML part to JSZip as text, so a unit's explanation could
// come back changed and its seal no longer match its hash. Text is therefore encoded whole,
// here, before JSZip sees it; JSZip keeps bytes as they are. (ExcelJS's browser build already
// encodes text itself; this costs it nothing.)
import JSZip from "jszip";
import type ExcelJS from "exceljs";

type FileFn = (name: string, data?: unknown, options?: JSZip.JSZipFileOptions) => unknown;

const encoder = new TextEncoder();
const proto = JSZip.prototype as unknown as { file: FileFn; wholeUtf8?: true };
if (!proto.wholeUtf8) {
  const file = proto.file;
  proto.file = function (this: JSZip, ...args: Parameters<FileFn>) {
    const [name, data, options] = args;
    if (args.length >= 2 && typeof data === "string" && !options?.base64 && !options?.binary)
      return file.call(this, name, encoder.encode(data), options);
    return file.apply(this, args);
  };
  proto.wholeUtf8 = true;
}

export { JSZip };

/** The workbook's .xlsx bytes, written by ExcelJS through the JSZip above. */
export async function xlsxBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
