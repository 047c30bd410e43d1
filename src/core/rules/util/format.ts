/** Dates as people read them in messages: "01/03/2025" in Vietnamese, "1 March 2025" in English. */
import type { IsoDate } from "../../types";

/** The calendar day after an ISO date. */
export function nextDay(d: IsoDate): IsoDate {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

/** The months' names in English, January first. */
export const MONTH_NAMES_EN: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2025-03-01" → "01/03/2025". */
export function dateVi(d: IsoDate): string {
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
}

/** "2025-03-01" → "1 March 2025". */
export function dateEn(d: IsoDate): string {
  return `${Number(d.slice(8, 10))} ${MONTH_NAMES_EN[Number(d.slice(5, 7)) - 1] ?? d.slice(5, 7)} ${d.slice(0, 4)}`;
}
