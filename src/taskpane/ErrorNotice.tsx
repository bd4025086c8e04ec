// What went wrong and what to do, in the user's language. A plain alert region rather than Fluent's
// MessageBar keeps it out of the pane's first download; it must be there before any view loads.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "./context";

const useStyles = makeStyles({
  box: {
    margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
    padding: tokens.spacingHorizontalS,
    borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorNeutralForeground1,
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
  },
  text: { flexGrow: 1, margin: 0 },
});

export function ErrorNotice(): React.JSX.Element | null {
  const { t, report } = usePane();
  const styles = useStyles();
  if (!report.error) return null;
  return (
    <div role="alert" className={styles.box}>
      <p className={styles.text}>
        <strong>{t.error.title}: </strong>
        {report.error.message}
      </p>
      {report.phase === "failed" ? (
        <Button size="small" onClick={() => void report.refresh()}>
          {t.error.retry}
        </Button>
      ) : null}
      <Button size="small" onClick={() => report.setError(null)}>
        {t.error.dismiss}
      </Button>
    </div>
  );
}
