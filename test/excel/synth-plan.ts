// Plans of any size for the round-trip and request-size measures: N indicators cycling through
// every value type and target kind, with Vietnamese texts of a realistic length.
import type { Indicator, Plan, UnitProfile } from "../../src/domain/plan";
import { PlanSchema } from "../../src/domain/plan";

const KINDS: Pick<Indicator, "valueType" | "target" | "unit">[] = [
  { valueType: "percent", target: { kind: "atLeast", value: 0.8 }, unit: { vi: "%", en: "%" } },
  { valueType: "rate", target: { kind: "range", low: 0.2, high: 0.3 }, unit: { vi: "%", en: "%" } },
  {
    valueType: "number",
    target: { kind: "moreThan", value: 27000 },
    unit: { vi: "tỷ đồng", en: "billion VND" },
  },
  { valueType: "integer", target: { kind: "atMost", value: 3 }, unit: { vi: "vụ", en: "incidents" } },
  { valueType: "rank", target: { kind: "rank", best: 1, worst: 50 }, unit: { vi: "hạng", en: "rank" } },
  { valueType: "date", target: { kind: "milestone", by: "2025-12-31" }, unit: { vi: "ngày", en: "date" } },
  { valueType: "done", target: { kind: "done" }, unit: { vi: "", en: "" } },
];

export const SYNTH_UNIT: UnitProfile = {
  name: "Sở Thông tin và Truyền thông Hà Nội",
  code: "000.00.00.H26",
  unitType: "provincial-department",
  year: 2025,
};

export function synthPlan(n: number, version = "1.0.0", offset = 0): Plan {
  const indicators = Array.from({ length: n }, (_, k) => {
    const i = k + offset;
    const kind = KINDS[i % KINDS.length]!;
    return {
      id: `ind-${String(i).padStart(5, "0")}`,
      field: `field-${i % 3}`,
      text: {
        vi: `Chỉ tiêu số ${i + 1}: tỷ lệ dịch vụ công trực tuyến toàn trình được cung cấp trên Cổng Dịch vụ công quốc gia`,
        en: `Indicator ${i + 1}: share of end-to-end online public services offered on the National Public Service Portal`,
      },
      unit: kind.unit.vi === "" ? { vi: "—", en: "—" } : kind.unit,
      valueType: kind.valueType,
      target: kind.target,
      deadlineYear: 2025,
      appliesTo: ["provincial-department"],
      source: { phrase: `chỉ tiêu ${i + 1}` },
    };
  });
  return PlanSchema.parse({
    id: "synth-plan",
    version,
    title: { vi: "Kế hoạch tổng hợp", en: "Synthetic plan" },
    documentNumber: "1/KH-SYNTH",
    date: "2023-04-04",
    issuer: { vi: "Bộ Khoa học và Công nghệ", en: "Ministry of Science and Technology" },
    sourceFile: "synth.txt",
    fields: [0, 1, 2].map((f) => ({ id: `field-${f}`, name: { vi: `Lĩnh vực ${f}`, en: `Field ${f}` } })),
    indicators,
  });
}
