// Options the ministry's commands share: positional inputs, the scoring scheme, the output language.
import type { ParseArgsConfig } from "node:util";
import { parseWithPositionals } from "../args";
import { accessSync, constants, readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { ScoringSchemeSchema, type ScoringScheme } from "../../domain/scoring";
import exampleScheme from "../../catalog/scoring/example-scheme.json";
import { UsageError } from "../io";

type Options = NonNullable<ParseArgsConfig["options"]>;

export function parseWithInputs<O extends Options>(command: string, argv: string[], options: O) {
  return parseWithPositionals(command, argv, options);
}

export function langOption(value: string | undefined): "vi" | "en" {
  if (value === undefined || value === "vi" || value === "en") return value ?? "vi";
  throw new UsageError({
    vi: `--lang nhận vi hoặc en, không phải "${value}".`,
    en: `--lang takes vi or en, not "${value}".`,
  });
}

/** The bundled example scheme, or a cluster's own scheme file (checked like any input). */
export function loadScheme(cwd: string, file: string | undefined): ScoringScheme {
  let json: unknown = exampleScheme;
  if (file !== undefined) {
    const path = resolve(cwd, file);
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st || !st.isFile() || st.size > 1024 * 1024)
      throw new UsageError({
        vi: `Không đọc được tệp thang điểm ${file} (không có, hoặc lớn hơn 1 MB).`,
        en: `Cannot read the scoring scheme ${file} (missing, or larger than 1 MB).`,
      });
    try {
      json = JSON.parse(readFileSync(path, "utf8"));
    } catch (e) {
      throw new UsageError({
        vi: `Tệp thang điểm ${file} không phải JSON: ${(e as Error).message}`,
        en: `The scoring scheme ${file} is not JSON: ${(e as Error).message}`,
      });
    }
  }
  const r = ScoringSchemeSchema.safeParse(json);
  if (!r.success) {
    const why = r.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`).join("; ");
    throw new UsageError({
      vi: `Thang điểm không hợp lệ: ${why}`,
      en: `The scoring scheme is invalid: ${why}`,
    });
  }
  return r.data;
}

/** Fails before any work when an output's folder is missing or not writable. */
export function checkOutputPath(path: string): void {
  const dir = dirname(path);
  try {
    if (!statSync(dir).isDirectory()) throw new Error("not a folder");
    accessSync(dir, constants.W_OK);
  } catch {
    throw new UsageError({
      vi: `Không ghi được vào thư mục ${dir} (không có hoặc không có quyền ghi).`,
      en: `Cannot write into the folder ${dir} (missing or not writable).`,
    });
  }
}
