// The five steps in one sentence each, shown on Setup until the workbook holds a report: a new
// accountant sees where the work goes before choosing anything (issue #15).
import { makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../context";
import { TAB_IDS } from "../context";

const useStyles = makeStyles({
  box: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  list: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingLeft: "1.25rem" },
  step: { fontWeight: tokens.fontWeightSemibold },
});

export function StepsGuide(): React.JSX.Element {
  const { t } = usePane();
  const styles = useStyles();
  return (
    <section className={styles.box} aria-labelledby="steps-guide-heading" data-testid="steps-guide">
      <h3 id="steps-guide-heading" className={styles.heading}>
        {t.setup.guideHeading}
      </h3>
      <ol className={styles.list}>
        {TAB_IDS.map((id) => (
          <li key={id}>
            <span className={styles.step}>{t.tabs[id]}</span>: {t.setup.guide[id]}
          </li>
        ))}
      </ol>
    </section>
  );
}
