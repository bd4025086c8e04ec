// The steps' views, each a chunk of its own (Fluent's heavier controls stay out of the first
// download). Setup's is fetched while the pane mounts (prefetchFirstView); the others when first
// opened. A view is drawn once its chunk is there, in one render: React.lazy would suspend and draw
// it again as a retry, in 5 ms slices that let other work in between on a busy machine (DECISIONS D46).
import { useEffect, useState } from "react";
import type { TabId } from "./context";

export type StepView = () => React.JSX.Element;

const loaders: Record<TabId, () => Promise<{ default: StepView }>> = {
  setup: () => import(/* webpackChunkName: "view-setup" */ "./views/SetupView"),
  check: () => import(/* webpackChunkName: "view-check" */ "./views/CheckView"),
  summary: () => import(/* webpackChunkName: "view-summary" */ "./views/SummaryView"),
  review: () => import(/* webpackChunkName: "view-review" */ "./views/ReviewView"),
  export: () => import(/* webpackChunkName: "view-export" */ "./views/ExportView"),
};

const loaded = new Map<TabId, StepView>();
const loading = new Map<TabId, Promise<StepView>>();

/** A step's view, fetched once; a fetch that failed is tried again on the next call. */
function loadView(id: TabId): Promise<StepView> {
  let p = loading.get(id);
  if (!p) {
    p = loaders[id]().then(
      (m) => {
        loaded.set(id, m.default);
        return m.default;
      },
      (e: unknown) => {
        loading.delete(id);
        throw e;
      },
    );
    loading.set(id, p);
  }
  return p;
}

const fetchFailed = (e: unknown) => console.error("pane: a chunk could not be fetched", e);

/**
 * Starts fetching Setup (with the domain and the catalog it imports) while the pane mounts and reads
 * the workbook, rather than after the read says the workbook is empty. A workbook that holds a report
 * opens on Check, whose chunks are mostly Setup's.
 */
export function prefetchFirstView(): void {
  loadView("setup").catch(fetchFailed);
}

/** The view of step `id` once its chunk is there (fetching it if `wanted`), else null. */
export function useStepView(id: TabId, wanted: boolean): StepView | null {
  const [, arrived] = useState(0);
  useEffect(() => {
    if (!wanted || loaded.has(id)) return;
    let live = true;
    loadView(id).then(() => {
      if (live) arrived((n) => n + 1);
    }, fetchFailed);
    return () => {
      live = false;
    };
  }, [id, wanted]);
  return wanted ? (loaded.get(id) ?? null) : null;
}
