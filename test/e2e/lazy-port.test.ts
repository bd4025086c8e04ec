// The Office pane gets its workbook adapter as a lazily loaded chunk; a flaky network must not leave
// the pane with a port that fails forever, and concurrent first calls must load it once.
import { lazyPort } from "../../src/excel-entry/lazy-port";
import type { WorkbookPort } from "../../src/workbook/port";

function fakePort(calls: string[]): WorkbookPort {
  const record = (name: string) => async () => {
    calls.push(name);
    return null as never;
  };
  return {
    readReport: record("readReport"),
    previewInsert: record("previewInsert"),
    insertTemplate: record("insertTemplate"),
    entrySettings: record("entrySettings"),
    goTo: record("goTo"),
    writeReview: record("writeReview"),
    writeReply: record("writeReply"),
    writeReviewer: record("writeReviewer"),
    writeValue: record("writeValue"),
    writeText: record("writeText"),
    openNewWorkbook: record("openNewWorkbook"),
    onEntriesChanged: record("onEntriesChanged"),
  };
}

describe("lazyPort", () => {
  test("loads the adapter once, on first use, and forwards every call", async () => {
    const calls: string[] = [];
    let loads = 0;
    const port = lazyPort(async () => {
      loads++;
      return fakePort(calls);
    });
    expect(loads).toBe(0);
    await Promise.all([port.readReport(), port.goTo("a", "value"), port.writeValue("a", 1)]);
    await port.onEntriesChanged(() => undefined);
    expect(loads).toBe(1);
    expect(calls.sort()).toEqual(["goTo", "onEntriesChanged", "readReport", "writeValue"]);
  });

  test("a failed load is reported, and the next call tries again", async () => {
    let loads = 0;
    const port = lazyPort(async () => {
      loads++;
      if (loads === 1) throw new Error("ChunkLoadError: Loading chunk excel-adapter failed");
      return fakePort([]);
    });
    await expect(port.readReport()).rejects.toThrow(/ChunkLoadError/);
    await expect(port.readReport()).resolves.toBeNull();
    expect(loads).toBe(2);
  });
});
