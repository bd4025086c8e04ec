// Export: the button exists so people know where export will be; until the export issue wires it, it
// is disabled and says why (aria-describedby, so a screen reader says it too).
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../context";

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase400, margin: `0 0 ${tokens.spacingVerticalS}` },
  why: { marginTop: tokens.spacingVerticalS, color: tokens.colorNeutralForeground2 },
});

export default function ExportView(): React.JSX.Element {
  const { t } = usePane();
  const styles = useStyles();
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading" className={styles.heading}>
        {t.exportView.heading}
      </h2>
      <Button appearance="primary" disabledFocusable aria-describedby="export-why">
        {t.exportView.button}
      </Button>
      <p id="export-why" className={styles.why}>
        {t.exportView.disabledWhy}
      </p>
    </section>
  );
}
