// The ministry's commands end to end, in-process through the CLI dispatcher: template → fill →
// export → check → consolidate gives back the same values and statuses, hostile files in the same
// batch are refused with their reasons, and the good files are consolidated all the same.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cliSandbox } from "../cli/harness";
import { SubmissionSchema } from "../../src/domain/submission";
import { assessReport } from "../../src/domain/assess";
import type { Entry } from "../../src/domain/entry";
import { plan1097, sampleEntries, sampleUnit } from "./fixtures/submissions";
import { blankTemplate, editTemplate, fillTemplate } from "./fixtures/templates";
import { hostileCorpus } from "./fixtures/hostile";
import { sampleSubmissionFile } from "./fixtures/submissions";
import { dataColumnOf, dataRowOf, editWorkbook } from "./fixtures/edit-submission";
import { sealSubmission } from "../../src/domain/submission";
import { scanZip } from "../../src/ooxml/zip-scan";
import { inflateEntry } from "../../src/ooxml/inflate";
import { DEFAULT_LIMITS } from "../../src/ooxml/limits";
import { writeZip } from "./fixtures/zip-writer";
import { buildSubmissionWorkbook } from "../../src/xlsx/submission-workbook";

const { dir, cli, cliAt } = cliSandbox("sa-cli-", "2023-12-12T09:00:00.000Z");

const plan = plan1097();
const unitA = sampleUnit(1);
const unitB = sampleUnit(2);
const entriesA = sampleEntries(plan, unitA.unitType);
const entriesB = sampleEntries(plan, unitB.unitType, (_ind, i) => (i % 2 === 0 ? "met" : "shortfall"));
const statusesOf = (entries: Entry[]) =>
  assessReport(plan, entries, (ind) => ind.appliesTo.includes(unitA.unitType), unitA).map((a) => [
    a.indicatorId,
    a.status,
  ]);

function sha(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

beforeAll(async () => {
  writeFileSync(join(dir, "a.xlsx"), await fillTemplate(await blankTemplate(plan, unitA), entriesA));
  writeFileSync(join(dir, "b.xlsx"), await fillTemplate(await blankTemplate(plan, unitB, "en"), entriesB));
  // B's template with one value missing: export must refuse it.
  writeFileSync(
    join(dir, "b-incomplete.xlsx"),
    await fillTemplate(await blankTemplate(plan, unitB), entriesB.slice(1)),
  );
});

describe("export", () => {
  test("a filled template becomes a sealed submission workbook and JSON", async () => {
    const r = await cli("export", "a.xlsx", "--out", "a-sub.xlsx", "--json", "a-sub.json");
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/SHA-256 [0-9a-f]{64}/);
    const json = SubmissionSchema.parse(JSON.parse(readFileSync(join(dir, "a-sub.json"), "utf8")));
    expect(json.unit).toEqual(unitA);
    expect(json.entries.map((e) => [e.indicatorId, e.status])).toEqual(statusesOf(entriesA));
    expect(json.entries.map((e) => e.value)).toEqual(entriesA.map((e) => e.value));
    expect(json.createdAt).toBe("2023-12-12T09:00:00.000Z");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "a-sub.xlsx"));
    // Only the report prints: the data sheet is hidden (issue #14).
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["Báo cáo", "visible"],
      ["SA_DATA", "hidden"],
      ["SA_SUBMISSION", "veryHidden"],
    ]);
    const report = wb.worksheets[0]!;
    expect(report.pageSetup.orientation).toBe("landscape");
    expect(report.pageSetup.paperSize).toBe(9);
    expect(report.pageSetup.scale).toBe(100);
    const texts: string[] = [];
    report.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain(unitA.name.toLocaleUpperCase("vi"));
    expect(texts.some((t) => t.includes(unitA.code))).toBe(true);
    expect(texts).toContain("THỦ TRƯỞNG ĐƠN VỊ");
    expect(texts).toContain("NGƯỜI LẬP BIỂU");
    const data = wb.getWorksheet("SA_DATA")!;
    expect(data.rowCount).toBe(entriesA.length + 1);
  });

  test("errors block the export, are listed, and nothing is written", async () => {
    const r = await cli("export", "b-incomplete.xlsx", "--out", "b-bad.xlsx");
    expect(r.code).toBe(1);
    expect(r.err).toContain(entriesB[0]!.indicatorId);
    expect(r.err).toMatch(/errors block the export/);
    expect(existsSync(join(dir, "b-bad.xlsx"))).toBe(false);
  });

  test("an output over the input is refused, and the input is untouched", async () => {
    const before = sha(join(dir, "a.xlsx"));
    const r = await cli("export", "a.xlsx", "--out", "a.xlsx");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/never overwritten/);
    expect(sha(join(dir, "a.xlsx"))).toBe(before);
  });
});

describe("check", () => {
  test("--json reports each file with the documented fields, hostile files rejected by reason", async () => {
    await cli("export", "a.xlsx", "--out", "a-sub.xlsx");
    writeFileSync(
      join(dir, "macro.xlsm"),
      (await hostileCorpus()).find((f) => f.name === "macro.xlsm")!.bytes,
    );
    writeFileSync(join(dir, "empty.xlsx"), Buffer.alloc(0));
    const r = await cli("check", "a-sub.xlsx", "a.xlsx", "macro.xlsm", "empty.xlsx", "--json");
    expect(r.code).toBe(3);
    const files = JSON.parse(r.out) as {
      file: string;
      rejected: { code: string; message: { vi: string; en: string } } | null;
      unit: unknown;
      plan: { id: string; version: string } | null;
      entries: { indicatorId: string; value: unknown; status: string; issues: unknown[] }[];
    }[];
    expect(files.map((f) => [f.file, f.rejected?.code ?? null])).toEqual([
      ["a-sub.xlsx", null],
      ["a.xlsx", null],
      ["macro.xlsm", "macro"],
      ["empty.xlsx", "empty"],
    ]);
    for (const f of files.slice(0, 2)) {
      expect(f.unit).toEqual(unitA);
      expect(f.plan).toMatchObject({ id: plan.id, version: plan.version });
      expect(f.entries.map((e) => [e.indicatorId, e.status])).toEqual(statusesOf(entriesA));
      expect(f.entries.map((e) => e.value)).toEqual(entriesA.map((e) => e.value));
      expect(f.entries.every((e) => Array.isArray(e.issues))).toBe(true);
    }
  });

  test("exit 0 for clean files, 1 when errors are found", async () => {
    expect((await cli("check", "a.xlsx")).code).toBe(0);
    const bad = await cli("check", "b-incomplete.xlsx");
    expect(bad.code).toBe(1);
    expect(bad.out).toContain(entriesB[0]!.indicatorId);
  });

  test("a formula typed into an input cell and an edited target are flagged", async () => {
    const id = entriesA[0]!.indicatorId;
    const target = entriesA[1]!.indicatorId;
    const edited = await editTemplate(readFileSync(join(dir, "a.xlsx")), (_ws, cellOf) => {
      cellOf("SA_VALUES", id)!.value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue;
      cellOf("SA_TARGETS", target)!.value = "≥ 0%";
    });
    writeFileSync(join(dir, "a-edited.xlsx"), edited);
    const r = await cli("check", "a-edited.xlsx", "--json");
    expect(r.code).toBe(1);
    const [f] = JSON.parse(r.out) as { entries: { indicatorId: string; issues: { code: string }[] }[] }[];
    const codes = (x: string) => f!.entries.find((e) => e.indicatorId === x)!.issues.map((i) => i.code);
    expect(codes(id)).toContain("template.formula-in-input");
    expect(codes(target)).toContain("template.target-edited");
  });

  test("an edited hidden target parameter (DECISIONS D9) is flagged; the decision still follows the plan", async () => {
    const id = entriesA[2]!.indicatorId;
    const clean = JSON.parse((await cli("check", "a.xlsx", "--json")).out) as {
      entries: { indicatorId: string; status: string; issues: { code: string }[] }[];
    }[];
    const edited = await editTemplate(readFileSync(join(dir, "a.xlsx")), (ws, cellOf) => {
      const kind = cellOf("SA_PARAMS", id)!;
      // The high edge of "met": a person lowering the bar in the hidden columns.
      ws.getCell(Number(kind.row), Number(kind.col) + 2).value = -1;
    });
    writeFileSync(join(dir, "a-param.xlsx"), edited);
    const r = await cli("check", "a-param.xlsx", "--json");
    expect(r.code).toBe(1);
    const [f] = JSON.parse(r.out) as typeof clean;
    const entry = f!.entries.find((e) => e.indicatorId === id)!;
    expect(entry.issues.map((i) => i.code)).toContain("template.target-edited");
    expect(entry.status).toBe(clean[0]!.entries.find((e) => e.indicatorId === id)!.status);
    const others = f!.entries.filter((e) => e.indicatorId !== id);
    for (const e of others) expect(e.issues.map((i) => i.code)).not.toContain("template.target-edited");
  });

  test("an edited deadline (the Hạn column, D28) is flagged as plan text; the decision still follows the plan", async () => {
    const id = entriesA[3]!.indicatorId;
    const clean = JSON.parse((await cli("check", "a.xlsx", "--json")).out) as {
      entries: { indicatorId: string; status: string; issues: { code: string; message: { en: string } }[] }[];
    }[];
    expect(clean[0]!.entries.flatMap((e) => e.issues).map((i) => i.code)).not.toContain(
      "template.target-edited",
    );
    const edited = await editTemplate(readFileSync(join(dir, "a.xlsx")), (_ws, cellOf) => {
      // A unit pushing its deadline to 2099 so that a shortfall would read "not yet due".
      cellOf("SA_DEADLINES", id)!.value = 2099;
    });
    writeFileSync(join(dir, "a-deadline.xlsx"), edited);
    const r = await cli("check", "a-deadline.xlsx", "--json");
    expect(r.code).toBe(1);
    const [f] = JSON.parse(r.out) as typeof clean;
    const entry = f!.entries.find((e) => e.indicatorId === id)!;
    const issue = entry.issues.find((i) => i.code === "template.target-edited")!;
    expect(issue.message.en).toContain("deadline of");
    expect(issue.message.en).toContain('"2099"');
    expect(entry.status).toBe(clean[0]!.entries.find((e) => e.indicatorId === id)!.status);
  });
});

test("check: a template whose two metadata copies disagree is an error that names the field", async () => {
  const blank = await blankTemplate(plan, unitA);
  const parts = scanZip(blank, DEFAULT_LIMITS)
    .filter((e) => !e.name.endsWith("/"))
    .map((e) => {
      const data = inflateEntry(blank, e);
      return {
        name: e.name,
        data:
          e.name === "customXml/item1.xml"
            ? Buffer.from(data.toString("utf8").replace(unitA.code, "999.99.99.H99"))
            : data,
      };
    });
  expect(parts.some((p) => p.name === "customXml/item1.xml")).toBe(true);
  writeFileSync(join(dir, "meta-edited.xlsx"), writeZip(parts));
  const r = await cli("check", "meta-edited.xlsx", "--json");
  const [f] = JSON.parse(r.out) as {
    fileIssues: { code: string; severity: string; message: { en: string } }[];
  }[];
  const issue = f!.fileIssues.find((i) => i.code === "template.metadata");
  expect(issue?.severity).toBe("error");
  expect(issue?.message.en).toMatch(/disagree.*unit/);
  expect(r.code).toBe(1);
});

describe("consolidate", () => {
  test("the good files are consolidated, hostile ones named, a resubmission supersedes, the roster's absentees listed", async () => {
    const inbox = join(dir, "inbox");
    mkdirSync(inbox);
    expect((await cli("export", "a.xlsx", "--out", "inbox/a.xlsx")).code).toBe(0);
    expect((await cli("export", "b.xlsx", "--out", "inbox/b-first.xlsx")).code).toBe(0);
    // B resubmits later with one value changed.
    const changed = entriesB.map((e, i) => (i === 0 ? { ...e, value: (e.value as number) + 1000 } : e));
    writeFileSync(join(dir, "b2.xlsx"), await fillTemplate(await blankTemplate(plan, unitB), changed));
    const later = await cliAt(
      "2023-12-13T09:00:00.000Z",
      "export",
      "b2.xlsx",
      "--out",
      "inbox/b-second.xlsx",
    );
    expect(later.code).toBe(0);
    const hostile = await hostileCorpus();
    for (const h of hostile) writeFileSync(join(inbox, h.name), h.bytes);
    // Submissions tampered with after export, each from its own unit: consolidated, but not valid.
    const tampered = new Map<string, string>();
    const honestOf = async (i: number) => {
      const u = sampleUnit(i);
      return { u, ...(await sampleSubmissionFile(plan, u, sampleEntries(plan, u.unitType))) };
    };
    {
      const { u, bytes } = await honestOf(10);
      const id = entriesA[0]!.indicatorId;
      const stale = await editWorkbook(bytes, (wb) => {
        const ws = wb.getWorksheet("SA_DATA")!;
        ws.getCell(dataRowOf(ws, id), dataColumnOf(ws, "value")).value = 1;
      });
      writeFileSync(join(inbox, "stale-hash.xlsx"), stale);
      tampered.set(u.code, "submission.value-changed");
    }
    {
      const { u, bytes } = await honestOf(11);
      const reordered = await editWorkbook(bytes, (wb) => {
        const ws = wb.getWorksheet("SA_DATA")!;
        const second = ws.getRow(2).values as ExcelJS.CellValue[];
        ws.getRow(2).values = ws.getRow(3).values as ExcelJS.CellValue[];
        ws.getRow(3).values = second;
      });
      writeFileSync(join(inbox, "reordered.xlsx"), reordered);
      tampered.set(u.code, "submission.rows-reordered");
    }
    {
      const { u, bytes } = await honestOf(12);
      writeFileSync(
        join(inbox, "renamed-sheet.xlsx"),
        await editWorkbook(bytes, (wb) => (wb.getWorksheet("SA_DATA")!.name = "Data")),
      );
      tampered.set(u.code, "submission.data-sheet-missing");
    }
    {
      const { u, submission } = await honestOf(13);
      const other = await sealSubmission({ ...submission, plan: { ...submission.plan, version: "0.9.0" } });
      writeFileSync(
        join(inbox, "other-version.xlsx"),
        await buildSubmissionWorkbook(other, { ...plan, version: "0.9.0" }, "vi"),
      );
      tampered.set(u.code, "plan.version-mismatch");
    }
    writeFileSync(
      join(dir, "roster.csv"),
      `mã;tên;loại\n${unitA.code};A;provincial-department\n${unitB.code};B;provincial-department\n000.00.99.H99;Absent;provincial-department\n`,
    );
    // Received in this order (the ministry's file dates decide, not the dates the files carry).
    utimesSync(
      join(inbox, "b-first.xlsx"),
      new Date("2023-12-14T08:00:00Z"),
      new Date("2023-12-14T08:00:00Z"),
    );
    utimesSync(
      join(inbox, "b-second.xlsx"),
      new Date("2023-12-15T08:00:00Z"),
      new Date("2023-12-15T08:00:00Z"),
    );
    const before = new Map(readdirSync(inbox).map((f) => [f, sha(join(inbox, f))]));

    const r = await cli(
      "consolidate",
      "inbox",
      "--out",
      "out.xlsx",
      "--json",
      "out.json",
      "--roster",
      "roster.csv",
    );
    expect(r.code).toBe(3);
    expect(r.err).toMatch(
      /6 đơn vị được tổng hợp \(4 có lỗi\), 1 bản bị thay thế, 13 tệp bị từ chối, 1 đơn vị chưa nộp/,
    );

    const out = JSON.parse(readFileSync(join(dir, "out.json"), "utf8")) as {
      inputs: { file: string; rejected: { code: string } | null; supersededBy: string | null }[];
      units: { code: string; file: string; valid: boolean; hashVerified: boolean; rank: number | null }[];
      entries: { unitCode: string; indicatorId: string; value: unknown; status: string }[];
      missing: { code: string }[];
      resubmissions: {
        unitCode: string;
        file: string;
        supersedes: string;
        changes: { indicatorId: string }[];
      }[];
    };
    const rejected = Object.fromEntries(
      out.inputs.filter((i) => i.rejected).map((i) => [i.file.replace("inbox/", ""), i.rejected!.code]),
    );
    expect(rejected).toEqual(Object.fromEntries(hostile.map((h) => [h.name, h.code])));
    const good = out.units.filter((u) => !tampered.has(u.code));
    expect(good.map((u) => [u.code, u.file, u.valid, u.hashVerified])).toEqual([
      [unitA.code, "inbox/a.xlsx", true, true],
      [unitB.code, "inbox/b-second.xlsx", true, true],
    ]);
    expect(good.map((u) => u.rank).sort()).toEqual([1, 2]);
    const bad = out.units.filter((u) => tampered.has(u.code));
    expect(bad).toHaveLength(4);
    for (const u of bad) {
      expect(u.valid).toBe(false);
      expect(u.rank).toBeNull();
      const input = (out.inputs as unknown as { file: string; fileIssues: { code: string }[] }[]).find(
        (i) => i.file === u.file,
      )!;
      expect(input.fileIssues.map((i) => i.code)).toContain(tampered.get(u.code));
    }
    expect(out.inputs.find((i) => i.file === "inbox/b-first.xlsx")!.supersededBy).toBe("inbox/b-second.xlsx");
    expect(out.resubmissions).toEqual([
      {
        unitCode: unitB.code,
        file: "inbox/b-second.xlsx",
        supersedes: "inbox/b-first.xlsx",
        changes: [expect.objectContaining({ indicatorId: entriesB[0]!.indicatorId })],
      },
    ]);
    expect(out.missing.map((m) => m.code)).toEqual(["000.00.99.H99"]);
    expect((out as unknown as { notInRoster: string[] }).notInRoster).toEqual([...tampered.keys()].sort());
    // Round trip: the consolidated values and statuses are the ones typed into the template.
    const got = out.entries
      .filter((e) => e.unitCode === unitA.code)
      .map((e) => [e.indicatorId, e.value, e.status]);
    const want = statusesOf(entriesA).map(([id, status], i) => [id, entriesA[i]!.value, status]);
    expect(got).toEqual(want);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "out.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Ma trận",
      "Đơn vị",
      "Toàn ngành",
      "Toàn ngành (chi tiết)",
      "Dữ liệu",
      "Chưa nộp",
      "Nộp lại",
      "Tệp",
    ]);
    const matrix = wb.getWorksheet("Ma trận")!;
    expect(matrix.getCell(2, 3).value).toBe(
      plan.indicators.find((i) => i.id === entriesA[0]!.indicatorId)!.text.vi,
    );
    expect(matrix.getCell(3, 1).value).toBe(unitA.code);
    // A judged row, or a province's contribution to a national figure, reported (issue #11).
    expect(matrix.getCell(3, 3).numFmt).toMatch(/ · (Đạt|Vượt|Chưa đạt|Đã báo cáo)"$/);
    expect(wb.getWorksheet("Tệp")!.rowCount).toBe(before.size + 1);
    // Inputs are never modified.
    for (const [f, h] of before) expect(sha(join(inbox, f))).toBe(h);
  });
});

test("--plan-file: a plan version the ministry brings as a file is the one statuses are checked against", async () => {
  const next = { ...plan, version: "1.1.0" };
  writeFileSync(join(dir, "plan-1.1.0.json"), JSON.stringify(next));
  const { bytes } = await sampleSubmissionFile(next, unitA, entriesA);
  writeFileSync(join(dir, "made-with-1.1.0.xlsx"), bytes);
  const without = await cli("check", "made-with-1.1.0.xlsx", "--json");
  const [a] = JSON.parse(without.out) as { fileIssues: { code: string }[] }[];
  expect(a!.fileIssues.map((i) => i.code)).toContain("plan.version-mismatch");
  const withFile = await cli("check", "made-with-1.1.0.xlsx", "--json", "--plan-file", "plan-1.1.0.json");
  expect(withFile.code).toBe(0);
  const [b] = JSON.parse(withFile.out) as { plan: { bundledVersion: string }; fileIssues: unknown[] }[];
  expect(b!.plan.bundledVersion).toBe("1.1.0");
  expect(b!.fileIssues).toEqual([]);
  writeFileSync(join(dir, "bad-plan.json"), JSON.stringify({ ...plan, version: "one" }));
  const bad = await cli("check", "made-with-1.1.0.xlsx", "--plan-file", "bad-plan.json");
  expect(bad.code).toBe(2);
  expect(bad.err).toMatch(/version/);
});

test("an output folder that does not exist is refused before any file is read", async () => {
  const r = await cli("consolidate", "a.xlsx", "--out", "no-such-folder/out.xlsx");
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/Cannot write into the folder .*no-such-folder/);
});
