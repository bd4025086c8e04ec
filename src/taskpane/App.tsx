// The pane's shell: title, live counts, the steps as tabs, and the current step. Each step's view is
// a separate chunk (step-views.ts), so the shell is drawn before Fluent's heavier controls arrive
// (the bundle budget in bench/pane.bench.ts).
import { FluentProvider } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Language, WorkbookPort } from "../workbook/port";
import { PaneContext, TAB_IDS, type PaneContextValue, type TabId } from "./context";
import { stringsFor } from "./i18n";
import { fluentTheme, type Theme } from "./theme";
import { Loading } from "./Loading";
import { shell } from "./shell-styles";
import { LiveCounts } from "./LiveCounts";
import { ErrorNotice } from "./ErrorNotice";
import { StepTabs } from "./StepTabs";
import { useReport } from "./state/useReport";
import { useReviewDrafts } from "./state/useReviewDrafts";
import { useStepView } from "./step-views";
import type { LoadExporter } from "./exporter";
import type { LoadSealedFileReader } from "./sealed-files";

export type { Theme };

export interface PaneProps {
  port: WorkbookPort;
  language: Language;
  theme: Theme;
  loadExporter?: LoadExporter;
  loadSealedFiles?: LoadSealedFileReader;
  canDownload?: boolean;
}

// No choice yet means the first scheme the catalog offers; the shell does not load the catalog.
const DEFAULT_SCHEME_ID = "";

export function App({
  port,
  language,
  theme,
  loadExporter,
  loadSealedFiles,
  canDownload = true,
}: PaneProps): React.JSX.Element {
  const t = stringsFor(language);
  const report = useReport(port, t);
  const review = useReviewDrafts();
  const [chosen, setChosen] = useState<TabId | null>(null);
  const [schemeId, setSchemeId] = useState(DEFAULT_SCHEME_ID);
  const [reportPrint, setReportPrint] = useState<PaneContextValue["reportPrint"]>(null);
  // Until a step is chosen, a workbook that already holds a report opens on Check: that is what a
  // returning person wants. Decided in render, so the first view fetched and shown is that one.
  const tab: TabId = chosen ?? (report.phase === "ready" ? "check" : "setup");
  useEffect(() => {
    if (report.phase !== "loading") setChosen((c) => c ?? tab);
  }, [report.phase, tab]);
  const View = useStepView(tab, report.phase !== "loading");
  // The moment the pane's first step is on screen and takes input: its view is drawn, not the
  // "Loading" line (bench/pane.bench.ts reads the mark; DECISIONS D46).
  const marked = useRef(false);
  useEffect(() => {
    if (marked.current || !View) return;
    marked.current = true;
    performance.mark("pane-interactive");
  }, [View]);

  const context = useMemo<PaneContextValue>(
    () => ({
      port,
      lang: language,
      t,
      report,
      show: setChosen,
      schemeId,
      setSchemeId,
      reportPrint,
      setReportPrint,
      ...(loadExporter ? { loadExporter } : {}),
      ...(loadSealedFiles ? { loadSealedFiles } : {}),
      canDownload,
      review,
    }),
    [port, language, t, report, schemeId, reportPrint, loadExporter, loadSealedFiles, canDownload, review],
  );

  return (
    <FluentProvider theme={fluentTheme(theme)} className={shell.root} lang={language}>
      <PaneContext.Provider value={context}>
        <header className={shell.header}>
          <h1 className={shell.title}>{t.appTitle}</h1>
          <LiveCounts />
        </header>
        <StepTabs
          ids={TAB_IDS}
          labels={t.tabs}
          selected={tab}
          onSelect={context.show}
          label={t.tabsLabel}
          panelId="pane-panel"
        />
        <ErrorNotice />
        <div
          id="pane-panel"
          role="tabpanel"
          tabIndex={0}
          aria-labelledby={`tab-${tab}`}
          className={shell.panel}
        >
          {View ? <View /> : <Loading label={t.loading} />}
        </div>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
