// Check: every issue, errors first, grouped by field in the plan's order; each jumps to its cell, and a
// suggested value (e.g. 27000 for the text "27.000") is one click away.
import { makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { usePane } from "../context";
import { IssueList } from "./IssueList";
import { EntryHint } from "./EntryHint";

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase400, margin: `0 0 ${tokens.spacingVerticalS}` },
});

export default function CheckView(): React.JSX.Element {
  const { t, report } = usePane();
  const styles = useStyles();
  const [note, setNote] = useState<string | null>(null);
  const plan = report.plan;
  if (report.phase !== "ready" || !plan)
    return (
      <section aria-labelledby="check-heading">
        <h2 id="check-heading" className={styles.heading}>
          {t.check.heading}
        </h2>
        <p>{t.check.noReport}</p>
      </section>
    );

  const issues = report.assessments.flatMap((a) => a.issues);
  return (
    <section aria-labelledby="check-heading">
      <h2 id="check-heading" className={styles.heading}>
        {t.check.heading}
      </h2>
      <EntryHint settings={report.entrySettings} />
      <p role="status">{note ?? ""}</p>
      {issues.length === 0 ? <p>{t.check.none}</p> : null}
      <IssueList plan={plan} issues={issues} severities={["error", "warning"]} onNote={setNote} />
    </section>
  );
}
