/**
 * Numbers as Vietnamese documents write them: decimal comma and thousands dot ("91,8%", "≥80.000",
 * "1.234,5"), fractions ("968/1054 thủ tục", "25/25"), bounds ("≥ 95%", "Trên 90%", "Tối thiểu 80%") and
 * yes/no targets ("Đảm bảo", "Không").
 */
import type { CellValue } from "../grid";
import { cleanText, fold, foldWords, trimEndOf } from "../text";

/** How a value bounds what reaches it. A plain value ("80", "100%") is reached like "at least". */
export type Bound = "plain" | "at-least" | "more-than" | "at-most" | "less-than";

export interface VQuantity {
  readonly kind: "quantity";
  /** The number; for a fraction, the percentage it makes (968/1054 → 91.84…). */
  readonly value: number;
  /** Written with "%", or a fraction (compared as a percentage). */
  readonly percent: boolean;
  readonly bound: Bound;
  readonly fraction?: { readonly numerator: number; readonly denominator: number };
  /** Words written after the number ("thủ tục", "tài khoản"), "" when none. */
  readonly unit: string;
}

export interface VYesNo {
  readonly kind: "yes-no";
  readonly value: boolean;
}

export type VValue = VQuantity | VYesNo;

/**
 * "80.000" → 80000, "91,8" → 91.8, "1.234,5" → 1234.5, "1,234.5" → 1234.5, "0.5" → 0.5. A lone dot followed by
 * exactly three digits is a thousands separator (Vietnamese); a lone comma is a decimal comma.
 */
export function parseVNumber(s: string): number | undefined {
  const t = s.replace(/\s+/g, "").replace(/[.,]$/, "");
  if (!/^\d[\d.,]*$/.test(t)) return undefined;
  const dots = t.split(".").length - 1;
  const commas = t.split(",").length - 1;
  let thousands: string | undefined;
  let decimal: string | undefined;
  if (dots > 0 && commas > 0) {
    decimal = t.lastIndexOf(".") > t.lastIndexOf(",") ? "." : ",";
    thousands = decimal === "." ? "," : ".";
    if (t.split(decimal).length - 1 > 1) return undefined;
  } else if (commas > 0) {
    if (commas > 1) thousands = ",";
    else decimal = ",";
  } else if (dots > 0) {
    if (dots > 1 || /^[1-9]\d{0,2}\.\d{3}$/.test(t)) thousands = ".";
    else decimal = ".";
  }
  let intPart = t;
  let fracPart = "";
  if (decimal) {
    const i = t.lastIndexOf(decimal);
    intPart = t.slice(0, i);
    fracPart = t.slice(i + 1);
    if (fracPart === "") return undefined;
  }
  if (thousands) {
    const groups = intPart.split(thousands);
    if (groups[0] === "" || groups[0].length > 3 || groups.slice(1).some((g) => g.length !== 3)) return undefined;
    intPart = groups.join("");
  }
  if (!/^\d+$/.test(intPart) || !/^\d*$/.test(fracPart)) return undefined;
  return Number(fracPart ? `${intPart}.${fracPart}` : intPart);
}

const YES = [
  "dam bao",
  "da dam bao",
  "bao dam",
  "da bao dam",
  "co",
  "dat",
  "da dat",
  "hoan thanh",
  "da hoan thanh",
  "yes",
];
const NO = [
  "khong",
  "khong dam bao",
  "chua dam bao",
  "khong bao dam",
  "chua bao dam",
  "chua",
  "chua dat",
  "khong dat",
  "chua hoan thanh",
  "no",
];

/**
 * "Đảm bảo", "Đã đảm bảo", "Có", "Đạt" → yes; "Không", "Chưa đảm bảo", "Không đạt" → no. One-word answers must
 * be the whole text ("Có thể" is no answer); longer ones may be followed by a remark ("Đảm bảo (đã nâng cấp)").
 */
export function parseYesNo(text: string): boolean | undefined {
  const w = foldWords(text);
  if (w === "") return undefined;
  let best: { len: number; value: boolean } | undefined;
  for (const [list, value] of [
    [NO, false],
    [YES, true],
  ] as const) {
    for (const e of list) {
      const hit = w === e || (e.includes(" ") && w.startsWith(`${e} `));
      if (hit && (!best || e.length > best.len)) best = { len: e.length, value };
    }
  }
  return best?.value;
}

// Words (folded) and signs written before a number, by what they mean. Longest first within each list.
const BOUND_WORDS: ReadonlyArray<readonly [Bound, readonly string[]]> = [
  ["at-least", ["khong thap hon", "khong duoi", "toi thieu", "it nhat", "≥", ">=", "=>"]],
  ["at-most", ["khong vuot qua", "khong cao hon", "khong qua", "toi da", "≤", "<=", "=<"]],
  ["more-than", ["cao hon", "lon hon", "nhieu hon", "tren", ">"]],
  ["less-than", ["thap hon", "nho hon", "it hon", "duoi", "<"]],
];

// A number, optionally "/ number" (a fraction), optionally "%"; not part of a date ("30/6/2026").
const QUANTITY = /(\d[\d.,]*)(?:\s*\/\s*(\d[\d.,]*))?\s*(%)?/;

/** The bound named by the words just before the number ("Trên 90%", "≥80.000", "Tối thiểu 80%"). */
function boundOf(prefix: string): Bound {
  const f = trimEndOf(fold(prefix), " :");
  if (f === "") return "plain";
  // "Từ 80%" (from 80% up); compared with its tone marks, since the fold makes it "tư" as in "đầu tư".
  if (/(^|\s)từ$/.test(trimEndOf(prefix.normalize("NFC").toLowerCase(), " :"))) return "at-least";
  for (const [bound, words] of BOUND_WORDS) {
    for (const w of words) {
      if (!f.endsWith(w)) continue;
      const before = f.length - w.length - 1;
      // Signs stand alone; words must start a word ("tu" in "dau tu" is not "từ").
      if (!/[a-z]/.test(w) || before < 0 || f[before] === " ") return bound;
    }
  }
  return "plain";
}

/** Reads a written value: a quantity (with bound, percent, fraction, unit) or a yes/no; undefined otherwise. */
export function parseVValue(text: string): VValue | undefined {
  const t = cleanText(text);
  if (t === "") return undefined;
  const m = QUANTITY.exec(t);
  if (!m) {
    const yn = parseYesNo(t);
    return yn === undefined ? undefined : { kind: "yes-no", value: yn };
  }
  const after = t.slice(m.index + m[0].length);
  if (m[2] !== undefined && /^\s*\/\s*\d/.test(after)) return undefined; // a date, not a fraction
  const bound = boundOf(t.slice(0, m.index));
  const unit = after.replace(/^[\s.,;:)–-]+/, "").trim();
  const first = parseVNumber(m[1]);
  if (first === undefined) return undefined;
  if (m[2] !== undefined) {
    const denominator = parseVNumber(m[2]);
    if (denominator === undefined || denominator === 0) return undefined;
    return {
      kind: "quantity",
      value: (first / denominator) * 100,
      percent: true,
      bound,
      fraction: { numerator: first, denominator },
      unit,
    };
  }
  return { kind: "quantity", value: first, percent: m[3] === "%", bound, unit };
}

/** A cell's value: numbers as they are (a "%" format turns 0.918 into 91.8%), text through parseVValue. */
export function cellVValue(v: CellValue): VValue | undefined {
  switch (v.kind) {
    case "number": {
      const percent = v.format?.includes("%") ?? false;
      return { kind: "quantity", value: percent ? v.value * 100 : v.value, percent, bound: "plain", unit: "" };
    }
    case "text":
      return parseVValue(v.text);
    case "boolean":
      return { kind: "yes-no", value: v.value };
    default:
      return undefined;
  }
}
