// Excel bugs the adapter answers, reproduced by the host on demand: fit-to-width that Excel drops
// (office-js issue 1860) is checked and the person told how to set it; customXmlParts.items that
// Excel on the web returns undefined (office-js issue 6673) does not stop the report being read.
import { FIXTURE_PLAN, FIXTURE_UNIT } from "../workbook/fixture-plan";
import { makeBench } from "./workbook-fixture";

const request = { plan: FIXTURE_PLAN, unit: FIXTURE_UNIT, language: "vi" as const };

test("the template asks for one page wide and as many tall, and says nothing more when Excel takes it", async () => {
  const { host, port } = makeBench();
  const result = await port.insertTemplate(request);
  expect(result.notes).toBeUndefined();
  const page = host.runtime.model.sheetByName(result.sheetName)!.pageLayout;
  expect(page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
});

test("when Excel drops fit-to-width, the insert says how to set it by hand", async () => {
  const { host, port } = makeBench();
  host.runtime.quirks.fitToPagesIgnored = true;
  const result = await port.insertTemplate(request);
  expect(result.notes).toEqual([
    {
      vi: expect.stringContaining("Chiều rộng: 1 trang") as string,
      en: expect.stringContaining("Scale to Fit > Width: 1 page") as string,
    },
  ]);
});

test("with customXmlParts.items undefined (Excel on the web), a blank workbook and a template still read", async () => {
  const { host, port } = makeBench();
  host.runtime.quirks.customXmlItemsUndefined = true;
  expect(await port.readReport()).toBeNull();
  await port.insertTemplate(request);
  const report = await port.readReport();
  expect(report?.meta.planId).toBe(FIXTURE_PLAN.id);
  // An upgrade that cannot see the old metadata part neither duplicates it nor is undone by it:
  // once Excel lists the parts again, the sheet's (newer) metadata is what the report says.
  const upgraded = { ...request, plan: { ...FIXTURE_PLAN, version: "1.1.0" } };
  await expect(port.insertTemplate(upgraded)).resolves.toMatchObject({ preview: { mode: "upgrade" } });
  host.runtime.quirks.customXmlItemsUndefined = false;
  expect(host.runtime.model.customXmlParts).toHaveLength(0);
  expect((await port.readReport())?.meta.planVersion).toBe("1.1.0");
});

test("a metadata part left stale beside the sheet's metadata: the sheet, which every insert rewrites, wins", async () => {
  const { host, port } = makeBench();
  await port.insertTemplate(request);
  host.runtime.quirks.customXmlItemsUndefined = true;
  await port.insertTemplate({ ...request, plan: { ...FIXTURE_PLAN, version: "1.1.0" } });
  host.runtime.quirks.customXmlItemsUndefined = false;
  expect(host.runtime.model.customXmlParts).toHaveLength(1);
  expect((await port.readReport())?.meta.planVersion).toBe("1.1.0");
});
