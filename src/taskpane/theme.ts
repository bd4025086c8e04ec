// Fluent's theme for Office's: the light theme comes with the pane's first download, the dark one is
// a chunk of its own, fetched by loadTheme before a dark pane renders (bench/pane.bench.ts).
import { webLightTheme, type Theme as FluentTheme } from "@fluentui/react-components";

export type Theme = "light" | "dark";

let dark: FluentTheme | null = null;

/** Makes `fluentTheme(theme)` available (fetches the dark theme once). */
export async function loadTheme(theme: Theme): Promise<void> {
  if (theme === "dark")
    dark ??= (await import(/* webpackChunkName: "theme-dark" */ "./theme-dark")).webDarkTheme;
}

export function fluentTheme(theme: Theme): FluentTheme {
  if (theme === "light") return webLightTheme;
  if (!dark) throw new Error(`The pane's dark theme is not loaded: call loadTheme first.`);
  return dark;
}
