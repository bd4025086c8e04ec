// Text outside the BMP (emoji, rare Hán Nôm characters) comes back exactly from every workbook we
// write, wherever it falls: JSZip alone breaks a surrogate pair that straddles 16 KiB of a part.
import fc from "fast-check";
import ExcelJS from "exceljs";
import { JSZip, xlsxBytes } from "../../src/xlsx/zip";

const astral = fc.constantFrom("𐀀", "😀", "𠀀", "𪚥", "a", "ễ");

test("a text part of any length keeps every character, across JSZip's 16 KiB pieces", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(astral, { minLength: 8_000, maxLength: 40_000 }), async (chars) => {
      const text = chars.join("");
      const zip = new JSZip();
      zip.file("part.xml", text);
      const back = await JSZip.loadAsync(await zip.generateAsync({ type: "uint8array" }));
      expect(await back.file("part.xml")!.async("string")).toBe(text);
    }),
    { numRuns: 10 },
  );
});

test("a cell written by ExcelJS (as the CLI writes templates and submissions) reads back exactly", async () => {
  for (const pad of ["", "a", "ab"]) {
    const text = pad + "😀".repeat(16_000);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = text;
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await xlsxBytes(wb)).buffer as ArrayBuffer);
    expect(back.getWorksheet("S")!.getCell("A1").value).toBe(text);
  }
});
