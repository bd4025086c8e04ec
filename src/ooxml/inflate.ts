// Inflates one entry, never beyond what the central directory declared (and so never beyond the
// limits scanZip already held the declaration to). A header that lies about its size fails here
// with maxOutputLength instead of filling memory.
import { inflateRawSync } from "node:zlib";
import type { ZipEntry } from "./zip-scan";
import { reject } from "./rejection";
import { zlibCall } from "./zlib-gate";

export function inflateEntry(buf: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localHeaderOffset;
  if (buf.readUInt32LE(p) !== 0x04034b50)
    reject(
      "zip.corrupt",
      `the zip entry ${entry.name} is damaged`,
      `mục ${entry.name} trong gói zip bị hỏng`,
    );
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length)
    reject(
      "zip.corrupt",
      `the zip entry ${entry.name} runs past the end of the file`,
      `mục ${entry.name} vượt quá cuối tệp`,
    );
  const packed = buf.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) lied(entry);
    return packed;
  }
  let out: Buffer;
  try {
    // One byte more than declared, so that "exactly the declared size" and "more" can be told apart.
    out = zlibCall(() => inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.size + 1) }));
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") lied(entry);
    reject(
      "zip.corrupt",
      `the zip entry ${entry.name} cannot be inflated`,
      `không giải nén được mục ${entry.name}`,
    );
  }
  if (out.length !== entry.size) lied(entry);
  return out;
}

function lied(entry: ZipEntry): never {
  reject(
    "zip.inflate-lied",
    `the zip entry ${entry.name} inflates to another size than it declares (a disguised zip bomb)`,
    `mục ${entry.name} giải nén ra kích thước khác với khai báo (bom zip ngụy trang)`,
  );
}
