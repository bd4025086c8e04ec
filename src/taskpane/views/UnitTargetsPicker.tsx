// The unit's own targets for a year-end report, picked at Setup (issue #11 item 3, D41): the
// ministry's targets file (.csv) or the unit's sealed registration (.xlsx), each read in the browser
// by the reader the CLI uses and refused whole, with every reason, until it fits this unit, plan and
// year. The targets go in with the insert (the port's insertTemplate); a refused choice holds it.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Plan, UnitProfile } from "../../domain/plan";
import type { UnitTargets } from "../../domain/submission";
import { usePane } from "../context";
import { describeError } from "../errors";
import { readUnitTargets, targetsFromFile, type PickedFile, type UnitTargetsState } from "../unit-targets";
import { FilePickButton } from "./FilePickButton";
import { PickOutcome } from "./PickOutcome";

/** As the CLI: a targets file of every unit is far smaller; a registration as a submission. */
const MAX_TARGETS_BYTES = 20 * 1024 * 1024;
const MAX_REGISTRATION_BYTES = 50 * 1024 * 1024;

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    border: "none",
    padding: 0,
    margin: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, minWidth: 0 },
});

export interface UnitTargetsChoice {
  /** The targets to insert with, or null. */
  unitTargets: UnitTargets | null;
  /** A file is chosen that cannot be used: the insert waits until it is removed or replaced. */
  refused: boolean;
}

type Source = "targets" | "registration";

export function UnitTargetsPicker({
  plan,
  unit,
  onChange,
}: {
  /** The report the targets are for; null until the unit type, code and year are valid. */
  plan: Plan | null;
  unit: UnitProfile | null;
  onChange(choice: UnitTargetsChoice): void;
}): React.JSX.Element {
  const { t, lang, loadSealedFiles, report } = usePane();
  const styles = useStyles();
  // A file that could not even be read (too large, unreadable) is kept with why, as a refusal.
  const [picked, setPicked] = useState<Record<Source, PickedFile | { name: string; error: string } | null>>({
    targets: null,
    registration: null,
  });
  const [state, setState] = useState<UnitTargetsState | { kind: "reading"; source: Source }>({
    kind: "idle",
  });
  const tell = useRef(onChange);
  tell.current = onChange;

  // Checked against the unit as the form says it now: picked before the unit was complete, or the
  // year changed since, the same file is read again.
  const key = plan && unit ? `${plan.id}@${plan.version}|${unit.unitType}|${unit.code}|${unit.year}` : "";
  useEffect(() => {
    let live = true;
    const settle = (next: UnitTargetsState) => {
      if (!live) return;
      setState(next);
      tell.current({
        unitTargets: next.kind === "ready" ? next.unitTargets : null,
        refused: next.kind === "refused",
      });
    };
    const unread = [picked.targets, picked.registration].find((f) => f !== null && "error" in f);
    if (unread && "error" in unread) {
      settle({ kind: "refused", message: unread.error, reasons: [] });
      return () => {
        live = false;
      };
    }
    const files = {
      targets: picked.targets && "bytes" in picked.targets ? picked.targets : null,
      registration: picked.registration && "bytes" in picked.registration ? picked.registration : null,
    };
    const reading: Source | null =
      files.targets && !picked.registration && plan && unit
        ? "targets"
        : files.registration && !picked.targets && plan && unit
          ? "registration"
          : null;
    if (reading) setState({ kind: "reading", source: reading });
    void (async () => {
      try {
        settle(
          await readUnitTargets(
            files,
            plan,
            unit,
            {
              targets: targetsFromFile,
              registration: async (bytes, p, u) => {
                if (!loadSealedFiles) throw new Error(t.exportView.unavailable);
                return (await loadSealedFiles()).registrationFromFile(bytes, p, u);
              },
            },
            t,
            lang,
          ),
        );
      } catch (e) {
        settle({ kind: "refused", message: describeError(e, t).message, reasons: [] });
      }
    })();
    return () => {
      live = false;
    };
  }, [picked, key, loadSealedFiles, lang]);

  const pick = async (source: Source, f: File) => {
    const limit = source === "targets" ? MAX_TARGETS_BYTES : MAX_REGISTRATION_BYTES;
    const refuse = (error: string) => setPicked((p) => ({ ...p, [source]: { name: f.name, error } }));
    if (f.size > limit)
      return refuse(
        source === "targets" ? t.setup.targetsFileTooLarge(f.name) : t.setup.registrationTooLarge(f.name),
      );
    try {
      const bytes = new Uint8Array(await f.arrayBuffer());
      setPicked((p) => ({ ...p, [source]: { name: f.name, bytes } }));
    } catch {
      refuse(t.setup.unitTargetsUnreadable(f.name));
    }
  };

  const clear = (source: Source) => {
    setPicked((p) => ({ ...p, [source]: null }));
    report.setError(null);
  };

  const reading = state.kind === "reading" ? state.source : null;
  return (
    <fieldset className={styles.box}>
      <legend className={styles.legend}>{t.setup.unitTargetsHeading}</legend>
      <p className={styles.hint}>{t.setup.unitTargetsHint}</p>
      <div className={styles.row}>
        <FilePickButton
          label={t.setup.targetsFile}
          busyLabel={t.setup.targetsFileReading}
          busy={reading === "targets"}
          accept=".csv,text/csv"
          testId="targets-file-input"
          onPick={(f) => void pick("targets", f)}
        />
        {picked.targets ? (
          <Button onClick={() => clear("targets")}>{t.setup.unitTargetsClear(picked.targets.name)}</Button>
        ) : null}
      </div>
      {loadSealedFiles ? (
        <div className={styles.row}>
          <FilePickButton
            label={t.setup.registrationFile}
            busyLabel={t.setup.registrationReading}
            busy={reading === "registration"}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            testId="registration-input"
            onPick={(f) => void pick("registration", f)}
          />
          {picked.registration ? (
            <Button onClick={() => clear("registration")}>
              {t.setup.unitTargetsClear(picked.registration.name)}
            </Button>
          ) : null}
        </div>
      ) : null}
      {state.kind === "ready" ? (
        <PickOutcome refused={false} message={state.message} items={state.notes} />
      ) : null}
      {state.kind === "refused" ? (
        <PickOutcome refused message={state.message} items={state.reasons} />
      ) : null}
    </fieldset>
  );
}
