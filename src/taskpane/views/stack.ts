// The pane's plain vertical lists (issues, returned rows, the summary's bars): no bullets, no
// indent, the items stacked with one gap.
import type { GriffelStyle } from "@fluentui/react-components";

export const stackedList = (gap: string): GriffelStyle => ({
  listStyle: "none",
  margin: 0,
  padding: 0,
  display: "flex",
  flexDirection: "column",
  gap,
});
