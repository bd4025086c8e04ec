// The playground page: an in-browser Excel (src/playground/host), the same Office.js adapter the
// add-in uses (createExcelPort) over it, and the same pane, beside a grid of the workbook.
// The workbook is kept in localStorage, so a reload is "closing and reopening the file".
import { createRoot } from "react-dom/client";
import { createExcelPort, officeHostInfo } from "../excel";
import { mountPane } from "../taskpane/mount";
import { languageFromLocale } from "../taskpane/i18n";
import { createExcelHost, type ExcelHost } from "./host";
import { Grid } from "./Grid";
import { STORAGE_KEY, restoreWorkbook, saveWorkbook } from "./persist";
import { gridStrings } from "./strings";

const params = new URLSearchParams(location.search);
const language = languageFromLocale(params.get("lang") ?? "vi-VN");
const dark = params.get("theme") === "dark";
const t = gridStrings[language];

function openWorkbook(): { host: ExcelHost; note: string | null } {
  const saved = localStorage.getItem(STORAGE_KEY);
  const displayLanguage = language === "en" ? "en-US" : "vi-VN";
  if (saved) {
    const host = createExcelHost({ displayLanguage, sheets: [] });
    try {
      restoreWorkbook(host, saved);
      return { host, note: null };
    } catch (e) {
      console.error("playground: saved workbook unreadable", e);
      localStorage.removeItem(STORAGE_KEY);
    }
    return { host: createExcelHost({ displayLanguage }), note: t.restoreFailed };
  }
  return { host: createExcelHost({ displayLanguage }), note: null };
}

const { host, note } = openWorkbook();
let saveTimer: ReturnType<typeof setTimeout> | undefined;
host.onUpdate(() => {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => localStorage.setItem(STORAGE_KEY, saveWorkbook(host)), 200);
});
let resetting = false;
// A reload right after an edit must not lose it.
addEventListener("pagehide", () => {
  if (!resetting) localStorage.setItem(STORAGE_KEY, saveWorkbook(host));
});

document.documentElement.lang = language;
document.title = t.title;
document.getElementById("title")!.textContent = t.title;
const toolbar = document.getElementById("toolbar")!;
const link = (label: string, query: Record<string, string>) => {
  const a = document.createElement("a");
  const next = new URLSearchParams(params);
  for (const [k, v] of Object.entries(query)) next.set(k, v);
  a.href = `?${next.toString()}`;
  a.textContent = label;
  toolbar.append(a);
};
link(t.language, { lang: language === "en" ? "vi" : "en" });
link(t.theme(dark), { theme: dark ? "light" : "dark" });
const reset = document.createElement("button");
reset.type = "button";
reset.textContent = t.reset;
reset.onclick = () => {
  resetting = true;
  clearTimeout(saveTimer);
  localStorage.removeItem(STORAGE_KEY);
  location.reload();
};
toolbar.append(reset);
if (note) document.getElementById("note")!.textContent = note;

// Excel.createWorkbook opens another window; the playground has none, so it says a workbook was opened
// and offers its file (what a person would get by saving that window). The host still records it.
let opened = 0;
let openedUrl: string | null = null;
const noteEl = document.getElementById("note")!;
const excel = {
  ...(host.excel as unknown as Record<string, unknown>),
  createWorkbook: async (base64?: string) => {
    await host.excel.createWorkbook(base64);
    const bytes = Uint8Array.from(atob(base64 ?? ""), (c) => c.charCodeAt(0));
    const name = `Book${++opened + 1}.xlsx`;
    if (openedUrl) URL.revokeObjectURL(openedUrl);
    openedUrl = URL.createObjectURL(
      new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }),
    );
    const a = document.createElement("a");
    a.href = openedUrl;
    a.download = name;
    a.textContent = t.openedDownload(name);
    noteEl.replaceChildren(`${t.opened(name, (bytes.length / 1024).toFixed(0))} `, a);
  },
} as unknown as typeof Excel;

const info = officeHostInfo(host.office);
const paneEl = document.getElementById("pane")!;
paneEl.setAttribute("aria-label", t.pane);
mountPane(paneEl, {
  port: createExcelPort(excel),
  language: languageFromLocale(info.displayLanguage),
  theme: dark ? "dark" : info.theme,
  loadExporter: () => import(/* webpackChunkName: "exporter" */ "../xlsx/submission-workbook"),
  // ?downloads=none acts as Excel on the desktop, whose webview drops downloads.
  canDownload: params.get("downloads") !== "none",
});
createRoot(document.getElementById("grid")!).render(<Grid host={host} lang={language} />);
