/**
 * The periods a deadline names ("tháng 6/2024", "quý II năm 2026", "6 tháng đầu năm 2024", "30/6/2026",
 * "năm 2024"), read from tokens of folded text, and the search for periods in free text.
 */
import { daysInMonth, endOfMonth, endOfQuarter, endOfYear, isoDate } from "../dates";
import type { IsoDate } from "../types";
import type { Tok } from "./lexer";

/** Years outside this span are not understood (a typo such as "20224" or "1024" is never read as a date). */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

type Unit = "day" | "month" | "quarter" | "half" | "year";

/** One period named in the text. `year` is missing in "tháng 6 và tháng 12/2024" until inherited. */
export interface Atom {
  readonly unit: Unit;
  /** Month (day, month), quarter 1–4, half 1–2; 0 for a year. */
  readonly n: number;
  readonly day?: number;
  year?: number;
}

type AtomMatch = { readonly end: number; readonly atoms: Atom[] } | { readonly end: number; readonly invalid: true };

export const isW = (t: Tok | undefined, v: string): boolean => t !== undefined && t.k === "w" && t.v === v;
const isN = (t: Tok | undefined, min: number, max: number): boolean =>
  t !== undefined && t.k === "n" && t.v.length >= min && t.v.length <= max;
const isSep = (t: Tok | undefined): boolean =>
  t !== undefined && t.k === "p" && (t.v === "/" || t.v === "-" || t.v === ".");
const isListSep = (t: Tok | undefined): boolean => t !== undefined && (t.v === "," || t.v === "&" || isW(t, "va"));

/** "/2024", "-2024", ".2024", "năm 2024", "/năm 2024" after a month, quarter or day; ", 2024" ending a list. */
function yearPart(toks: readonly Tok[], k: number): { end: number; year: number } | null {
  if (toks[k]?.v === "," && isN(toks[k + 1], 4, 4) && !isListSep(toks[k + 2])) {
    return { end: k + 2, year: Number(toks[k + 1].v) };
  }
  if (isSep(toks[k]) && isN(toks[k + 1], 4, 4)) return { end: k + 2, year: Number(toks[k + 1].v) };
  if (isSep(toks[k]) && isW(toks[k + 1], "nam") && isN(toks[k + 2], 4, 4))
    return { end: k + 3, year: Number(toks[k + 2].v) };
  if (isW(toks[k], "nam") && isN(toks[k + 1], 4, 4)) return { end: k + 2, year: Number(toks[k + 1].v) };
  return null;
}

/** In free text (`strict` false) a bare "25/25" without a year is a count, not a day. */
function dayAtom(toks: readonly Tok[], i: number, strict: boolean): AtomMatch | null {
  const ngay = isW(toks[i], "ngay");
  const j = ngay ? i + 1 : i;
  if (!isN(toks[j], 1, 2)) return null;
  const d = Number(toks[j].v);
  let m: number;
  let k: number;
  if (isSep(toks[j + 1]) && isN(toks[j + 2], 1, 2)) {
    m = Number(toks[j + 2].v);
    k = j + 3;
    // "15/3/26": a two-digit year is not guessed.
    if (isSep(toks[k]) && isN(toks[k + 1], 1, 3)) return { end: k + 2, invalid: true };
  } else if (isW(toks[j + 1], "thang") && isN(toks[j + 2], 1, 2)) {
    m = Number(toks[j + 2].v);
    k = j + 3;
    if (!ngay && !yearPart(toks, k)) return null;
  } else return null;
  const y = yearPart(toks, k);
  if (!strict && !ngay && !y) return null;
  if (m < 1 || m > 12 || d < 1 || d > 31) return { end: y ? y.end : k, invalid: true };
  return { end: y ? y.end : k, atoms: [{ unit: "day", n: m, day: d, year: y?.year }] };
}

/** "6 tháng đầu năm 2024", "06 tháng cuối năm 2024", "sáu tháng đầu năm", "nửa cuối năm 2024". */
function halfAtom(toks: readonly Tok[], i: number): AtomMatch | null {
  let k: number;
  const t = toks[i];
  if (((t?.k === "n" && (t.v === "6" || t.v === "06")) || isW(t, "sau")) && isW(toks[i + 1], "thang")) k = i + 2;
  else if (isW(t, "nua")) k = i + 1;
  else return null;
  const h = isW(toks[k], "dau") ? 1 : isW(toks[k], "cuoi") ? 2 : 0;
  if (h === 0) return null;
  k++;
  const y = yearPart(toks, k);
  if (y) return { end: y.end, atoms: [{ unit: "half", n: h, year: y.year }] };
  return { end: isW(toks[k], "nam") ? k + 1 : k, atoms: [{ unit: "half", n: h }] };
}

/** "tháng 6/2024", "tháng 02-2024", "tháng 6 năm 2024", "T6/2024", "tháng 6 và 12/2024", bare "6/2024". */
function monthAtom(toks: readonly Tok[], i: number): AtomMatch | null {
  const prefixed = isW(toks[i], "thang") || (isW(toks[i], "t") && isN(toks[i + 1], 1, 2));
  let k = prefixed ? i + 1 : i;
  if (!isN(toks[k], 1, 2)) return null;
  const months = [Number(toks[k].v)];
  k++;
  if (!prefixed) {
    const y = isSep(toks[k]) && isN(toks[k + 1], 4, 4) ? Number(toks[k + 1].v) : 0;
    if (y === 0) return null;
    k += 2;
    return months[0] >= 1 && months[0] <= 12
      ? { end: k, atoms: [{ unit: "month", n: months[0], year: y }] }
      : { end: k, invalid: true };
  }
  while (isListSep(toks[k]) && isN(toks[k + 1], 1, 2)) {
    months.push(Number(toks[k + 1].v));
    k += 2;
  }
  const y = yearPart(toks, k);
  if (y) k = y.end;
  else if (isSep(toks[k]) && toks[k].v === "/" && isN(toks[k + 1], 1, 3)) return { end: k + 2, invalid: true };
  if (months.some((m) => m < 1 || m > 12)) return { end: k, invalid: true };
  return { end: k, atoms: months.map((m) => ({ unit: "month", n: m, year: y?.year })) };
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

function quarterNumber(t: Tok | undefined): number | undefined {
  if (t === undefined) return undefined;
  if (t.k === "w" && /^[ivxl]+$/.test(t.v)) return ROMAN[t.v] ?? 0;
  if (t.k === "n" && t.v.length <= 2) return Number(t.v);
  return undefined;
}

/** "quý I/2024", "quý IV/2024", "quý 3/2026", "quý II năm 2026", "Q1/2024", "quý I, II/2024"; "quý V" is invalid. */
function quarterAtom(toks: readonly Tok[], i: number): AtomMatch | null {
  const prefixed = isW(toks[i], "quy") || (isW(toks[i], "q") && isN(toks[i + 1], 1, 1));
  if (!prefixed) return null;
  let k = i + 1;
  const first = quarterNumber(toks[k]);
  if (first === undefined) return null;
  const qs = [first];
  k++;
  while (isListSep(toks[k]) && quarterNumber(toks[k + 1]) !== undefined) {
    qs.push(quarterNumber(toks[k + 1]) ?? 0);
    k += 2;
  }
  const y = yearPart(toks, k);
  if (y) k = y.end;
  if (qs.some((q) => q < 1 || q > 4)) return { end: k, invalid: true };
  return { end: k, atoms: qs.map((q) => ({ unit: "quarter", n: q, year: y?.year })) };
}

/** "năm 2024", and in strict phrases a bare "2024". */
function yearAtom(toks: readonly Tok[], i: number, bare: boolean): AtomMatch | null {
  if (isW(toks[i], "nam") && isN(toks[i + 1], 4, 4)) {
    return { end: i + 2, atoms: [{ unit: "year", n: 0, year: Number(toks[i + 1].v) }] };
  }
  if (bare && isN(toks[i], 4, 4)) return { end: i + 1, atoms: [{ unit: "year", n: 0, year: Number(toks[i].v) }] };
  return null;
}

/** `strict`: inside a strict phrase, where a bare "2024" is a year and a bare "30/6" a day. */
export function atomAt(toks: readonly Tok[], i: number, strict: boolean): AtomMatch | null {
  return (
    dayAtom(toks, i, strict) ??
    halfAtom(toks, i) ??
    monthAtom(toks, i) ??
    quarterAtom(toks, i) ??
    yearAtom(toks, i, strict)
  );
}

export function startOf(a: Atom, y: number): IsoDate {
  switch (a.unit) {
    case "day":
      return isoDate(y, a.n, a.day ?? 1);
    case "month":
      return isoDate(y, a.n, 1);
    case "quarter":
      return isoDate(y, a.n * 3 - 2, 1);
    case "half":
      return isoDate(y, a.n === 1 ? 1 : 7, 1);
    case "year":
      return isoDate(y, 1, 1);
  }
}

export function endOf(a: Atom, y: number): IsoDate {
  switch (a.unit) {
    case "day":
      return isoDate(y, a.n, a.day ?? 1);
    case "month":
      return endOfMonth(y, a.n);
    case "quarter":
      return endOfQuarter(y, a.n);
    case "half":
      return endOfMonth(y, a.n === 1 ? 6 : 12);
    case "year":
      return endOfYear(y);
  }
}

/** Atoms without a year take the year of the next atom that has one ("tháng 6 và tháng 12/2024"). */
export function inheritYears(atoms: readonly Atom[]): void {
  let y: number | undefined;
  for (let i = atoms.length - 1; i >= 0; i--) {
    if (atoms[i].year !== undefined) y = atoms[i].year;
    else atoms[i].year = y;
  }
}

export function valid(a: Atom): a is Atom & { year: number } {
  const y = a.year;
  if (y === undefined || y < MIN_YEAR || y > MAX_YEAR) return false;
  return a.unit !== "day" || (a.day ?? 0) <= daysInMonth(y, a.n);
}

export interface Found {
  /** Token index where the period starts. */
  readonly at: number;
  readonly start: IsoDate;
  readonly due: IsoDate;
}

/**
 * Periods written anywhere in free text ("hoàn thành việc kết nối trong năm 2026"). Bare years are not read here
 * ("2000 hồ sơ"); `invalid` tells that a period-shaped phrase was not valid, so the text is not trusted.
 */
export function scanPeriods(toks: readonly Tok[]): { found: Found[]; invalid: boolean } {
  const atoms: Array<{ at: number; a: Atom }> = [];
  let invalid = false;
  let i = 0;
  while (i < toks.length) {
    const m = atomAt(toks, i, false);
    if (!m) {
      i++;
      continue;
    }
    if ("invalid" in m) invalid = true;
    else for (const a of m.atoms) atoms.push({ at: i, a });
    i = Math.max(m.end, i + 1);
  }
  inheritYears(atoms.map((x) => x.a));
  const found: Found[] = [];
  for (const { at, a } of atoms) {
    if (a.year === undefined) continue;
    if (!valid(a)) invalid = true;
    else found.push({ at, start: startOf(a, a.year), due: endOf(a, a.year) });
  }
  return { found, invalid };
}

/** The period right at token `i` ("từ tháng 01/2024 …" → the month), when it names one valid period with a year. */
export function periodAt(toks: readonly Tok[], i: number): { start: IsoDate; due: IsoDate } | null {
  const m = atomAt(toks, i, false);
  if (!m || "invalid" in m || m.atoms.length !== 1) return null;
  const a = m.atoms[0];
  return valid(a) ? { start: startOf(a, a.year), due: endOf(a, a.year) } : null;
}
