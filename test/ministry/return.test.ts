// The ministry's return round trip through the CLI (issue #14 item 2): `check --return-to` writes
// each unit with errors its own workbook with the ministry's decisions; the unit corrects and answers
// in it, exports again, and `consolidate` shows the resubmission and what changed. The decisions,
// who made them and when are sealed into the new submission and shown by `check`.
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cliSandbox } from "../cli/harness";
import type { Entry } from "../../src/domain/entry";
import { SubmissionSchema } from "../../src/domain/submission";
import { readTemplate } from "../../src/xlsx/read";
import { plan1097, sampleEntries, sampleUnit } from "./fixtures/submissions";
import { blankTemplate, editTemplate, fillTemplate } from "./fixtures/templates";

const { dir, cli, cliAt } = cliSandbox("sa-return-", "2023-12-12T09:00:00.000Z");

const plan = plan1097();
const unit = sampleUnit(7);
const clean = sampleUnit(8);
const entries = sampleEntries(plan, unit.unitType, () => "met");
// Two faults the ministry finds: a value typed as words, and a value left out.
const numeric = entries.filter((e) => typeof e.value === "number");
const worded = numeric[0]!.indicatorId;
const missing = numeric[1]!.indicatorId;
const sent: Entry[] = entries.map((e) =>
  e.indicatorId === worded
    ? { ...e, value: "khoảng tám mươi" }
    : e.indicatorId === missing
      ? { ...e, value: null }
      : e,
);
const returnedName = `${unit.code}-${unit.year}.xlsx`;

beforeAll(async () => {
  mkdirSync(join(dir, "inbox"));
  writeFileSync(join(dir, "inbox", "unit7.xlsx"), await fillTemplate(await blankTemplate(plan, unit), sent));
  writeFileSync(
    join(dir, "inbox", "unit8.xlsx"),
    await fillTemplate(
      await blankTemplate(plan, clean),
      sampleEntries(plan, clean.unitType, () => "met"),
    ),
  );
  const received = new Date("2023-12-11T08:00:00Z");
  utimesSync(join(dir, "inbox", "unit7.xlsx"), received, received);
});

test("check --return-to writes the unit with errors its own workbook, the rows returned with the findings, signed and dated", async () => {
  const inbox = readdirSync(join(dir, "inbox")).sort();
  const r = await cli("check", "inbox", "--return-to", "returns", "--reviewer", "Vụ Thi đua - Khen thưởng");
  expect(r.code).toBe(1);
  expect(r.out).toContain(
    `↩ returns/${returnedName}: ${unit.name} (${unit.code}) 2023 · 2 dòng trả lại / rows returned`,
  );
  expect(r.err).toMatch(/Đã trả lại 1 đơn vị vào returns; 1 đơn vị không có lỗi nên không trả lại\./);
  // The clean unit gets nothing back; the inputs are untouched.
  expect(readdirSync(join(dir, "returns"))).toEqual([returnedName]);
  expect(readdirSync(join(dir, "inbox")).sort()).toEqual(inbox);

  const back = await readTemplate(new Uint8Array(readFileSync(join(dir, "returns", returnedName))));
  expect(back.meta?.unit).toMatchObject({ code: unit.code, name: unit.name, year: 2023 });
  const byId = new Map(back.grid.entries.map((e) => [e.indicatorId, e]));
  // Every entry as the unit sent it, the two faulty rows returned with what was found, the rest not decided.
  for (const e of sent) {
    const got = byId.get(e.indicatorId)!;
    expect([e.indicatorId, got.value, got.explanation]).toEqual([e.indicatorId, e.value, e.explanation]);
    if (e.indicatorId !== worded && e.indicatorId !== missing) expect(got.review.decision).toBeNull();
  }
  for (const id of [worded, missing]) {
    const review = byId.get(id)!.review;
    expect(review).toMatchObject({ decision: "returned", reviewer: "Vụ Thi đua - Khen thưởng" });
    expect(review.comment.length).toBeGreaterThan(10);
    expect(review.reviewedAt).toMatch(/^2023-12-1[12]T\d{2}:00:00[+-]\d{2}:\d{2}$/);
  }

  // A second run does not overwrite the return without --force, and says why (exit 2).
  const again = await cli("check", "inbox", "--return-to", "returns");
  expect(again.code).toBe(2);
  expect(again.err).toMatch(/đã có\. Thêm --force để ghi đè/);
  expect(again.err).toMatch(/exists\. Add --force to overwrite it/);
  const forced = await cli("check", "inbox", "--return-to", "returns", "--force");
  expect(forced.code).toBe(1);
  // Without --reviewer the return is signed as the ministry's.
  const unsigned = await readTemplate(new Uint8Array(readFileSync(join(dir, "returns", returnedName))));
  expect(unsigned.grid.entries.find((e) => e.indicatorId === worded)!.review.reviewer).toBe(
    "Bộ (kiểm tra tổng hợp)",
  );
  const signed = await cli(
    "check",
    "inbox",
    "--return-to",
    "returns",
    "--force",
    "--reviewer",
    "Vụ Thi đua - Khen thưởng",
  );
  expect(signed.code).toBe(1);
  // Options that only go with --return-to are refused alone.
  const alone = await cli("check", "inbox", "--reviewer", "X");
  expect(alone.code).toBe(2);
  expect(alone.err).toMatch(/--reviewer và --force chỉ dùng cùng --return-to/);
});

test("the unit answers in the returned workbook, cannot export until every returned row is answered, then re-exports; check shows the sealed decisions and consolidate the resubmission", async () => {
  const returned = readFileSync(join(dir, "returns", returnedName));
  // Only the worded value corrected and answered: the missing one is still returned, so export refuses.
  const half = await editTemplate(returned, (_ws, cellOf) => {
    cellOf("SA_VALUES", worded)!.value = entries.find((e) => e.indicatorId === worded)!.value as number;
    cellOf("SA_REPLIES", worded)!.value = "Đã sửa theo số liệu quyết toán";
  });
  writeFileSync(join(dir, "half.xlsx"), half);
  const refused = await cli("export", "half.xlsx", "--out", "inbox/unit7-again.xlsx");
  expect(refused.code).toBe(1);
  expect(existsSync(join(dir, "inbox", "unit7-again.xlsx"))).toBe(false);
  expect(refused.err).toContain(missing);

  const answered = await editTemplate(half, (_ws, cellOf) => {
    cellOf("SA_VALUES", missing)!.value = entries.find((e) => e.indicatorId === missing)!.value as number;
  });
  writeFileSync(join(dir, "answered.xlsx"), answered);
  const exported = await cliAt(
    "2023-12-13T09:00:00.000Z",
    "export",
    "answered.xlsx",
    "--out",
    "inbox/unit7-again.xlsx",
    "--json",
    "unit7-again.json",
  );
  expect(exported.code).toBe(0);
  const later = new Date("2023-12-13T08:00:00Z");
  utimesSync(join(dir, "inbox", "unit7-again.xlsx"), later, later);

  // Sealed: the ministry's decision, who and when, and the unit's reply.
  const sub = SubmissionSchema.parse(JSON.parse(readFileSync(join(dir, "unit7-again.json"), "utf8")));
  const sealed = sub.entries.find((e) => e.indicatorId === worded)!.review;
  expect(sealed).toMatchObject({
    decision: "returned",
    reviewer: "Vụ Thi đua - Khen thưởng",
    reply: "Đã sửa theo số liệu quyết toán",
    basis: { value: "khoảng tám mươi", reply: "" },
  });
  expect(sealed.reviewedAt).toMatch(/^2023-12-1[12]T/);

  // check shows them under the rows, in text and JSON.
  const shown = await cli("check", "inbox/unit7-again.xlsx");
  expect(shown.code).toBe(0);
  expect(shown.out).toMatch(
    /↳ Trả lại \(người thẩm định Vụ Thi đua - Khen thưởng, 1[12]\/12\/2023 \d{2}:00\): "/,
  );
  expect(shown.out).toContain('↳ Trả lời của đơn vị: "Đã sửa theo số liệu quyết toán"');
  const json = await cli("check", "inbox/unit7-again.xlsx", "--json", "--lang", "en");
  const entry = (
    JSON.parse(json.out) as {
      entries: { indicatorId: string; review: { reviewer?: string; reply?: string } }[];
    }[]
  )[0]!.entries.find((e) => e.indicatorId === worded)!;
  expect(entry.review).toMatchObject({
    reviewer: "Vụ Thi đua - Khen thưởng",
    reply: "Đã sửa theo số liệu quyết toán",
  });

  // consolidate: the resubmission supersedes the file that was returned, with its two changes.
  const c = await cli("consolidate", "inbox", "--out", "all.xlsx", "--json", "all.json");
  expect(c.err).toMatch(/1 bản bị thay thế/);
  const out = JSON.parse(readFileSync(join(dir, "all.json"), "utf8")) as {
    resubmissions: {
      unitCode: string;
      file: string;
      supersedes: string;
      changes: {
        indicatorId: string;
        oldValue: unknown;
        newValue: unknown;
        oldStatus: string;
        newStatus: string;
      }[];
    }[];
  };
  expect(out.resubmissions).toHaveLength(1);
  const resub = out.resubmissions[0]!;
  expect(resub).toMatchObject({
    unitCode: unit.code,
    file: "inbox/unit7-again.xlsx",
    supersedes: "inbox/unit7.xlsx",
  });
  expect(resub.changes.map((ch) => ch.indicatorId).sort()).toEqual([worded, missing].sort());
  expect(resub.changes.find((ch) => ch.indicatorId === missing)).toMatchObject({
    oldValue: null,
    oldStatus: "missing",
  });
});
