// The pane's shell: title, live counts, the steps as tabs, and the current step. Each step's view is
// a separate chunk loaded when first opened, so the pane is interactive before Fluent's heavier
// controls arrive (the bundle budget in bench/pane.bench.ts).
import { FluentProvider } from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useMemo, useRef, useState } from "react";
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

const views: Record<TabId, React.LazyExoticComponent<() => React.JSX.Element>> = {
  setup: lazy(() => import(/* webpackChunkName: "view-setup" */ "./views/SetupView")),
  check: lazy(() => import(/* webpackChunkName: "view-check" */ "./views/CheckView")),
  summary: lazy(() => import(/* webpackChunkName: "view-summary" */ "./views/SummaryView")),
  review: lazy(() => import(/* webpackChunkName: "view-review" */ "./views/ReviewView")),
  export: lazy(() => import(/* webpackChunkName: "view-export" */ "./views/ExportView")),
};

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
  const [tab, setTab] = useState<TabId>("setup");
  const [schemeId, setSchemeId] = useState(DEFAULT_SCHEME_ID);
  const [reportPrint, setReportPrint] = useState<PaneContextValue["reportPrint"]>(null);
  // Open on Check when the workbook already holds a report: that is what a returning person wants.
  const chose = useRef(false);
  const loaded = useRef(false);
  useEffect(() => {
    if (loaded.current || report.phase === "loading") return;
    loaded.current = true;
    // The moment the pane shows the workbook's state and takes input; bench/pane.bench.ts reads it.
    performance.mark("pane-interactive");
    if (!chose.current && report.phase === "ready") setTab("check");
    chose.current = true;
  }, [report.phase]);

  const context = useMemo<PaneContextValue>(
    () => ({
      port,
      lang: language,
      t,
      report,
      show: (next) => {
        chose.current = true;
        setTab(next);
      },
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
  const View = views[tab];

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
          {report.phase === "loading" ? (
            <Loading label={t.loading} />
          ) : (
            <Suspense fallback={<Loading label={t.loading} />}>
              <View />
            </Suspense>
          )}
        </div>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
