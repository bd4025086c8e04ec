// A step's view (Check, Review, Summary, Export): a section named by its heading, set the same way
// in every step.
import { makeStyles, tokens } from "@fluentui/react-components";

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
