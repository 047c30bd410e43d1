/**
 * How late a due task that is not done is, as of a date (docs/completion.md). The figures do not change: a task due
 * on the as-of date is due, and counts in `overdue` when not done. Only its words do: it is "due today", not
 * "0 days overdue".
 */
import type { IsoDate, Localized } from "../types";
import { formatMessage } from "../template";

export type Lateness = { readonly kind: "due-today" } | { readonly kind: "late"; readonly days: number };

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}

/** A task due on `due` and not done, seen on `asOf` (on or after `due`). */
export function lateness(due: IsoDate, asOf: IsoDate): Lateness {
  const days = daysBetween(due, asOf);
  return days <= 0 ? { kind: "due-today" } : { kind: "late", days };
}

export const LATENESS_LABELS: Readonly<Record<Lateness["kind"], Localized>> = {
  "due-today": { vi: "đến hạn hôm nay", en: "due today" },
  late: { vi: "quá hạn {{days}} ngày", en: "{{days}} day(s) overdue" },
};

/** "đến hạn hôm nay" / "quá hạn 30 ngày", "due today" / "30 day(s) overdue". */
export function formatLateness(l: Lateness, lang: "vi" | "en"): string {
  return l.kind === "due-today"
    ? LATENESS_LABELS["due-today"][lang]
    : formatMessage(LATENESS_LABELS.late[lang], { days: l.days }, lang);
}
