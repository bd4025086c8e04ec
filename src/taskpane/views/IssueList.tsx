// Issues grouped by severity, then by field in the plan's order; each jumps to its cell, and a
// suggested value is one click away. Check shows every issue; Export shows the errors that block it.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue, Severity } from "../../domain/entry";
import type { Plan } from "../../domain/plan";
import { usePane } from "../context";
import { indicatorOf, showValue } from "../facade";
import { describeError } from "../errors";
import { isNotDue } from "../../domain/target";
import { stackedList } from "./stack";

const useStyles = makeStyles({
  group: { marginBottom: tokens.spacingVerticalM },
  severity: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalS} 0` },
  field: {
    fontSize: tokens.fontSizeBase200,
    margin: `${tokens.spacingVerticalXS} 0`,
    color: tokens.colorNeutralForeground2,
  },
  list: stackedList(tokens.spacingVerticalS),
  item: {
    borderLeft: `4px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  message: { margin: `0 0 ${tokens.spacingVerticalXXS}` },
  note: {
    margin: `0 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface IssueListProps {
  plan: Plan;
  issues: Issue[];
  severities: Severity[];
  /** Said after an action succeeds (e.g. "fixed"), or cleared with null. */
  onNote(note: string | null): void;
}

export function IssueList({ plan, issues, severities, onNote }: IssueListProps): React.JSX.Element {
  const { t, lang, port, report } = usePane();
  const styles = useStyles();
  const year = report.snapshot?.meta.unit.year ?? null;
  const groups = severities
    .map((severity) => ({
      severity,
      fields: plan.fields
        .map((field) => ({
          field,
          issues: issues.filter(
            (i) => i.severity === severity && indicatorOf(plan, i.indicatorId)?.field === field.id,
          ),
        }))
        .filter((g) => g.issues.length > 0),
    }))
    .filter((g) => g.fields.length > 0);

  const act = async (what: () => Promise<void>, after?: string) => {
    try {
      await what();
      onNote(after ?? null);
    } catch (e) {
      report.setError(describeError(e, t));
    }
  };

  const item = (issue: Issue, index: number) => {
    const ind = indicatorOf(plan, issue.indicatorId);
    const suggestion = issue.suggestion;
    const shown = suggestion !== undefined ? showValue(suggestion, ind, lang) : "";
    return (
      <li
        key={`${issue.indicatorId}-${issue.code}-${index}`}
        className={`${styles.item} ${styles[issue.severity]}`}
      >
        <p className={styles.message}>{issue.message[lang]}</p>
        {ind && year !== null && isNotDue(ind, year) ? (
          <p className={styles.note}>{t.check.laterDeadline(ind.deadlineYear, year)}</p>
        ) : null}
        {/* The plan's entry note in full (the cell's input message may be shortened). */}
        {ind?.entryNote ? <p className={styles.note}>{t.check.entryNote(ind.entryNote[lang])}</p> : null}
        <div className={styles.actions}>
          <Button
            size="small"
            aria-label={t.check.goToLabel(issue.indicatorId)}
            onClick={() => void act(() => port.goTo(issue.indicatorId, issue.part))}
          >
            {t.check.goTo}
          </Button>
          {suggestion !== undefined ? (
            <Button
              size="small"
              appearance="primary"
              aria-label={t.check.fixLabel(issue.indicatorId, shown)}
              onClick={() =>
                void act(async () => {
                  await port.writeValue(
                    issue.indicatorId,
                    suggestion,
                    issue.part === "previous" ? "previous" : "value",
                  );
                  await report.refresh();
                }, t.check.fixed(issue.indicatorId))
              }
            >
              {t.check.fix(shown)}
            </Button>
          ) : null}
        </div>
      </li>
    );
  };

  return (
    <>
      {groups.map((g) => (
        <section key={g.severity} className={styles.group} aria-labelledby={`sev-${g.severity}`}>
          <h3 id={`sev-${g.severity}`} className={styles.severity}>
            {g.severity === "error" ? t.check.errors : t.check.warnings} (
            {g.fields.reduce((n, f) => n + f.issues.length, 0)})
          </h3>
          {g.fields.map(({ field, issues: list }) => (
            <div key={field.id}>
              <h4 className={styles.field}>
                {field.name[lang]} ({list.length})
              </h4>
              <ul className={styles.list}>{list.map(item)}</ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
