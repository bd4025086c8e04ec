// Issue #16 as a hostile sender and a stressed ministry would try it: claims a file makes about
// itself (its type, its code, its date) against the roster and the ministry's own clock; what a
// folder holds that is not a workbook; outputs that must never be overwritten or raced; signatures.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cliSandbox } from "../cli/harness";
import type { UnitProfile } from "../../src/domain/plan";
import { plan1097, sampleEntries, sampleSubmissionFile, sampleUnit } from "./fixtures/submissions";
import { blankTemplate, fillTemplate } from "./fixtures/templates";
import { writeZip } from "./fixtures/zip-writer";
import { generateUnitKeys } from "../../src/domain/signature";
import { selectIndicators } from "../../src/domain/applicability";
import { MOST_2026_FILE, most2026Plan } from "../fixtures/plans/most-2026";

const { dir, cli } = cliSandbox("sa-trust-", "2023-12-12T09:00:00.000Z");

const plan = plan1097();
let seq = 0;
/** A sealed submission written into `folder`, received at `received` (its date on disk). */
async function submit(
  folder: string,
  name: string,
  unit: UnitProfile,
  opts: { received?: string; createdAt?: string; entriesType?: UnitProfile["unitType"] } = {},
): Promise<string> {
  mkdirSync(join(dir, folder), { recursive: true });
  const entries = sampleEntries(plan, opts.entriesType ?? unit.unitType, () => "met");
  const { bytes } = await sampleSubmissionFile(plan, unit, entries, opts.createdAt);
  const path = join(dir, folder, name);
  writeFileSync(path, bytes);
  const t = new Date(opts.received ?? Date.UTC(2023, 11, 14, 8, 0, seq++));
  utimesSync(path, t, t);
  return path;
}

interface Out {
  inputs: {
    file: string;
    rejected: { code: string; message: { vi: string; en: string } } | null;
    ignored: boolean;
    supersededBy: string | null;
    fileIssues: { code: string; severity: string }[];
  }[];
  units: {
    code: string;
    file: string;
    valid: boolean;
    rank: number | null;
    unranked: { code: string } | null;
    unitType: string;
    name: string;
    cluster: string;
    hash: string | null;
    fileIssues: { code: string }[];
    signature: { signed: boolean; verified: boolean | null } | null;
  }[];
  entries: { unitCode: string; indicatorId: string; status: string; explanation: string }[];
}

const readOut = (name: string) => JSON.parse(readFileSync(join(dir, name), "utf8")) as Out;

describe("the roster is the authority", () => {
  test("a department re-sealed as a publisher: an error, assessed as a department, not ranked", async () => {
    const dept = sampleUnit(31);
    await submit("swap", "honest.xlsx", sampleUnit(32));
    // Five publisher indicators, all met, sealed honestly under the false type.
    await submit("swap", "swapped.xlsx", { ...dept, unitType: "publisher" });
    writeFileSync(
      join(dir, "swap-roster.csv"),
      `Mã định danh;Tên đơn vị;Loại;Cụm thi đua\n${dept.code};Sở A (theo danh sách);provincial-department;Cụm 1\n${sampleUnit(32).code};Sở B;provincial-department;Cụm 1\n`,
    );
    const r = await cli(
      "consolidate",
      "swap",
      "--roster",
      "swap-roster.csv",
      "--out",
      "swap.xlsx",
      "--json",
      "swap.json",
    );
    expect(r.code).toBe(1);
    const u = readOut("swap.json").units.find((x) => x.code === dept.code)!;
    expect(u.fileIssues.map((i) => i.code)).toContain("unit.type-mismatch");
    expect(u.unitType).toBe("provincial-department");
    expect(u.name).toBe("Sở A (theo danh sách)");
    expect(u.cluster).toBe("Cụm 1");
    expect(u.valid).toBe(false);
    expect(u.rank).toBeNull();
    // Judged on the department's indicators (41 in catalog 2.0.0): all but the publisher's five it
    // sent are missing.
    const owed = selectIndicators(plan, "provincial-department").map((i) => i.id);
    expect(owed.length).toBeGreaterThan(30);
    const byId = new Map(
      readOut("swap.json")
        .entries.filter((e) => e.unitCode === dept.code)
        .map((e) => [e.indicatorId, e.status]),
    );
    expect(owed.every((id) => byId.has(id))).toBe(true);
    expect(owed.filter((id) => byId.get(id) === "missing").length).toBeGreaterThanOrEqual(owed.length - 5);
    // Without the roster the lie is not seen: that is what the roster is for.
    const blind = await cli("consolidate", "swap", "--out", "swap-blind.xlsx", "--json", "swap-blind.json");
    expect(blind.code).toBe(0);
  });

  test("six spellings of one code: four are one unit, two are refused as no code at all", async () => {
    const unit = sampleUnit(26);
    const wide = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const spellings = [
      unit.code,
      `${unit.code}\u200B`,
      unit.code.toLowerCase(),
      wide(unit.code),
      "=cmd|' /C calc'!A0",
      "+SUM(1+1)",
    ];
    for (const [i, code] of spellings.entries()) await submit("six", `s${i}.xlsx`, { ...unit, code });
    const r = await cli("consolidate", "six", "--out", "six.xlsx", "--json", "six.json");
    expect(r.code).toBe(3);
    const out = readOut("six.json");
    expect(out.units.map((u) => u.code)).toEqual([unit.code]);
    expect(out.units[0]!.file).toBe("six/s3.xlsx");
    expect(out.inputs.map((i) => i.rejected?.code ?? null)).toEqual([
      null,
      null,
      null,
      null,
      "unit.code-invalid",
      "unit.code-invalid",
    ]);
    expect(out.inputs.slice(0, 3).map((i) => i.supersededBy)).toEqual([
      "six/s3.xlsx",
      "six/s3.xlsx",
      "six/s3.xlsx",
    ]);
    expect(out.inputs[1]!.fileIssues.map((i) => i.code)).toContain("unit.code-normalised");
    expect(out.inputs[4]!.rejected!.message.en).toMatch(/000\.00\.00\.H26/);
  });

  test("the newer file is the one received later, whatever date it writes; equal receipt times hold the unit back", async () => {
    const unit = sampleUnit(41);
    await submit("order", "a-wrong-clock.xlsx", unit, {
      createdAt: "2099-01-01T00:00:00.000Z",
      received: "2023-12-14T08:00:00Z",
    });
    await submit("order", "b-correction.xlsx", unit, {
      createdAt: "2023-12-13T00:00:00.000Z",
      received: "2023-12-15T08:00:00Z",
    });
    await cli("consolidate", "order", "--out", "order.xlsx", "--json", "order.json");
    expect(readOut("order.json").units[0]!.file).toBe("order/b-correction.xlsx");

    await submit("tie", "x.xlsx", unit, { received: "2023-12-14T08:00:00Z" });
    await submit("tie", "y.xlsx", unit, { received: "2023-12-14T08:00:00Z" });
    const r = await cli("consolidate", "tie", "--out", "tie.xlsx", "--json", "tie.json");
    expect(r.code).toBe(1);
    const u = readOut("tie.json").units[0]!;
    expect(u.fileIssues.map((i) => i.code)).toContain("resubmission.same-time");
    expect(u.rank).toBeNull();
  });

  test("a filled template is listed but never ranked; every output shows each submission's hash", async () => {
    const unit = sampleUnit(51);
    mkdirSync(join(dir, "mixed"));
    writeFileSync(
      join(dir, "mixed", "template.xlsx"),
      await fillTemplate(
        await blankTemplate(plan, unit),
        sampleEntries(plan, unit.unitType, () => "exceeded"),
      ),
    );
    const sub = await submit("mixed", "sub.xlsx", sampleUnit(52));
    const r = await cli("consolidate", "mixed", "--out", "mixed.xlsx", "--json", "mixed.json");
    expect(r.code).toBe(0);
    const out = readOut("mixed.json");
    const t = out.units.find((u) => u.code === unit.code)!;
    expect([t.rank, t.unranked?.code, t.hash]).toEqual([null, "template", null]);
    const s = out.units.find((u) => u.code === sampleUnit(52).code)!;
    expect(s.rank).toBe(1);
    expect(s.hash).toMatch(/^[0-9a-f]{64}$/);
    const check = await cli("check", sub);
    expect(check.out).toContain(`SHA-256 ${s.hash}`);
  });
});

describe("nothing in a folder is skipped in silence", () => {
  test(".ods, .xlsb, CSV, a FIFO, a link loop, a broken link, hidden and lock files: each listed, the batch goes on", async () => {
    const box = join(dir, "box");
    mkdirSync(join(box, "sub"), { recursive: true });
    await submit("box", "good.xlsx", sampleUnit(61));
    writeFileSync(
      join(box, "report.ods"),
      writeZip([
        {
          name: "mimetype",
          data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet"),
          store: true,
        },
        { name: "content.xml", data: Buffer.from("<office:document-content/>") },
      ]),
    );
    writeFileSync(
      join(box, "report.xlsb"),
      writeZip([
        { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
        { name: "xl/workbook.bin", data: Buffer.from([1, 2, 3]) },
      ]),
    );
    writeFileSync(join(box, "sub", "units.csv"), "Mã;Giá trị\nx;1\n");
    writeFileSync(join(box, ".DS_Store"), "x");
    writeFileSync(join(box, "~$good.xlsx"), "owner");
    execFileSync("mkfifo", [join(box, "pipe.xlsx")]);
    symlinkSync(box, join(box, "sub", "loop"));
    symlinkSync(join(box, "nowhere.xlsx"), join(box, "broken.xlsx"));
    const r = await cli("consolidate", "box", "--out", "box.xlsx", "--json", "box.json");
    expect(r.code).toBe(3);
    const got = Object.fromEntries(
      readOut("box.json").inputs.map((i) => [i.file, [i.rejected?.code ?? null, i.ignored]]),
    );
    expect(got).toEqual({
      "box/.DS_Store": ["ignored.hidden", true],
      "box/broken.xlsx": ["link.broken", false],
      "box/good.xlsx": [null, false],
      "box/pipe.xlsx": ["not-a-file", false],
      "box/report.ods": ["format.ods", false],
      "box/report.xlsb": ["format.xlsb", false],
      "box/sub/loop": ["folder.loop", false],
      "box/sub/units.csv": ["format.text", false],
      "box/~$good.xlsx": ["ignored.excel-lock", true],
    });
    const ods = readOut("box.json").inputs.find((i) => i.file === "box/report.ods")!;
    expect(ods.rejected!.message.vi).toMatch(/lưu lại dưới dạng \.xlsx/);
    expect(ods.rejected!.message.en).toMatch(/save it as \.xlsx/);
  });

  test("a FIFO named on the command line is refused and the run ends", async () => {
    execFileSync("mkfifo", [join(dir, "named-pipe")]);
    const r = await cli("check", "named-pipe", "--json");
    expect(r.code).toBe(3);
    expect((JSON.parse(r.out) as { rejected: { code: string } }[])[0]!.rejected.code).toBe("not-a-file");
  });

  test("a folder of nothing but an .ods is not '0 files, exit 0'", async () => {
    mkdirSync(join(dir, "only-ods"));
    writeFileSync(join(dir, "only-ods", "r.ods"), readFileSync(join(dir, "box", "report.ods")));
    const r = await cli("check", "only-ods");
    expect(r.code).toBe(3);
    expect(r.out).toMatch(/format\.ods/);
    expect(r.err).toMatch(/1 tệp: 0 đạt yêu cầu, 0 có lỗi, 1 bị từ chối/);
  });
});

describe("outputs are never overwritten or raced in silence", () => {
  beforeAll(async () => {
    await submit("outs", "one.xlsx", sampleUnit(71));
  });

  test("--json equal to --out is refused before anything is written", async () => {
    const r = await cli("consolidate", "outs", "--out", "same.xlsx", "--json", "./same.xlsx");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out and --json are both/);
    expect(existsSync(join(dir, "same.xlsx"))).toBe(false);
  });

  test("an existing output needs --force (consolidate and export)", async () => {
    writeFileSync(join(dir, "kept.xlsx"), "precious");
    const r = await cli("consolidate", "outs", "--out", "kept.xlsx");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/exists\. Add --force/);
    expect(readFileSync(join(dir, "kept.xlsx"), "utf8")).toBe("precious");
    expect((await cli("consolidate", "outs", "--out", "kept.xlsx", "--force")).code).toBe(0);
    expect(readFileSync(join(dir, "kept.xlsx")).subarray(0, 2).toString()).toBe("PK");

    const unit = sampleUnit(72);
    writeFileSync(
      join(dir, "filled.xlsx"),
      await fillTemplate(
        await blankTemplate(plan, unit),
        sampleEntries(plan, unit.unitType, () => "met"),
      ),
    );
    writeFileSync(join(dir, "export-kept.xlsx"), "precious");
    expect((await cli("export", "filled.xlsx", "--out", "export-kept.xlsx")).code).toBe(2);
    expect(readFileSync(join(dir, "export-kept.xlsx"), "utf8")).toBe("precious");
  });

  test("a second run refuses while the first holds the output; a dead run's lock and temp files are cleared", async () => {
    // A lock held by a live process (this one) stands for a run in progress.
    writeFileSync(
      join(dir, ".busy.xlsx.lock"),
      JSON.stringify({ pid: process.pid, host: (await import("node:os")).hostname(), startedAt: "now" }),
    );
    const r = await cli("consolidate", "outs", "--out", "busy.xlsx");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Another run \(process \d+/);
    expect(existsSync(join(dir, "busy.xlsx"))).toBe(false);
    // A killed run: its process is gone, its lock and half-written temp file are left behind.
    const dead = 2 ** 22 + 17;
    writeFileSync(
      join(dir, ".busy.xlsx.lock"),
      JSON.stringify({ pid: dead, host: (await import("node:os")).hostname(), startedAt: "then" }),
    );
    writeFileSync(join(dir, `.busy.xlsx.${dead}.1700000000000.tmp`), "half");
    const again = await cli("consolidate", "outs", "--out", "busy.xlsx");
    expect(again.code).toBe(0);
    expect(again.err).toMatch(/Removed a killed run's temporary file/);
    expect(existsSync(join(dir, `.busy.xlsx.${dead}.1700000000000.tmp`))).toBe(false);
    expect(existsSync(join(dir, ".busy.xlsx.lock"))).toBe(false);
  });
});

describe("the unit's signature", () => {
  test("signed with the roster's key verifies; another key, or none, is an error", async () => {
    const unit = sampleUnit(81);
    const mine = await generateUnitKeys();
    const theirs = await generateUnitKeys();
    writeFileSync(join(dir, "unit81.pem"), mine.privatePem);
    writeFileSync(join(dir, "other.pem"), theirs.privatePem);
    const filled = join(dir, "filled81.xlsx");
    writeFileSync(
      filled,
      await fillTemplate(
        await blankTemplate(plan, unit),
        sampleEntries(plan, unit.unitType, () => "met"),
      ),
    );
    expect(
      (await cli("export", "filled81.xlsx", "--out", "sig/signed.xlsx", "--sign-key", "unit81.pem")).code,
    ).toBe(2);
    mkdirSync(join(dir, "sig"));
    const ok = await cli("export", "filled81.xlsx", "--out", "sig/signed.xlsx", "--sign-key", "unit81.pem");
    expect(ok.code).toBe(0);
    expect(ok.err).toMatch(/signed \(ECDSA P-256\)/);
    expect(
      (await cli("export", "filled81.xlsx", "--out", "sig/forged.xlsx", "--sign-key", "other.pem")).code,
    ).toBe(0);
    expect((await cli("export", "filled81.xlsx", "--out", "sig/unsigned.xlsx")).code).toBe(0);
    writeFileSync(
      join(dir, "sig-roster.csv"),
      `code,name,type,public key\n${unit.code},A,provincial-department,${mine.publicKey}\n`,
    );
    const check = async (f: string) => {
      const r = await cli("check", f, "--roster", "sig-roster.csv", "--json");
      const [rep] = JSON.parse(r.out) as { signature: unknown; fileIssues: { code: string }[] }[];
      return [
        r.code,
        rep!.signature,
        rep!.fileIssues.map((i) => i.code).filter((c) => c.startsWith("signature")),
      ];
    };
    expect(await check("sig/signed.xlsx")).toEqual([0, { signed: true, verified: true }, []]);
    expect(await check("sig/forged.xlsx")).toEqual([
      1,
      { signed: true, verified: false },
      ["signature.invalid"],
    ]);
    expect(await check("sig/unsigned.xlsx")).toEqual([
      1,
      { signed: false, verified: false },
      ["signature.missing"],
    ]);
    // Without a key on the roster a signature proves nothing, and says so.
    const bare = await cli("check", "sig/signed.xlsx", "--json");
    expect(
      (JSON.parse(bare.out) as { fileIssues: { code: string }[] }[])[0]!.fileIssues.map((i) => i.code),
    ).toEqual(["signature.unchecked"]);
    const keygen = await cli("keygen", "--out", "k.pem");
    expect(keygen.code).toBe(0);
    expect(keygen.out.trim()).toMatch(/^MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE[A-Za-z0-9+/]+=*$/);
    expect((await cli("keygen", "--out", "k.pem")).code).toBe(2);
  });
});

describe("check prints as a person reads", () => {
  test("dates as dd/mm/yyyy, not serial numbers", async () => {
    // The bundled plans' Directive 67 tasks are yes/no since catalog 2.0.0; the MoST fixture keeps a
    // dated milestone.
    const most = most2026Plan();
    const unit = { ...sampleUnit(91, "so-khcn"), year: 2026 };
    writeFileSync(
      join(dir, "dated.xlsx"),
      await fillTemplate(
        await blankTemplate(most, unit),
        sampleEntries(most, unit.unitType, () => "met"),
      ),
    );
    const r = await cli("check", "dated.xlsx", "--plan-file", MOST_2026_FILE);
    expect(r.out).toMatch(/dx\.shared-data-platform\s+\d{2}\/\d{2}\/\d{4}/);
  });
});

describe("a flood of slow files", () => {
  test("once the batch's allowance for slow files is spent, later files get a short deadline and are told why", async () => {
    const { readBatch } = await import("../../src/cli/ministry/batch");
    const { DEFAULT_LIMITS } = await import("../../src/ooxml/limits");
    const one = await submit("flood", "f0.xlsx", sampleUnit(95));
    const files = [one];
    for (let i = 1; i < 12; i++) {
      const f = join(dir, "flood", `f${i}.xlsx`);
      writeFileSync(f, readFileSync(one));
      files.push(f);
    }
    // Every file is "slow" against a 2 ms deadline: the first ones spend the 4 ms allowance.
    const limits = { ...DEFAULT_LIMITS, timeoutMs: 2, slowBudgetMs: 4, spentTimeoutMs: 1 };
    const reports = await readBatch(
      files.map((file) => ({ file, refused: null })),
      { limits, scheme: null },
    );
    const timedOut = reports.filter((r) => r.rejected?.code === "timeout");
    expect(timedOut.length).toBeGreaterThan(6);
    expect(timedOut.at(-1)!.rejected!.message.en).toMatch(/allowance for slow files is spent/);
    expect(timedOut.at(-1)!.rejected!.message.vi).toMatch(/thời gian dành cho tệp chậm/);
    expect(timedOut[0]!.rejected!.message.en).not.toMatch(/allowance/);
  });
});

describe("outputs fit the viewers", () => {
  test("text over 32,767 characters is cut with a marker; the JSON keeps it whole", async () => {
    const { fitCell } = await import("../../src/cli/ministry/consolidate-workbook");
    const long = "Giải trình ".repeat(10_000);
    const cut = fitCell(long, "en");
    expect(cut.length).toBeLessThanOrEqual(32_767);
    expect(cut).toMatch(/…\[\d[\d,]* characters cut; the full text is in the JSON \(--json\)\]$/);
    expect(fitCell("ngắn", "vi")).toBe("ngắn");
    // Never half a surrogate pair.
    const emoji = "😀".repeat(20_000);
    expect(fitCell(emoji, "vi").match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)).toBeNull();

    const unit = sampleUnit(97);
    const entries = sampleEntries(plan, unit.unitType, () => "shortfall").map((e, i) =>
      i === 0 ? { ...e, explanation: "x".repeat(100_000) } : e,
    );
    mkdirSync(join(dir, "long"));
    const { bytes } = await sampleSubmissionFile(plan, unit, entries);
    writeFileSync(join(dir, "long", "long.xlsx"), bytes);
    expect((await cli("consolidate", "long", "--out", "long.xlsx", "--json", "long.json")).code).toBe(0);
    const json = readOut("long.json").entries.find((e) => e.indicatorId === entries[0]!.indicatorId)!;
    expect(json.explanation).toHaveLength(100_000);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "long.xlsx"));
    const data = wb.getWorksheet("Dữ liệu")!;
    const cell = String(data.getCell(2, 10).value);
    expect(cell.length).toBeLessThanOrEqual(32_767);
    expect(cell).toMatch(/cắt bớt .* ký tự; toàn văn trong tệp JSON/);
  });

  test("the data sheet continues on another sheet before Excel's last row", async () => {
    const { writeConsolidatedWorkbook } = await import("../../src/cli/ministry/consolidate-workbook");
    const { consolidate } = await import("../../src/cli/ministry/consolidate-model");
    const { readBatch } = await import("../../src/cli/ministry/batch");
    const { DEFAULT_LIMITS } = await import("../../src/ooxml/limits");
    const files = [
      await submit("split", "a.xlsx", sampleUnit(98)),
      await submit("split", "b.xlsx", sampleUnit(99)),
    ];
    const reports = await readBatch(
      files.map((file) => ({ file, refused: null })),
      { limits: DEFAULT_LIMITS, scheme: null },
    );
    const rows = reports.reduce((n, r) => n + r.entries.length, 0);
    // A sheet of 30 rows: the header and 29 data rows each.
    const bytes = writeConsolidatedWorkbook(consolidate(reports, null), "en", undefined, { sheetRows: 30 });
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const data = wb.worksheets.filter((w) => w.name.startsWith("Data"));
    expect(data.map((w) => w.name)).toEqual([
      "Data",
      ...Array.from({ length: data.length - 1 }, (_, i) => `Data (${i + 2})`),
    ]);
    expect(data.length).toBe(Math.ceil(rows / 29));
    expect(data.every((w) => w.rowCount <= 30 && w.getCell(1, 1).value === "unit_code")).toBe(true);
    expect(data.reduce((n, w) => n + w.rowCount - 1, 0)).toBe(rows);
  });
});

describe("what the seal proves", () => {
  test("a re-sealed submission: a new hash (not the one on the signed paper), and without the unit's key no valid signature", async () => {
    const { sealSubmission, parseSubmission } = await import("../../src/domain/submission");
    const { buildSubmissionWorkbook } = await import("../../src/xlsx/submission-workbook");
    const { signDocument, importPrivateKey } = await import("../../src/domain/signature");
    const unit = sampleUnit(101);
    const keys = await generateUnitKeys();
    const entries = sampleEntries(plan, unit.unitType, (_i, j) => (j % 2 ? "shortfall" : "met"));
    const { submission: honest } = await sampleSubmissionFile(plan, unit, entries);
    const signed = {
      ...honest,
      signature: await signDocument(honest, await importPrivateKey(keys.privatePem)),
    };
    mkdirSync(join(dir, "reseal"));
    writeFileSync(join(dir, "reseal", "honest.xlsx"), await buildSubmissionWorkbook(signed, plan, "vi"));
    // The forger raises every shortfall to "met", recomputes statuses and the SHA-256, keeps the date.
    const raised = sampleEntries(plan, unit.unitType, () => "met");
    const { submission: forged } = await sampleSubmissionFile(plan, unit, raised, honest.createdAt);
    const resealed = await sealSubmission({ ...forged, signature: signed.signature } as typeof forged);
    expect(parseSubmission(resealed).ok).toBe(true);
    writeFileSync(
      join(dir, "reseal", "kept-signature.xlsx"),
      await buildSubmissionWorkbook({ ...resealed, signature: signed.signature }, plan, "vi"),
    );
    writeFileSync(
      join(dir, "reseal", "no-signature.xlsx"),
      await buildSubmissionWorkbook(resealed, plan, "vi"),
    );
    writeFileSync(
      join(dir, "reseal-roster.csv"),
      `code;name;type;key\n${unit.code};A;provincial-department;${keys.publicKey}\n`,
    );
    const r = await cli("check", "reseal", "--roster", "reseal-roster.csv", "--json");
    const got = (
      JSON.parse(r.out) as {
        file: string;
        hash: { computed: string; verified: boolean };
        fileIssues: { code: string }[];
      }[]
    ).map((f) => [
      f.file,
      f.hash.verified,
      f.hash.computed === honest.hash,
      f.fileIssues.map((i) => i.code).filter((c) => c.startsWith("signature")),
    ]);
    expect(got).toEqual([
      ["reseal/honest.xlsx", true, true, []],
      // The hash itself verifies (the forger recomputed it): only the hash on the paper, and the
      // signature, tell the forgery from the original.
      ["reseal/kept-signature.xlsx", true, false, ["signature.invalid"]],
      ["reseal/no-signature.xlsx", true, false, ["signature.missing"]],
    ]);
    expect(r.code).toBe(1);
  });

  test("the report sheet is held to the sealed JSON cell by cell: an edit of the printed sheet alone is found", async () => {
    const { compareReportSheet } = await import("../../src/cli/ministry/report-sheet-check");
    const { GuardedPackage } = await import("../../src/ooxml/package");
    const { LeanWorkbook } = await import("../../src/ooxml/lean-reader");
    const { editWorkbook } = await import("./fixtures/edit-submission");
    const { DEFAULT_LIMITS } = await import("../../src/ooxml/limits");
    const { splitAddress } = await import("../../src/ooxml/lean-reader");
    const unit = sampleUnit(102);
    const { bytes } = await sampleSubmissionFile(plan, unit, sampleEntries(plan, unit.unitType));
    const lean = (b: Buffer) => new LeanWorkbook(new GuardedPackage(b, DEFAULT_LIMITS));
    // What the report's builder says the sheet holds; here read back from the honest file itself.
    const name = lean(bytes).sheets[0]!.name;
    const cells = [...lean(bytes).sheet(name)!.cells].flatMap(([address, c]) => {
      const { col, row } = splitAddress(address);
      return typeof c.value === "string" || typeof c.value === "number"
        ? [{ row, col: col + 1, text: c.value }]
        : [];
    });
    const expected = { name, cells };
    expect(compareReportSheet(lean(bytes), expected)).toEqual([]);
    // The unit's name as the report prints it (in capitals in the decree's header).
    const upper = unit.name.toLocaleUpperCase("vi");
    const target = cells.find((c) => typeof c.text === "string" && c.text.toLocaleUpperCase("vi") === upper)!;
    const edited = await editWorkbook(bytes, (wb) => {
      wb.getWorksheet(name)!.getCell(target.row, target.col).value = "Sở khác";
      wb.getWorksheet(name)!.getCell(200, 2).value = "Đã xác nhận";
    });
    const [finding] = compareReportSheet(lean(edited), expected);
    expect(finding!.code).toBe("submission.report-changed");
    expect(finding!.message.en).toMatch(/"Sở khác" ≠ ".*".*B200: "Đã xác nhận" ≠ \(trống \/ empty\)/);
    const renamed = await editWorkbook(bytes, (wb) => (wb.getWorksheet(name)!.name = "Other"));
    expect(compareReportSheet(lean(renamed), expected)[0]!.code).toBe("submission.report-missing");
  });
});

describe("the printed report held to the sealed JSON", () => {
  test("check rebuilds the report sheet from the sealed print choices: the honest file passes, an edit of the printed signer or a value alone is found", async () => {
    const { sealFrom } = await import("../../src/cli/ministry/seal");
    const { assessReport } = await import("../../src/domain/assess");
    const { defaultReportPrint } = await import("../../src/domain/report-print");
    const { buildSubmissionWorkbook } = await import("../../src/xlsx/submission-workbook");
    const { reportSheet } = await import("../../src/xlsx/submission-report");
    const { editWorkbook } = await import("./fixtures/edit-submission");
    const unit = sampleUnit(103);
    const entries = sampleEntries(plan, unit.unitType);
    const assessments = assessReport(plan, entries, (ind) => ind.appliesTo.includes(unit.unitType), unit);
    mkdirSync(join(dir, "printed"));
    const files: Record<string, Buffer> = {};
    for (const language of ["vi", "en"] as const) {
      const print = {
        ...defaultReportPrint(language, plan.issuer[language]),
        documentNumber: "12/BC-SKHCN",
        signerName: "Trần Thị Bình",
      };
      const sub = await sealFrom(plan, unit, entries, assessments, null, "2023-12-10T08:00:00.000Z", print);
      files[language] = Buffer.from(await buildSubmissionWorkbook(sub, plan));
      writeFileSync(join(dir, "printed", `honest-${language}.xlsx`), files[language]);
      if (language === "vi") {
        const model = reportSheet(sub, plan);
        const signer = model.cells.find((c) => c.text === "Trần Thị Bình")!;
        // The first result printed in the table (column 5, "Kết quả").
        const value = model.cells.find((c) => c.row > model.tableHeaderRow && c.col === 5 && c.text !== "")!;
        writeFileSync(
          join(dir, "printed", "edited-vi.xlsx"),
          await editWorkbook(files.vi!, (wb) => {
            const ws = wb.getWorksheet(model.name)!;
            ws.getCell(signer.row, signer.col).value = "Người khác";
            ws.getCell(value.row, value.col).value = "999";
          }),
        );
      }
    }
    const r = await cli("check", "printed", "--json");
    const got = Object.fromEntries(
      (
        JSON.parse(r.out) as {
          file: string;
          hash: { verified: boolean };
          fileIssues: { code: string; message: { en: string } }[];
        }[]
      ).map((f) => [f.file, f]),
    );
    for (const honest of ["printed/honest-vi.xlsx", "printed/honest-en.xlsx"]) {
      expect([honest, got[honest]!.hash.verified, got[honest]!.fileIssues.map((i) => i.code)]).toEqual([
        honest,
        true,
        [],
      ]);
    }
    const edited = got["printed/edited-vi.xlsx"]!;
    expect(edited.hash.verified).toBe(false);
    const finding = edited.fileIssues.find((i) => i.code === "submission.report-changed")!;
    expect(finding.message.en).toMatch(/"Người khác" ≠ "Trần Thị Bình"/);
    expect(finding.message.en).toMatch(/"999" ≠ /);
  });
});
