// Asked when a reviewer leaves a row whose decision or comment is not saved: save it, keep it as a
// draft (it stays with the row until saved or discarded), discard it, or stay. Escape stays.
// A native <dialog> shown modal: the browser traps focus and hides the rest from assistive
// technology, without the focusable aria-hidden sentinels Fluent's Dialog adds to the page (axe
// flags them as aria-hidden-focus).
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { usePane } from "../context";

export type LeaveChoice = "save" | "keep" | "discard" | "stay";

const useStyles = makeStyles({
  dialog: {
    maxWidth: "min(440px, calc(100vw - 32px))",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow64,
    "::backdrop": { backgroundColor: "rgba(0, 0, 0, 0.4)" },
  },
  title: {
    margin: `0 0 ${tokens.spacingVerticalS}`,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  body: { margin: `0 0 ${tokens.spacingVerticalL}`, overflowWrap: "anywhere" },
  // At 320 px the four choices stack rather than squeeze.
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function LeaveRowDialog({
  indicatorId,
  onChoose,
}: {
  /** The row being left; null when nothing is asked. */
  indicatorId: string | null;
  onChoose(choice: LeaveChoice): void;
}): React.JSX.Element {
  const { t } = usePane();
  const styles = useStyles();
  const ref = useRef<HTMLDialogElement>(null);
  const open = indicatorId !== null;
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="leave-row-title"
      aria-describedby="leave-row-body"
      className={styles.dialog}
      onCancel={(e) => {
        e.preventDefault();
        onChoose("stay");
      }}
    >
      {open ? (
        <>
          <h2 id="leave-row-title" className={styles.title}>
            {t.review.leaveTitle}
          </h2>
          <p id="leave-row-body" className={styles.body}>
            {t.review.leaveBody(indicatorId)}
          </p>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => onChoose("save")}>
              {t.review.leaveSave}
            </Button>
            <Button onClick={() => onChoose("keep")}>{t.review.leaveKeep}</Button>
            <Button onClick={() => onChoose("discard")}>{t.review.leaveDiscard}</Button>
            <Button onClick={() => onChoose("stay")}>{t.review.leaveStay}</Button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
