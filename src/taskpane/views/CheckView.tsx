// Check: the rows a reviewer returned first (their own group, with a place to answer), then every
// other issue, errors first, grouped by field in the plan's order; each jumps to its cell, and a
// suggested value (e.g. 27000 for the text "27.000") is one click away.
import { makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { usePane } from "../context";
import { IssueList } from "./IssueList";
import { EntryHint } from "./EntryHint";
import { ReturnedList } from "./ReturnedList";
import { isBlank } from "../blanks";

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

  const all = report.assessments.flatMap((a) => a.issues);
  // Returned rows have their group above, with the reviewer's comment and the answer box.
  const issues = all.filter((i) => i.code !== "review.returned");
  return (
    <section aria-labelledby="check-heading">
      <h2 id="check-heading" className={styles.heading}>
        {t.check.heading}
      </h2>
      <EntryHint settings={report.entrySettings} />
      <p role="status">{note ?? ""}</p>
      <ReturnedList plan={plan} onNote={setNote} />
      {all.every(isBlank) ? <p>{t.check.none}</p> : null}
      <IssueList plan={plan} issues={issues} kinds={["error", "warning", "blank"]} onNote={setNote} />
    </section>
  );
}
