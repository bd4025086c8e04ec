// Issues grouped by kind (errors, warnings, values not entered yet), then by field in the plan's
// order; each names its row as the sheet does (STT and name), jumps to its cell, and a suggested
// value is one click away. Check shows every issue; Export shows the errors that block it, blanks
// among them. After a one-click fix, focus moves to the item that took the fixed one's place.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Issue } from "../../domain/entry";
import type { Indicator, Plan } from "../../domain/plan";
import { usePane } from "../context";
import { indicatorOf, rowName, showValue } from "../facade";
import { describeError } from "../errors";
import { isBlank } from "../blanks";
import { isNotDue } from "../../domain/target";
import { stackedList } from "./stack";

const FORMULA_IN_INPUT = "template.formula-in-input";
const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/** A list's groups: "blank" sets values not entered yet apart; without it they are errors. */
export type IssueKind = "error" | "warning" | "blank";

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
  blank: { borderLeftColor: tokens.colorNeutralStroke1 },
  message: { margin: `0 0 ${tokens.spacingVerticalXXS}` },
  // The machine id, for the ministry and for support: present, not leading.
  id: {
    marginLeft: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
    wordBreak: "break-all",
  },
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
  kinds: IssueKind[];
  /** Said after an action succeeds (e.g. "fixed"), or cleared with null. */
  onNote(note: string | null): void;
}

export function IssueList({ plan, issues, kinds, onNote }: IssueListProps): React.JSX.Element {
  const { t, lang, port, report } = usePane();
  const styles = useStyles();
  const year = report.snapshot?.meta.unit.year ?? null;
  const kindOf = (i: Issue): IssueKind => (kinds.includes("blank") && isBlank(i) ? "blank" : i.severity);
  const groups = kinds
    .map((kind) => ({
      kind,
      fields: plan.fields
        .map((field) => ({
          field,
          issues: issues.filter(
            (i) => kindOf(i) === kind && indicatorOf(plan, i.indicatorId)?.field === field.id,
          ),
        }))
        .filter((g) => g.issues.length > 0),
    }))
    .filter((g) => g.fields.length > 0);
  const heading = { error: t.check.errors, warning: t.check.warnings, blank: t.check.blanks };
  const name = (id: string) => rowName(plan, report.snapshot, id, lang);

  // After a fix the fixed item leaves the list: focus goes to the item now at its place (or the
  // last one), never to the page (issue #15).
  const root = useRef<HTMLDivElement>(null);
  const refocus = useRef<{ at: number; key: string } | null>(null);
  useEffect(() => {
    const fixed = refocus.current;
    if (fixed === null || !root.current) return;
    // Wait for the re-read that takes the fixed item away.
    if ([...root.current.querySelectorAll("li")].some((li) => li.dataset.key === fixed.key)) return;
    const at = fixed.at;
    refocus.current = null;
    const buttons = [...root.current.querySelectorAll<HTMLButtonElement>("li button:first-of-type")];
    (buttons[Math.min(at, buttons.length - 1)] ?? root.current).focus();
  }, [issues]);

  const act = async (what: () => Promise<void>, after?: string) => {
    try {
      await what();
      onNote(after ?? null);
    } catch (e) {
      report.setError(describeError(e, t));
    }
  };

  // The one-click fix of an issue, if it has one: a suggested value, or for a formula typed into an
  // input, the value the cell shows kept in its place (DECISIONS: formulas in inputs).
  const fixOf = (issue: Issue, ind: Indicator | undefined) => {
    const id = issue.indicatorId;
    const suggestion = issue.suggestion;
    if (suggestion !== undefined)
      return {
        label: t.check.fix(showValue(suggestion, ind, lang)),
        write: () => port.writeValue(id, suggestion, issue.part === "previous" ? "previous" : "value"),
      };
    if (issue.code !== FORMULA_IN_INPUT) return null;
    const entry = report.snapshot?.entries.find((e) => e.indicatorId === id);
    if (!entry) return null;
    const part = issue.part;
    if (part === "value")
      return {
        label: t.check.keepShown(clip(showValue(entry.value, ind, lang))),
        write: () => port.writeValue(id, entry.value),
      };
    if (part === "previous")
      return {
        label: t.check.keepShown(clip(showValue(entry.previous ?? null, ind, lang))),
        write: () => port.writeValue(id, entry.previous ?? null, "previous"),
      };
    if (part === "explanation" || part === "evidence")
      return {
        label: t.check.keepShown(clip(entry[part])),
        write: () => port.writeText(id, part, entry[part]),
      };
    return null;
  };

  let position = 0;
  const item = (issue: Issue, index: number) => {
    const here = position++;
    const key = `${issue.indicatorId}|${issue.code}|${issue.part}`;
    const ind = indicatorOf(plan, issue.indicatorId);
    const fix = fixOf(issue, ind);
    return (
      <li
        key={`${issue.indicatorId}-${issue.code}-${index}`}
        data-key={key}
        className={`${styles.item} ${styles[kindOf(issue)]}`}
      >
        <p className={styles.message}>
          {issue.message[lang]}
          <span className={styles.id}>{issue.indicatorId}</span>
        </p>
        {ind && year !== null && isNotDue(ind, year) ? (
          <p className={styles.note}>{t.check.laterDeadline(ind.deadlineYear, year)}</p>
        ) : null}
        {/* The plan's entry note in full (the cell's input message may be shortened). */}
        {ind?.entryNote ? <p className={styles.note}>{t.check.entryNote(ind.entryNote[lang])}</p> : null}
        <div className={styles.actions}>
          <Button
            size="small"
            aria-label={t.check.goToLabel(name(issue.indicatorId))}
            onClick={() => void act(() => port.goTo(issue.indicatorId, issue.part))}
          >
            {t.check.goTo}
          </Button>
          {fix ? (
            <Button
              size="small"
              appearance="primary"
              aria-label={`${fix.label}: ${name(issue.indicatorId)}`}
              onClick={() =>
                void act(
                  async () => {
                    await fix.write();
                    refocus.current = { at: here, key };
                    await report.refresh();
                  },
                  t.check.fixed(name(issue.indicatorId)),
                )
              }
            >
              {fix.label}
            </Button>
          ) : null}
        </div>
      </li>
    );
  };

  return (
    <div ref={root} tabIndex={-1}>
      {groups.map((g) => (
        <section key={g.kind} className={styles.group} aria-labelledby={`sev-${g.kind}`}>
          <h3 id={`sev-${g.kind}`} className={styles.severity}>
            {heading[g.kind](g.fields.reduce((n, f) => n + f.issues.length, 0))}
          </h3>
          {g.kind === "blank" ? <p className={styles.note}>{t.check.blanksNote}</p> : null}
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
    </div>
  );
}
