// The bundled plans, checked when this module loads, and the same check for a plan file a ministry
// brings itself. A bad bundled plan is a build defect, so it throws at once with every problem
// named; a ministry's file is user input, so it gets a list of readable problems instead.
import { PlanSchema, type Plan } from "../domain/plan";
import { checkPlanNumbers } from "./checks";
import kh1097 from "./plans/kh-1097-2023.json";
import ct67 from "./plans/ct-67-2020.json";

export type PlanFileResult = { ok: true; plan: Plan } | { ok: false; errors: string[] };

/** "indicators[3] (postal.service-points).target.value": the indicator id saves counting rows. */
function formatPath(path: readonly PropertyKey[], input: unknown): string {
  let out = "";
  let node: unknown = input;
  for (const key of path) {
    if (typeof key === "number") {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const id = (node as { id?: unknown } | undefined)?.id;
      if (typeof id === "string" && id !== "") out += ` (${id})`;
    } else {
      const name = String(key);
      out += out === "" ? name : `.${name}`;
      node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[name] : undefined;
    }
  }
  return out === "" ? "(plan)" : out;
}

/** zod says "expected string, received undefined" where a person would say "missing". */
function readable(message: string): string {
  return message.replace(/^Invalid input: expected (\w+), received undefined$/, "missing (expected $1)");
}

/**
 * Validates a plan file's content: the parsed JSON, or its text. Every problem comes back as
 * "path: message", so a ministry can fix its file without reading zod's output.
 */
export function parsePlanFile(json: unknown): PlanFileResult {
  let input = json;
  if (typeof json === "string") {
    try {
      input = JSON.parse(json) as unknown;
    } catch (e) {
      return { ok: false, errors: [`(file): not valid JSON: ${(e as Error).message}`] };
    }
  }
  if (input === null || typeof input !== "object" || Array.isArray(input))
    return { ok: false, errors: ["(file): a plan file holds one JSON object"] };
  const parsed = PlanSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => `${formatPath(i.path, input)}: ${readable(i.message)}`),
    };
  const problems = checkPlanNumbers(parsed.data);
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, plan: parsed.data };
}

function loadBundled(name: string, json: unknown): Plan {
  const r = parsePlanFile(json);
  if (!r.ok) throw new Error(`Bundled plan ${name} is invalid:\n  ${r.errors.join("\n  ")}`);
  return r.plan;
}

export const BUNDLED_PLANS: readonly Plan[] = Object.freeze([
  loadBundled("kh-1097-2023.json", kh1097),
  loadBundled("ct-67-2020.json", ct67),
]);

export function getPlan(id: string): Plan | undefined {
  return BUNDLED_PLANS.find((p) => p.id === id);
}

/** What a plan picker shows: newest plan first. */
export function listPlans(): { id: string; title: Plan["title"]; documentNumber: string; date: string }[] {
  return [...BUNDLED_PLANS]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((p) => ({ id: p.id, title: p.title, documentNumber: p.documentNumber, date: p.date }));
}
