// The preparer as typed (issue #14 item 5): whatever a person types in the yellow preparer cell
// (SA_PREPARER, D7) is the preparer the submission carries, in the pane's reader (Office.js adapter
// over the in-browser host), in `self-assess export`, in the ministry's reader, and what
// `template --from` keeps. Emptying the cell means no preparer.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NAMES } from "../../src/workbook/layout";
import { readTemplate } from "../../src/xlsx/read";
import { readFileDetail } from "../../src/cli/ministry/read-file";
import { DEFAULT_LIMITS } from "../../src/ooxml/limits";
import { SubmissionSchema } from "../../src/domain/submission";
import { parseRange } from "../../src/workbook/a1";
import { preparerOf, unitWithPreparer } from "../../src/workbook/preparer";
import { runCli } from "../cli/harness";
import { plan1097, sampleEntries, sampleUnit } from "../ministry/fixtures/submissions";
import { blankTemplate, editTemplate, fillTemplate } from "../ministry/fixtures/templates";
import { makeBench } from "../excel/workbook-fixture";
import { FIXTURE_PLAN, FIXTURE_UNIT } from "../workbook/fixture-plan";

const dir = mkdtempSync(join(tmpdir(), "sa-preparer-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plan = plan1097();
const unit = { ...sampleUnit(4), preparer: "Người Lúc Tạo Mẫu" };
const entries = sampleEntries(plan, unit.unitType);

/** A filled template whose preparer cell now says `typed` (null: emptied). */
async function withPreparer(typed: string | null): Promise<Buffer> {
  const filled = await fillTemplate(await blankTemplate(plan, unit), entries);
  return editTemplate(filled, (ws, _cellOf, wb) => {
    const at = parseRange(wb.definedNames.getRanges(NAMES.preparer).ranges[0]!)!;
    ws.getCell(at.box.top, at.box.left).value = typed;
  });
}

describe("the rule", () => {
  test("the cell's text, trimmed; empty, an error or a boolean is no preparer; a number is its digits", () => {
    expect(preparerOf("  Lê Thị Hoa ")).toBe("Lê Thị Hoa");
    expect(preparerOf("   ")).toBeNull();
    expect(preparerOf(null)).toBeNull();
    expect(preparerOf({ error: "#REF!" })).toBeNull();
    expect(preparerOf(true)).toBeNull();
    expect(preparerOf(42)).toBe("42");
    expect(unitWithPreparer(unit, null)).not.toHaveProperty("preparer");
    expect(unitWithPreparer(unit, "B").preparer).toBe("B");
  });
});

describe("a file whose preparer cell was retyped", () => {
  test("the ExcelJS reader, export, the ministry's reader and template --from all carry the typed name", async () => {
    writeFileSync(join(dir, "typed.xlsx"), await withPreparer("  Lê Thị Hoa "));
    expect((await readTemplate(readFileSync(join(dir, "typed.xlsx")))).snapshot!.meta.unit.preparer).toBe(
      "Lê Thị Hoa",
    );

    const ex = await runCli(["export", "typed.xlsx", "--out", "sub.xlsx", "--json", "sub.json"], dir);
    expect(ex.code).toBe(0);
    const sub = SubmissionSchema.parse(JSON.parse(readFileSync(join(dir, "sub.json"), "utf8")));
    expect(sub.unit.preparer).toBe("Lê Thị Hoa");

    const ministry = await readFileDetail(join(dir, "typed.xlsx"), DEFAULT_LIMITS, null);
    expect(ministry.report.unit!.preparer).toBe("Lê Thị Hoa");
    const sealed = await readFileDetail(join(dir, "sub.xlsx"), DEFAULT_LIMITS, null);
    expect(sealed.report.unit!.preparer).toBe("Lê Thị Hoa");

    const up = await runCli(["template", "--from", "typed.xlsx", "--out", "upgraded.xlsx"], dir);
    expect(up.code).toBe(0);
    const upgraded = await readTemplate(readFileSync(join(dir, "upgraded.xlsx")));
    expect(upgraded.preparer).toBe("Lê Thị Hoa");
    expect(upgraded.snapshot!.meta.unit.preparer).toBe("Lê Thị Hoa");
  });

  test("an emptied cell is no preparer, and template --from keeps it empty", async () => {
    writeFileSync(join(dir, "emptied.xlsx"), await withPreparer(null));
    const ex = await runCli(["export", "emptied.xlsx", "--out", "e-sub.xlsx", "--json", "e-sub.json"], dir);
    expect(ex.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "e-sub.json"), "utf8")).unit).not.toHaveProperty("preparer");
    const up = await runCli(["template", "--from", "emptied.xlsx", "--out", "e-up.xlsx"], dir);
    expect(up.code).toBe(0);
    expect((await readTemplate(readFileSync(join(dir, "e-up.xlsx")))).preparer).toBeNull();
  });

  test("--preparer given with --from is a new name, typed on purpose", async () => {
    const up = await runCli(
      ["template", "--from", "typed.xlsx", "--preparer", "Phạm Văn Đức", "--out", "renamed.xlsx"],
      dir,
    );
    expect(up.code).toBe(0);
    expect((await readTemplate(readFileSync(join(dir, "renamed.xlsx")))).preparer).toBe("Phạm Văn Đức");
  });
});

describe("in Excel (the Office.js adapter)", () => {
  test("the pane reads the preparer a person typed into the cell, and an emptied cell as none", async () => {
    const { host, port } = makeBench();
    const { sheetName } = await port.insertTemplate({
      plan: FIXTURE_PLAN,
      unit: { ...FIXTURE_UNIT, preparer: "Người Lúc Tạo Mẫu" },
      language: "vi",
    });
    host.user.type(sheetName, "D7", "Lê Thị Hoa");
    await host.idle();
    expect((await port.readReport())!.meta.unit.preparer).toBe("Lê Thị Hoa");
    host.user.type(sheetName, "D7", "");
    await host.idle();
    expect((await port.readReport())!.meta.unit).not.toHaveProperty("preparer");
  });
});
