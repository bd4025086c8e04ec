// A ministry's own plan (schema version 1 or 2) picked from a file and checked in the browser before
// the pane offers it: the same parsePlanFile as the CLI's --plan-file, so both refuse the same files
// with the same reasons.
import { makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Plan } from "../../domain/plan";
import { usePane } from "../context";
import { loadPlanFile } from "../facade";
import { FilePickButton } from "./FilePickButton";
import { PickOutcome } from "./PickOutcome";

/** As the CLI: a plan file is JSON text of a few hundred kilobytes at most. */
const MAX_PLAN_FILE_BYTES = 5 * 1024 * 1024;
const SHOWN_ERRORS = 8;

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

type State =
  | { kind: "idle" }
  | { kind: "reading" }
  | { kind: "loaded"; message: string }
  | { kind: "refused"; message: string; errors: string[] };

export function PlanFilePicker({ onLoaded }: { onLoaded(plan: Plan): void }): React.JSX.Element {
  const { t, lang } = usePane();
  const styles = useStyles();
  const [state, setState] = useState<State>({ kind: "idle" });

  const read = async (file: File) => {
    if (file.size > MAX_PLAN_FILE_BYTES) {
      setState({ kind: "refused", message: t.setup.planFileTooLarge(file.name), errors: [] });
      return;
    }
    setState({ kind: "reading" });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ kind: "refused", message: t.setup.planFileUnreadable(file.name), errors: [] });
      return;
    }
    const r = loadPlanFile(text);
    if (!r.ok) {
      const all = r.errors.map((e) => e[lang]);
      const errors = all.length > SHOWN_ERRORS + 1 ? all.slice(0, SHOWN_ERRORS) : all;
      if (errors.length < all.length) errors.push(t.setup.planFileMore(all.length - errors.length));
      setState({ kind: "refused", message: t.setup.planFileInvalid(file.name), errors });
      return;
    }
    setState({
      kind: "loaded",
      message: t.setup.planFileLoaded(r.plan.documentNumber, r.plan.indicators.length),
    });
    onLoaded(r.plan);
  };

  return (
    <div className={styles.box}>
      <div>
        <FilePickButton
          label={t.setup.planFile}
          busyLabel={t.setup.planFileReading}
          busy={state.kind === "reading"}
          accept=".json,application/json"
          testId="plan-file-input"
          onPick={(file) => void read(file)}
        />
      </div>
      <p className={styles.hint}>{t.setup.planFileHint}</p>
      {state.kind === "loaded" ? <PickOutcome refused={false} message={state.message} items={[]} /> : null}
      {state.kind === "refused" ? <PickOutcome refused message={state.message} items={state.errors} /> : null}
    </div>
  );
}
