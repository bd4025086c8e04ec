// The pane's print choices (src/taskpane/facade.ts, print-memory.ts): the template's language by
// default, the addressee following the language while it is the plan's issuer, and what the
// computer remembers, bounded as the sealed schema bounds it.
import { initialPrint, withLanguage } from "../../src/taskpane/facade";
import { rememberPrint, rememberedPrint } from "../../src/taskpane/print-memory";
import { ReportPrintSchema } from "../../src/domain/report-print";
import type { ReportSnapshot } from "../../src/workbook/port";
import { plan1097 } from "../ministry/fixtures/submissions";

const plan = plan1097();
const snapshot = (language: "vi" | "en") =>
  ({ meta: { language, unit: { code: "X" } } }) as unknown as ReportSnapshot;

class MemoryStorage {
  private m = new Map<string, string>();
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, v);
  }
}

beforeEach(() => {
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});
afterAll(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

test("the report starts in the template's language, addressed to the plan's issuer in it", () => {
  expect(initialPrint(plan, snapshot("en"), {})).toMatchObject({ language: "en", recipient: plan.issuer.en });
  expect(initialPrint(plan, snapshot("vi"), {})).toMatchObject({ language: "vi", recipient: plan.issuer.vi });
});

test("changing the language changes the addressee only while it is still the issuer", () => {
  const p = initialPrint(plan, snapshot("vi"), {});
  expect(withLanguage(plan, p, "en").recipient).toBe(plan.issuer.en);
  const own = { ...p, recipient: "Vụ Thi đua - Khen thưởng" };
  expect(withLanguage(plan, own, "en").recipient).toBe("Vụ Thi đua - Khen thưởng");
});

test("the stable choices are remembered per unit, not the number or the date, and never beyond the schema's bounds", () => {
  const p = {
    ...initialPrint(plan, snapshot("vi"), {}),
    governingBody: "UBND tỉnh Quảng Nam",
    documentNumber: "12/BC-X",
    date: "2024-01-05",
    signerName: "x".repeat(500),
    copyTo: Array.from({ length: 20 }, () => "y".repeat(500)),
  };
  rememberPrint("X", p);
  const back = rememberedPrint("X");
  expect(back.governingBody).toBe("UBND tỉnh Quảng Nam");
  expect(back).not.toHaveProperty("documentNumber");
  expect(back).not.toHaveProperty("date");
  expect(ReportPrintSchema.safeParse(initialPrint(plan, snapshot("vi"), back)).success).toBe(true);
  expect(rememberedPrint("another unit")).toEqual({});
});

test("no storage, or damaged storage, just means nothing remembered", () => {
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: () => "{not json",
    setItem: () => {
      throw new Error("quota");
    },
  };
  expect(rememberedPrint("X")).toEqual({});
  expect(() => rememberPrint("X", initialPrint(plan, snapshot("vi"), {}))).not.toThrow();
});
