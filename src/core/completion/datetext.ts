/**
 * Dates written as text in progress cells: "15/3/2024", "15-03-2024", "15.3.2024", "ngày 15 tháng 3 năm 2024",
 * "2024-03-15"; and month-only forms ("tháng 3/2024", "03/2024") that say when but not which day.
 */
import { isoDate, isoFromSerial, isValidDate } from "../dates";
import type { CellValue } from "../grid";
import { fold } from "../text";
import type { IsoDate } from "../types";

const DMY = /(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/.-]*\d)/;
const WORDS = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const MONTH =
  /(?:thang\s*(\d{1,2})\s*[/.-]\s*(\d{4}))|(?:thang\s+(\d{1,2})\s+nam\s+(\d{4}))|(?:(?<![\d/.-])(\d{1,2})\s*\/\s*(\d{4})(?![\d/]))/;

function valid(y: number, m: number, d: number): IsoDate | undefined {
  return isValidDate(y, m, d) ? isoDate(y, m, d) : undefined;
}

/** The first full calendar date written in a text, day first as Vietnamese writes it. */
export function dayInText(text: string): IsoDate | undefined {
  if (!/\d/.test(text)) return undefined;
  const f = fold(text);
  let m = DMY.exec(f);
  if (m) return valid(Number(m[4]), Number(m[3]), Number(m[1]));
  m = WORDS.exec(f);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  m = ISO.exec(f);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  return undefined;
}

/** Whether a text names a month of a year without a day ("tháng 3/2024", "03/2024"). */
export function hasMonthInText(text: string): boolean {
  if (!/\d/.test(text)) return false;
  const m = MONTH.exec(fold(text));
  if (!m) return false;
  const month = Number(m[1] ?? m[3] ?? m[5]);
  return month >= 1 && month <= 12;
}

/** Excel serial numbers in a plausible range (1954 to 2119) read as dates in a date column. */
export function serialDate(value: number): IsoDate | undefined {
  if (!Number.isFinite(value) || value < 20000 || value > 80000) return undefined;
  return isoFromSerial(Math.floor(value));
}

/** The calendar day a cell holds: a date cell, a plausible serial number, or a full date written as text. */
export function cellDay(v: CellValue, text: string): IsoDate | undefined {
  if (v.kind === "date") return v.iso;
  if (v.kind === "number") return serialDate(v.value);
  return dayInText(text);
}
