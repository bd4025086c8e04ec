// What inserting will do, said before it is done (DESIGN §5: never lose a user's entry).
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Plan } from "../../domain/plan";
import type { InsertPreview } from "../../workbook/port";
import { usePane } from "../context";
import { indicatorOf, rowName } from "../facade";
import { conflictReasonIn } from "../../workbook/ownership";

const useStyles = makeStyles({
  box: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  heading: { fontSize: tokens.fontSizeBase300, margin: 0 },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: "1.25rem" },
  names: { margin: 0, paddingLeft: "1rem", fontSize: tokens.fontSizeBase200 },
  conflict: { color: tokens.colorPaletteRedForeground1 },
});

const MAX_IDS = 8;

export function PreviewList({
  preview,
  count,
  plan,
}: {
  preview: InsertPreview;
  count: number;
  /** The plan the insert is for; rows leaving the template may be named by the workbook's plan. */
  plan: Plan;
}): React.JSX.Element {
  const { t, lang, report } = usePane();
  const styles = useStyles();
  // Rows are named as the accountant knows them (STT and name where the sheet has the row); the
  // id is kept as the item's title for whoever needs it.
  const named = (id: string) => {
    const from = indicatorOf(plan, id) || !report.plan ? plan : report.plan;
    return rowName(from, report.snapshot, id, lang);
  };
  // Changes name their indicators (the ones a person would worry about); kept rows are only counted.
  const lines: { text: string; ids: string[] }[] = [];
  if (preview.mode === "new") lines.push({ text: t.setup.previewNew(count), ids: [] });
  else {
    if (preview.added.length)
      lines.push({ text: t.setup.previewAdded(preview.added.length), ids: preview.added });
    if (preview.kept.length) lines.push({ text: t.setup.previewKept(preview.kept.length), ids: [] });
    if (preview.restored.length)
      lines.push({ text: t.setup.previewRestored(preview.restored.length), ids: preview.restored });
    if (preview.archived.length)
      lines.push({ text: t.setup.previewArchived(preview.archived.length), ids: preview.archived });
    if (preview.stillArchived.length)
      lines.push({
        text: t.setup.previewStillArchived(preview.stillArchived.length),
        ids: preview.stillArchived,
      });
    // Rows that leave the template without being archived (nothing was typed in them): the port's
    // preview does not list them, but a person should still hear that they go.
    const staying = new Set([...preview.kept, ...preview.added, ...preview.restored, ...preview.archived]);
    const dropped = (report.snapshot?.meta.indicatorIds ?? []).filter((id) => !staying.has(id));
    if (dropped.length) lines.push({ text: t.setup.previewDropped(dropped.length), ids: dropped });
    if (preview.targetChanged.length)
      lines.push({
        text: t.setup.previewTargetChanged(preview.targetChanged.length),
        ids: preview.targetChanged,
      });
  }
  return (
    <section className={styles.box} aria-labelledby="preview-heading" data-testid="insert-preview">
      <h3 id="preview-heading" className={styles.heading}>
        {t.setup.previewHeading}
      </h3>
      <ul className={styles.list}>
        {lines.map((l) => (
          <li key={l.text}>
            {l.text}
            {l.ids.length > 0 ? (
              <ul className={styles.names}>
                {l.ids.slice(0, MAX_IDS).map((id) => (
                  <li key={id} title={id}>
                    {named(id)}
                  </li>
                ))}
                {l.ids.length > MAX_IDS ? <li>{t.setup.andMore(l.ids.length - MAX_IDS)}</li> : null}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {preview.clearsUndo ? <p data-testid="preview-undo">{t.setup.previewUndo}</p> : null}
      {preview.conflicts.length > 0 ? (
        <div role="alert" className={styles.conflict}>
          <p>{t.setup.previewConflicts}</p>
          <ul className={styles.list}>
            {preview.conflicts.map((c) => (
              <li key={c.address}>
                {c.address}: {conflictReasonIn(c.reason, lang)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
