// A button that opens the system's file dialog: the one hidden file input every Setup picker uses
// (plan file, last year's submission, the ministry's targets file, the unit's registration). The
// input is named for screen readers and tests; it is cleared after each pick, so that picking the
// same file again (after fixing it) is a change too.
import { Button } from "@fluentui/react-components";
import { useRef } from "react";

export function FilePickButton({
  label,
  busyLabel,
  busy,
  accept,
  testId,
  onPick,
}: {
  label: string;
  /** Said on the button while the picked file is read. */
  busyLabel: string;
  busy: boolean;
  /** The file dialog's filter, e.g. ".csv,text/csv". */
  accept: string;
  testId: string;
  onPick(file: File): void;
}): React.JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        aria-label={label}
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) onPick(file);
        }}
      />
      <Button disabled={busy} onClick={() => input.current?.click()}>
        {busy ? busyLabel : label}
      </Button>
    </>
  );
}
