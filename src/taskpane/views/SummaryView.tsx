// Summary: completion per field as a bar chart (each bar also written as text), the overall status,
// and the self-assessment score under the chosen scheme.
import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { statusLabels } from "../../domain/status-labels";
import { STATUSES } from "../../domain/entry";
import { formatNumber, formatPercent } from "../../domain/format";
import { usePane } from "../context";
import { scoreOf, scoringSchemes, summaryOf } from "../facade";
import { stackedList } from "./stack";
import { NoReport, StepSection } from "./StepSection";

const useStyles = makeStyles({
  sub: {
    fontSize: tokens.fontSizeBase300,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}`,
  },
  chart: stackedList(tokens.spacingVerticalS),
  name: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  value: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  track: {
    height: "10px",
    backgroundColor: tokens.colorNeutralBackground5,
    borderRadius: tokens.borderRadiusSmall,
    overflow: "hidden",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  bar: { height: "100%", backgroundColor: tokens.colorBrandBackground },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { padding: `2px ${tokens.spacingHorizontalS} 2px 0`, textAlign: "left", fontWeight: "normal" },
  num: { textAlign: "right" },
  ok: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export default function SummaryView(): React.JSX.Element {
  const { t, lang, report, setSchemeId, ...pane } = usePane();
  const styles = useStyles();
  const schemes = useMemo(scoringSchemes, []);
  // Kept by the pane, not this view, so Export scores under the scheme chosen here.
  const schemeId = pane.schemeId || (schemes[0]?.id ?? "");
  const plan = report.plan;
  if (report.phase !== "ready" || !plan) return <NoReport id="summary-heading" heading={t.summary.heading} />;
  const summary = summaryOf(plan, report.assessments);
  const registration = report.snapshot?.meta.kind === "registration";
  const score = schemeId && !registration ? scoreOf(schemeId, plan, report.assessments) : null;

  return (
    <StepSection id="summary-heading" heading={t.summary.heading}>
      <h3 className={styles.sub}>{t.summary.overall}</h3>
      <p className={summary.overall === "complete" ? styles.ok : styles.bad}>
        {summary.overall === "complete" ? t.summary.ready : t.summary.notReady(summary.errorCount)}
      </p>

      <h3 className={styles.sub} id="chart-heading">
        {t.summary.completionByField}
      </h3>
      <ul className={styles.chart} aria-labelledby="chart-heading">
        {summary.fields
          .filter((f) => f.count > 0)
          .map((f) => {
            // Average completion (actual/target, capped by the domain); the bar stops at 100%.
            const avg = f.completionAverage ?? 0;
            const pct = f.completionAverage === null ? null : formatPercent(Number(avg.toFixed(3)), lang);
            return (
              <li key={f.field}>
                <div className={styles.name}>{f.name[lang]}</div>
                <div className={styles.track} aria-hidden="true">
                  <div className={styles.bar} style={{ width: `${Math.round(Math.min(avg, 1) * 100)}%` }} />
                </div>
                <div className={styles.value}>{t.summary.completionValue(pct, f.met, f.count)}</div>
              </li>
            );
          })}
      </ul>

      <h3 className={styles.sub} id="status-heading">
        {t.summary.byStatus}
      </h3>
      <table className={styles.table} aria-labelledby="status-heading">
        <tbody>
          {STATUSES.map((s) => (
            <tr key={s}>
              <th scope="row" className={styles.cell}>
                {statusLabels(lang, report.snapshot?.meta.kind)[s]}
              </th>
              <td className={`${styles.cell} ${styles.num}`}>{summary.byStatus[s]}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3 className={styles.sub}>{t.summary.score}</h3>
      {registration ? (
        // A registration holds commitments, never scored (D37); its export says the same.
        <p className={styles.note}>{t.exportView.registration.notScored}</p>
      ) : schemes.length === 0 ? (
        <p>{t.summary.noScheme}</p>
      ) : (
        <>
          <Field label={t.summary.scheme}>
            <Select value={schemeId} onChange={(_e, d) => setSchemeId(d.value)}>
              {schemes.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name[lang]}
                </option>
              ))}
            </Select>
          </Field>
          {score ? (
            <p data-testid="score">
              {t.summary.scoreValue(
                formatNumber(score.points, lang, 2),
                formatNumber(score.maxPoints, lang, 2),
              )}
              {score.band && !score.example ? ` — ${t.summary.classification(score.band.label[lang])}` : ""}
            </p>
          ) : null}
          {score?.band && score.example ? (
            <p data-testid="example-classification" className={styles.note}>
              {t.summary.exampleClassification(score.band.label[lang])}
            </p>
          ) : null}
        </>
      )}
    </StepSection>
  );
}
