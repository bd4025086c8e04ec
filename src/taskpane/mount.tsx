// How an entry point (Office, the playground) starts the pane: it builds the port, the pane only uses it.
import { createRoot, type Root } from "react-dom/client";
import type { Language, WorkbookPort } from "../workbook/port";
import { App, type Theme } from "./App";
import type { LoadExporter } from "./exporter";
import { loadStrings } from "./i18n";
import { installShellStyles } from "./shell-styles";
import { prefetchFirstView } from "./step-views";
import { loadTheme } from "./theme";
import type { LoadSealedFileReader } from "./sealed-files";

export type { Theme };

export interface MountOptions {
  port: WorkbookPort;
  language: Language;
  theme: Theme;
  /** The submission workbook builder, loaded on the first export (a dynamic import of src/xlsx). */
  loadExporter?: LoadExporter;
  /** The readers of the sealed files Setup picks (last year's submission, the registration): a dynamic import of src/xlsx. */
  loadSealedFiles?: LoadSealedFileReader;
  /** Whether the host lets the pane download a file; true when not said. */
  canDownload?: boolean;
}

/**
 * Renders the pane once its language and theme are there (English and the dark theme are small
 * chunks of their own). If one cannot be fetched, the pane still opens, in Vietnamese or light:
 * a pane in the other language is better than none.
 */
export function mountPane(el: HTMLElement, options: MountOptions): Root {
  prefetchFirstView();
  installShellStyles(el.ownerDocument);
  const root = createRoot(el);
  const fallback =
    <T,>(value: T) =>
    (e: unknown): T => {
      console.error("pane: a chunk could not be fetched", e);
      return value;
    };
  void Promise.all([
    loadStrings(options.language).then(() => options.language, fallback<Language>("vi")),
    loadTheme(options.theme).then(() => options.theme, fallback<Theme>("light")),
  ]).then(([language, theme]) =>
    root.render(
      <App
        port={options.port}
        language={language}
        theme={theme}
        {...(options.loadExporter ? { loadExporter: options.loadExporter } : {})}
        {...(options.loadSealedFiles ? { loadSealedFiles: options.loadSealedFiles } : {})}
        canDownload={options.canDownload ?? true}
      />,
    ),
  );
  return root;
}
