// Last year's sealed submission picked from a file, to prefill "Năm trước" (issue #12 item 4): read
// in the browser by the reader `template --previous` uses (src/xlsx/last-year.ts, loaded as its own
// chunk), refused for the same reasons in both languages. The figures go in with the insert (the
// port's insertTemplate), which fills only empty cells and records what it filled; a figure already
// typed that differs is named here before anything is written.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Entry } from "../../domain/entry";
import type { Plan, UnitProfile } from "../../domain/plan";
import type { Prefilled } from "../../domain/submission";
import { keptAsTyped } from "../../domain/prefill";
import { usePane } from "../context";
import { describeError } from "../errors";
import { indicatorOf, showValue } from "../facade";
import { FilePickButton } from "./FilePickButton";
import { PickOutcome } from "./PickOutcome";

/** As the ministry's reader: a submission is far smaller than this. */
const MAX_SUBMISSION_BYTES = 50 * 1024 * 1024;

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type State =
  | { kind: "idle" }
  | { kind: "reading"; name: string }
  | { kind: "ready"; name: string; prefilled: Prefilled; notes: string[] }
  | { kind: "refused"; name: string; message: string; reasons: string[] };

export interface LastYearChoice {
  /** The figures to insert with, or null. */
  prefilled: Prefilled | null;
  /** A file is chosen that cannot be used: the insert waits until it is removed or replaced. */
  refused: boolean;
}

export function LastYearPicker({
  plan,
  unit,
  entries,
  onChange,
}: {
  /** The report the figures are for; null until the unit type, code and year are valid. */
  plan: Plan | null;
  unit: UnitProfile | null;
  /** What the workbook's report holds now, so that a typed "Năm trước" is never overwritten unsaid. */
  entries: readonly Entry[];
  onChange(choice: LastYearChoice): void;
}): React.JSX.Element | null {
  const { t, lang, loadSealedFiles, report } = usePane();
  const styles = useStyles();
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [state, setState] = useState<State>({ kind: "idle" });
  const tell = useRef(onChange);
  tell.current = onChange;

  // The check is the report's: picked before the unit was complete, or the year changed since, the
  // same file is checked again against what the form says now.
  const key = plan && unit ? `${plan.id}@${plan.version}|${unit.unitType}|${unit.code}|${unit.year}` : "";
  useEffect(() => {
    let live = true;
    const settle = (next: State) => {
      if (!live) return;
      setState(next);
      tell.current({
        prefilled: next.kind === "ready" ? next.prefilled : null,
        refused: next.kind === "refused",
      });
    };
    if (!file) return settle({ kind: "idle" });
    if (!plan || !unit)
      return settle({ kind: "refused", name: file.name, message: t.setup.lastYearNeedsUnit, reasons: [] });
    if (!loadSealedFiles) return settle({ kind: "idle" });
    setState({ kind: "reading", name: file.name });
    void (async () => {
      try {
        const r = await (await loadSealedFiles()).lastYearFromFile(file.bytes, plan, unit);
        if (!r.ok)
          return settle({
            kind: "refused",
            name: file.name,
            message: t.setup.lastYearRefused(file.name),
            reasons: r.problems.map((p) => p[lang]),
          });
        const shown = (id: string, v: Entry["value"]) => showValue(v ?? null, indicatorOf(plan, id), lang);
        const kept = keptAsTyped(entries, r.prefilled);
        const keptIds = new Set(kept.map((k) => k.indicatorId));
        const notes = [
          ...kept.map((k) =>
            t.setup.lastYearKept(
              k.indicatorId,
              shown(k.indicatorId, k.typed),
              shown(k.indicatorId, k.offered),
            ),
          ),
          ...r.skipped.map((s) => t.setup.lastYearSkipped(s.indicatorId, s.why[lang])),
        ];
        const filled = r.prefilled.previous.filter((p) => !keptIds.has(p.indicatorId)).length;
        settle({
          kind: "ready",
          name: file.name,
          prefilled: r.prefilled,
          notes: [t.setup.lastYearReady(file.name, filled), ...notes],
        });
      } catch (e) {
        settle({ kind: "refused", name: file.name, message: describeError(e, t).message, reasons: [] });
      }
    })();
    return () => {
      live = false;
    };
    // Not on `entries`: a typed figure found later changes what is said, not what is read.
  }, [file, key, loadSealedFiles, lang]);

  if (!loadSealedFiles) return null;

  const pick = async (f: File) => {
    if (f.size > MAX_SUBMISSION_BYTES) {
      setFile(null);
      setState({ kind: "refused", name: f.name, message: t.setup.lastYearTooLarge(f.name), reasons: [] });
      onChange({ prefilled: null, refused: true });
      return;
    }
    try {
      setFile({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
    } catch {
      setFile(null);
      setState({ kind: "refused", name: f.name, message: t.setup.lastYearUnreadable(f.name), reasons: [] });
      onChange({ prefilled: null, refused: true });
    }
  };

  const clear = () => {
    setFile(null);
    setState({ kind: "idle" });
    onChange({ prefilled: null, refused: false });
    report.setError(null);
  };

  return (
    <div className={styles.box}>
      <div className={styles.row}>
        <FilePickButton
          label={t.setup.lastYear}
          busyLabel={t.setup.lastYearReading}
          busy={state.kind === "reading"}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          testId="last-year-input"
          onPick={(f) => void pick(f)}
        />
        {state.kind !== "idle" ? <Button onClick={clear}>{t.setup.lastYearClear}</Button> : null}
      </div>
      <p className={styles.hint}>{t.setup.lastYearHint}</p>
      {state.kind === "ready" ? (
        <PickOutcome refused={false} message={state.notes[0] ?? ""} items={state.notes.slice(1)} />
      ) : null}
      {state.kind === "refused" ? (
        <PickOutcome refused message={state.message} items={state.reasons} />
      ) : null}
    </div>
  );
}
