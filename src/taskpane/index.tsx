/**
 * Entry of the Excel task pane: once Office is ready and the host is Excel, render the pane over the Office
 * workbook adapter (loaded on demand, so the pane shell paints first).
 */
import { createRoot } from "react-dom/client";
import { translate } from "../i18n";
import { App } from "./App";
import { loadLang } from "./settings";

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  if (typeof Excel === "undefined") {
    container.textContent = translate(loadLang(), "app.notExcel");
    return;
  }
  const { OfficeWorkbook } = await import("../workbook/office");
  createRoot(container).render(<App port={new OfficeWorkbook()} />);
}

if (typeof Office === "undefined") {
  // office.js did not load (opened outside Office, or offline): say where the pane runs.
  void start();
} else {
  Office.onReady(() => {
    void start();
  });
}
