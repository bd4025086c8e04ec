// How an entry point (Office, the playground) starts the pane: it builds the port, the pane only uses it.
import { createRoot, type Root } from "react-dom/client";
import type { Language, WorkbookPort } from "../workbook/port";
import { App, type Theme } from "./App";
import type { LoadExporter } from "./exporter";
import type { LoadLastYearReader } from "./last-year";

export type { Theme };

export interface MountOptions {
  port: WorkbookPort;
  language: Language;
  theme: Theme;
  /** The submission workbook builder, loaded on the first export (a dynamic import of src/xlsx). */
  loadExporter?: LoadExporter;
  /** The reader of last year's submission, loaded when a file is picked (a dynamic import of src/xlsx). */
  loadLastYear?: LoadLastYearReader;
  /** Whether the host lets the pane download a file; true when not said. */
  canDownload?: boolean;
}

export function mountPane(el: HTMLElement, options: MountOptions): Root {
  const root = createRoot(el);
  root.render(
    <App
      port={options.port}
      language={options.language}
      theme={options.theme}
      {...(options.loadExporter ? { loadExporter: options.loadExporter } : {})}
      {...(options.loadLastYear ? { loadLastYear: options.loadLastYear } : {})}
      canDownload={options.canDownload ?? true}
    />,
  );
  return root;
}
