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
  });
});
