/** Names of the completion figures, the same on every surface (CLI table, pane, summary sheet, functions). */
import { TERMS } from "../../i18n/glossary";
import type { Localized } from "../types";

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

export const FIGURE_LABELS: Readonly<Record<PublicFigure | "agency" | "rate", Localized>> = {
  agency: { vi: "Cơ quan chủ trì", en: "Lead agency" },
  assigned: { vi: "Được giao", en: "Assigned" },
  due: { vi: "Đến hạn", en: "Due" },
  done: { vi: "Hoàn thành", en: "Done" },
  onTime: { vi: "Đúng hạn", en: "On time" },
  late: { vi: "Trễ hạn", en: "Late" },
  overdue: { vi: "Quá hạn", en: "Overdue" },
  notYetDue: { vi: "Chưa đến hạn", en: "Not yet due" },
  ongoing: { vi: "Thường xuyên", en: "Ongoing" },
  conditional: { vi: "Chờ điều kiện", en: "Conditional" },
  rate: { vi: "Tỷ lệ", en: "Rate" },
};

export const TOTAL_LABELS: Localized = { vi: "Tổng cộng (nhiệm vụ khác nhau)", en: "Total (distinct tasks)" };

/** "91,8%" in Vietnamese, "91.8%" in English; the glossary's "—" when there is no rate (nothing due yet). */
export function formatRate(rate: number | null, lang: "vi" | "en"): string {
  if (rate === null) return TERMS.missingRate[lang];
  const pct = Math.round(rate * 1000) / 10;
  const s = Number.isInteger(pct) ? String(pct) : pct.toFixed(1);
  return `${lang === "vi" ? s.replace(".", ",") : s}%`;
}
