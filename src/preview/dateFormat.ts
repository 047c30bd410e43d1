/**
 * A date cell's text as Excel shows it, from the cell's number format ("dd/mm/yyyy" → 20/02/2024, "mmm-yy" →
 * Feb-24, "[$-42A]d mmmm yyyy" → 20 tháng 2 2024), for the browser page's grid. Excel's built-in short date (format
 * 14, read as "mm-dd-yy") follows the user's locale: day, month, four-digit year, as in a Vietnamese Excel. A date
 * cell holds a calendar day only: hours, minutes and seconds show as zero.
 */

import { MONTH_NAMES_EN } from "../core";

/** Excel's built-in format 14 as exceljs reads it: the system's short date. */
const SHORT_DATE = "mm-dd-yy";

const DAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const DAYS_VI = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** A locale section ([$-42A], [$-vi-VN], [$-x-sysdate]) that names Vietnamese. */
const VIETNAMESE = /\[\$[^\]]*-(42a|vi)[^\]]*\]/i;

/** The text of the calendar day `iso` (YYYY-MM-DD) in the number format `numFmt`; `iso` itself when unreadable. */
export function formatDateCell(iso: string, numFmt: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!numFmt || numFmt === "General" || numFmt === SHORT_DATE) return `${pad(day)}/${pad(month)}/${year}`;
  const vi = VIETNAMESE.test(numFmt);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const section = numFmt.split(";")[0];
  let out = "";
  let i = 0;
  // After an hour, or before a second, "m" is minutes.
  let lastWasHour = false;
  while (i < section.length) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      out += section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end + 1;
      continue;
    }
    if (ch === "\\") {
      out += section[i + 1] ?? "";
      i += 2;
      continue;
    }
    if (ch === "_" || ch === "*") {
      i += 2; // padding and fill characters take no room here
      continue;
    }
    if (ch === "[") {
      const end = section.indexOf("]", i);
      const inner = section.slice(i + 1, end < 0 ? undefined : end);
      if (/^[hms]+$/i.test(inner)) out += "0".repeat(inner.length);
      i = end < 0 ? section.length : end + 1;
      continue;
    }
    const run = /^(y+|m+|d+|h+|s+|AM\/PM|A\/P)/i.exec(section.slice(i));
    if (!run) {
      out += ch;
      i += 1;
      continue;
    }
    const token = run[1];
    const kind = token[0].toLowerCase();
    const n = token.length;
    i += n;
    if (kind === "y") out += n <= 2 ? pad(year % 100) : String(year);
    else if (kind === "d") {
      if (n === 1) out += String(day);
      else if (n === 2) out += pad(day);
      else if (vi) out += DAYS_VI[weekday];
      else out += n === 3 ? DAYS_EN[weekday].slice(0, 3) : DAYS_EN[weekday];
    } else if (kind === "m" && !lastWasHour && !/^[^a-z]*s/i.test(section.slice(i))) {
      if (n === 1) out += String(month);
      else if (n === 2) out += pad(month);
      else if (n === 5) out += vi ? String(month) : MONTH_NAMES_EN[month - 1][0];
      else if (vi) out += n === 3 ? `Thg ${month}` : `tháng ${month}`;
      else out += n === 3 ? MONTH_NAMES_EN[month - 1].slice(0, 3) : MONTH_NAMES_EN[month - 1];
    } else if (kind === "a") out += token.length > 3 ? "AM" : "A";
    else out += n >= 2 ? "00" : "0"; // hours, minutes, seconds of a calendar day
    lastWasHour = kind === "h" || (lastWasHour && kind === "m");
  }
  return out;
}
