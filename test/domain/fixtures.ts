// Indicators of every target kind and value type, shared by the domain tests.
import type { Entry, CellValue } from "../../src/domain/entry";
import type { Indicator, Plan } from "../../src/domain/plan";
import { PlanSchema } from "../../src/domain/plan";
import { planHeader } from "../fixtures/plan-header";

function mk(
  id: string,
  field: string,
  vi: string,
  en: string,
  unit: [string, string],
  valueType: Indicator["valueType"],
  target: Indicator["target"],
  extra: Partial<Indicator> = {},
): Indicator {
  return {
    id,
    field,
    text: { vi, en },
    unit: { vi: unit[0], en: unit[1] },
    valueType,
    target,
    deadlineYear: 2025,
    appliesTo: ["postal-enterprise"],
    scope: "unit",
    source: { phrase: "test phrase" },
    ...extra,
  };
}

export const IND = {
  count: mk(
    "postal.service-points",
    "postal",
    "Số điểm phục vụ bưu chính",
    "Postal service points",
    ["điểm", "points"],
    "integer",
    { kind: "atLeast", value: 27000 },
  ),
  share: mk(
    "egov.online-services",
    "egov",
    "Tỷ lệ dịch vụ công trực tuyến",
    "Share of online public services",
    ["%", "%"],
    "percent",
    { kind: "atLeast", value: 0.8 },
  ),
  third: mk(
    "egov.third",
    "egov",
    "Tỷ lệ hồ sơ xử lý trực tuyến",
    "Share of files processed online",
    ["%", "%"],
    "percent",
    { kind: "atLeast", value: 0.3 },
  ),
  more: mk(
    "press.agencies",
    "press",
    "Số cơ quan báo chí",
    "Press agencies",
    ["cơ quan", "agencies"],
    "number",
    { kind: "moreThan", value: 19 },
  ),
  most: mk("telecom.complaints", "telecom", "Tỷ lệ khiếu nại", "Complaint rate", ["%", "%"], "percent", {
    kind: "atMost",
    value: 0.05,
  }),
  growth: mk(
    "digital.revenue-growth",
    "digital",
    "Tăng trưởng doanh thu",
    "Revenue growth",
    ["%", "%"],
    "rate",
    { kind: "range", low: 0.2, high: 0.3 },
  ),
  top: mk("national.idi-rank", "national", "Xếp hạng IDI", "IDI rank", ["hạng", "rank"], "rank", {
    kind: "rank",
    best: 1,
    worst: 50,
  }),
  group: mk("national.gci-rank", "national", "Xếp hạng GCI", "GCI rank", ["hạng", "rank"], "rank", {
    kind: "rank",
    best: 40,
    worst: 45,
  }),
  date: mk(
    "egov.platform-launch",
    "egov",
    "Đưa nền tảng vào vận hành",
    "Platform in operation",
    ["ngày", "date"],
    "date",
    { kind: "milestone", by: "2020-12-31" },
  ),
  done: mk(
    "security.four-layer",
    "security",
    "Triển khai bảo vệ 4 lớp",
    "Four-layer protection",
    ["–", "–"],
    "done",
    { kind: "done" },
  ),
  optional: mk(
    "postal.optional-count",
    "postal",
    "Số bưu cục mở mới",
    "New post offices",
    ["bưu cục", "offices"],
    "integer",
    { kind: "atLeast", value: 10 },
    { required: false },
  ),
  bounded: mk(
    "digital.platforms",
    "digital",
    "Số nền tảng số",
    "Digital platforms",
    ["nền tảng", "platforms"],
    "number",
    { kind: "atLeast", value: 10 },
    { bounds: { max: 100 }, plausible: { max: 50 } },
  ),
  zeroRate: mk(
    "digital.zero-growth",
    "digital",
    "Tăng trưởng thuê bao",
    "Subscriber growth",
    ["%", "%"],
    "rate",
    { kind: "atLeast", value: 0 },
  ),
} satisfies Record<string, Indicator>;

export type IndKey = keyof typeof IND;

export const PLAN: Plan = PlanSchema.parse({
  ...planHeader({ version: "1.2.3", issuer: { vi: "Bộ", en: "Ministry" } }),
  fields: ["postal", "egov", "press", "telecom", "digital", "national", "security"].map((id) => ({
    id,
    name: { vi: `Lĩnh vực ${id}`, en: `Field ${id}` },
  })),
  indicators: Object.values(IND),
});

export function entry(indicatorId: string, value: CellValue, explanation = ""): Entry {
  return { indicatorId, value, explanation, evidence: "", review: { decision: null, comment: "" } };
}
