// `self-assess plans`: the bundled plans, the unit types, and how many indicators each type reports.
import { UNIT_TYPES } from "../../domain/plan";
import { UNIT_TYPE_LABELS } from "../../domain/unit";
import { selectIndicators } from "../../domain/applicability";
import { BUNDLED_PLANS } from "../../catalog/index";
import { parseCommandArgs } from "../args";
import type { Io } from "../io";
import { EXIT, UsageError } from "../io";
import type { Command } from "./types";

const OPTIONS = { json: { type: "boolean" }, plan: { type: "string" }, lang: { type: "string" } } as const;

const HELP = {
  vi: `self-assess plans: liệt kê các kế hoạch có sẵn, loại đơn vị và số chỉ tiêu áp dụng.

  --plan ID    chỉ một kế hoạch
  --lang vi|en ngôn ngữ của tên (mặc định vi)
  --json       in JSON cho máy đọc`,
  en: `self-assess plans: list the bundled plans, the unit types and how many indicators apply.

  --plan ID    only this plan
  --lang vi|en language of the names (default vi)
  --json       print JSON for machines`,
};

export async function runPlans(argv: string[], io: Io): Promise<number> {
  const { values: o } = parseCommandArgs("plans", argv, OPTIONS);
  const lang = o.lang ?? "vi";
  if (lang !== "vi" && lang !== "en")
    throw new UsageError({
      vi: `--lang là vi hoặc en, không phải "${lang}".`,
      en: `--lang is vi or en, not "${lang}".`,
    });
  const plans = BUNDLED_PLANS.filter((p) => o.plan === undefined || p.id === o.plan);
  if (plans.length === 0)
    throw new UsageError({
      vi: `Không có kế hoạch "${o.plan}". Có: ${BUNDLED_PLANS.map((p) => p.id).join(", ")}.`,
      en: `There is no plan "${o.plan}". Available: ${BUNDLED_PLANS.map((p) => p.id).join(", ")}.`,
    });
  const rows = plans.map((p) => ({
    id: p.id,
    version: p.version,
    documentNumber: p.documentNumber,
    date: p.date,
    title: p.title[lang],
    indicators: p.indicators.length,
    unitTypes: Object.fromEntries(UNIT_TYPES.map((t) => [t, selectIndicators(p, t).length])),
  }));
  if (o.json) {
    io.out(JSON.stringify(rows, null, 2));
    return EXIT.ok;
  }
  const width = Math.max(...UNIT_TYPES.map((t) => t.length));
  for (const r of rows) {
    io.out(`${r.id}  ${r.documentNumber}  ${r.date}  v${r.version}`);
    io.out(`  ${r.title}`);
    io.out(`  ${lang === "vi" ? "Số chỉ tiêu" : "Indicators"}: ${r.indicators}`);
    for (const t of UNIT_TYPES) {
      io.out(`    ${t.padEnd(width)}  ${String(r.unitTypes[t]).padStart(3)}  ${UNIT_TYPE_LABELS[t][lang]}`);
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
