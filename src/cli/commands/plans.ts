// `self-assess plans`: the bundled plans (and any plan file given), the unit types each declares,
// and how many indicators each type reports. A ministry checks a plan file of its own with it.
import { selectIndicators } from "../../domain/coverage";
import { BUNDLED_PLANS } from "../../catalog/index";
import { loadPlanFiles } from "../ministry/plans";
import { parseCommandArgs } from "../args";
import type { Io } from "../io";
import { EXIT, UsageError } from "../io";
import type { Command } from "./types";

const OPTIONS = {
  json: { type: "boolean" },
  plan: { type: "string" },
  "plan-file": { type: "string", multiple: true },
  lang: { type: "string" },
} as const;

const HELP = {
  vi: `self-assess plans: liệt kê các kế hoạch có sẵn, loại đơn vị và số chỉ tiêu áp dụng.

  --plan ID          chỉ một kế hoạch
  --plan-file TỆP    kiểm tra và liệt kê cả tệp kế hoạch JSON của Bộ (lặp lại được)
  --lang vi|en       ngôn ngữ của tên (mặc định vi)
  --json             in JSON cho máy đọc`,
  en: `self-assess plans: list the bundled plans, the unit types and how many indicators apply.

  --plan ID          only this plan
  --plan-file FILE   check and list a plan JSON file of the ministry's too (repeatable)
  --lang vi|en       language of the names (default vi)
  --json             print JSON for machines`,
};

export async function runPlans(argv: string[], io: Io): Promise<number> {
  const { values: o } = parseCommandArgs("plans", argv, OPTIONS);
  const lang = o.lang ?? "vi";
  if (lang !== "vi" && lang !== "en")
    throw new UsageError({
      vi: `--lang là vi hoặc en, không phải "${lang}".`,
      en: `--lang is vi or en, not "${lang}".`,
    });
  const files = loadPlanFiles(io.cwd, o["plan-file"] ?? []);
  // A file's plan replaces a bundled plan of the same id, as in check and consolidate.
  const all = [...files, ...BUNDLED_PLANS.filter((b) => !files.some((f) => f.id === b.id))];
  const plans = all.filter((p) => o.plan === undefined || p.id === o.plan);
  if (plans.length === 0)
    throw new UsageError({
      vi: `Không có kế hoạch "${o.plan}". Có: ${all.map((p) => p.id).join(", ")}.`,
      en: `There is no plan "${o.plan}". Available: ${all.map((p) => p.id).join(", ")}.`,
    });
  const rows = plans.map((p) => ({
    id: p.id,
    version: p.version,
    documentNumber: p.documentNumber,
    date: p.date,
    title: p.title[lang],
    issuer: p.issuer[lang],
    indicators: p.indicators.length,
    unitTypes: Object.fromEntries(p.unitTypes.map((t) => [t.id, selectIndicators(p, t.id).length])),
    unitTypeNames: Object.fromEntries(p.unitTypes.map((t) => [t.id, t.name[lang]])),
  }));
  if (o.json) {
    io.out(JSON.stringify(rows, null, 2));
    return EXIT.ok;
  }
  for (const r of rows) {
    const ids = Object.keys(r.unitTypes);
    const width = Math.max(...ids.map((t) => t.length));
    io.out(`${r.id}  ${r.documentNumber}  ${r.date}  v${r.version}`);
    io.out(`  ${r.title}`);
    io.out(`  ${lang === "vi" ? "Cơ quan ban hành" : "Issued by"}: ${r.issuer}`);
    io.out(`  ${lang === "vi" ? "Số chỉ tiêu" : "Indicators"}: ${r.indicators}`);
    for (const t of ids) {
      io.out(`    ${t.padEnd(width)}  ${String(r.unitTypes[t]).padStart(3)}  ${r.unitTypeNames[t]}`);
    }
    io.out("");
  }
  return EXIT.ok;
}

export const plansCommand: Command = {
  name: "plans",
  summary: {
    vi: "liệt kê kế hoạch, loại đơn vị và số chỉ tiêu",
    en: "list plans, unit types and indicator counts",
  },
  help: HELP,
  run: runPlans,
};
