// ExcelJS writes no custom XML parts, so the metadata part (DESIGN §4) is added to the finished zip
// here, with the three pieces Excel needs to keep it: the item, its properties (which carry the
// schema namespace Office.js looks parts up by), and the workbook's relationship to it.
import { JSZip } from "./zip";

const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const PROPS_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const PROPS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

function itemProps(namespace: string, n: number): string {
  // A fixed GUID per part keeps rendering reproducible; Office only needs it to be unique in the file.
  const id = `6C1B8E0A-3D4F-4E57-9A2B-${(0x5e1d7c9f0a10 + n).toString(16).toUpperCase()}`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n` +
    `<ds:datastoreItem ds:itemID="{${id}}" ` +
    `xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${namespace}"/></ds:schemaRefs></ds:datastoreItem>`
  );
}

function itemRels(n: number): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${PROPS_REL_TYPE}" Target="itemProps${n}.xml"/></Relationships>`
  );
}

/**
 * Adds customXml/item`n`.xml (+ properties and relationships) to an .xlsx made by ExcelJS; `n` is 1
 * unless a workbook carries several parts.
 */
export async function addCustomXmlPart(
  xlsx: Uint8Array,
  namespace: string,
  xml: string,
  n = 1,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  await addCustomXmlPartTo(zip, namespace, xml, n);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** The same, on an opened package, for callers that change other parts in the same pass. */
export async function addCustomXmlPartTo(zip: JSZip, namespace: string, xml: string, n = 1): Promise<void> {
  zip.file(`customXml/item${n}.xml`, xml);
  zip.file(`customXml/itemProps${n}.xml`, itemProps(namespace, n));
  zip.file(`customXml/_rels/item${n}.xml.rels`, itemRels(n));

  const ctPath = "[Content_Types].xml";
  const ct = await zip.file(ctPath)!.async("string");
  if (!ct.includes(`/customXml/itemProps${n}.xml`)) {
    zip.file(
      ctPath,
      ct.replace(
        "</Types>",
        `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${PROPS_CONTENT_TYPE}"/></Types>`,
      ),
    );
  }
  const relsPath = "xl/_rels/workbook.xml.rels";
  const rels = await zip.file(relsPath)!.async("string");
  if (!rels.includes(`Target="../customXml/item${n}.xml"`)) {
    zip.file(
      relsPath,
      rels.replace(
        "</Relationships>",
        `<Relationship Id="rIdSaMeta${n}" Type="${REL_TYPE}" Target="../customXml/item${n}.xml"/></Relationships>`,
      ),
    );
  }
}

/** The text of every custom XML item in the zip (the caller picks by namespace). */
export async function readCustomXmlParts(zip: JSZip, maxBytes = 5_000_000): Promise<string[]> {
  const out: string[] = [];
  const items = Object.keys(zip.files).filter((p) => /^customXml\/item\d+\.xml$/.test(p));
  for (const path of items) {
    const f = zip.file(path);
    if (!f) continue;
    const text = await f.async("string");
    if (text.length <= maxBytes) out.push(text);
  }
  return out;
}
