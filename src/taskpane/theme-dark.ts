// The dark theme's own chunk (see theme.ts).
export { webDarkTheme } from "@fluentui/react-components";
