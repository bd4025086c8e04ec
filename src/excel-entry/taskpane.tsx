// The pane inside Excel: Office decides when the page may talk to the workbook (Office.onReady), the
// Office.js adapter becomes the pane's port, and Office's display language and theme pick the pane's.
import { officeHostInfo } from "../excel/host-info";
import { mountPane } from "../taskpane/mount";
import { languageFromLocale } from "../taskpane/i18n";
import { lazyPort } from "./lazy-port";

const el = document.getElementById("pane");

void Office.onReady(() => {
  if (!el) return;
  const info = officeHostInfo();
  mountPane(el, {
    port: lazyPort(() =>
      import(/* webpackChunkName: "excel-adapter" */ "../excel").then((m) => m.createExcelPort(Excel)),
    ),
    language: languageFromLocale(info.displayLanguage),
    theme: info.theme,
    // ExcelJS comes with the builder: fetched on the first export only, never at startup.
    loadExporter: () => import(/* webpackChunkName: "exporter" */ "../xlsx/submission-workbook"),
    // The sealed files Setup picks (last year's submission, the registration) are read in a chunk of
    // their own, fetched only when a person picks one.
    loadSealedFiles: () => import(/* webpackChunkName: "sealed-files" */ "../xlsx/sealed-files"),
    // Excel on the web is a browser tab and downloads; the desktop webviews drop them silently.
    // Compared as text: an older office.js may not define Office.PlatformType.
    canDownload: String(Office.context?.platform ?? "") === "OfficeOnline",
  });
});
