/** Calendar days as ISO strings (YYYY-MM-DD): compare as strings, build without time zones. */
import type { IsoDate } from "./types";

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function endOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

export function endOfQuarter(year: number, quarter: number): IsoDate {
  return endOfMonth(year, quarter * 3);
}

export function endOfYear(year: number): IsoDate {
  return isoDate(year, 12, 31);
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && year >= 1900 && year <= 2200;
}

export function isIsoDate(s: string): s is IsoDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isValidDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function yearOf(d: IsoDate): number {
  return Number(d.slice(0, 4));
}

/** Excel serial day number (1900 date system) to ISO date. */
export function isoFromSerial(serial: number): IsoDate {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** ISO date to Excel serial day number (1900 date system): the inverse of isoFromSerial. */
export function serialFromIso(d: IsoDate): number {
  return Date.UTC(yearOf(d), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86400000 + 25569;
}

/** Vietnamese display "30/06/2024". */
export function formatVi(d: IsoDate): string {
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
}
