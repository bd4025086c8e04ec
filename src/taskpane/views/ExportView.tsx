// Export: blocked, with the list, while errors remain (warnings do not block). Otherwise it seals the
// submission, builds the workbook with the builder the entry point hands in (its own chunk, fetched on
// the first click), opens it with Excel.createWorkbook, and offers the JSON: copy, and download where
// the host allows it. The workbook is what is sent; the JSON is a convenience.
import { Button, Field, Link, ProgressBar, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Submission } from "../../domain/submission";
import { usePane } from "../context";
import { initialPrint, sealSnapshot, scoringSchemes, type ReportPrint } from "../facade";
import { describeError } from "../errors";
import { submissionFileName, toBase64 } from "../exporter";
import { rememberPrint, rememberedPrint } from "../print-memory";
import { IssueList } from "./IssueList";
import { ReportPrintForm } from "./ReportPrintForm";
import { StepSection } from "./StepSection";

const useStyles = makeStyles({
  sub: {
    fontSize: tokens.fontSizeBase300,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}`,
  },
  note: { color: tokens.colorNeutralForeground2 },
  blocked: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  ok: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  hash: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    wordBreak: "break-all",
    margin: `0 0 ${tokens.spacingVerticalXS}`,
  },
  actions: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    flexWrap: "wrap",
    alignItems: "center",
    marginTop: tokens.spacingVerticalS,
  },
  progress: { marginTop: tokens.spacingVerticalS },
});

type Step = "seal" | "load" | "build" | "open";
const STEPS: Step[] = ["seal", "load", "build", "open"];

type Run =
  | { phase: "idle" }
  | { phase: "working"; step: Step }
  | { phase: "done"; submission: Submission; json: string }
  | { phase: "failed"; message: string };

export default function ExportView(): React.JSX.Element {
  const { t, lang, port, report, schemeId, loadExporter, canDownload, reportPrint, setReportPrint } =
    usePane();
  const styles = useStyles();
  // A registration (D37) is exported the same way, named as one and never scored.
  const registration = report.snapshot?.meta.kind === "registration";
  const x = registration ? { ...t.exportView, ...t.exportView.registration } : t.exportView;
  const [run, setRun] = useState<Run>({ phase: "idle" });
  const [note, setNote] = useState<string | null>(null);
  const [copyNote, setCopyNote] = useState<string | null>(null);
  const busy = useRef(false);
  const schemes = useMemo(scoringSchemes, []);
  // The report's print choices: the template's language by default (not the pane's), and what this
  // computer remembers of the unit's earlier exports; started again for another unit or plan.
  const printKey = `${report.snapshot?.meta.unit.code ?? ""}|${report.plan?.id ?? ""}|${report.snapshot?.meta.language ?? ""}`;
  const print = reportPrint?.key === printKey ? reportPrint.print : null;
  const setPrint = (p: ReportPrint) => setReportPrint({ key: printKey, print: p });
  const scheme = schemes.find((s) => s.id === schemeId) ?? (schemeId ? undefined : schemes[0]);

  const jsonUrl = useMemo(
    () =>
      run.phase === "done" && canDownload
        ? URL.createObjectURL(new Blob([run.json], { type: "application/json" }))
        : null,
    [run, canDownload],
  );
  useEffect(() => () => (jsonUrl ? URL.revokeObjectURL(jsonUrl) : undefined), [jsonUrl]);
  // An edit after an export makes its hash and JSON stale: they are withdrawn, not left on show.
  const exported = useRef(report.snapshot);
  useEffect(() => {
    if (exported.current === report.snapshot) return;
    exported.current = report.snapshot;
    if (!busy.current) setRun({ phase: "idle" });
  }, [report.snapshot]);

  const plan = report.plan;
  const snapshot = report.snapshot;
  if (report.phase !== "ready" || !plan || !snapshot)
    return (
      <StepSection id="export-heading" heading={x.heading}>
        <p>{x.noReport}</p>
      </StepSection>
    );

  const choices = print ?? initialPrint(plan, snapshot, rememberedPrint(snapshot.meta.unit.code));
  const issues = report.assessments.flatMap((a) => a.issues);
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.length - errors.length;

  const exportNow = async () => {
    if (busy.current) return;
    if (!loadExporter) {
      setRun({ phase: "failed", message: x.unavailable });
      return;
    }
    busy.current = true;
    setCopyNote(null);
    let step: Step = "seal";
    try {
      setRun({ phase: "working", step });
      rememberPrint(snapshot.meta.unit.code, choices);
      const submission = await sealSnapshot(plan, snapshot, report.assessments, schemeId, choices);
      step = "load";
      setRun({ phase: "working", step });
      const exporter = await loadExporter();
      step = "build";
      setRun({ phase: "working", step });
      const bytes = await exporter.buildSubmissionWorkbook(submission, plan);
      step = "open";
      setRun({ phase: "working", step });
      await port.openNewWorkbook(toBase64(bytes));
      setRun({ phase: "done", submission, json: JSON.stringify(submission, null, 2) + "\n" });
    } catch (e) {
      const what = describeError(e, t).detail ?? "";
      const said = what.trim().replace(/[.!]+$/, "");
      setRun({ phase: "failed", message: step === "open" ? `${x.openFailed} (${said})` : x.failed(said) });
    } finally {
      busy.current = false;
    }
  };

  const copy = async (text: string, copied: string = x.copied) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopyNote(copied);
    } catch {
      setCopyNote(x.copyDenied(canDownload));
    }
  };

  return (
    <StepSection id="export-heading" heading={x.heading}>
      <p className={styles.note}>{x.intro}</p>

      {errors.length > 0 ? (
        <>
          <Button appearance="primary" disabledFocusable aria-describedby="export-blocked">
            {x.buttonBlocked(errors.length)}
          </Button>
          <p id="export-blocked" className={styles.blocked}>
            {x.blocked(errors.length)}
          </p>
          <p role="status">{note ?? ""}</p>
          <IssueList plan={plan} issues={errors} kinds={["error"]} onNote={setNote} />
        </>
      ) : (
        <>
          {registration ? (
            <p className={styles.note}>{t.exportView.registration.notScored}</p>
          ) : scheme ? (
            <p className={styles.note}>{x.scoredUnder(scheme.name[lang])}</p>
          ) : null}
          {warnings > 0 ? <p className={styles.note}>{x.warningsOk(warnings)}</p> : null}
          <ReportPrintForm
            plan={plan}
            templateLanguage={snapshot.meta.language}
            value={choices}
            onChange={setPrint}
            disabled={run.phase === "working"}
          />
          <Button appearance="primary" disabled={run.phase === "working"} onClick={() => void exportNow()}>
            {run.phase === "done" ? x.again : x.button}
          </Button>
          <div role="status" aria-live="polite" className={styles.progress}>
            {run.phase === "working" ? (
              <Field validationMessage={x.steps[run.step]} validationState="none">
                <ProgressBar
                  aria-label={x.progress}
                  value={(STEPS.indexOf(run.step) + 1) / (STEPS.length + 1)}
                />
              </Field>
            ) : null}
            {run.phase === "done" ? <p className={styles.ok}>{x.done}</p> : null}
          </div>
          {run.phase === "failed" ? (
            <p role="alert" className={styles.blocked}>
              {run.message}
            </p>
          ) : null}
          {run.phase === "done" ? (
            <>
              <h3 className={styles.sub} id="export-hash-heading">
                {x.hash}
              </h3>
              <p className={styles.hash} data-testid="export-hash" aria-labelledby="export-hash-heading">
                {run.submission.hash}
              </p>
              {/* 64 characters to write into the cover letter: copied, never retyped. */}
              <div className={styles.actions}>
                <Button onClick={() => void copy(run.submission.hash, x.hashCopied)}>{x.copyHash}</Button>
              </div>
              <p className={styles.note}>{x.hashHint}</p>
              <h3 className={styles.sub}>{x.json}</h3>
              <div className={styles.actions}>
                <Button onClick={() => void copy(run.json)}>{x.copy}</Button>
                {jsonUrl ? (
                  <Link href={jsonUrl} download={submissionFileName(run.submission, "json")}>
                    {x.download(submissionFileName(run.submission, "json"))}
                  </Link>
                ) : null}
              </div>
              {canDownload ? null : <p className={styles.note}>{x.noDownload}</p>}
              <p role="status">{copyNote ?? ""}</p>
              {copyNote === x.copyDenied(canDownload) ? (
                <Textarea readOnly aria-label={x.json} value={run.json} resize="vertical" />
              ) : null}
            </>
          ) : null}
        </>
      )}
    </StepSection>
  );
}
