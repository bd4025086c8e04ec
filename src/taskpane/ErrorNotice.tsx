// What went wrong and what to do, in the user's language. A plain alert region rather than Fluent's
// MessageBar, with plain buttons rather than Fluent's, keeps it out of the pane's first download; it
// must be there before any view loads (and when a chunk could not be fetched).
import { usePane } from "./context";
import { shell } from "./shell-styles";

export function ErrorNotice(): React.JSX.Element | null {
  const { t, report } = usePane();
  if (!report.error) return null;
  return (
    <div role="alert" className={shell.notice}>
      <p className={shell.noticeText}>
        <strong>{t.error.title}: </strong>
        {report.error.message}
      </p>
      {report.phase === "failed" ? (
        <button type="button" className={shell.button} onClick={() => void report.refresh()}>
          {t.error.retry}
        </button>
      ) : null}
      <button type="button" className={shell.button} onClick={() => report.setError(null)}>
        {t.error.dismiss}
      </button>
    </div>
  );
}
