// The pane's steps as an ARIA tab list (arrow keys, Home and End move; Enter or Space opens).
// Written here rather than taken from Fluent's TabList, whose focus library adds hidden focusable
// sentinels that axe reports (aria-hidden-focus) and weighs on the pane's first download.
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef } from "react";

const useStyles = makeStyles({
  // One row at Excel's narrowest pane (320 px) in both languages (issue #15): the tabs share the
  // width and keep their words whole; e2e measures it.
  list: {
    display: "flex",
    flexWrap: "nowrap",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    position: "relative",
    border: "none",
    background: "none",
    cursor: "pointer",
    flex: "1 1 auto",
    minWidth: 0,
    whiteSpace: "nowrap",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    "::after": {
      content: '""',
      position: "absolute",
      left: tokens.spacingHorizontalXS,
      right: tokens.spacingHorizontalXS,
      bottom: 0,
      height: "3px",
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
});

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
  const styles = useStyles();
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
    <div role="tablist" aria-label={label} className={styles.list}>
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
          className={mergeClasses(styles.tab, id === selected && styles.selected)}
          onClick={() => onSelect(id)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {labels[id]}
        </button>
      ))}
    </div>
  );
}
