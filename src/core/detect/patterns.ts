/**
 * Small text patterns of appendix rows: task numbers, Roman numerals, section headings and their declared
 * counts, column-number rows, years in target headers, and what a "Tiến độ" cell looks like.
 */
import type { CellValue } from "../grid";
import { cleanText, fold } from "../text";

const ROMAN = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** "I", "IV", "XII" (upper case; an optional trailing "." is tolerated by callers). */
export function isRoman(s: string): boolean {
  return s.length > 0 && s.length <= 8 && ROMAN.test(s);
}

// prettier-ignore
const ROMAN_VALUES: ReadonlyArray<readonly [number, string]> = [
  [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
  [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
];

/** A whole number (1 or more) written in Roman numerals: 4 → "IV". */
export function romanNumeral(n: number): string {
  let rest = Math.max(0, Math.floor(n));
  let out = "";
  for (const [v, s] of ROMAN_VALUES) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** The Roman numeral of a number cell ("I", "II.", "<b>III</b>" already cleaned), or undefined. */
export function romanLabel(text: string): string | undefined {
  const t = text.replace(/[.:)]$/, "").trim();
  return isRoman(t) ? t : undefined;
}

/** A capital letter numbering a part of the table ("A", "B.", "Đ)"), or undefined. */
export function letterLabel(text: string): string | undefined {
  const m = /^([A-ZĐ])[.:)]?$/u.exec(text.trim());
  return m ? m[1] : undefined;
}

const TASK_NUMBER = /^(?:\d{1,4}(?:\.\d{1,3}){0,3}[.)]?|[a-zđ][.)])$/;

/** A task number as written in a number cell: "1", "1.", "01", "1.2", "a)". Empty when the cell is no number. */
export function taskNumber(v: CellValue, text: string): string {
  if (v.kind === "number") {
    return Number.isFinite(v.value) && v.value >= 0 && v.value < 100000 ? String(v.value) : "";
  }
  if (v.kind !== "text") return "";
  return text.length <= 16 && TASK_NUMBER.test(text) ? text : "";
}

/** The leading integer of a task number ("3" → 3, "1.2" → 1), for numbering checks; NaN when none. */
export function leadingInteger(num: string): number {
  const m = /^(\d+)/.exec(num);
  return m ? Number(m[1]) : NaN;
}

export interface SectionHeading {
  readonly label: string;
  readonly title: string;
}

const HEADING = /^((?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})|[A-Z])\s*[.):\-–]\s*(\S.*)$/su;
const PART = /^(?:PHẦN|Phần|MỤC|Mục|CHƯƠNG|Chương)\s+([IVXLC]+|\d{1,2})\s*[.:\-–]?\s*(.*)$/su;

/** "I. VỀ CÔNG TÁC CHỈ ĐẠO (08 NHIỆM VỤ)" → { label: "I", title: "VỀ CÔNG TÁC …" }; a heading written across a row. */
export function sectionHeading(text: string): SectionHeading | undefined {
  const m = HEADING.exec(text);
  if (m && m[1] !== "" && m[2].trim() !== "") return { label: m[1], title: m[2].trim() };
  const p = PART.exec(text);
  if (p) return { label: p[1], title: p[2].trim() };
  return undefined;
}

/** Mostly upper-case letters (a heading), with at least a few letters; a trailing "(08 nhiệm vụ)" is not counted. */
export function isUpperHeading(text: string): boolean {
  let letters = 0;
  let upper = 0;
  for (const ch of text.replace(/\([^()]*\)\s*$/, "")) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lo === up) continue;
    letters++;
    if (ch === up) upper++;
    if (letters > 200) break;
  }
  return letters >= 4 && upper / letters >= 0.8;
}

const DECLARED = [
  /\(\s*(?:gom|co)?\s*0*(\d{1,4})\s*(?:nhiem vu|nhom nhiem vu|nv|chi tieu|muc tieu|noi dung|nhiem vu cu the)\s*\)/,
  /[-–:]\s*(?:gom|co)?\s*0*(\d{1,4})\s+(?:nhiem vu|chi tieu|muc tieu)\s*\.?$/,
];

/** "(08 NHIỆM VỤ)", "(8 nhiệm vụ)" → 8. */
export function declaredCount(title: string): number | undefined {
  const f = fold(title);
  for (const re of DECLARED) {
    const m = re.exec(f);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** The first letter of a text (HTML tags, spaces, brackets and punctuation skipped) is lower case. */
export function startsLowerCase(original: string): boolean {
  let s = original;
  for (let guard = 0; guard < 8; guard++) {
    const t = s.replace(/^[\s\u00a0"'“‘([–\-….,;:+*•]+/u, "").replace(/^<\s*\/?\s*[a-z]+\b[^>]*>/i, "");
    if (t === s) break;
    s = t;
  }
  for (const ch of s) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lo === up) return false;
    return ch === lo;
  }
  return false;
}

/** A piece of text that reads as finished: ends with a full stop, closing bracket or similar. */
export function endsFinished(text: string): boolean {
  return /[.;!?)…]\s*$/.test(text);
}

/** A cell of a column-number row: "(1)", "1", "(2).", "A", "(B)". Returns the number (0 for letters). */
export function columnNumberToken(v: CellValue): number | undefined {
  if (v.kind === "number") return Number.isInteger(v.value) && v.value >= 1 && v.value <= 60 ? v.value : undefined;
  if (v.kind !== "text" || v.text.length > 40) return undefined;
  const t = cleanText(v.text);
  if (t.length > 8) return undefined;
  const m = /^\(?\s*(\d{1,2}|[A-Z])\s*\)?\.?$/.exec(t);
  if (!m) return undefined;
  return /\d/.test(m[1]) ? Number(m[1]) : 0;
}

/** A year in a target header: "Năm 2026", "2026", "Mục tiêu năm 2030" → 2026/2030. */
export function headerYear(folded: string): number | undefined {
  const m = /(?:^|\s)((?:19|20)\d\d)(?:\s|$)/.exec(folded);
  return m ? Number(m[1]) : undefined;
}

/** A sub-header that is only a year: "Năm 2026", "2026". */
export function isYearHeader(folded: string): boolean {
  return /^(?:nam )?(?:19|20)\d\d$/.test(folded);
}

const STATUS_LIKE =
  /^(?:da|dang|chua|xong|done|completed|in progress|not started|khong dat|x|✓|✔|☑|✅)(?:\s|$)|^\d{1,3}(?:[.,]\d+)?\s*%$/;
const STATUS_WORD = /^(?:hoan thanh|hoan tat|dat)(?:\s|$)/;
const DEADLINE_LIKE =
  /(?:^|\s)(?:thang|quy|nam|ngay|truoc|tu|giai doan|thuong xuyen|hang|hang thang|hang nam|dinh ky|sau khi|theo lo trinh|theo tien do|trong)(?:\s|$)|(?:19|20)\d\d|\d{1,2}\/\d{1,2}/;

/** What a cell under a "Tiến độ" header looks like: a deadline ("Quý I/2024") or a status ("Đã hoàn thành"). */
export function cellLooksLike(v: CellValue): "deadline" | "status" | undefined {
  if (v.kind === "date") return "deadline";
  if (v.kind === "boolean") return "status";
  if (v.kind !== "text") return undefined;
  const f = fold(cleanText(v.text));
  if (f === "") return undefined;
  if (STATUS_LIKE.test(f)) return "status";
  if (DEADLINE_LIKE.test(f)) return "deadline";
  if (STATUS_WORD.test(f)) return "status";
  return undefined;
}

/** What a cell under an ambiguous header looks like. */
export type CellKind = "deadline" | "status" | "report" | "unit" | "text";

/** Longest cell read as a plain status ("Đã hoàn thành", "Hoàn thành 80%"); longer ones say more than a status. */
const STATUS_MAX_LENGTH = 40;
/** A report of work done or under way: "đã", "đang", "chưa" as words, a tally "34/34", a dated event. */
const REPORT_LIKE = /(?:^|[\s,;:(\-–])(?:đã|đang|chưa|hiện nay|hiện đã)(?=\s)|\d+\s*\/\s*\d+(?!\/)|(?:^|\s)ngày\s+\d/u;

/**
 * What a cell under a results header ("Kết quả thực hiện", "Kết quả") looks like: a status, a progress report
 * ("Bộ đã ban hành …", "Có 34/34 địa phương …"), or other text (an expected deliverable, "Quyết định … được ban hành").
 */
export function resultLooksLike(v: CellValue): CellKind | undefined {
  if (v.kind === "date" || v.kind === "boolean") return "status";
  if (v.kind === "number") return "status";
  if (v.kind !== "text") return undefined;
  const t = cleanText(v.text);
  if (t === "") return undefined;
  if (t.length <= STATUS_MAX_LENGTH) {
    const f = fold(t);
    if (STATUS_LIKE.test(f) || STATUS_WORD.test(f)) return "status";
  }
  return REPORT_LIKE.test(t.toLowerCase()) ? "report" : "text";
}

/** What a cell under "Đơn vị" looks like: a unit of measure ("%", "Tài khoản") or a name (an agency). */
export function unitLooksLike(v: CellValue): CellKind | undefined {
  if (v.kind !== "text") return undefined;
  const t = cleanText(v.text);
  if (t === "") return undefined;
  return t.length <= 3 || t.includes("%") ? "unit" : "text";
}
