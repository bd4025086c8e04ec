// A small plan with one indicator per target kind and value type, for the template's tests.
import type { Plan, UnitProfile } from "../../src/domain/plan";
import { PlanSchema } from "../../src/domain/plan";
import type { ReportMeta } from "../../src/workbook/port";

const all = ["provincial-department", "ministry-agency"] as const;

export const FIXTURE_PLAN: Plan = PlanSchema.parse({
  id: "test-plan",
  version: "1.0.0",
  title: { vi: "Kế hoạch thử", en: "Test plan" },
  documentNumber: "1/KH-TEST",
  date: "2023-04-04",
  issuer: { vi: "Bộ thử", en: "Test ministry" },
  sourceFile: "test.txt",
  fields: [
    { id: "digital", name: { vi: "Chuyển đổi số", en: "Digital transformation" } },
    { id: "post", name: { vi: "Bưu chính", en: "Postal" } },
  ],
  indicators: [
    {
      id: "share-online",
      field: "digital",
      text: { vi: "Tỷ lệ hồ sơ trực tuyến", en: "Share of online applications" },
      unit: { vi: "%", en: "%" },
      valueType: "percent",
      target: { kind: "atLeast", value: 0.8 },
      deadlineYear: 2023,
      appliesTo: [...all],
      source: { phrase: "tỷ lệ hồ sơ" },
    },
    {
      id: "growth",
      field: "digital",
      text: { vi: "Tăng trưởng doanh thu", en: "Revenue growth" },
      unit: { vi: "%", en: "%" },
      valueType: "rate",
      target: { kind: "range", low: 0.2, high: 0.3 },
      deadlineYear: 2023,
      appliesTo: [...all],
      source: { phrase: "tăng trưởng" },
    },
    {
      id: "points",
      field: "digital",
      text: { vi: "Điểm đánh giá", en: "Score" },
      unit: { vi: "điểm", en: "points" },
      valueType: "number",
      target: { kind: "moreThan", value: 27000 },
      deadlineYear: 2023,
      appliesTo: ["provincial-department"],
      source: { phrase: "điểm" },
    },
    {
      id: "incidents",
      field: "post",
      text: { vi: "Số sự cố", en: "Incidents" },
      unit: { vi: "vụ", en: "incidents" },
      valueType: "integer",
      target: { kind: "atMost", value: 3 },
      deadlineYear: 2023,
      appliesTo: [...all],
      source: { phrase: "sự cố" },
    },
    {
      id: "zero-incidents",
      field: "post",
      text: { vi: "Không có sự cố nghiêm trọng", en: "No serious incidents" },
      unit: { vi: "vụ", en: "incidents" },
      valueType: "integer",
      target: { kind: "atMost", value: 0 },
      deadlineYear: 2023,
      appliesTo: [...all],
      source: { phrase: "nghiêm trọng" },
    },
    {
      id: "rank-idi",
      field: "digital",
      text: { vi: "Xếp hạng chỉ số", en: "Index rank" },
      unit: { vi: "hạng", en: "rank" },
      valueType: "rank",
      target: { kind: "rank", best: 40, worst: 45 },
      // Due after the fixture's year 2023: its shortfall is not-due (issue #12 item 1).
      deadlineYear: 2025,
      appliesTo: [...all],
      source: { phrase: "xếp hạng" },
    },
    {
      id: "launch",
      field: "post",
      text: { vi: "Hoàn thành hệ thống", en: "System launched" },
      unit: { vi: "ngày", en: "date" },
      valueType: "date",
      target: { kind: "milestone", by: "2023-12-31" },
      deadlineYear: 2023,
      appliesTo: [...all],
      source: { phrase: "hoàn thành" },
    },
    {
      id: "policy",
      field: "post",
      text: { vi: "Ban hành quy chế", en: "Policy issued" },
      unit: { vi: "văn bản", en: "document" },
      valueType: "done",
      target: { kind: "done" },
      deadlineYear: 2023,
      appliesTo: [...all],
      source: { phrase: "quy chế" },
      required: false,
      // Every unit type here may answer N/A without a reviewer (issue #12 item 3), with this reason.
      naAllowed: [
        {
          unitTypes: [...all],
          reason: { vi: "Đơn vị không ban hành quy chế riêng", en: "The unit issues no rules of its own" },
        },
      ],
    },
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
