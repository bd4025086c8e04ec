// The counts a person keeps an eye on while typing. aria-live so a screen reader hears them change.
import { usePane } from "./context";
import { isBlank } from "./blanks";
import { shell } from "./shell-styles";

export function LiveCounts(): React.JSX.Element {
  const { t, report } = usePane();
  let text = "";
  if (report.phase === "empty") text = t.counts.noReport;
  else if (report.phase === "failed") text = t.counts.unreadable;
  else if (report.phase === "ready") {
    let errors = 0;
    let warnings = 0;
    let blanks = 0;
    let filled = 0;
    for (const a of report.assessments) {
      if (a.status !== "missing") filled++;
      for (const issue of a.issues) {
        // A value not typed yet is not a mistake while the person is still typing; Export still
        // refuses it (it is an error in the domain and at the ministry).
        if (isBlank(issue)) blanks++;
        else if (issue.severity === "error") errors++;
        else warnings++;
      }
    }
    text = t.counts.live(errors, warnings, filled, report.assessments.length, blanks);
  }
  return (
    <p className={shell.counts} role="status" aria-live="polite" aria-atomic="true" data-testid="live-counts">
      {text}
      {report.checking && report.phase === "ready" ? ` · ${t.counts.checking}` : ""}
    </p>
  );
}
