// Proof that a change to consolidate's memory keeps its answers (DECISIONS D44): consolidate run
// with a fixed clock, and the SHA-256 of every part of the workbook (each sheet's XML: values,
// styles, heights) and of the JSON, so two builds are compared byte for byte.
//   corpus <dir>                            a small corpus of every summed and listed case
//   run <inputs> <outDir> <vi|en> [roster]  consolidate into outDir, then the hashes on stdout
// Built and run as bench/ministry-child.ts is (scripts/build-cli.js), on the old and the new code.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import type { Entry } from "../src/domain/entry";
import type { UnitProfile, UnitType } from "../src/domain/plan";
import { runConsolidate } from "../src/cli/ministry/consolidate-run";
import { DEFAULT_LIMITS } from "../src/ooxml/limits";
import { loadScheme } from "../src/cli/ministry/options";
import { plan1097, sampleEntries, sampleSubmissionFile } from "../test/ministry/fixtures/submissions";
import { dataColumnOf, dataRowOf, editWorkbook } from "../test/ministry/fixtures/edit-submission";

/** Every part of a zip package, inflated, by name (the packages here are our own, plain deflate). */
function zipParts(zip: Buffer): Map<string, Buffer> {
  const parts = new Map<string, Buffer>();
  let end = zip.length - 22;
  while (zip.readUInt32LE(end) !== 0x06054b50) end--;
  let at = zip.readUInt32LE(end + 16);
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    const method = zip.readUInt16LE(at + 10);
    const packed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + packed);
    parts.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + skip;
  }
  return parts;
}

const sha = (b: Buffer | string) => createHash("sha256").update(b).digest("hex").slice(0, 16);

async function corpus(dir: string): Promise<void> {
  const plan = plan1097();
  mkdirSync(dir, { recursive: true });
  const outcomes = ["met", "exceeded", "shortfall"] as const;
  const roster: string[] = ["mã;tên;loại"];
  let n = 0;
  const types: UnitType[] = [
    "postal-enterprise",
    "provincial-department",
    "ministry-agency",
    "digital-enterprise",
    "broadcaster",
    "telecom-enterprise",
    "press-agency",
    "publisher",
  ];
  const put = async (unitType: UnitType, i: number, edit?: (e: Entry[]) => Entry[], tamper?: string) => {
    const unit: UnitProfile = {
      name:
        i % 3 === 0
          ? `Đơn vị số ${i} có một cái tên rất dài để dòng phải xuống hàng trong cột tên đơn vị của các trang tính`
          : `Đơn vị ${unitType} ${i}`,
      code: unitType.endsWith("enterprise")
        ? `0100${types.indexOf(unitType)}${String(i).padStart(5, "0")}`
        : `000.00.${String(types.indexOf(unitType)).padStart(2, "0")}.H${String(i).padStart(2, "0")}`,
      unitType,
      year: 2023,
    };
    let entries = sampleEntries(plan, unitType, (_ind, j) => outcomes[(i + j) % 3]!);
    if (edit) entries = edit(entries);
    let { bytes } = await sampleSubmissionFile(plan, unit, entries);
    if (tamper)
      bytes = await editWorkbook(bytes, (wb) => {
        const ws = wb.getWorksheet("SA_DATA")!;
        ws.getCell(dataRowOf(ws, tamper), dataColumnOf(ws, "value")).value = 90_000;
      });
    const file = join(dir, `u${String(n++).padStart(3, "0")}-${unitType}-${i}.xlsx`);
    writeFileSync(file, bytes);
    // Received in file order, a second apart: resubmissions are ordered by receipt.
    const t = new Date(Date.UTC(2023, 11, 12, 9, 0, n));
    utimesSync(file, t, t);
    if (i % 7 !== 5 && !roster.some((l) => l.startsWith(`${unit.code};`)))
      roster.push(`${unit.code};${unit.name};${unitType}`);
  };
  const empty = (id: string) => (es: Entry[]) =>
    es.map((e) => (e.indicatorId === id ? { ...e, value: null } : e));
  for (const [k, t] of types.entries()) for (let i = 0; i < 4 + k; i++) await put(t, i);
  await put("postal-enterprise", 20, empty("postal.service-points"));
  await put("digital-enterprise", 21, empty("ict.total-revenue"));
  await put("postal-enterprise", 22, undefined, "postal.service-points");
  await put("postal-enterprise", 1, (es) => es.slice(0, -3)); // a resubmission with rows left out
  roster.push(
    "0100099999;Đơn vị chưa nộp;postal-enterprise",
    "000.00.99.H99;Sở chưa nộp;provincial-department",
  );
  writeFileSync(join(dir, "..", `${dir.split("/").pop()}-roster.csv`), roster.join("\n"));
}

async function run(input: string, outDir: string, lang: "vi" | "en", roster?: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, "consolidated.xlsx");
  const json = join(outDir, "consolidated.json");
  const code = await runConsolidate(
    {
      inputs: [input],
      out,
      json,
      ...(roster ? { roster } : {}),
      lang,
      limits: DEFAULT_LIMITS,
      scheme: loadScheme(process.cwd(), undefined),
      showProgress: false,
      force: true,
    },
    { out: () => {}, err: () => {}, cwd: process.cwd(), now: () => "2023-12-31T00:00:00.000Z" },
  );
  const lines = [`exit ${code}`];
  for (const [name, bytes] of [...zipParts(readFileSync(out))].sort(([a], [b]) => (a < b ? -1 : 1)))
    lines.push(`${sha(bytes)} ${name}`);
  lines.push(`${sha(readFileSync(json))} consolidated.json`);
  process.stdout.write(lines.join("\n") + "\n");
}

const [mode, a, b, c, d] = process.argv.slice(2);
void (mode === "corpus" ? corpus(a!) : run(a!, b!, (c as "vi" | "en") ?? "vi", d));
