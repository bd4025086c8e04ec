// Sealed submissions with print choices, as a unit exports them: every applicable indicator of a
// unit type of Plan 1097 (publisher 5, provincial department 39 of its 41, ministry agency 73 of its 74), a third of
// them short of target with an explanation that starts with "-", formulas typed as evidence, and
// one explanation long enough to run over a page's worth of lines.
import type { UnitType } from "../../src/domain/plan";
import type { Submission } from "../../src/domain/submission";
import type { ReportPrint } from "../../src/domain/report-print";
import { assessReport } from "../../src/domain/assess";
import { sealReport } from "../../src/domain/seal-report";
import { ScoringSchemeSchema } from "../../src/domain/scoring";
import exampleScheme from "../../src/catalog/scoring/example-scheme.json";
import { plan1097, sampleEntries, sampleUnit } from "../ministry/fixtures/submissions";

export const ROWS: Record<number, UnitType> = {
  5: "publisher",
  39: "provincial-department",
  73: "ministry-agency",
};

export function printChoices(lang: "vi" | "en"): ReportPrint {
  return {
    language: lang,
    governingBody:
      lang === "vi" ? "Ủy ban nhân dân tỉnh Quảng Nam" : "Quang Nam Provincial People's Committee",
    documentNumber: "125/BC-SKHCN",
    recipient: plan1097().issuer[lang],
    place: lang === "vi" ? "Quảng Nam" : "Quang Nam",
    date: "2024-01-05",
    signerTitle: lang === "vi" ? "Giám đốc" : "Director",
    signerName: "Trần Văn Bình",
    copyTo: [lang === "vi" ? "Ban Thi đua - Khen thưởng tỉnh" : "Provincial Emulation Board"],
  };
}

const LONG =
  "- Thiếu kinh phí đầu tư hạ tầng trong năm; dự án chuyển sang năm sau theo Quyết định số 1234/QĐ-UBND. " +
  "Đơn vị đã đề xuất bổ sung vốn, phối hợp với doanh nghiệp viễn thông và các sở, ngành liên quan để triển khai. ".repeat(
    12,
  );

export async function reportSubmission(rows: number, lang: "vi" | "en"): Promise<Submission> {
  const plan = plan1097();
  const unitType = ROWS[rows]!;
  const unit = { ...sampleUnit(7, unitType), preparer: "Nguyễn Thị Minh Khai" };
  // Catalog 2.0.0 gives these types 41 and 74 rows; the report's sizes stay the ones the print
  // checks were planned for, so the first `rows` of the type's indicators are reported.
  const chosen = new Set(
    plan.indicators
      .filter((ind) => ind.appliesTo.includes(unitType))
      .slice(0, rows)
      .map((ind) => ind.id),
  );
  const entries = sampleEntries(plan, unitType)
    .filter((e) => chosen.has(e.indicatorId))
    .map((e, i) =>
      e.explanation !== ""
        ? { ...e, explanation: i === 2 && rows > 5 ? LONG : `- ${e.explanation.slice(1)}` }
        : e,
    );
  const assessments = assessReport(plan, entries, (ind) => chosen.has(ind.id), unit);
  if (assessments.length !== rows) throw new Error(`${unitType} reports ${assessments.length} indicators`);
  return sealReport({
    plan,
    unit,
    entries,
    assessments,
    scheme: ScoringSchemeSchema.parse(exampleScheme),
    generator: { name: "test", version: "0" },
    createdAt: "2024-01-05T08:00:00.000Z",
    print: printChoices(lang),
  });
}
