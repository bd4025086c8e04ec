// Check: the rows a reviewer returned first (their own group, with a place to answer), then every
// other issue, errors first, grouped by field in the plan's order; each jumps to its cell, and a
// suggested value (e.g. 27000 for the text "27.000") is one click away.
import { useState } from "react";
import { usePane } from "../context";
import { IssueList } from "./IssueList";
import { EntryHint } from "./EntryHint";
import { ReturnedList } from "./ReturnedList";
import { NoReport, StepSection } from "./StepSection";
import { isBlank } from "../blanks";

export default function CheckView(): React.JSX.Element {
  const { t, report } = usePane();
  const [note, setNote] = useState<string | null>(null);
  const plan = report.plan;
  if (report.phase !== "ready" || !plan) return <NoReport id="check-heading" heading={t.check.heading} />;

  const all = report.assessments.flatMap((a) => a.issues);
  // Returned rows have their group above, with the reviewer's comment and the answer box.
  const issues = all.filter((i) => i.code !== "review.returned");
  return (
    <StepSection id="check-heading" heading={t.check.heading}>
      <EntryHint settings={report.entrySettings} />
      <p role="status">{note ?? ""}</p>
      <ReturnedList plan={plan} onNote={setNote} />
      {all.every(isBlank) ? <p>{t.check.none}</p> : null}
      <IssueList plan={plan} issues={issues} kinds={["error", "warning", "blank"]} onNote={setNote} />
    </StepSection>
  );
}
