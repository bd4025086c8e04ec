// The report in the workbook as the pane sees it: read through the port, assessed by the domain,
// and re-assessed whenever a person edits an input: at once, one read at a time (edits that arrive
// during a read bring one more read after it, so the counts trail typing by at most two reads).
// The live check only reads: the sheet's own conditional formats show the marks (src/workbook/marks.ts).
// A read that fails because Excel is busy (a cell in edit mode) is tried again, after a pause.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Assessment } from "../../domain/entry";
import type { Plan } from "../../domain/plan";
import type { EntrySettings, ReportSnapshot, WorkbookPort } from "../../workbook/port";
import { describeError, type PaneError } from "../errors";
import type { Strings } from "../i18n";

/**
 * How long an edit waits for the other events of the same action (Excel fires onChanged per area of
 * a paste or fill) before the check reads the workbook. Not a typing pause: issue #15 wants a typed
 * value in the counts within 200 ms, and a read right after Enter is less likely to meet the next
 * cell's edit mode than one later.
 */
export const LIVE_CHECK_DELAY_MS = 30;
/** Pauses before reading again after Excel said it was busy; then the error stays until the next edit. */
export const RETRY_DELAYS_MS = [500, 1000, 2000, 4000, 8000];

/** Errors that pass: Excel in cell-edit mode, or busy for a moment. */
function transient(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "InvalidOperationInCellEditMode" || code === "GeneralException";
}

// The domain and the catalog (with zod, which validates plans) are a chunk of their own, fetched
// right after the shell paints: the pane is interactive before the plans arrive.
const loadDomain = () => import(/* webpackChunkName: "domain" */ "../facade");

export interface ReportState {
  /** failed: the workbook could not be read (the error says why; refresh() tries again). */
  phase: "loading" | "empty" | "ready" | "failed";
  snapshot: ReportSnapshot | null;
  plan: Plan | null;
  assessments: Assessment[];
  checking: boolean;
  error: PaneError | null;
  /** How this Excel reads typed numbers and dates (null: it cannot tell; the pane gives general advice). */
  entrySettings: EntrySettings | null;
}

export interface ReportHandle extends ReportState {
  refresh(): Promise<void>;
  /** Call after inserting a template: re-reads it and listens to the new template's cells. */
  templateChanged(): Promise<void>;
  setError(error: PaneError | null): void;
}

const initial: ReportState = {
  phase: "loading",
  snapshot: null,
  plan: null,
  assessments: [],
  checking: false,
  error: null,
  entrySettings: null,
};

export function useReport(port: WorkbookPort, t: Strings): ReportHandle {
  const [state, setState] = useState<ReportState>(initial);
  // Several refreshes can overlap (typing fast); only the latest may write the state.
  const generation = useRef(0);
  const tRef = useRef(t);
  tRef.current = t;

  const retry = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const refresh = useCallback(
    async (attempt = 0) => {
      const mine = ++generation.current;
      clearTimeout(retry.current);
      setState((s) => ({ ...s, checking: true }));
      try {
        // Fetched alongside the read, but awaited only when there is a report to assess: an empty
        // workbook is shown as such without waiting for the domain and the catalog.
        const domain = loadDomain();
        domain.catch(() => undefined);
        const snapshot = await port.readReport();
        if (mine !== generation.current) return;
        const entrySettings = stateRef.current.entrySettings;
        if (!snapshot) {
          setState({ ...initial, phase: "empty", entrySettings });
          return;
        }
        const { assessSnapshot, planById } = await domain;
        if (mine !== generation.current) return;
        const plan = planById(snapshot.meta.planId);
        if (!plan) {
          setState({
            ...initial,
            phase: "empty",
            snapshot,
            entrySettings,
            error: { message: tRef.current.error.planMissing(snapshot.meta.planId) },
          });
          return;
        }
        const assessments = assessSnapshot(plan, snapshot);
        setState({
          phase: "ready",
          snapshot,
          plan,
          assessments,
          checking: false,
          error: null,
          entrySettings,
        });
      } catch (e) {
        if (mine !== generation.current) return;
        const again = transient(e) && attempt < RETRY_DELAYS_MS.length;
        if (again) retry.current = setTimeout(() => void refresh(attempt + 1), RETRY_DELAYS_MS[attempt]);
        setState((s) => ({
          ...s,
          phase: s.phase === "loading" || s.phase === "failed" ? "failed" : s.phase,
          checking: again,
          error: describeError(e, tRef.current),
        }));
      }
    },
    [port],
  );
  const stateRef = useRef(state);
  stateRef.current = state;

  useEffect(() => {
    void refresh();
    return () => clearTimeout(retry.current);
  }, [refresh]);

  // How this Excel reads typing, asked once (ExcelApi 1.11 where there is one; else null).
  useEffect(() => {
    let live = true;
    port.entrySettings().then(
      (entrySettings) => live && setState((s) => ({ ...s, entrySettings })),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [port]);

  // Excel reports edits per sheet, so the pane listens once the workbook has a template, and again
  // after each insert (the template's rows and sheet may have changed).
  const hasReport = state.snapshot !== null;
  const [epoch, setEpoch] = useState(0);
  useEffect(() => {
    if (!hasReport) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => Promise<void>) | undefined;
    let disposed = false;
    let reading = false;
    let editedSince = false;
    const check = async () => {
      reading = true;
      editedSince = false;
      await refresh();
      reading = false;
      if (editedSince && !disposed) schedule();
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void check(), LIVE_CHECK_DELAY_MS);
    };
    port
      .onEntriesChanged(() => {
        setState((s) => ({ ...s, checking: true }));
        if (reading) editedSince = true;
        else schedule();
      })
      .then(
        (off) => {
          if (disposed) void off().catch(() => undefined);
          else unsubscribe = off;
        },
        (e: unknown) => setState((s) => ({ ...s, error: describeError(e, tRef.current) })),
      );
    return () => {
      disposed = true;
      clearTimeout(timer);
      if (unsubscribe) void unsubscribe().catch(() => undefined);
    };
  }, [port, refresh, hasReport, epoch]);

  const templateChanged = useCallback(async () => {
    await refresh();
    setEpoch((n) => n + 1);
  }, [refresh]);

  const setError = useCallback((error: PaneError | null) => setState((s) => ({ ...s, error })), []);
  const refreshNow = useCallback(() => refresh(), [refresh]);
  return { ...state, refresh: refreshNow, templateChanged, setError };
}
