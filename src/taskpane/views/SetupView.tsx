// Setup: plan, unit type (optionally fields), unit profile; how many indicators apply per field; then
// a preview of what inserting would change, and the insert itself with progress.
import {
  Button,
  Checkbox,
  Field,
  Input,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { Plan, UnitProfile, UnitType } from "../../domain/plan";
import type { InsertPreview, InsertRequest, ReportMeta } from "../../workbook/port";
import { usePane } from "../context";
import {
  applicableIndicators,
  expectedUnitCode,
  planById,
  planLabel,
  planList,
  planYears,
  unitCodeProblem,
  unitTypes,
} from "../facade";
import { describeError } from "../errors";
import { PreviewList } from "./PreviewList";
import { PlanFilePicker } from "./PlanFilePicker";
import { StepsGuide } from "./StepsGuide";
import { LastYearPicker, type LastYearChoice } from "./LastYearPicker";
import { UnitTargetsPicker, type UnitTargetsChoice } from "./UnitTargetsPicker";
import { documentKindConflict, documentKindOf, type DocumentKind } from "../unit-targets";
import { reportingPeriod } from "../../workbook/layout";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    maxWidth: "36rem",
    minWidth: 0,
  },
  heading: { fontSize: tokens.fontSizeBase400, margin: 0 },
  fieldset: { border: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column" },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  // The step's action stays in view at the bottom of the scrolling panel, whatever the form's
  // length (issue #15: at 320 px the insert button fell below the fold).
  bar: {
    position: "sticky",
    bottom: `calc(-1 * ${tokens.spacingHorizontalM})`,
    zIndex: 1,
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    alignItems: "center",
    padding: `${tokens.spacingVerticalS} 0 ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  note: { margin: 0 },
  // A native select is as wide as its longest option; in a narrow pane it must shrink instead.
  select: {
    minWidth: 0,
    width: "100%",
    "& select": { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  },
});

interface Draft {
  /** The start-of-year registration or the year-end report (D37, D41). */
  kind: DocumentKind;
  planId: string;
  unitType: UnitType | "";
  fields: string[] | null;
  name: string;
  code: string;
  year: string;
  preparer: string;
}

/** The form as the workbook's report left it (plan, profile, the fields it holds), or empty. */
function initialDraft(plans: Plan[], existing: ReportMeta | undefined): Draft {
  const plan = plans.find((p) => p.id === existing?.planId) ?? plans[0];
  const unit = existing?.unit;
  let fields: string[] | null = null;
  if (plan && unit && existing.fields) fields = [...existing.fields];
  else if (plan && unit) {
    // A template made before the fields were recorded: the fields its rows hold.
    const held = new Set(existing.indicatorIds.map((id) => plan.indicators.find((i) => i.id === id)?.field));
    const all = new Set(applicableIndicators(plan, unit.unitType).map((i) => i.field));
    if ([...all].some((f) => !held.has(f))) fields = [...all].filter((f) => held.has(f));
  }
  return {
    kind: documentKindOf(existing),
    planId: plan?.id ?? "",
    unitType: unit?.unitType ?? "",
    fields,
    name: unit?.name ?? "",
    code: unit?.code ?? "",
    year: String(unit?.year ?? plan?.period?.year ?? new Date().getFullYear()),
    preparer: unit?.preparer ?? "",
  };
}

export default function SetupView(): React.JSX.Element {
  const { t, lang, port, report, show } = usePane();
  const styles = useStyles();
  // Bumped when a plan file is loaded, so the list below offers it.
  const [plansLoaded, setPlansLoaded] = useState(0);
  const plans = useMemo(planList, [plansLoaded]);
  const [draft, setDraft] = useState<Draft>(() => initialDraft(plans, report.snapshot?.meta));
  const [touched, setTouched] = useState(false);
  const [preview, setPreview] = useState<InsertPreview | null>(null);
  const [busy, setBusy] = useState<"preview" | "insert" | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number; label?: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [lastYear, setLastYear] = useState<LastYearChoice>({ prefilled: null, refused: false });
  const [own, setOwn] = useState<UnitTargetsChoice>({ unitTargets: null, refused: false });
  const registration = draft.kind === "registration";
  // The unit's own targets judge a year-end report only; a registration is what sets them.
  const ownTargets = registration ? { unitTargets: null, refused: false } : own;
  const kindConflict = documentKindConflict(report.snapshot?.meta, draft.kind, t);

  const plan = planById(draft.planId);
  // Another plan keeps the chosen unit type only if it declares it too, and brings its own year: a
  // report under a 2020 directive is a 2020 report (issue #15); the person may still change it.
  const choosePlan = (planId: string) => {
    const next = planById(planId);
    update({
      planId,
      unitType: next?.unitTypes.some((u) => u.id === draft.unitType) ? draft.unitType : "",
      fields: null,
      ...(next?.period ? { year: String(next.period.year) } : {}),
    });
  };
  // Any change to the request makes an earlier preview stale.
  const update = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setPreview(null);
    setDone(null);
  };
  useEffect(() => setPreview(null), [report.snapshot]);

  const allApplicable = plan && draft.unitType ? applicableIndicators(plan, draft.unitType) : [];
  const applicableFields = plan ? plan.fields.filter((f) => allApplicable.some((i) => i.field === f.id)) : [];
  const chosenFields = draft.fields ?? applicableFields.map((f) => f.id);
  const chosen = allApplicable.filter((i) => chosenFields.includes(i.field));

  const year = Number(draft.year);
  const period = plan && /^\d{4}$/.test(draft.year.trim()) ? reportingPeriod(plan, year) : null;
  const problems = {
    unitType: draft.unitType ? null : t.setup.unitTypePlaceholder,
    name: draft.name.trim() ? null : t.setup.unitNameRequired,
    code: !draft.code.trim()
      ? t.setup.unitCodeRequired
      : draft.unitType
        ? plan
          ? (unitCodeProblem(plan, draft.unitType, draft.code.trim())?.[lang] ?? null)
          : null
        : null,
    year: /^\d{4}$/.test(draft.year.trim()) && year >= 2000 && year <= 2100 ? null : t.setup.yearInvalid,
    kind: kindConflict,
  };
  // A year the plan does not cover is allowed (a plan may be reused) but said, not accepted silently.
  const years = plan ? planYears(plan) : null;
  const yearWarning =
    years && problems.year === null && (year < years.from || year > years.to)
      ? t.setup.yearOutside(plan!.documentNumber, years.from, years.to)
      : null;
  const valid = Object.values(problems).every((p) => p === null) && chosen.length > 0 && plan !== null;
  const show_ = (key: keyof typeof problems) => (touched ? problems[key] : null);

  const unitOf = (): UnitProfile | null =>
    plan && draft.unitType
      ? {
          name: draft.name.trim(),
          code: draft.code.trim(),
          unitType: draft.unitType,
          year,
          ...(draft.preparer.trim() ? { preparer: draft.preparer.trim() } : {}),
        }
      : null;
  const request = (): InsertRequest | null => {
    const unit = unitOf();
    if (!plan || !unit) return null;
    const partial = draft.fields !== null && chosenFields.length < applicableFields.length;
    return {
      plan,
      unit,
      language: lang,
      ...(partial ? { fields: chosenFields } : {}),
      ...(lastYear.prefilled ? { prefilled: lastYear.prefilled } : {}),
      ...(ownTargets.unitTargets ? { unitTargets: ownTargets.unitTargets } : {}),
      ...(registration ? { kind: "registration" as const } : {}),
    };
  };
  // Last year's submission is checked against the unit as the form says it, once the form is right.
  const unitForLastYear = problems.unitType || problems.code || problems.year ? null : unitOf();

  const runPreview = async () => {
    setTouched(true);
    const req = request();
    if (!valid || !req || lastYear.refused || ownTargets.refused) return;
    setBusy("preview");
    try {
      setPreview(await port.previewInsert(req));
      report.setError(null);
    } catch (e) {
      report.setError(describeError(e, t));
    } finally {
      setBusy(null);
    }
  };

  // The first run's primary action: nothing exists, so there is nothing to preview; the insert goes
  // straight on unless the preview finds something that would change or stand in the way.
  const runFirstInsert = async () => {
    setTouched(true);
    const req = request();
    if (!valid || !req || lastYear.refused || ownTargets.refused) return;
    setBusy("preview");
    let found: InsertPreview;
    try {
      found = await port.previewInsert(req);
      report.setError(null);
    } catch (e) {
      report.setError(describeError(e, t));
      setBusy(null);
      return;
    }
    setBusy(null);
    if (found.mode !== "new" || found.conflicts.length > 0) setPreview(found);
    else await runInsert(found);
  };

  const runInsert = async (confirmed: InsertPreview | null = preview) => {
    const req = request();
    if (!req || !confirmed || lastYear.refused || ownTargets.refused) return;
    setBusy("insert");
    setProgress({ done: 0, total: 1 });
    try {
      const result = await port.insertTemplate(req, (d, total, label) =>
        setProgress({ done: d, total, ...(label ? { label } : {}) }),
      );
      const notes = (result.notes ?? []).map((n) => n[lang]);
      const restored = result.preview.restored.length;
      setDone(
        [
          t.setup.inserted(result.rows, result.sheetName),
          ...(restored ? [t.setup.restoredDone(restored)] : []),
          ...notes,
        ].join(" "),
      );
      setPreview(null);
      await report.templateChanged();
    } catch (e) {
      report.setError(describeError(e, t));
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  // Nothing in the workbook yet: the form leads to the insert itself, the preview is a side look.
  const firstRun = report.phase === "empty" && !report.snapshot;
  const insertLabel =
    preview?.mode === "upgrade"
      ? t.setup.upgrade
      : preview?.mode === "reinsert"
        ? t.setup.reinsert
        : registration
          ? t.setup.insertRegistration
          : t.setup.insertNew;

  return (
    // noValidate: the pane says what is missing in its own words, next to each field, instead of the
    // browser's bubble (which also stops the submit before the pane can speak).
    <form
      noValidate
      className={styles.form}
      aria-labelledby="setup-heading"
      onSubmit={(e) => {
        e.preventDefault();
        if (preview) void runInsert();
        else if (firstRun) void runFirstInsert();
        else void runPreview();
      }}
    >
      <h2 id="setup-heading" className={styles.heading}>
        {t.setup.heading}
      </h2>
      {firstRun ? <StepsGuide /> : null}
      {report.snapshot && report.plan ? (
        <p className={styles.note}>
          {t.setup.existing(report.plan.documentNumber, report.snapshot.meta.unit.name)}
        </p>
      ) : null}
      <Field
        label={t.setup.documentKind}
        hint={registration ? t.setup.kindRegistrationHint : t.setup.kindYearEndHint}
        validationMessage={kindConflict}
        validationState={kindConflict ? "error" : "none"}
      >
        <RadioGroup value={draft.kind} onChange={(_e, d) => update({ kind: d.value as DocumentKind })}>
          <Radio value="registration" label={t.setup.kindRegistration} />
          <Radio value="year-end" label={t.setup.kindYearEnd} />
        </RadioGroup>
      </Field>
      <Field label={t.setup.plan} hint={plan?.title[lang]}>
        <Select className={styles.select} value={draft.planId} onChange={(_e, d) => choosePlan(d.value)}>
          {plans.map((p) => (
            <option key={p.id} value={p.id}>
              {planLabel(p)}
            </option>
          ))}
        </Select>
      </Field>
      <PlanFilePicker
        onLoaded={(loadedPlan) => {
          setPlansLoaded((n) => n + 1);
          choosePlan(loadedPlan.id);
          // A workbook whose plan the pane lacked can be read now.
          if (report.error && !report.plan) void report.refresh();
        }}
      />
      <Field
        label={t.setup.unitType}
        required
        validationMessage={show_("unitType")}
        validationState={show_("unitType") ? "error" : "none"}
      >
        <Select
          className={styles.select}
          value={draft.unitType}
          onChange={(_e, d) => update({ unitType: d.value as UnitType, fields: null })}
        >
          <option value="" disabled>
            {t.setup.unitTypePlaceholder}
          </option>
          {(plan ? unitTypes(plan) : []).map((u) => (
            <option key={u.id} value={u.id}>
              {u.label[lang]}
            </option>
          ))}
        </Select>
      </Field>
      {plan && draft.unitType ? (
        applicableFields.length === 0 ? (
          <p role="status">{t.setup.noneApplicable}</p>
        ) : (
          <fieldset className={styles.fieldset}>
            <legend className={styles.legend}>{t.setup.applicableByField}</legend>
            <p className={styles.note} role="status" aria-live="polite">
              {t.setup.applicable(chosen.length)}
            </p>
            {applicableFields.map((f) => {
              const n = allApplicable.filter((i) => i.field === f.id).length;
              return (
                <Checkbox
                  key={f.id}
                  checked={chosenFields.includes(f.id)}
                  label={`${f.name[lang]}: ${n}`}
                  onChange={(_e, d) =>
                    update({
                      fields: d.checked ? [...chosenFields, f.id] : chosenFields.filter((x) => x !== f.id),
                    })
                  }
                />
              );
            })}
          </fieldset>
        )
      ) : null}
      <Field
        label={t.setup.unitName}
        required
        validationMessage={show_("name")}
        validationState={show_("name") ? "error" : "none"}
      >
        <Input
          value={draft.name}
          onChange={(_e, d) => update({ name: d.value })}
          autoComplete="organization"
        />
      </Field>
      <Field
        label={t.setup.unitCode}
        required
        hint={
          (plan && draft.unitType ? expectedUnitCode(plan, draft.unitType)?.[lang] : null) ??
          t.setup.unitCodeHint
        }
        validationMessage={show_("code")}
        validationState={show_("code") ? "error" : "none"}
      >
        <Input value={draft.code} onChange={(_e, d) => update({ code: d.value })} spellCheck={false} />
      </Field>
      <Field
        label={t.setup.year}
        hint={period ? t.setup.period(period.from, period.to) : undefined}
        required
        validationMessage={show_("year") ?? yearWarning}
        validationState={show_("year") ? "error" : yearWarning ? "warning" : "none"}
      >
        <Input value={draft.year} inputMode="numeric" onChange={(_e, d) => update({ year: d.value })} />
      </Field>
      <Field label={t.setup.preparer}>
        <Input
          value={draft.preparer}
          onChange={(_e, d) => update({ preparer: d.value })}
          autoComplete="name"
        />
      </Field>
      <LastYearPicker
        plan={unitForLastYear ? plan : null}
        unit={unitForLastYear}
        entries={report.snapshot?.entries ?? []}
        onChange={(choice) => {
          setLastYear(choice);
          setPreview(null);
          setDone(null);
        }}
      />
      {registration ? null : (
        <UnitTargetsPicker
          plan={unitForLastYear ? plan : null}
          unit={unitForLastYear}
          onChange={(choice) => {
            setOwn(choice);
            setPreview(null);
            setDone(null);
          }}
        />
      )}
      {touched && !valid ? <p role="alert">{t.setup.fixFirst}</p> : null}
      {touched && valid && lastYear.refused ? <p role="alert">{t.setup.lastYearFixFirst}</p> : null}
      {touched && valid && ownTargets.refused ? <p role="alert">{t.setup.unitTargetsFixFirst}</p> : null}
      {preview && plan ? <PreviewList preview={preview} count={chosen.length} plan={plan} /> : null}
      {progress ? (
        <Field label={progress.label ?? t.setup.inserting} validationState="none">
          <ProgressBar
            value={progress.total > 0 ? progress.done / progress.total : undefined}
            aria-label={t.progress}
          />
        </Field>
      ) : null}
      {done ? <p role="status">{done}</p> : null}
      <div className={styles.bar}>
        {preview ? (
          <Button type="submit" appearance="primary" disabled={busy !== null || preview.conflicts.length > 0}>
            {busy === "insert" ? t.setup.inserting : insertLabel}
          </Button>
        ) : firstRun ? (
          <>
            <Button type="submit" appearance="primary" disabled={busy !== null}>
              {busy ? t.setup.inserting : registration ? t.setup.insertRegistration : t.setup.insertNew}
            </Button>
            <Button appearance="secondary" disabled={busy !== null} onClick={() => void runPreview()}>
              {t.setup.preview}
            </Button>
          </>
        ) : done ? (
          // Just inserted: the next step is typing the results and checking them.
          <>
            <Button appearance="primary" onClick={() => show("check")}>
              {t.setup.next}
            </Button>
            <Button type="submit" appearance="secondary" disabled={busy !== null}>
              {t.setup.preview}
            </Button>
          </>
        ) : (
          <Button type="submit" appearance="primary" disabled={busy !== null}>
            {busy === "preview" ? t.setup.previewing : t.setup.preview}
          </Button>
        )}
      </div>
    </form>
  );
}
