// Asked when a reviewer leaves a row whose decision or comment is not saved: save it, keep it as a
// draft (it stays with the row until saved or discarded), discard it, or stay. Escape stays.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
} from "@fluentui/react-components";
import { usePane } from "../context";

export type LeaveChoice = "save" | "keep" | "discard" | "stay";

const useStyles = makeStyles({
  // At 320 px the four choices stack rather than squeeze.
  actions: { display: "flex", flexWrap: "wrap", justifyContent: "flex-start" },
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
  return (
    <Dialog
      open={indicatorId !== null}
      modalType="alert"
      onOpenChange={(_e, d) => {
        if (!d.open) onChoose("stay");
      }}
    >
      <DialogSurface aria-describedby="leave-row-body">
        <DialogBody>
          <DialogTitle>{t.review.leaveTitle}</DialogTitle>
          <DialogContent id="leave-row-body">{t.review.leaveBody(indicatorId ?? "")}</DialogContent>
          <DialogActions className={styles.actions} fluid>
            <Button appearance="primary" onClick={() => onChoose("save")}>
              {t.review.leaveSave}
            </Button>
            <Button onClick={() => onChoose("keep")}>{t.review.leaveKeep}</Button>
            <Button onClick={() => onChoose("discard")}>{t.review.leaveDiscard}</Button>
            <Button onClick={() => onChoose("stay")}>{t.review.leaveStay}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
