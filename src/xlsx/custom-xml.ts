// ExcelJS writes no custom XML parts, so the metadata part (DESIGN §4) is added to the finished zip
// here, with the three pieces Excel needs to keep it: the item, its properties (which carry the
// schema namespace Office.js looks parts up by), and the workbook's relationship to it.
import JSZip from "jszip";

const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const PROPS_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const PROPS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

function itemProps(namespace: string): string {
  // A fixed GUID per part keeps rendering reproducible; Office only needs it to be unique in the file.
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n` +
    `<ds:datastoreItem ds:itemID="{6C1B8E0A-3D4F-4E57-9A2B-5E1D7C9F0A11}" ` +
    `xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${namespace}"/></ds:schemaRefs></ds:datastoreItem>`
  );
}

function itemRels(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${PROPS_REL_TYPE}" Target="itemProps1.xml"/></Relationships>`
  );
}

/** Adds customXml/item1.xml (+ properties and relationships) to an .xlsx made by ExcelJS. */
export async function addCustomXmlPart(
  xlsx: Uint8Array,
  namespace: string,
  xml: string,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  await addCustomXmlPartTo(zip, namespace, xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** The same, on an opened package, for callers that change other parts in the same pass. */
export async function addCustomXmlPartTo(zip: JSZip, namespace: string, xml: string): Promise<void> {
  zip.file("customXml/item1.xml", xml);
  zip.file("customXml/itemProps1.xml", itemProps(namespace));
  zip.file("customXml/_rels/item1.xml.rels", itemRels());

  const ctPath = "[Content_Types].xml";
  const ct = await zip.file(ctPath)!.async("string");
  if (!ct.includes("/customXml/itemProps1.xml")) {
    zip.file(
      ctPath,
      ct.replace(
        "</Types>",
        `<Override PartName="/customXml/itemProps1.xml" ContentType="${PROPS_CONTENT_TYPE}"/></Types>`,
      ),
    );
  }
  const relsPath = "xl/_rels/workbook.xml.rels";
  const rels = await zip.file(relsPath)!.async("string");
  if (!rels.includes(REL_TYPE + '"')) {
    zip.file(
      relsPath,
      rels.replace(
        "</Relationships>",
        `<Relationship Id="rIdSaMeta1" Type="${REL_TYPE}" Target="../customXml/item1.xml"/></Relationships>`,
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
