// What a Setup picker says after a file is read: a status (read and used) or an alert (refused),
// each a sentence and, below it, the notes or reasons one per line. Every picker (plan file, last
// year's submission, the unit's targets) says it the same way, so it is drawn in one place.
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  said: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  bad: { margin: 0, color: tokens.colorPaletteRedForeground1 },
  list: { margin: 0, paddingLeft: "1.25rem", wordBreak: "break-word" },
});

export function PickOutcome({
  refused,
  message,
  items,
}: {
  /** A refusal is an alert in red; anything else is a quiet status. */
  refused: boolean;
  message: string;
  items: readonly string[];
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <div role={refused ? "alert" : "status"}>
      <p className={refused ? styles.bad : styles.said}>{message}</p>
      {items.length > 0 ? (
        <ul className={styles.list}>
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
