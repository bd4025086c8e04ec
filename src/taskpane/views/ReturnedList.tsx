// The rows a reviewer returned, as the accountant sees them in Check: the reviewer's comment, who and
// when, a jump to the row, and a place to answer. The answer goes into the row's reply cell (the
// Unit's reply column) and is sealed with the submission; a row not answered is an error
// (review.returned) that blocks export until it is answered or its value changes.
import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Plan } from "../../domain/plan";
import { usePane } from "../context";
import { describeError } from "../errors";
import { indicatorOf, rowName, showDateTime } from "../facade";
import { stackedList } from "./stack";

const REPLY_MAX = 2000;

const useStyles = makeStyles({
  group: { marginBottom: tokens.spacingVerticalL },
  heading: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalS} 0` },
  intro: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase200 },
  list: stackedList(tokens.spacingVerticalM),
  item: {
    borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  answered: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  title: { fontSize: tokens.fontSizeBase300, margin: 0, overflowWrap: "anywhere" },
  // The machine id after the name, quieter (issue #15: STT and name lead).
  id: {
    marginLeft: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
  },
  state: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  by: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `2px solid ${tokens.colorNeutralStroke1}`,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  unsaved: { color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200 },
});

export function ReturnedList({
  plan,
  onNote,
}: {
  plan: Plan;
  /** Said after an answer is saved. */
  onNote(note: string | null): void;
}): React.JSX.Element | null {
  const { t, lang, port, report, review } = usePane();
  const styles = useStyles();
  const [saving, setSaving] = useState<string | null>(null);
  const [problems, setProblems] = useState<ReadonlyMap<string, string>>(new Map());
  const entries = report.snapshot?.entries ?? [];
  const rows = entries.filter((e) => e.review.decision === "returned");
  if (rows.length === 0) return null;
  const open = new Set(
    report.assessments
      .filter((a) => a.issues.some((i) => i.code === "review.returned"))
      .map((a) => a.indicatorId),
  );
  const setProblem = (id: string, text: string | null) =>
    setProblems((old) => {
      const next = new Map(old);
      if (text === null) next.delete(id);
      else next.set(id, text);
      return next;
    });

  const save = async (id: string, text: string, seen: string | undefined) => {
    const trimmed = text.trim();
    if (trimmed === "") return setProblem(id, t.check.answerRequired);
    if (trimmed.length > REPLY_MAX) return setProblem(id, t.check.answerTooLong);
    if (seen !== undefined && trimmed === seen.trim()) return setProblem(id, t.check.answerSame);
    setProblem(id, null);
    setSaving(id);
    try {
      await port.writeReply(id, text);
      review.setReply(id, null);
      await report.refresh();
      onNote(t.check.answerSaved(rowName(plan, report.snapshot, id, lang)));
    } catch (e) {
      report.setError(describeError(e, t));
    } finally {
      setSaving(null);
    }
  };

  return (
    <section className={styles.group} aria-labelledby="returned-heading">
      <h3 id="returned-heading" className={styles.heading}>
        {t.check.returnedHeading(rows.length)}
      </h3>
      <p className={styles.intro}>{t.check.returnedIntro}</p>
      <ul className={styles.list}>
        {rows.map((e) => {
          const id = e.indicatorId;
          const ind = indicatorOf(plan, id);
          const isOpen = open.has(id);
          const draft = review.replies.get(id);
          const text = draft ?? e.review.reply ?? "";
          const problem = problems.get(id);
          // The STT is the row's place in the template (the sheet's column A numbers rows so).
          const stt = entries.indexOf(e) + 1;
          return (
            <li key={id} className={`${styles.item} ${isOpen ? "" : styles.answered}`}>
              <h4 className={styles.title}>
                {`${stt}. ${ind ? ind.text[lang] : id}`}
                <span className={styles.id}>{id}</span>
              </h4>
              <p className={styles.state}>{isOpen ? t.check.open : t.check.answered}</p>
              <p className={styles.by}>
                {t.check.returnedBy(e.review.reviewer ?? "", showDateTime(e.review.reviewedAt))}
              </p>
              <blockquote className={styles.quote} aria-label={t.check.reviewerComment}>
                {e.review.comment.trim() ? e.review.comment : t.check.noComment}
              </blockquote>
              <Field
                label={t.check.answer}
                hint={t.check.answerHint}
                validationState={problem ? "error" : "none"}
                validationMessage={problem}
              >
                {/* No id of its own: Field then labels it by htmlFor, which aria-label overrides; with an
                    id, Field adds aria-labelledby, and the box is named only "Unit's reply". */}
                <Textarea
                  aria-label={t.check.answerLabel(stt, ind ? ind.text[lang] : id)}
                  value={text}
                  resize="vertical"
                  onChange={(_ev, d) => {
                    setProblem(id, null);
                    review.setReply(id, d.value === (e.review.reply ?? "") ? null : d.value);
                  }}
                />
              </Field>
              <div className={styles.actions}>
                <Button
                  size="small"
                  appearance="primary"
                  disabled={saving === id}
                  aria-label={t.check.saveAnswerLabel(rowName(plan, report.snapshot, id, lang))}
                  onClick={() => void save(id, text, e.review.basis?.reply)}
                >
                  {saving === id ? t.check.savingAnswer : t.check.saveAnswer}
                </Button>
                <Button
                  size="small"
                  aria-label={t.check.goToLabel(rowName(plan, report.snapshot, id, lang))}
                  onClick={() =>
                    void port
                      .goTo(id, "review")
                      .catch((err: unknown) => report.setError(describeError(err, t)))
                  }
                >
                  {t.check.goTo}
                </Button>
                {draft !== undefined ? <span className={styles.unsaved}>{t.check.unsavedAnswer}</span> : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
