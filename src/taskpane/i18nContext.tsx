/** The pane's language, given to every view. */
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { DEFAULT_LANG, translator, type Lang, type Translate } from "../i18n";

interface LangValue {
  readonly lang: Lang;
  readonly t: Translate;
}

const LangContext = createContext<LangValue>({ lang: DEFAULT_LANG, t: translator(DEFAULT_LANG) });

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangValue {
  return useContext(LangContext);
}
