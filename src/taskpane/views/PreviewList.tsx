// What inserting will do, said before it is done (DESIGN §5: never lose a user's entry).
import { makeStyles, tokens } from "@fluentui/react-components";
import type { InsertPreview } from "../../workbook/port";
import { usePane } from "../context";

const useStyles = makeStyles({
  box: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  heading: { fontSize: tokens.fontSizeBase300, margin: 0 },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: "1.25rem" },
  conflict: { color: tokens.colorPaletteRedForeground1 },
});

export function PreviewList({
  preview,
  count,
}: {
  preview: InsertPreview;
  count: number;
}): React.JSX.Element {
  const { t } = usePane();
  const styles = useStyles();
  const lines: string[] = [];
  if (preview.mode === "new") lines.push(t.setup.previewNew(count));
  else {
    if (preview.added.length) lines.push(t.setup.previewAdded(preview.added.length));
    if (preview.kept.length) lines.push(t.setup.previewKept(preview.kept.length));
    if (preview.archived.length) lines.push(t.setup.previewArchived(preview.archived.length));
    if (preview.targetChanged.length) lines.push(t.setup.previewTargetChanged(preview.targetChanged.length));
  }
  return (
    <section className={styles.box} aria-labelledby="preview-heading" data-testid="insert-preview">
      <h3 id="preview-heading" className={styles.heading}>
        {t.setup.previewHeading}
      </h3>
      <ul className={styles.list}>
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      {preview.conflicts.length > 0 ? (
        <div role="alert" className={styles.conflict}>
          <p>{t.setup.previewConflicts}</p>
          <ul className={styles.list}>
            {preview.conflicts.map((c) => (
              <li key={c.address}>
                {c.address}: {c.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
