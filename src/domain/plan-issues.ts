// A plan file's schema problems as a ministry can read them: zod's issues in Vietnamese (zod's own
// locale, and the schema's own messages) and English, each at a path that names the indicator id.
// Here rather than in the catalog because zod is the domain's package (docs/architecture.md).
import type { z } from "zod";
import { vi } from "zod/v4/locales";
import { ENTRY_NOTE_MAX, PLAN_SCHEMA_VERSION, PlanSchema, type Plan, type Text } from "./plan";

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

/** The plan schema's verdict on a parsed JSON value: the plan (version 1 migrated), or every issue. */
export function readPlanSchema(input: unknown): { ok: true; plan: Plan } | { ok: false; errors: Text[] } {
  const parsed = PlanSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => bilingualIssue(i, input)) };
  return { ok: true, plan: parsed.data };
}
