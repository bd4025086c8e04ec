// The pane's steps as an ARIA tab list (arrow keys, Home and End move; Enter or Space opens).
// Written here rather than taken from Fluent's TabList, whose focus library adds hidden focusable
// sentinels that axe reports (aria-hidden-focus) and weighs on the pane's first download.
import { useRef } from "react";
import { shell } from "./shell-styles";

// One row at Excel's narrowest pane (320 px) in both languages (issue #15): the tabs share the width
// and keep their words whole (shell-styles.ts); e2e measures it.

export interface StepTabsProps<T extends string> {
  ids: readonly T[];
  labels: Record<T, string>;
  selected: T;
  onSelect(id: T): void;
  label: string;
  panelId: string;
}

export function StepTabs<T extends string>({
  ids,
  labels,
  selected,
  onSelect,
  label,
  panelId,
}: StepTabsProps<T>): React.JSX.Element {
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const focus = (i: number) => {
    const id = ids[(i + ids.length) % ids.length]!;
    refs.current.get(id)?.focus();
  };
  const onKeyDown = (e: React.KeyboardEvent, index: number) => {
    const moves: Record<string, () => void> = {
      ArrowRight: () => focus(index + 1),
      ArrowLeft: () => focus(index - 1),
      Home: () => focus(0),
      End: () => focus(ids.length - 1),
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      move();
    }
  };
  return (
    <div role="tablist" aria-label={label} className={shell.tabs}>
      {ids.map((id, i) => (
        <button
          key={id}
          ref={(el) => {
            if (el) refs.current.set(id, el);
            else refs.current.delete(id);
          }}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-selected={id === selected}
          aria-controls={panelId}
          tabIndex={id === selected ? 0 : -1}
          className={id === selected ? `${shell.tab} ${shell.tabSelected}` : shell.tab}
          onClick={() => onSelect(id)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {labels[id]}
        </button>
      ))}
    </div>
  );
}
