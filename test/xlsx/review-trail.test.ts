// The review trail in a template file: the reviewer's name kept in the header, each decision written
// with who, when and on what, the unit's reply in its own column, all read back by the same readers
// the pane, `export` and the ministry use; a re-insert keeps them; a template made before the trail
// reads as before and refuses to record a decision it cannot keep whole.
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/xlsx/port";
import { readTemplate } from "../../src/xlsx/read";
import { NAMES } from "../../src/workbook/layout";
import { reviewOf } from "../../src/workbook/read";
import { a1, parseRange } from "../../src/workbook/a1";
import { FIXTURE_PLAN, FIXTURE_UNIT } from "../workbook/fixture-plan";

const OPTIONS = { generator: "test", createdAt: "2026-11-22T10:00:00.000Z" };
const request = { plan: FIXTURE_PLAN, unit: FIXTURE_UNIT, language: "vi" as const };
const AT = "2026-12-01T14:05:09+07:00";

async function filled(): Promise<XlsxWorkbook> {
  const port = new XlsxWorkbook(null, OPTIONS);
  await port.insertTemplate(request);
  await port.writeValue("share-online", 0.5);
  await port.writeReviewer("  Trần Thị B  ");
  await port.writeReview("share-online", {
    decision: "returned",
    comment: "=Thiếu minh chứng",
    reviewer: "Trần Thị B",
    reviewedAt: AT,
    basis: { value: 0.5, reply: "" },
  });
  return port;
}

test("the reviewer's name, the decision's trail and the reply are written and read back", async () => {
  const port = await filled();
  let snap = (await port.readReport())!;
  expect(snap.reviewer).toBe("Trần Thị B");
  const row = () => snap.entries.find((e) => e.indicatorId === "share-online")!;
  expect(row().review).toEqual({
    decision: "returned",
    comment: "=Thiếu minh chứng",
    reviewer: "Trần Thị B",
    reviewedAt: AT,
    basis: { value: 0.5, reply: "" },
  });
  await port.writeReply("share-online", "Đã bổ sung công văn 12/CV");
  snap = (await port.readReport())!;
  expect(row().review.reply).toBe("Đã bổ sung công văn 12/CV");
  // In the sheet, in words a person reads: the decision label, the name and the time as text.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(port.data! as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Tự đánh giá")!;
  expect(ws.getCell("D8").value).toBe("Trần Thị B");
  expect(ws.getCell("A8").value).toBe("Người thẩm định");
  const rowNo = 10 + FIXTURE_PLAN.indicators.findIndex((i) => i.id === "share-online");
  // Decision and comment in L and M, the trail in Y:AB (DECISIONS D28, D29).
  expect(["L", "M", "Y", "Z", "AA"].map((c) => ws.getCell(`${c}${rowNo}`).value)).toEqual([
    "Trả lại",
    "=Thiếu minh chứng",
    "Đã bổ sung công văn 12/CV",
    "Trần Thị B",
    AT,
  ]);
  expect(ws.getColumn("AB").hidden).toBe(true);
  expect(ws.getColumn("Y").hidden).toBe(false);
});

test("a re-insert keeps the reviewer's name, the trail and the reply", async () => {
  const port = await filled();
  await port.writeReply("share-online", "Đã bổ sung");
  const before = (await port.readReport())!;
  await port.insertTemplate(request);
  const after = (await port.readReport())!;
  expect(after.reviewer).toBe("Trần Thị B");
  expect(after.entries).toEqual(before.entries);
});

test("clearing the decision clears who and when; the unit's reply stays", async () => {
  const port = await filled();
  await port.writeReply("share-online", "Đã bổ sung");
  await port.writeReview("share-online", { decision: null, comment: "" });
  const e = (await port.readReport())!.entries.find((x) => x.indicatorId === "share-online")!;
  expect(e.review).toEqual({ decision: null, comment: "", reply: "Đã bổ sung" });
});

test("a template made before the trail reads as before and refuses a decision, saying what to do", async () => {
  const port = new XlsxWorkbook(null, OPTIONS);
  await port.insertTemplate(request);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(port.data! as unknown as ArrayBuffer);
  const trail = [NAMES.replies, NAMES.reviewedBy, NAMES.reviewedAt, NAMES.reviewBasis, NAMES.reviewer];
  // ExcelJS removes a name cell by cell.
  for (const name of trail) {
    const r = parseRange(wb.definedNames.getRanges(name).ranges[0]!)!;
    for (let row = r.box.top; row <= r.box.bottom; row++)
      wb.definedNames.remove(`'${r.sheet}'!${a1(row, r.box.left)}`, name);
    expect(wb.definedNames.getRanges(name).ranges).toEqual([]);
  }
  const old = new XlsxWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), OPTIONS);
  const snap = (await old.readReport())!;
  expect(snap.reviewer).toBeNull();
  expect(snap.entries).toHaveLength(FIXTURE_PLAN.indicators.length);
  const refused = old.writeReview("share-online", {
    decision: "accepted",
    comment: "",
    reviewer: "A",
    reviewedAt: AT,
    basis: { value: null, reply: "" },
  });
  await expect(refused).rejects.toMatchObject({ code: "no-review-trail" });
  await expect(refused).rejects.toHaveProperty("text.vi", expect.stringContaining("Chèn lại mẫu"));
  await expect(old.writeReply("share-online", "x")).rejects.toMatchObject({ code: "no-review-trail" });
  // A re-insert adds the trail (nobody typed in Y:AB), after which decisions are kept whole.
  await old.insertTemplate(request);
  expect((await readTemplate(old.data!)).grid.problems).toEqual([]);
  await old.writeReviewer("A");
  expect((await old.readReport())!.reviewer).toBe("A");
});

test("what the trail's cells say is taken only where it makes sense", () => {
  const trail = { reviewedBy: "A", reviewedAt: AT, basis: '{"value":0.5,"reply":""}' };
  expect(reviewOf("accepted", "", trail)).toEqual({
    decision: "accepted",
    comment: "",
    reviewer: "A",
    reviewedAt: AT,
    basis: { value: 0.5, reply: "" },
  });
  // No decision: who and when mean nothing; a reply stays the unit's.
  expect(reviewOf(null, "", { ...trail, reply: "r" })).toEqual({ decision: null, comment: "", reply: "r" });
  // A time typed by hand (a date serial, or text without the offset) and a damaged basis are absent.
  expect(reviewOf("returned", "c", { reviewedAt: 46000.5, basis: "{value" })).toEqual({
    decision: "returned",
    comment: "c",
  });
  expect(
    reviewOf("returned", "c", { reviewedAt: "01/12/2026 14:05", basis: '{"value":{"x":1},"reply":""}' }),
  ).toEqual({ decision: "returned", comment: "c" });
  expect(reviewOf("returned", "c", { basis: '{"value":{"error":"#N/A"},"reply":"x"}' }).basis).toEqual({
    value: { error: "#N/A" },
    reply: "x",
  });
});
