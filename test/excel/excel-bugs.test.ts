// Excel bugs the adapter answers, reproduced by the host on demand: fit-to-pages that Excel drops
// (office-js issue 1860) no longer matters, the template prints at 100%; customXmlParts.items that
// Excel on the web returns undefined (office-js issue 6673) does not stop the report being read.
import { FIXTURE_PLAN, FIXTURE_UNIT } from "../workbook/fixture-plan";
import { makeBench } from "./workbook-fixture";

const request = { plan: FIXTURE_PLAN, unit: FIXTURE_UNIT, language: "vi" as const };

test("the template prints at 100% across pages (issue #14), so Excel dropping fit-to-pages (office-js issue 1860) cannot shrink it or leave it unset", async () => {
  for (const dropped of [false, true]) {
    const { host, port } = makeBench();
    host.runtime.quirks.fitToPagesIgnored = dropped;
    const result = await port.insertTemplate(request);
    expect(result.notes).toBeUndefined();
    const page = host.runtime.model.sheetByName(result.sheetName)!.pageLayout;
    expect(page.zoom).toEqual({ scale: 100 });
    expect(page.printOrder).toBe("OverThenDown");
  }
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
