// The playground page: an in-browser Excel (src/playground/host), the same Office.js adapter the
// add-in uses (createExcelPort) over it, and the same pane, beside a grid of the workbook.
// The workbook is kept in localStorage, so a reload is "closing and reopening the file".
import { createRoot } from "react-dom/client";
import { createExcelPort, officeHostInfo } from "../excel";
import { mountPane } from "../taskpane/mount";
import { languageFromLocale } from "../taskpane/i18n";
import type { CultureName } from "./host";
import { createExcelHost, type ExcelHost } from "./host/create";
import { loadFormulaEngine } from "./host/engine";
import { Grid } from "./Grid";
import { STORAGE_KEY, restoreWorkbook, saveWorkbook, savedWorkbook } from "./persist";
import { gridStrings } from "./strings";

const params = new URLSearchParams(location.search);
const language = languageFromLocale(params.get("lang") ?? "vi-VN");
const dark = params.get("theme") === "dark";
const t = gridStrings[language];

// The computer's regional settings, which decide how typing is read and numbers are shown: a
// Vietnamese computer unless ?culture=en-US (independent of the language, as in Windows).
const hostOptions = {
  displayLanguage: language === "en" ? "en-US" : "vi-VN",
  culture: (params.get("culture") === "en-US" ? "en-US" : "vi-VN") as CultureName,
};

function openWorkbook(): { host: ExcelHost; note: string | null } {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved) {
    const host = createExcelHost({ ...hostOptions, sheets: [] });
    try {
      restoreWorkbook(host, saved);
      return { host, note: null };
    } catch (e) {
      console.error("playground: saved workbook unreadable", e);
      localStorage.removeItem(STORAGE_KEY);
    }
    return { host: createExcelHost(hostOptions), note: t.restoreFailed };
  }
  return { host: createExcelHost(hostOptions), note: null };
}

const { host, note } = openWorkbook();

/**
 * Runs `then` once the pane has marked itself interactive (its first step on screen), or after
 * `fallbackMs` if it never does (a chunk that could not be fetched).
 */
function afterPaneInteractive(then: () => void, fallbackMs: number): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    then();
  };
  const fallback = setTimeout(once, fallbackMs);
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName("pane-interactive").length === 0) return;
    observer.disconnect();
    clearTimeout(fallback);
    once();
  }).observe({ type: "mark" });
}

// HyperFormula (engine.ts) is most of the page's code and an empty workbook does not need it: it is
// fetched when the page is first idle after the pane is interactive (its first step on screen), or
// now when the saved workbook holds formulas (the grid shows their values). A request that needs it
// before then waits for it.
if (host.runtime.model.needsEngine()) await loadFormulaEngine();
else {
  const warm = () =>
    void loadFormulaEngine().catch((e: unknown) => console.error("playground: formula engine", e));
  afterPaneInteractive(
    () => (typeof requestIdleCallback === "function" ? requestIdleCallback(warm, { timeout: 1000 }) : warm()),
    3000,
  );
}
const noteEl = document.getElementById("note")!;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
// Saved a second after the last edit, when the page is idle: writing the whole workbook as JSON holds
// the main thread for a while (hundreds of milliseconds under load) and must not land inside the
// pane's live check of the value just typed. A reload or close before then still saves (pagehide).
const SAVE_AFTER_MS = 1000;
host.onUpdate(() => {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    const save = () => {
      if (!resetting) localStorage.setItem(STORAGE_KEY, saveWorkbook(host));
    };
    if (typeof requestIdleCallback === "function") requestIdleCallback(save, { timeout: SAVE_AFTER_MS });
    else save();
  }, SAVE_AFTER_MS);
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
  localStorage.removeItem(`${STORAGE_KEY}:file`);
  location.reload();
};
toolbar.append(reset);
if (note) document.getElementById("note")!.textContent = note;

// Open and save as .xlsx (ExcelJS comes in its own chunk, on the first use).
const FILE_KEY = `${STORAGE_KEY}:file`;
const NOTE_KEY = `${STORAGE_KEY}:note`;
interface FileInfo {
  name: string;
  /** The workbook's content when it was last opened or saved as a file. */
  fingerprint: number;
}
const readFileInfo = (): FileInfo | null => {
  try {
    return JSON.parse(localStorage.getItem(FILE_KEY) ?? "null") as FileInfo | null;
  } catch {
    return null;
  }
};
/** A hash of what the workbook holds (not where its selection is), to tell whether it changed. */
function fingerprint(of: ExcelHost = host): number {
  const { selection: _s, activeSheet: _a, ...content } = savedWorkbook(of);
  const text = JSON.stringify(content);
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}
const hasContent = () => host.runtime.model.sheets.some((s) => [...s.cells.values()].some((c) => c.content));
const loadFileModule = () => import(/* webpackChunkName: "workbook-file" */ "./workbook-file");
const finishEditing = () => (document.activeElement as HTMLElement | null)?.blur();

const fileInput = document.createElement("input");
fileInput.type = "file";
fileInput.accept = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
fileInput.hidden = true;
const openButton = document.createElement("button");
openButton.type = "button";
openButton.textContent = t.openFile;
openButton.onclick = () => {
  finishEditing();
  const info = readFileInfo();
  const unsaved = hasContent() && (!info || info.fingerprint !== fingerprint());
  if (unsaved && !confirm(t.openReplaces)) return;
  fileInput.click();
};
fileInput.onchange = async () => {
  const file = fileInput.files?.[0];
  fileInput.value = "";
  if (!file) return;
  noteEl.textContent = t.opening(file.name);
  try {
    const [{ openXlsx, MAX_FILE_BYTES }] = await Promise.all([loadFileModule(), loadFormulaEngine()]);
    if (file.size > MAX_FILE_BYTES) throw new Error(t.tooLarge(MAX_FILE_BYTES / 1024 / 1024));
    const opened = await openXlsx(new Uint8Array(await file.arrayBuffer()), () =>
      createExcelHost({ ...hostOptions, sheets: [] }),
    );
    // The opened workbook replaces this one, as the next page load's workbook.
    resetting = true;
    clearTimeout(saveTimer);
    localStorage.setItem(STORAGE_KEY, opened.json);
    const reopened = createExcelHost({ ...hostOptions, sheets: [] });
    restoreWorkbook(reopened, opened.json);
    localStorage.setItem(
      FILE_KEY,
      JSON.stringify({ name: file.name, fingerprint: fingerprint(reopened) } satisfies FileInfo),
    );
    sessionStorage.setItem(NOTE_KEY, t.openedFile(file.name, opened.sheets, opened.dropped));
    location.reload();
  } catch (e) {
    console.error("playground: could not open", e);
    noteEl.textContent = t.openFailed(file.name, e instanceof Error ? e.message : String(e));
  }
};
const saveButton = document.createElement("button");
saveButton.type = "button";
saveButton.textContent = t.saveFile;
let savedUrl: string | null = null;
saveButton.onclick = async () => {
  finishEditing();
  await host.idle();
  try {
    const { saveXlsx, XLSX_TYPE } = await loadFileModule();
    const bytes = await saveXlsx(host);
    const name = readFileInfo()?.name ?? t.defaultFileName;
    if (savedUrl) URL.revokeObjectURL(savedUrl);
    savedUrl = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
    const a = document.createElement("a");
    a.href = savedUrl;
    a.download = name;
    a.textContent = t.saveAgain(name);
    a.click();
    localStorage.setItem(FILE_KEY, JSON.stringify({ name, fingerprint: fingerprint() } satisfies FileInfo));
    noteEl.replaceChildren(`${t.savedFile(name, (bytes.length / 1024).toFixed(0))} `, a);
  } catch (e) {
    console.error("playground: could not save", e);
    noteEl.textContent = t.saveFailed(e instanceof Error ? e.message : String(e));
  }
};
toolbar.prepend(openButton, saveButton, fileInput);
const pending = sessionStorage.getItem(NOTE_KEY);
if (pending) {
  sessionStorage.removeItem(NOTE_KEY);
  document.getElementById("note")!.textContent = pending;
}

// Excel.createWorkbook opens another window; the playground has none, so it says a workbook was opened
// and offers its file (what a person would get by saving that window). The host still records it.
let opened = 0;
let openedUrl: string | null = null;
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
  loadSealedFiles: () => import(/* webpackChunkName: "sealed-files" */ "../xlsx/sealed-files"),
  // ?downloads=none acts as Excel on the desktop, whose webview drops downloads.
  canDownload: params.get("downloads") !== "none",
});
// The sheet is drawn once the pane is interactive (its first step on screen), in the next task. In
// Excel the sheet is Excel's own and the pane never shares its thread; here both are on one page,
// and the grid's first render (20-40 ms) landed on the pane's path: before Setup's render, or between
// its commit and the effect that marks it (DECISIONS D40, D51). It comes a moment later, before
// anything is typed: no state is lost, the grid reads the host.
const drawGrid = () =>
  createRoot(document.getElementById("grid")!).render(<Grid host={host} lang={language} />);
afterPaneInteractive(() => setTimeout(drawGrid, 0), 3000);
