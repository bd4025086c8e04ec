// The line the shell shows while a step or the workbook loads: a CSS ring and the word, so the first
// download carries no spinner component (Fluent's Spinner stays for the steps' own waits).
import { shell } from "./shell-styles";

export function Loading({ label }: { label: string }): React.JSX.Element {
  return (
    <div className={shell.loading} role="status">
      <span className={shell.spinner} aria-hidden="true" />
      {label}
    </div>
  );
}
