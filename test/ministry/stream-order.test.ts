// A batch reads files on two workers, at most a few files ahead, and hands each report over packed
// (DECISIONS D36): `check`'s text and JSON over 200 files, with refused files among them, must be
// byte for byte what reading each file on its own, in the order given, prints.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { plan1097, sampleEntries, sampleSubmissionFile, sampleUnit } from "./fixtures/submissions";
import {
  checkJson,
  describe as describeReport,
  displayPath,
  runCheck,
} from "../../src/cli/ministry/check-run";
import { expandInputs } from "../../src/cli/ministry/inputs";
import { readFileDetail } from "../../src/cli/ministry/read-file";
import { rejectedReport, type FileReport } from "../../src/cli/ministry/file-report";
import { READ_AHEAD_PER_WORKER } from "../../src/cli/ministry/batch";
import { DEFAULT_LIMITS } from "../../src/ooxml/limits";
import { loadScheme } from "../../src/cli/ministry/options";
import type { Io } from "../../src/cli/io";

const FILES = 200;
const dir = mkdtempSync(join(tmpdir(), "sa-stream-order-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const scheme = loadScheme(process.cwd(), undefined);

beforeAll(async () => {
  const plan = plan1097();
  const outcomes = ["met", "exceeded", "shortfall"] as const;
  for (let i = 0; i < FILES; i++) {
    const unit = sampleUnit(i, i % 2 ? "ministry-agency" : "provincial-department");
    const entries = sampleEntries(plan, unit.unitType, (_ind, j) => outcomes[(i * 7 + j) % 3]!);
    const { bytes } = await sampleSubmissionFile(plan, unit, entries);
    // Every 23rd file is damaged after export, in its zip directory: refused as a file.
    if (i % 23 === 5) bytes[bytes.length - 30] = bytes[bytes.length - 30]! ^ 0xff;
    writeFileSync(join(dir, `unit-${String(i).padStart(3, "0")}.xlsx`), bytes);
    // Files the folder walk refuses, among the ones read.
    if (i % 40 === 7) writeFileSync(join(dir, `unit-${String(i).padStart(3, "0")}b.ods`), "not a workbook");
  }
}, 120_000);

function capture(): { io: Io; out: string[] } {
  const out: string[] = [];
  return {
    io: { out: (t) => out.push(t), err: () => {}, cwd: dir, now: () => "2023-12-12T09:00:00.000Z" },
    out,
  };
}

/** Each file read in this process, one after another, as the reference. */
async function oneByOne(): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const item of expandInputs([dir]).items) {
    const r =
      item.refused !== null
        ? rejectedReport(item.file, item.refused, 0)
        : (await readFileDetail(item.file, DEFAULT_LIMITS, scheme)).report;
    r.file = displayPath(dir, r.file);
    reports.push(r);
  }
  return reports;
}

test("check's JSON and text over 200 files are those of each file read alone, in order", async () => {
  expect(FILES).toBeGreaterThan(4 * READ_AHEAD_PER_WORKER);
  const items = expandInputs([dir]).items;
  const reference = await oneByOne();
  expect(reference.filter((r) => r.rejected !== null).length).toBe(5 + 9);

  const json = capture();
  const opts = { limits: DEFAULT_LIMITS, scheme, showProgress: false } as const;
  const exitJson = await runCheck(items, { ...opts, json: true, lang: "vi" }, json.io);
  const expectedJson = `[${reference
    .map((r, i) => `${i === 0 ? "" : ","}${JSON.stringify(checkJson(r), null, 2).replace(/^/gm, "  ")}`)
    .join("")}]`;
  expect(json.out.join("")).toBe(expectedJson);
  expect((JSON.parse(json.out.join("")) as unknown[]).length).toBe(FILES + 5);
  expect(exitJson).toBe(3);
  expect(json.out.join("")).toContain('"status": "shortfall"');

  const text = capture();
  await runCheck(items, { ...opts, json: false, lang: "en" }, text.io);
  expect(text.out).toEqual(reference.map((r) => describeReport(r, "en").join("\n")));
}, 300_000);
