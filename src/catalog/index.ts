// The bundled plans, and the check for a plan file a ministry brings itself. A bundled plan is part
// of the build: test/catalog/plans.test.ts proves each passes exactly this check unchanged, so it is
// not checked again each time the pane or the CLI starts (zod's reading of both plans held the
// pane's first screen, DECISIONS D35). A ministry's file is user input, always checked here, with
// a list of readable problems.
import type { Plan, Text } from "../domain/plan";
import { readPlanSchema } from "../domain/plan-issues";
import { checkPlanNumbers } from "./checks";
import kh1097 from "./plans/kh-1097-2023.json";
import ct67 from "./plans/ct-67-2020.json";

export type PlanFileResult = { ok: true; plan: Plan } | { ok: false; errors: Text[] };

/**
 * Validates a plan file's content: the parsed JSON, or its text; version 1 files are migrated to
 * version 2 first. Every problem comes back as "path: message" in Vietnamese and English, so a
 * ministry can fix its file without reading zod's output.
 */
export function parsePlanFile(json: unknown): PlanFileResult {
  let input = json;
  if (typeof json === "string") {
    try {
      input = JSON.parse(json.replace(/^\uFEFF/, "")) as unknown;
    } catch (e) {
      const why = (e as Error).message;
      return {
        ok: false,
        errors: [{ vi: `(tệp): không phải JSON hợp lệ: ${why}`, en: `(file): not valid JSON: ${why}` }],
      };
    }
  }
  if (input === null || typeof input !== "object" || Array.isArray(input))
    return {
      ok: false,
      errors: [
        {
          vi: "(tệp): tệp kế hoạch chứa đúng một đối tượng JSON",
          en: "(file): a plan file holds one JSON object",
        },
      ],
    };
  const parsed = readPlanSchema(input);
  if (!parsed.ok) return parsed;
  const problems = checkPlanNumbers(parsed.plan);
  return problems.length > 0 ? { ok: false, errors: problems } : parsed;
}

/** The message for a plan file that failed parsePlanFile: every problem, one per line. */
export function planFileErrors(file: string, errors: readonly Text[]): Text {
  return {
    vi: `Tệp kế hoạch ${file} không hợp lệ:\n  ${errors.map((e) => e.vi).join("\n  ")}`,
    en: `The plan file ${file} is not valid:\n  ${errors.map((e) => e.en).join("\n  ")}`,
  };
}

export const BUNDLED_PLANS: readonly Plan[] = Object.freeze([kh1097 as Plan, ct67 as Plan]);

export function getPlan(id: string): Plan | undefined {
  return BUNDLED_PLANS.find((p) => p.id === id);
}

/** What a plan picker shows: newest plan first. */
export function listPlans(): { id: string; title: Plan["title"]; documentNumber: string; date: string }[] {
  return [...BUNDLED_PLANS]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((p) => ({ id: p.id, title: p.title, documentNumber: p.documentNumber, date: p.date }));
}
