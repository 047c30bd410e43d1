/**
 * Entry of the browser page. Query parameters: `pane=only` shows the pane alone at task-pane width,
 * `theme=dark|light`, `lang=vi|en`.
 */
import { createRoot } from "react-dom/client";
import { isLang } from "../i18n";
import { PreviewApp } from "./PreviewApp";

export interface PageOptions {
  readonly paneOnly: boolean;
  readonly theme: "light" | "dark";
  readonly lang?: "vi" | "en";
}

export function pageOptions(search: string): PageOptions {
  const q = new URLSearchParams(search);
  const lang = q.get("lang");
  return {
    paneOnly: q.get("pane") === "only",
    theme: q.get("theme") === "dark" ? "dark" : "light",
    lang: isLang(lang) ? lang : undefined,
  };
}

const container = document.getElementById("root");
if (container) {
  const o = pageOptions(window.location.search);
  document.documentElement.lang = o.lang ?? "vi";
  createRoot(container).render(<PreviewApp paneOnly={o.paneOnly} theme={o.theme} lang={o.lang} />);
}
