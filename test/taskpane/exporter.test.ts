// The pane's hand-off to Excel.createWorkbook: base64 of the workbook bytes, however large.
import fc from "fast-check";
import { submissionFileName, toBase64 } from "../../src/taskpane/exporter";
import type { Submission } from "../../src/domain/submission";

describe("toBase64", () => {
  it("encodes any bytes as Node does, across the chunk boundary", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
      }),
      { numRuns: 40 },
    );
  });

  it("handles a multi-megabyte workbook without overflowing the stack", () => {
    const bytes = new Uint8Array(3_000_000).map((_, i) => (i * 31) & 0xff);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});

describe("submissionFileName", () => {
  const sub = (code: string) => ({ unit: { code }, period: { year: 2023 } }) as unknown as Submission;
  it("names the file by unit code and year", () => {
    expect(submissionFileName(sub("000.00.00.H26"), "json")).toBe("ban-nop-000.00.00.H26-2023.json");
  });
  it("names a registration as one, never as a submission", () => {
    const reg = { ...sub("000.00.00.H26"), kind: "registration" } as Submission;
    expect(submissionFileName(reg, "json")).toBe("ban-dang-ky-000.00.00.H26-2023.json");
  });
  it("keeps nothing a file system refuses", () => {
    fc.assert(
      fc.property(fc.string(), (code) => {
        expect(submissionFileName(sub(code), "xlsx")).toMatch(/^ban-nop-[0-9A-Za-z._-]{1,40}-2023\.xlsx$/);
      }),
    );
  });
});
