// A small plan with one indicator per target kind and value type, for the template's tests.
import type { Indicator, Plan, UnitProfile } from "../../src/domain/plan";
import { PlanSchema } from "../../src/domain/plan";
import type { Language, ReportMeta } from "../../src/workbook/port";
import { buildLayout, type LayoutRequest } from "../../src/workbook/layout";
import type { LayoutSpec } from "../../src/workbook/layout-types";
import { planHeader } from "../fixtures/plan-header";

const all = ["provincial-department", "ministry-agency"] as const;

type Text = [vi: string, en: string];

/** One indicator due in the fixture's year 2023, for every unit type unless `extra` says otherwise. */
function ind(
  id: string,
  field: string,
  [vi, en]: Text,
  [unitVi, unitEn]: Text,
  valueType: Indicator["valueType"],
  target: Indicator["target"],
  phrase: string,
  extra: Partial<Indicator> = {},
) {
  return {
    id,
    field,
    text: { vi, en },
    unit: { vi: unitVi, en: unitEn },
    valueType,
    target,
    deadlineYear: 2023,
    appliesTo: [...all],
    source: { phrase },
    ...extra,
  };
}

export const FIXTURE_PLAN: Plan = PlanSchema.parse({
  ...planHeader(),
  fields: [
    { id: "digital", name: { vi: "Chuyển đổi số", en: "Digital transformation" } },
    { id: "post", name: { vi: "Bưu chính", en: "Postal" } },
  ],
  indicators: [
    ind(
      "share-online",
      "digital",
      ["Tỷ lệ hồ sơ trực tuyến", "Share of online applications"],
      ["%", "%"],
      "percent",
      { kind: "atLeast", value: 0.8 },
      "tỷ lệ hồ sơ",
    ),
    ind(
      "growth",
      "digital",
      ["Tăng trưởng doanh thu", "Revenue growth"],
      ["%", "%"],
      "rate",
      { kind: "range", low: 0.2, high: 0.3 },
      "tăng trưởng",
    ),
    ind(
      "points",
      "digital",
      ["Điểm đánh giá", "Score"],
      ["điểm", "points"],
      "number",
      { kind: "moreThan", value: 27000 },
      "điểm",
      { appliesTo: ["provincial-department"] },
    ),
    ind(
      "incidents",
      "post",
      ["Số sự cố", "Incidents"],
      ["vụ", "incidents"],
      "integer",
      { kind: "atMost", value: 3 },
      "sự cố",
    ),
    ind(
      "zero-incidents",
      "post",
      ["Không có sự cố nghiêm trọng", "No serious incidents"],
      ["vụ", "incidents"],
      "integer",
      { kind: "atMost", value: 0 },
      "nghiêm trọng",
    ),
    // Due after the fixture's year 2023: its shortfall is not-due (issue #12 item 1).
    ind(
      "rank-idi",
      "digital",
      ["Xếp hạng chỉ số", "Index rank"],
      ["hạng", "rank"],
      "rank",
      { kind: "rank", best: 40, worst: 45 },
      "xếp hạng",
      { deadlineYear: 2025 },
    ),
    ind(
      "launch",
      "post",
      ["Hoàn thành hệ thống", "System launched"],
      ["ngày", "date"],
      "date",
      { kind: "milestone", by: "2023-12-31" },
      "hoàn thành",
    ),
    ind(
      "policy",
      "post",
      ["Ban hành quy chế", "Policy issued"],
      ["văn bản", "document"],
      "done",
      { kind: "done" },
      "quy chế",
      {
        required: false,
        // Every unit type here may answer N/A without a reviewer (issue #12 item 3), with this reason.
        naAllowed: [
          {
            unitTypes: [...all],
            reason: { vi: "Đơn vị không ban hành quy chế riêng", en: "The unit issues no rules of its own" },
          },
        ],
      },
    ),
  ],
});

export const FIXTURE_UNIT: UnitProfile = {
  name: "Sở Thông tin và Truyền thông tỉnh Thử",
  code: "000.00.00.H26",
  unitType: "provincial-department",
  year: 2023,
  preparer: "Nguyễn Văn A",
};

/** Template metadata for tests, with what a test sets over the defaults. */
export function fixtureMeta(over: Partial<ReportMeta> = {}): ReportMeta {
  return {
    schemaVersion: 1,
    planId: "p",
    planVersion: "1.0.0",
    catalogHash: "0".repeat(64),
    unit: FIXTURE_UNIT,
    indicatorIds: [],
    language: "vi",
    generator: "test",
    createdAt: "2026-01-01T00:00:00.000Z",
    ...over,
  };
}

/** The template layout of the whole fixture plan for the fixture unit, with what a test sets over it. */
export function fixtureLayout(language: Language = "vi", over: Partial<LayoutRequest> = {}): LayoutSpec {
  return buildLayout({
    plan: FIXTURE_PLAN,
    unit: FIXTURE_UNIT,
    indicators: FIXTURE_PLAN.indicators,
    language,
    meta: fixtureMeta({ language }),
    ...over,
  });
}
