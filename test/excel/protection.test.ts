// Protection that never stays open: an insert unprotects only a protected sheet, protects with
// options from the layout, protects again in following requests when a write fails part way, and
// says what really happened.
import { HostApiError } from "../../src/playground/host";
import { FIXTURE_PLAN, FIXTURE_UNIT } from "../workbook/fixture-plan";
import { cellsOf, makeBench, setProtected } from "./workbook-fixture";

const request = { plan: FIXTURE_PLAN, unit: FIXTURE_UNIT, language: "vi" as const };

function protectionOf(host: ReturnType<typeof makeBench>["host"], sheet: string) {
  const s = host.runtime.model.sheetByName(sheet)!;
  return { protected: s.protection.protected, options: s.protection.options };
}

test("the template is protected with the layout's options, never options read back from Excel", async () => {
  const { host, port } = makeBench();
  const { sheetName } = await port.insertTemplate(request);
  // A person (or another add-in) changed the options; a re-insert restores the layout's own.
  await setProtected(host, sheetName, false);
  await host.excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheetName).protection.protect({ allowInsertRows: true });
    await ctx.sync();
  });
  await port.insertTemplate(request);
  expect(protectionOf(host, sheetName)).toEqual({
    protected: true,
    options: { allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" },
  });
});

test("a template protected with a password: the insert says so, changes nothing and leaves it protected", async () => {
  const { host, port } = makeBench();
  const { sheetName } = await port.insertTemplate(request);
  host.user.type(sheetName, "F12", "27001");
  await host.excel.run(async (ctx) => {
    const p = ctx.workbook.worksheets.getItem(sheetName).protection;
    p.unprotect();
    p.protect({}, "khoá");
    await ctx.sync();
  });
  const before = cellsOf(host, sheetName);
  const error = await port.insertTemplate(request).catch((e: unknown) => e);
  expect(error).toMatchObject({
    code: "protected",
    text: { vi: expect.stringContaining("mật khẩu"), en: expect.stringContaining("Nothing was changed") },
  });
  expect(protectionOf(host, sheetName).protected).toBe(true);
  expect(cellsOf(host, sheetName)).toEqual(before);
});

test("someone unprotects the sheet between the read and the write (AccessDenied): protected again, and said so", async () => {
  const { host, port } = makeBench();
  const { sheetName } = await port.insertTemplate(request);
  // After the insert's two reads, a co-author unprotects the sheet: the insert's unprotect() is then
  // redundant, which Excel answers with AccessDenied (office-js issue 6784).
  const runtime = host.runtime;
  const after = runtime.afterRequest.bind(runtime);
  let requests = 0;
  runtime.afterRequest = () => {
    if (++requests === 2)
      runtime.model.sheetByName(sheetName)!.protection = { protected: false, options: {} };
    after();
  };
  const error = await port.insertTemplate(request).catch((e: unknown) => e);
  runtime.afterRequest = after;
  expect(error).toMatchObject({ code: "protected", text: { en: expect.stringContaining("changed") } });
  expect(protectionOf(host, sheetName).protected).toBe(true);
});

test("a write that fails after the unprotect leaves the sheets protected again, and the message says what happened", async () => {
  const { host, port } = makeBench();
  const { sheetName } = await port.insertTemplate(request);
  const model = host.runtime.model;
  const addName = model.addName.bind(model);
  model.addName = () => {
    throw new HostApiError("GeneralException", "The workbook names are busy.", "NamedItemCollection.add");
  };
  const error = await port.insertTemplate(request).catch((e: unknown) => e);
  model.addName = addName;
  expect(error).toMatchObject({
    code: "incomplete",
    text: {
      en: expect.stringMatching(/names are busy.*were protected again/s),
      vi: expect.stringContaining("đã được bảo vệ lại"),
    },
  });
  expect(protectionOf(host, sheetName)).toEqual({
    protected: true,
    options: { allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" },
  });
  expect(protectionOf(host, "SA_META").protected).toBe(true);
});

test("when protecting again fails too, the message says the sheet is open and how to close it", async () => {
  const { host, port } = makeBench();
  const { sheetName } = await port.insertTemplate(request);
  const model = host.runtime.model;
  const sheet = model.sheetByName(sheetName)!;
  const addName = model.addName.bind(model);
  model.addName = () => {
    // From here on the sheet cannot be protected (as if Excel refused every protect()).
    let state = sheet.protection;
    Object.defineProperty(sheet, "protection", {
      configurable: true,
      get: () => state,
      set: (v: typeof state) => {
        if (v.protected)
          throw new HostApiError("GeneralException", "Excel refused.", "WorksheetProtection.protect");
        state = v;
      },
    });
    throw new HostApiError("GeneralException", "The workbook names are busy.", "NamedItemCollection.add");
  };
  const error = await port.insertTemplate(request).catch((e: unknown) => e);
  model.addName = addName;
  expect(error).toMatchObject({
    code: "incomplete",
    text: { en: expect.stringContaining(`The sheet "${sheetName}" is NOT protected now`) },
  });
  expect(sheet.protection.protected).toBe(false);
  expect(host.runtime.model.sheetByName("SA_META")!.protection.protected).toBe(true);
  expect((error as { text: { en: string } }).text.en).toContain(`The sheet "SA_META" was protected again`);
});
