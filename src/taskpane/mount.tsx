// How an entry point (Office, the playground) starts the pane: it builds the port, the pane only uses it.
import { createRoot, type Root } from "react-dom/client";
import type { Language, WorkbookPort } from "../workbook/port";
import { App, type Theme } from "./App";

export type { Theme };

export interface MountOptions {
  port: WorkbookPort;
  language: Language;
  theme: Theme;
}

export function mountPane(el: HTMLElement, options: MountOptions): Root {
  const root = createRoot(el);
  root.render(<App port={options.port} language={options.language} theme={options.theme} />);
  return root;
}
