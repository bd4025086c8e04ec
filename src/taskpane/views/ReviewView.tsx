// Review: walk every row a reviewer must look at, record a decision and a comment. Each decision is
// written into the workbook with the reviewer's name, the time, and what it was made on
// (port.writeReview), so it travels with the file and is sealed into the submission. Drafts live in
// the shell (useReviewDrafts): leaving a row with an unsaved change asks first, and nothing typed is
// lost by moving between rows or steps.
import { Button, Field, Radio, RadioGroup, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { ReviewDecision } from "../../domain/entry";
import { statusLabels } from "../../domain/status-labels";
import { usePane } from "../context";
import { describeError } from "../errors";
import {
  indicatorOf,
  localIsoNow,
  needsReview,
  previousValue,
  showDateTime,
  showTarget,
  showValue,
} from "../facade";
import type { ReviewDraft } from "../state/useReviewDrafts";
import { LeaveRowDialog, type LeaveChoice } from "./LeaveRowDialog";
import { ReviewerName } from "./ReviewerName";
import { NoReport, StepSection } from "./StepSection";

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase400, margin: `0 0 ${tokens.spacingVerticalS}` },
  nav: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
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
  title: { fontSize: tokens.fontSizeBase300, margin: 0, overflowWrap: "anywhere" },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  def: { margin: 0, overflowWrap: "anywhere" },
  block: { margin: 0 },
  blockTerm: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    margin: 0,
    fontWeight: tokens.fontWeightRegular,
  },
  text: { margin: 0, whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  issues: { margin: 0, paddingLeft: "1.25rem" },
  unsaved: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  keys: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: 0 },
  note: { fontSize: tokens.fontSizeBase200, margin: 0 },
  alert: { color: tokens.colorPaletteRedForeground1, margin: 0 },
});

const REVIEWER_MAX = 255;

/** Whether keystrokes go into a text field (then the letter shortcuts stay out of the way). */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  const tag = el.tagName;
  return (
    tag === "TEXTAREA" ||
    (tag === "INPUT" && (el as HTMLInputElement).type !== "radio") ||
    el.isContentEditable
  );
}

export default function ReviewView(): React.JSX.Element {
  const { t, lang, port, report, review } = usePane();
  const styles = useStyles();
  const plan = report.plan;
  const entries = new Map((report.snapshot?.entries ?? []).map((e) => [e.indicatorId, e]));
  const items = report.assessments.filter(
    (a) => needsReview(a, entries.get(a.indicatorId)?.review) || review.drafts.has(a.indicatorId),
  );
  const found = items.findIndex((a) => a.indicatorId === review.currentId);
  const position = found >= 0 ? found : 0;
  const current = items[position];
  const entry = current ? entries.get(current.indicatorId) : undefined;
  const saved: ReviewDraft = {
    decision: entry?.review.decision ?? null,
    comment: entry?.review.comment ?? "",
  };
  const draft = current ? review.drafts.get(current.indicatorId) : undefined;
  const form = draft ?? saved;
  const dirty = draft !== undefined;

  const [saving, setSaving] = useState(false);
  const [savedId, setSavedId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [said, setSaid] = useState("");
  const [leaving, setLeaving] = useState<string | null>(null);
  const card = useRef<HTMLElement>(null);
  const [askName, setAskName] = useState(false);
  const comment = useRef<HTMLTextAreaElement>(null);
  const nameBox = useRef<HTMLInputElement>(null);
  const reviewer = report.snapshot?.reviewer ?? null;

  useEffect(() => {
    if (current) port.goTo(current.indicatorId, "value").catch(() => undefined);
  }, [port, current?.indicatorId]);

  const section = (body: React.ReactNode) => (
    <StepSection id="review-heading" heading={t.review.heading}>
      {body}
    </StepSection>
  );
  if (report.phase !== "ready" || !plan) return <NoReport id="review-heading" heading={t.review.heading} />;
  if (!current) return section(<p>{t.review.none}</p>);

  const id = current.indicatorId;
  const ind = indicatorOf(plan, id);
  const decisionWord = (d: ReviewDecision) => (d === "accepted" ? t.review.accepted : t.review.returned);

  const edit = (next: ReviewDraft) => {
    setProblem(null);
    setSavedId(null);
    const same = next.decision === saved.decision && next.comment === saved.comment;
    review.setDraft(id, same ? null : next);
  };

  const go = (targetId: string) => {
    setProblem(null);
    setSavedId(null);
    review.setCurrentId(targetId);
  };
  /** Move to another row; an unsaved change asks first. */
  const leaveTo = (index: number) => {
    const target = items[index];
    if (!target || target.indicatorId === id) return;
    if (dirty) setLeaving(target.indicatorId);
    else go(target.indicatorId);
  };

  /** Saves the current row's form; false when it could not (the reason is shown). */
  const save = async (): Promise<boolean> => {
    if (form.decision === "returned" && form.comment.trim() === "") {
      setProblem(t.review.commentRequired);
      comment.current?.focus();
      return false;
    }
    if (!reviewer && form.decision !== null) {
      setProblem(t.review.reviewerNeeded);
      setAskName(true);
      nameBox.current?.focus();
      return false;
    }
    setSaving(true);
    try {
      const decided = form.decision !== null;
      await port.writeReview(id, {
        decision: form.decision,
        comment: form.comment,
        ...(decided && reviewer
          ? {
              reviewer,
              reviewedAt: localIsoNow(),
              basis: { value: entry?.value ?? null, reply: entry?.review.reply ?? "" },
            }
          : {}),
      });
      review.setDraft(id, null);
      setSavedId(id);
      setProblem(null);
      await report.refresh();
      return true;
    } catch (e) {
      report.setError(describeError(e, t));
      return false;
    } finally {
      setSaving(false);
    }
  };

  const onLeave = async (choice: LeaveChoice) => {
    const target = leaving;
    setLeaving(null);
    if (!target || choice === "stay") return;
    if (choice === "discard") review.setDraft(id, null);
    if (choice === "save" && !(await save())) return;
    go(target);
  };

  const choose = (d: ReviewDecision) => {
    edit({ ...form, decision: d });
    setSaid(t.review.chose(decisionWord(d)));
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (leaving) return;
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && !e.altKey) {
      e.preventDefault();
      void save();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    const key = e.key.toLowerCase();
    if (key === "a") choose("accepted");
    else if (key === "r") {
      choose("returned");
      // In the keystroke itself, so a comment typed at once lands in the box; the keystroke is
      // cancelled below, so its letter is not typed there.
      comment.current?.focus();
    } else if (key === "s") void save();
    else if (key === "n") leaveTo(position + 1);
    else if (key === "p") leaveTo(position - 1);
    else return;
    e.preventDefault();
  };

  const value = entry ? showValue(entry.value, ind, lang) : "";
  const previous = entry ? previousValue(entry, ind, lang) : null;
  const reply = entry?.review.reply ?? "";
  const basis = entry?.review.basis;
  const valueThen =
    basis && entry && basis.value !== undefined && showValue(basis.value, ind, lang) !== value
      ? showValue(basis.value, ind, lang) || t.review.emptyValue
      : null;
  const savedDecision = entry?.review.decision ?? null;

  return (
    <section aria-labelledby="review-heading" aria-describedby="review-keys" onKeyDown={onKeyDown}>
      <KeepFocus position={position} card={card} />
      <h2 id="review-heading" className={styles.heading}>
        {t.review.heading}
      </h2>
      <ReviewerName
        name={reviewer}
        asking={askName || reviewer === null}
        onAsk={setAskName}
        inputRef={nameBox}
        max={REVIEWER_MAX}
      />
      <div className={styles.nav}>
        <Button disabled={position === 0} aria-keyshortcuts="P" onClick={() => leaveTo(position - 1)}>
          {t.review.previous}
        </Button>
        <span role="status" aria-live="polite">
          {t.review.position(position + 1, items.length)}
        </span>
        <Button
          disabled={position >= items.length - 1}
          aria-keyshortcuts="N"
          onClick={() => leaveTo(position + 1)}
        >
          {t.review.next}
        </Button>
      </div>
      {review.drafts.size > 0 ? <p className={styles.note}>{t.review.drafts(review.drafts.size)}</p> : null}
      <article ref={card} tabIndex={-1} className={styles.card} aria-labelledby="review-item-title">
        <h3 id="review-item-title" className={styles.title}>
          {id}
          {ind ? ` — ${ind.text[lang]}` : ""}
          {dirty ? <span className={styles.unsaved}> · {t.review.unsaved}</span> : null}
        </h3>
        <dl className={styles.facts}>
          <dt className={styles.term}>{t.review.value}</dt>
          <dd className={styles.def}>{value || t.review.emptyValue}</dd>
          {previous !== null ? (
            <>
              <dt className={styles.term}>{t.review.lastYear}</dt>
              <dd className={styles.def}>{previous || t.review.emptyValue}</dd>
            </>
          ) : null}
          {ind ? (
            <>
              <dt className={styles.term}>{t.review.target}</dt>
              <dd className={styles.def}>{showTarget(ind, report.snapshot?.meta, lang)}</dd>
              <dt className={styles.term}>{t.review.deadline}</dt>
              <dd className={styles.def}>{ind.deadlineYear}</dd>
            </>
          ) : null}
          <dt className={styles.term}>{t.review.status}</dt>
          <dd className={styles.def}>{statusLabels(lang, report.snapshot?.meta.kind)[current.status]}</dd>
        </dl>
        <div className={styles.block}>
          <h4 className={styles.blockTerm}>{t.review.explanation}</h4>
          <p className={styles.text}>{entry?.explanation.trim() ? entry.explanation : t.review.noText}</p>
        </div>
        <div className={styles.block}>
          <h4 className={styles.blockTerm}>{t.review.evidence}</h4>
          <p className={styles.text}>{entry?.evidence.trim() ? entry.evidence : t.review.noText}</p>
        </div>
        {current.issues.length > 0 ? (
          <ul className={styles.issues} aria-label={t.review.issues}>
            {current.issues.map((i, k) => (
              <li key={`${i.code}-${k}`}>{i.message[lang]}</li>
            ))}
          </ul>
        ) : null}
        {savedDecision ? (
          <p className={styles.note}>
            {t.review.savedDecision(
              decisionWord(savedDecision),
              entry?.review.reviewer ?? "",
              showDateTime(entry?.review.reviewedAt),
            )}
          </p>
        ) : null}
        {reply.trim() || valueThen ? (
          <div className={styles.block}>
            {reply.trim() ? (
              <>
                <h4 className={styles.blockTerm}>{t.review.reply}</h4>
                <p className={styles.text}>{reply}</p>
              </>
            ) : null}
            {valueThen ? <p className={styles.note}>{t.review.valueThen(valueThen)}</p> : null}
          </div>
        ) : null}
        <Field label={t.review.decision}>
          <RadioGroup
            value={form.decision ?? ""}
            onChange={(_e, d) =>
              edit({ ...form, decision: d.value === "" ? null : (d.value as ReviewDecision) })
            }
          >
            <Radio value="accepted" label={t.review.accepted} aria-keyshortcuts="A" />
            <Radio value="returned" label={t.review.returned} aria-keyshortcuts="R" />
            <Radio value="" label={t.review.undecided} />
          </RadioGroup>
        </Field>
        <Field label={t.review.comment}>
          <Textarea
            ref={comment}
            value={form.comment}
            resize="vertical"
            aria-keyshortcuts="Control+Enter"
            onChange={(_e, d) => edit({ ...form, comment: d.value })}
          />
        </Field>
        {problem ? (
          <p role="alert" className={styles.alert}>
            {problem}
          </p>
        ) : null}
        <div className={styles.nav}>
          <Button
            appearance="primary"
            disabled={saving}
            aria-keyshortcuts="S Control+Enter"
            onClick={() => void save()}
          >
            {saving ? t.review.saving : t.review.save}
          </Button>
          <span role="status">{savedId === id && !dirty ? t.review.saved : ""}</span>
        </div>
      </article>
      <p id="review-keys" className={styles.keys}>
        <strong>{t.review.keysHeading}:</strong> {t.review.keys}
      </p>
      <p role="status" aria-live="polite" className={styles.keys}>
        {said}
      </p>
      <LeaveRowDialog indicatorId={leaving ? id : null} onChoose={(c) => void onLeave(c)} />
    </section>
  );
}

/**
 * Moving to the first or last row disables the button that moved there, and the browser drops the
 * focus to the page, where the review's keys no longer reach: the card takes it instead.
 */
function KeepFocus({
  position,
  card,
}: {
  position: number;
  card: React.RefObject<HTMLElement | null>;
}): null {
  const before = useRef(position);
  useEffect(() => {
    if (before.current === position) return;
    before.current = position;
    const active = document.activeElement;
    if (active === null || active === document.body || (active as HTMLButtonElement).disabled === true)
      card.current?.focus();
  }, [position, card]);
  return null;
}
