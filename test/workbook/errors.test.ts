// One error family (src/workbook/errors.ts): both adapters throw the same code for the same
// mistake, and the pane chooses its sentence by that code, never by the wording of a message.
import { FIXTURE_PLAN, FIXTURE_UNIT } from "./fixture-plan";
import { isWorkbookError, WorkbookError } from "../../src/workbook/errors";
import { XlsxWorkbook } from "../../src/xlsx/port";
import { describeError } from "../../src/taskpane/errors";
import { loadStrings, stringsFor } from "../../src/taskpane/i18n";
import { makeBench } from "../excel/workbook-fixture";

const request = { plan: FIXTURE_PLAN, unit: FIXTURE_UNIT, language: "vi" as const };
const OPTIONS = { generator: "test", createdAt: "2026-01-01T00:00:00.000Z" };

async function thrown(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}

test("both adapters throw unknown-indicator, with the same bilingual text, for an id the template lacks", async () => {
  const { port: excel } = makeBench();
  await excel.insertTemplate(request);
  const file = new XlsxWorkbook(null, OPTIONS);
  await file.insertTemplate(request);

  const errors = [
    await thrown(excel.goTo("no-such-id", "value")),
    await thrown(excel.writeValue("no-such-id", 1)),
    await thrown(file.goTo("no-such-id", "value")),
    await thrown(file.writeValue("no-such-id", 1)),
  ];
  for (const e of errors) {
    expect(isWorkbookError(e)).toBe(true);
    expect((e as WorkbookError).code).toBe("unknown-indicator");
    expect((e as WorkbookError).text).toEqual((errors[0] as WorkbookError).text);
  }
});

test("both adapters refuse a request no indicator applies to with no-indicators", async () => {
  const none = { ...request, fields: ["no-such-field"] };
  const file = new XlsxWorkbook(null, OPTIONS);
  const { port: excel } = makeBench();
  for (const e of [await thrown(file.insertTemplate(none)), await thrown(excel.insertTemplate(none))])
    expect(isWorkbookError(e) && e.code).toBe("no-indicators");
});

test("the pane says what the code says, in the person's language, and reads no message text", async () => {
  const vi = stringsFor("vi");
  const en = await loadStrings("en");
  const unknown = new WorkbookError("unknown-indicator", { vi: "Không có", en: "None" });
  expect(describeError(unknown, vi).message).toBe("Không có");
  expect(describeError(unknown, en).message).toBe("None");
  // A protection error says what really happened (issue #13), in the adapter's own words.
  const locked = new WorkbookError("protected", { vi: "khoá", en: "locked" });
  expect(describeError(locked, en).message).toBe("locked");
  // Office's documented codes.
  expect(describeError({ code: "InvalidOperationInCellEditMode", message: "x" }, en).message).toBe(
    en.error.busy,
  );
  expect(describeError({ code: "AccessDenied", message: "x" }, en).message).toBe(en.error.protected);
  // A message that merely mentions protection is not taken for a protected sheet.
  expect(describeError(new Error("the protected area moved"), en).message).not.toBe(en.error.protected);
});
