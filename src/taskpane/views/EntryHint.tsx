// How to type numbers and dates in the Excel the pane runs in, in that Excel's own separator style
// (Application.cultureInfo and separators, ExcelApi 1.11, read through the port). Without them, advice
// that every Excel reads the same: no thousands separator, dates year-month-day.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { EntrySettings } from "../../workbook/port";
import { usePane } from "../context";

const useStyles = makeStyles({
  box: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    margin: `0 0 ${tokens.spacingVerticalS}`,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
});

export function EntryHint({ settings }: { settings: EntrySettings | null }): React.JSX.Element {
  const { t } = usePane();
  const styles = useStyles();
  let text: string;
  if (!settings) text = t.check.typingUnknown;
  else if (
    settings.decimalSeparator === "," &&
    settings.thousandsSeparator === "." &&
    settings.dateOrder === "DMY"
  )
    text = t.check.typingVi;
  else if (settings.decimalSeparator === ".") text = t.check.typingEn;
  else text = t.check.typingOther(settings.decimalSeparator);
  return (
    <p className={styles.box} data-testid="entry-hint">
      <span className={styles.title}>{t.check.typingHeading}:</span> {text} {t.check.typingPercent}
    </p>
  );
}
