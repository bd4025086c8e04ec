// Review: step through every shortfall and every row with an issue, record a decision and a comment.
// Both are written into the workbook (port.writeReview), so they travel with the file.
import { Button, Field, Radio, RadioGroup, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Assessment, ReviewDecision } from "../../domain/entry";
import { STATUS_LABELS } from "../../domain/status-labels";
import { usePane } from "../context";
import { indicatorOf, showTarget, showValue } from "../facade";
import { describeError } from "../errors";

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase400, margin: `0 0 ${tokens.spacingVerticalS}` },
  nav: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
  },
  card: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  title: { fontSize: tokens.fontSizeBase300, margin: 0 },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  def: { margin: 0 },
  issues: { margin: 0, paddingLeft: "1.25rem" },
});

/** Rows a reviewer must look at: shortfalls, and anything the assessment raised an issue about. */
export function needsReview(a: Assessment): boolean {
  return a.status === "shortfall" || a.issues.length > 0;
}

export default function ReviewView(): React.JSX.Element {
  const { t, lang, port, report } = usePane();
  const styles = useStyles();
  const plan = report.plan;
  const items = report.assessments.filter(needsReview);
  const [index, setIndex] = useState(0);
  const current = items[Math.min(index, items.length - 1)];
  const entry = report.snapshot?.entries.find((e) => e.indicatorId === current?.indicatorId);
  const [decision, setDecision] = useState<ReviewDecision | null>(null);
  const [comment, setComment] = useState("");
  const [saving, setSaving] = useState(false);
  // What was last written, so "saved" shows while the form still says exactly that.
  const [savedKey, setSavedKey] = useState<string | null>(null);

  // Show what the workbook holds for the current row whenever the row (or the workbook) changes.
  useEffect(() => {
    setDecision(entry?.review.decision ?? null);
    setComment(entry?.review.comment ?? "");
  }, [current?.indicatorId, entry?.review.decision, entry?.review.comment]);

  useEffect(() => {
    if (current) port.goTo(current.indicatorId, "value").catch(() => undefined);
  }, [port, current?.indicatorId]);

  if (report.phase !== "ready" || !plan)
    return (
      <section aria-labelledby="review-heading">
        <h2 id="review-heading" className={styles.heading}>
          {t.review.heading}
        </h2>
        <p>{t.check.noReport}</p>
      </section>
    );
  if (!current)
    return (
      <section aria-labelledby="review-heading">
        <h2 id="review-heading" className={styles.heading}>
          {t.review.heading}
        </h2>
        <p>{t.review.none}</p>
      </section>
    );

  const position = Math.min(index, items.length - 1);
  const ind = indicatorOf(plan, current.indicatorId);
  const key = JSON.stringify([current.indicatorId, decision, comment]);
  const save = async () => {
    setSaving(true);
    try {
      await port.writeReview(current.indicatorId, { decision, comment });
      setSavedKey(key);
      await report.refresh();
    } catch (e) {
      report.setError(describeError(e, t));
    } finally {
      setSaving(false);
    }
  };
  const value = entry ? showValue(entry.value, ind, lang) : "";

  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading" className={styles.heading}>
        {t.review.heading}
      </h2>
      <div className={styles.nav}>
        <Button disabled={position === 0} onClick={() => setIndex(position - 1)}>
          {t.review.previous}
        </Button>
        <span role="status" aria-live="polite">
          {t.review.position(position + 1, items.length)}
        </span>
        <Button disabled={position >= items.length - 1} onClick={() => setIndex(position + 1)}>
          {t.review.next}
        </Button>
      </div>
      <article className={styles.card} aria-labelledby="review-item-title">
        <h3 id="review-item-title" className={styles.title}>
          {current.indicatorId}
          {ind ? ` — ${ind.text[lang]}` : ""}
        </h3>
        <dl className={styles.facts}>
          <dt className={styles.term}>{t.review.value}</dt>
          <dd className={styles.def}>{value || t.review.emptyValue}</dd>
          {ind ? (
            <>
              <dt className={styles.term}>{t.review.target}</dt>
              <dd className={styles.def}>{showTarget(ind, lang)}</dd>
            </>
          ) : null}
          <dt className={styles.term}>{t.review.status}</dt>
          <dd className={styles.def}>{STATUS_LABELS[lang][current.status]}</dd>
        </dl>
        {current.issues.length > 0 ? (
          <ul className={styles.issues} aria-label={t.review.issues}>
            {current.issues.map((i, k) => (
              <li key={`${i.code}-${k}`}>{i.message[lang]}</li>
            ))}
          </ul>
        ) : null}
        <Field label={t.review.decision}>
          <RadioGroup
            value={decision ?? ""}
            onChange={(_e, d) => {
              setDecision(d.value === "" ? null : (d.value as ReviewDecision));
            }}
          >
            <Radio value="accepted" label={t.review.accepted} />
            <Radio value="returned" label={t.review.returned} />
            <Radio value="" label={t.review.undecided} />
          </RadioGroup>
        </Field>
        <Field label={t.review.comment}>
          <Textarea
            value={comment}
            resize="vertical"
            onChange={(_e, d) => {
              setComment(d.value);
            }}
          />
        </Field>
        <div className={styles.nav}>
          <Button appearance="primary" disabled={saving} onClick={() => void save()}>
            {saving ? t.review.saving : t.review.save}
          </Button>
          <span role="status">{savedKey === key ? t.review.saved : ""}</span>
        </div>
      </article>
    </section>
  );
}
