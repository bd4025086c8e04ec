// A port that loads its implementation on first use. The Office.js adapter brings the template
// layout, the assessment and zod (about 40 KB gzip); the pane's shell paints and takes input without
// them, so they are fetched as a separate chunk while the shell renders (bench/pane.bench.ts).
import type { WorkbookPort } from "../workbook/port";

export function lazyPort(load: () => Promise<WorkbookPort>): WorkbookPort {
  let pending: Promise<WorkbookPort> | null = null;
  const port = (): Promise<WorkbookPort> => {
    // A failed load (e.g. the network dropped) is retried on the next call, not cached.
    pending ??= load().catch((e: unknown) => {
      pending = null;
      throw e;
    });
    return pending;
  };
  return {
    readReport: async () => (await port()).readReport(),
    previewInsert: async (request) => (await port()).previewInsert(request),
    insertTemplate: async (request, onProgress) => (await port()).insertTemplate(request, onProgress),
    entrySettings: async () => (await port()).entrySettings(),
    goTo: async (indicatorId, part) => (await port()).goTo(indicatorId, part),
    writeReview: async (indicatorId, review) => (await port()).writeReview(indicatorId, review),
    writeReply: async (indicatorId, reply) => (await port()).writeReply(indicatorId, reply),
    writeReviewer: async (name) => (await port()).writeReviewer(name),
    writeValue: async (indicatorId, value, part) => (await port()).writeValue(indicatorId, value, part),
    writeText: async (indicatorId, part, text) => (await port()).writeText(indicatorId, part, text),
    openNewWorkbook: async (base64) => (await port()).openNewWorkbook(base64),
    onEntriesChanged: async (listener) => (await port()).onEntriesChanged(listener),
  };
}
