import { createContext, useContext } from "react";
import type { Language, WorkbookPort } from "../workbook/port";
import type { Strings } from "./i18n";
import type { ReportHandle } from "./state/useReport";
import type { LoadExporter } from "./exporter";
import type { LoadSealedFileReader } from "./sealed-files";
import type { ReviewDrafts } from "./state/useReviewDrafts";
import type { ReportPrint } from "../domain/report-print";

export interface PaneContextValue {
  port: WorkbookPort;
  lang: Language;
  t: Strings;
  report: ReportHandle;
  /** Switch to another step of the pane (e.g. to Check after inserting). */
  show(tab: TabId): void;
  /** The scoring scheme chosen in Summary; the export scores under it. */
  schemeId: string;
  setSchemeId(id: string): void;
  /**
   * The report's print choices as the person left them in Export, for the unit and plan they were
   * made for (`key`); kept here so that moving to another step loses nothing typed.
   */
  reportPrint: { key: string; print: ReportPrint } | null;
  setReportPrint(value: { key: string; print: ReportPrint } | null): void;
  /** Fetches the submission workbook builder; absent when the host cannot export. */
  loadExporter?: LoadExporter;
  /** Fetches the readers of the sealed files Setup picks (last year's submission, the registration); absent when the host has none. */
  loadSealedFiles?: LoadSealedFileReader;
  /** Whether the host lets the pane download a file (some Office webviews do not). */
  canDownload: boolean;
  /** The reviewer's unsaved decisions, kept while moving between rows and steps. */
  review: ReviewDrafts;
}

export const TAB_IDS = ["setup", "check", "summary", "review", "export"] as const;
export type TabId = (typeof TAB_IDS)[number];

export const PaneContext = createContext<PaneContextValue | null>(null);

export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error("usePane outside the pane");
  return value;
}
