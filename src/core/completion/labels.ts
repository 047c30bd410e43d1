/** Names of the completion figures, the same on every surface (CLI table, pane, summary sheet, functions). */
import { FIGURE_TERMS, TERMS } from "../../i18n/glossary";
import type { Lang, Localized } from "../types";

export const PUBLIC_FIGURES = [
  "assigned",
  "due",
  "done",
  "onTime",
  "late",
  "overdue",
  "notYetDue",
  "ongoing",
  "conditional",
] as const;
export type PublicFigure = (typeof PUBLIC_FIGURES)[number];

/** The figures' names: the glossary's, so the command line, the pane, the sheets and the functions say the same. */
export const FIGURE_LABELS: Readonly<Record<PublicFigure | "agency" | "rate", Localized>> = FIGURE_TERMS;

export const TOTAL_LABELS: Localized = FIGURE_TERMS.total;

type Figures = Readonly<Record<PublicFigure, number>> & { readonly rate: number | null };
/** The part of a completion report its table shows (compute.ts's CompletionReport). */
interface FiguresTable {
  readonly agencies: ReadonlyArray<Figures & { readonly agency: string }>;
  readonly total: Figures;
}

/**
 * The completion table every surface shows: the header, one row per agency in the report's order, then the total
 * row (the rate as a 0..1 number, null when nothing is due). The command line formats the rate; the sheets and the
 * functions keep the number.
 */
export function completionTable(completion: FiguresTable, lang: Lang): Array<Array<string | number | null>> {
  const header = [
    FIGURE_LABELS.agency[lang],
    ...PUBLIC_FIGURES.map((f) => FIGURE_LABELS[f][lang]),
    FIGURE_LABELS.rate[lang],
  ];
  const row = (name: string, a: Figures) => [name, ...PUBLIC_FIGURES.map((f) => a[f]), a.rate];
  return [header, ...completion.agencies.map((a) => row(a.agency, a)), row(TOTAL_LABELS[lang], completion.total)];
}

/** "91,8%" in Vietnamese, "91.8%" in English; the glossary's "—" when there is no rate (nothing due yet). */
export function formatRate(rate: number | null, lang: "vi" | "en"): string {
  if (rate === null) return TERMS.missingRate[lang];
  const pct = Math.round(rate * 1000) / 10;
  const s = Number.isInteger(pct) ? String(pct) : pct.toFixed(1);
  return `${lang === "vi" ? s.replace(".", ",") : s}%`;
}
