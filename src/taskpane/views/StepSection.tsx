// A step's view (Check, Review, Summary, Export): a section named by its heading, set the same way
// in every step.
import { makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../context";

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase400, margin: `0 0 ${tokens.spacingVerticalS}` },
});

export function StepSection(props: {
  id: string;
  heading: string;
  children: React.ReactNode;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id} className={styles.heading}>
        {props.heading}
      </h2>
      {props.children}
    </section>
  );
}

/** A step's view while no report is open: its heading, and that a report must be opened first. */
export function NoReport(props: { id: string; heading: string }): React.JSX.Element {
  const { t } = usePane();
  return (
    <StepSection {...props}>
      <p>{t.check.noReport}</p>
    </StepSection>
  );
}
