// Where the ministry gets the report sheet a sealed submission must show: the report's own builder.
// The `report` engineer's redesign (issue #14, Decree 30 layout) makes the report sheet a pure
// function of the sealed submission and its plan, `reportSheet(sub, plan)` in
// src/xlsx/submission-report.ts. Until that module is on main there is no builder to ask, and the
// comparison (report-sheet-check.ts) is not made: this returns null, and docs/ministry-cli.md says so.
import type { Plan } from "../../domain/plan";
import type { Submission } from "../../domain/submission";
import type { ExpectedReportSheet } from "./report-sheet-check";

export function expectedReportSheet(sub: Submission, plan: Plan): ExpectedReportSheet | null {
  void sub;
  void plan;
  return null;
}
