// The shell's look (title, counts, step tabs, error notice, loading line) as one static stylesheet.
// Griffel's makeStyles, untransformed, compiles its rules in the browser, which brings its CSS
// compiler (stylis, rtl-css-js) and Fluent's whole `tokens` table into the pane's first download; the shell needs
// neither: Fluent's tokens are CSS variables that FluentProvider defines on its root, so the shell's
// rules name them directly (`var(--colorNeutralForeground1)` is what `tokens.colorNeutralForeground1`
// holds). The step views keep makeStyles, compiled to class names and rules at build time (Griffel's
// webpack loader, DECISIONS D47); they are chunks of their own (bench/pane.bench.ts).

/** The class names below, by role. */
export const shell = {
  root: "sa-shell",
  header: "sa-shell-header",
  title: "sa-shell-title",
  panel: "sa-shell-panel",
  counts: "sa-shell-counts",
  tabs: "sa-shell-tabs",
  tab: "sa-shell-tab",
  tabSelected: "sa-shell-tab-selected",
  notice: "sa-shell-notice",
  noticeText: "sa-shell-notice-text",
  button: "sa-shell-button",
  loading: "sa-shell-loading",
  spinner: "sa-shell-spinner",
} as const;

const v = (token: string) => `var(--${token})`;

const CSS = `
.${shell.root} {
  display: flex; flex-direction: column; height: 100%; min-height: 0;
  background-color: ${v("colorNeutralBackground1")}; color: ${v("colorNeutralForeground1")};
}
.${shell.header} { padding: ${v("spacingVerticalM")} ${v("spacingHorizontalM")} 0; }
.${shell.title} {
  margin: 0; font-size: ${v("fontSizeBase500")}; line-height: ${v("lineHeightBase500")};
  font-weight: ${v("fontWeightSemibold")};
}
.${shell.panel} { padding: ${v("spacingHorizontalM")}; flex-grow: 1; overflow-y: auto; min-height: 0; }
.${shell.panel}:focus-visible { outline: 2px solid ${v("colorStrokeFocus2")}; }
.${shell.counts} {
  margin: ${v("spacingVerticalXS")} 0; font-size: ${v("fontSizeBase200")}; color: ${v("colorNeutralForeground2")};
}
.${shell.tabs} {
  display: flex; flex-wrap: nowrap; padding: 0 ${v("spacingHorizontalXS")};
  border-bottom: 1px solid ${v("colorNeutralStroke2")};
}
.${shell.tab} {
  position: relative; border: none; background: none; cursor: pointer; flex: 1 1 auto; min-width: 0;
  white-space: nowrap; padding: ${v("spacingVerticalS")} ${v("spacingHorizontalXS")};
  font-family: ${v("fontFamilyBase")}; font-size: ${v("fontSizeBase300")}; line-height: ${v("lineHeightBase300")};
  color: ${v("colorNeutralForeground2")}; border-radius: ${v("borderRadiusMedium")};
}
.${shell.tab}:hover { color: ${v("colorNeutralForeground1")}; background-color: ${v("colorSubtleBackgroundHover")}; }
.${shell.tab}:focus-visible { outline: 2px solid ${v("colorStrokeFocus2")}; outline-offset: -2px; }
.${shell.tabSelected} { color: ${v("colorNeutralForeground1")}; font-weight: ${v("fontWeightSemibold")}; }
.${shell.tabSelected}::after {
  content: ""; position: absolute; left: ${v("spacingHorizontalXS")}; right: ${v("spacingHorizontalXS")}; bottom: 0;
  height: 3px; border-radius: ${v("borderRadiusCircular")}; background-color: ${v("colorCompoundBrandStroke")};
}
.${shell.notice} {
  margin: ${v("spacingVerticalS")} ${v("spacingHorizontalM")} 0; padding: ${v("spacingHorizontalS")};
  border-left: 4px solid ${v("colorPaletteRedBorder2")}; background-color: ${v("colorPaletteRedBackground1")};
  color: ${v("colorNeutralForeground1")}; display: flex; gap: ${v("spacingHorizontalS")}; align-items: flex-start;
}
.${shell.noticeText} { flex-grow: 1; margin: 0; }
.${shell.button} {
  min-width: 64px; padding: 3px ${v("spacingHorizontalS")}; cursor: pointer;
  font-family: ${v("fontFamilyBase")}; font-size: ${v("fontSizeBase200")}; line-height: ${v("lineHeightBase200")};
  font-weight: ${v("fontWeightRegular")}; color: ${v("colorNeutralForeground1")};
  background-color: ${v("colorNeutralBackground1")}; border: ${v("strokeWidthThin")} solid ${v("colorNeutralStroke1")};
  border-radius: ${v("borderRadiusMedium")};
}
.${shell.button}:hover {
  background-color: ${v("colorNeutralBackground1Hover")}; border-color: ${v("colorNeutralStroke1Hover")};
}
.${shell.button}:active { background-color: ${v("colorNeutralBackground1Pressed")}; }
.${shell.button}:focus-visible { outline: 2px solid ${v("colorStrokeFocus2")}; outline-offset: 1px; }
.${shell.loading} {
  display: flex; align-items: center; gap: ${v("spacingHorizontalS")};
  font-size: ${v("fontSizeBase300")}; color: ${v("colorNeutralForeground1")};
}
.${shell.spinner} {
  width: 20px; height: 20px; box-sizing: border-box; border-radius: 50%;
  border: 2px solid ${v("colorBrandStroke2")}; border-top-color: ${v("colorBrandStroke1")};
  animation: sa-shell-spin 1.5s linear infinite;
}
@media (prefers-reduced-motion: reduce) { .${shell.spinner} { animation-duration: 6s; } }
@keyframes sa-shell-spin { to { transform: rotate(360deg); } }
`;

/** Puts the stylesheet into the document once (the pane may be mounted more than once in tests). */
export function installShellStyles(doc: Document = document): void {
  const id = "sa-shell-styles";
  if (doc.getElementById(id)) return;
  const style = doc.createElement("style");
  style.id = id;
  style.textContent = CSS;
  doc.head.append(style);
}
