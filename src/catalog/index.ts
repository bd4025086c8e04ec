// The bundled plans, checked when this module loads, and the same check for a plan file a ministry
// brings itself. A bad bundled plan is a build defect, so it throws at once with every problem
// named; a ministry's file is user input, so it gets a list of readable problems instead.
import type { z } from "zod";
import { vi } from "zod/v4/locales";
import { ENTRY_NOTE_MAX, PLAN_SCHEMA_VERSION, PlanSchema, type Plan, type Text } from "../domain/plan";
import { checkPlanNumbers } from "./checks";
import kh1097 from "./plans/kh-1097-2023.json";
import ct67 from "./plans/ct-67-2020.json";

export type PlanFileResult = { ok: true; plan: Plan } | { ok: false; errors: Text[] };

const localeVi = vi().localeError;

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

/** The schema's own English messages, as a Vietnamese reader needs them. */
const SCHEMA_MESSAGES_VI: Readonly<Record<string, string>> = {
  "lowercase words joined by . or -": "chữ thường nối bằng dấu . hoặc -",
  "lowercase words joined by -": "chữ thường nối bằng dấu -",
  "a date as YYYY-MM-DD": "ngày dạng YYYY-MM-DD",
  "a version as MAJOR.MINOR.PATCH": "phiên bản dạng MAJOR.MINOR.PATCH",
  "min must not exceed max": "min không được lớn hơn max",
  [`at most ${ENTRY_NOTE_MAX} characters (a cell input message)`]: `tối đa ${ENTRY_NOTE_MAX} ký tự (lời nhắc nhập liệu của ô)`,
};

/** One zod issue in both languages; zod says "received undefined" where a person says "missing". */
function bilingualIssue(issue: z.core.$ZodIssue, input: unknown): Text {
  const at = formatPath(issue.path, input);
  const params = (issue as { params?: { vi?: unknown } }).params;
  const missing = issue.code === "invalid_type" && (issue as { input?: unknown }).input === undefined;
  if (missing) {
    const expected = String((issue as { expected?: unknown }).expected);
    return { vi: `${at}: thiếu (cần ${expected})`, en: `${at}: missing (expected ${expected})` };
  }
  if (issue.code === "invalid_value" && issue.path.at(-1) === "schemaVersion")
    return {
      vi: `${at}: tệp theo lược đồ kế hoạch phiên bản ${JSON.stringify((issue as { input?: unknown }).input)}; chương trình này đọc phiên bản 1 và ${PLAN_SCHEMA_VERSION}`,
      en: `${at}: the file follows plan schema version ${JSON.stringify((issue as { input?: unknown }).input)}; this program reads versions 1 and ${PLAN_SCHEMA_VERSION}`,
    };
  const vi =
    typeof params?.vi === "string"
      ? params.vi
      : (SCHEMA_MESSAGES_VI[issue.message] ?? localeVi(issue as never) ?? issue.message);
  return { vi: `${at}: ${typeof vi === "string" ? vi : issue.message}`, en: `${at}: ${issue.message}` };
}

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
  const parsed = PlanSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => bilingualIssue(i, input)) };
  const problems = checkPlanNumbers(parsed.data);
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, plan: parsed.data };
}

/** The message for a plan file that failed parsePlanFile: every problem, one per line. */
export function planFileErrors(file: string, errors: readonly Text[]): Text {
  return {
    vi: `Tệp kế hoạch ${file} không hợp lệ:\n  ${errors.map((e) => e.vi).join("\n  ")}`,
    en: `The plan file ${file} is not valid:\n  ${errors.map((e) => e.en).join("\n  ")}`,
  };
}

function loadBundled(name: string, json: unknown): Plan {
  const r = parsePlanFile(json);
  if (!r.ok) throw new Error(`Bundled plan ${name} is invalid:\n  ${r.errors.map((e) => e.en).join("\n  ")}`);
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
