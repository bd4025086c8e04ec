// The report's print choices at export: its language (the template's by default, issue #14), and the
// parts of the administrative document the unit fills in (Decree 30/2020/NĐ-CP): governing body,
// number, addressee, place and date, signer, other recipients. The same choices as the CLI's
// `export --lang --doc-number ...`; they are sealed with the data.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  Input,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Plan } from "../../domain/plan";
import type { Language } from "../../workbook/port";
import { usePane } from "../context";
import { REPORT_PRINT_LIMITS as LIMITS, withLanguage, type ReportPrint } from "../facade";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalM} 0 0` },
  note: { color: tokens.colorNeutralForeground2, margin: 0 },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface ReportPrintFormProps {
  plan: Plan;
  templateLanguage: Language;
  value: ReportPrint;
  onChange(value: ReportPrint): void;
  disabled?: boolean;
}

export function ReportPrintForm({
  plan,
  templateLanguage,
  value,
  onChange,
  disabled,
}: ReportPrintFormProps): React.JSX.Element {
  const { t } = usePane();
  const x = t.exportView.print;
  const styles = useStyles();
  const text = (key: Exclude<keyof ReportPrint, "language" | "date" | "copyTo">) => ({
    value: value[key],
    disabled,
    onChange: (_e: unknown, d: { value: string }) => onChange({ ...value, [key]: d.value }),
  });
  return (
    <section aria-labelledby="export-print-heading" className={styles.box}>
      <h3 id="export-print-heading" className={styles.heading}>
        {x.heading}
      </h3>
      <Field label={x.language} hint={x.languageHint(x.languages[templateLanguage])}>
        <RadioGroup
          layout="horizontal"
          value={value.language}
          disabled={disabled}
          onChange={(_e, d) => onChange(withLanguage(plan, value, d.value as Language))}
        >
          <Radio value="vi" label={x.languages.vi} />
          <Radio value="en" label={x.languages.en} />
        </RadioGroup>
      </Field>
      <Accordion collapsible>
        <AccordionItem value="details">
          <AccordionHeader>{x.details}</AccordionHeader>
          <AccordionPanel>
            <div className={styles.fields}>
              <p className={styles.note}>{x.detailsNote}</p>
              <Field label={x.governingBody}>
                <Input {...text("governingBody")} maxLength={LIMITS.governingBody} />
              </Field>
              <Field label={x.documentNumber} hint={x.documentNumberHint}>
                <Input {...text("documentNumber")} maxLength={LIMITS.documentNumber} />
              </Field>
              <Field label={x.recipient}>
                <Input {...text("recipient")} maxLength={LIMITS.recipient} />
              </Field>
              <Field label={x.place}>
                <Input {...text("place")} maxLength={LIMITS.place} />
              </Field>
              <Field label={x.date}>
                <Input
                  type="date"
                  value={value.date ?? ""}
                  disabled={disabled}
                  onChange={(_e, d) =>
                    onChange({ ...value, date: /^\d{4}-\d{2}-\d{2}$/.test(d.value) ? d.value : null })
                  }
                />
              </Field>
              <Field label={x.signerTitle}>
                <Input
                  {...text("signerTitle")}
                  placeholder={x.signerTitlePlaceholder}
                  maxLength={LIMITS.signerTitle}
                />
              </Field>
              <Field label={x.signerName}>
                <Input {...text("signerName")} maxLength={LIMITS.signerName} />
              </Field>
              <Field label={x.copyTo} hint={x.copyToHint}>
                <Textarea
                  value={value.copyTo.join("\n")}
                  disabled={disabled}
                  resize="vertical"
                  onChange={(_e, d) =>
                    onChange({
                      ...value,
                      copyTo: d.value
                        .split("\n")
                        .slice(0, LIMITS.copyToLines)
                        .map((l) => l.slice(0, LIMITS.copyTo)),
                    })
                  }
                />
              </Field>
              <p className={styles.note}>{x.remembered}</p>
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
