// The reviewer's name: asked once, kept in the workbook's Reviewer cell (SA_REVIEWER), and recorded
// with every decision. Shown with a way to change it, since another person may review next.
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { usePane } from "../context";
import { describeError } from "../errors";

const useStyles = makeStyles({
  row: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
  },
  ask: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalM,
  },
  text: { margin: 0 },
  name: { margin: 0, overflowWrap: "anywhere" },
});

export function ReviewerName({
  name,
  asking,
  onAsk,
  inputRef,
  max,
}: {
  name: string | null;
  /** Whether the form is open (always when the workbook has no name yet). */
  asking: boolean;
  onAsk(open: boolean): void;
  inputRef: React.RefObject<HTMLInputElement | null>;
  max: number;
}): React.JSX.Element {
  const { t, port, report } = usePane();
  const styles = useStyles();
  const [text, setText] = useState(name ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  if (!asking && name)
    return (
      <div className={styles.row}>
        <p className={styles.name}>{t.review.reviewerAs(name)}</p>
        <Button
          size="small"
          onClick={() => {
            setText(name);
            onAsk(true);
          }}
        >
          {t.review.reviewerChange}
        </Button>
      </div>
    );

  const save = async () => {
    const trimmed = text.trim();
    if (trimmed === "") return setProblem(t.review.reviewerRequired);
    if (trimmed.length > max) return setProblem(t.review.reviewerTooLong);
    setSaving(true);
    try {
      await port.writeReviewer(trimmed);
      setProblem(null);
      onAsk(false);
      await report.refresh();
    } catch (e) {
      report.setError(describeError(e, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className={styles.ask}
      // Our own message, in the pane's language, rather than the browser's tooltip for "required".
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {name ? null : <p className={styles.text}>{t.review.reviewerAsk}</p>}
      <Field
        label={t.review.reviewerLabel}
        required
        validationState={problem ? "error" : "none"}
        validationMessage={problem ?? undefined}
      >
        <Input
          ref={inputRef}
          value={text}
          autoComplete="name"
          onChange={(_e, d) => {
            setText(d.value);
            setProblem(null);
          }}
        />
      </Field>
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={saving}>
          {t.review.reviewerSave}
        </Button>
        {name ? (
          <Button type="button" onClick={() => onAsk(false)}>
            {t.review.reviewerCancel}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
