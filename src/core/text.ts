/**
 * Vietnamese text: one NFC normalisation, one fold for comparison, HTML fragments set aside for checking.
 * The user's original text is always what is shown; folded text is only ever compared.
 */
import type { CellValue } from "./grid";

export function nfc(s: string): string {
  return s.normalize("NFC");
}

const COMBINING = /[\u0300-\u036f]/g;
const SPACES = /[\s\u00a0\u200b]+/g;

/**
 * Short texts (agency names, deadlines, statuses) repeat on every row: their folds are remembered, in a table
 * that is emptied when it grows large so memory stays bounded.
 */
const FOLD_CACHE_MAX_LENGTH = 80;
const FOLD_CACHE_SIZE = 50_000;
const foldCache = new Map<string, string>();

/** The one fold: NFC, diacritics off, đ→d, lower case, white space collapsed and trimmed. */
export function fold(s: string): string {
  if (s.length > FOLD_CACHE_MAX_LENGTH) return computeFold(s);
  let f = foldCache.get(s);
  if (f === undefined) {
    if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear();
    f = computeFold(s);
    foldCache.set(s, f);
  }
  return f;
}

function computeFold(s: string): string {
  return s.normalize("NFD").replace(COMBINING, "").replace(/[đĐ]/g, "d").toLowerCase().replace(SPACES, " ").trim();
}

const PUNCT = /[^\p{L}\p{N}&]+/gu;

/** The fold with punctuation turned into spaces: "Lao động – Thương binh" and "Lao động, Thương binh" agree. */
export function foldWords(s: string): string {
  if (s.length > FOLD_CACHE_MAX_LENGTH) return computeFoldWords(s);
  let f = foldWordsCache.get(s);
  if (f === undefined) {
    if (foldWordsCache.size >= FOLD_CACHE_SIZE) foldWordsCache.clear();
    f = computeFoldWords(s);
    foldWordsCache.set(s, f);
  }
  return f;
}

const foldWordsCache = new Map<string, string>();

function computeFoldWords(s: string): string {
  return fold(s).replace(PUNCT, " ").replace(/ +/g, " ").trim();
}

/**
 * `s` without the characters of `chars` at its end. What `s.replace(/[…]+$/, "")` does, in linear time: that
 * pattern is tried at every position of a long run of those characters that does not reach the end.
 */
export function trimEndOf(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && (chars.includes(s[end - 1]) || (chars.includes(" ") && /\s/.test(s[end - 1])))) end--;
  return s.slice(0, end);
}

/** Word tokens of the fold, for indexes. */
export function tokens(s: string): string[] {
  const f = foldWords(s);
  return f === "" ? [] : f.split(" ");
}

/**
 * An HTML tag of the kinds conversions leave. Linear on any text: after "<" the spaces and the optional "/" can be
 * read one way only, and a tag's attributes stop at the next "<", so a text of many "<" (such as "<b<b<b…") is
 * scanned once, not once per "<".
 */
const TAG = /<\s*(?:\/\s*)?(p|b|i|u|br|span|div|strong|em|font|sup|sub|strike|s|li|ul|ol|table|tr|td|th)\b[^<>]*>/gi;
const ENTITIES: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function hasHtml(s: string): boolean {
  TAG.lastIndex = 0;
  return TAG.test(s) || /&(nbsp|amp|lt|gt|quot|apos);/.test(s);
}

/** Removes HTML fragments left by conversions (`<p>`, `<b>`, `&nbsp;`), keeping their text. */
export function stripHtml(s: string): string {
  return s
    .replace(TAG, " ")
    .replace(/&(nbsp|amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? " ")
    .replace(/&#(\d{1,5});/g, (_, n: string) => String.fromCharCode(Number(n)));
}

/** Text for checking: NFC, HTML removed, white space collapsed. */
export function cleanText(s: string): string {
  return nfc(stripHtml(s)).replace(SPACES, " ").trim();
}

/** Original text of a cell as a user would read it (NFC; numbers as plain decimals; dates as ISO). */
export function cellText(v: CellValue): string {
  switch (v.kind) {
    case "empty":
      return "";
    case "text":
      return nfc(v.text);
    case "number":
      return String(v.value);
    case "boolean":
      return v.value ? "TRUE" : "FALSE";
    case "date":
      return v.iso;
    case "error":
      return v.code;
  }
}

export function isBlank(v: CellValue): boolean {
  return v.kind === "empty" || (v.kind === "text" && cleanText(v.text) === "");
}

/** Similarity of two token lists (Dice coefficient over distinct tokens), 0..1. */
export function diceTokens(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const sa = new Set(a);
  const sb = new Set(b);
  let common = 0;
  for (const t of sa) if (sb.has(t)) common++;
  return (2 * common) / (sa.size + sb.size);
}

/** Levenshtein distance bounded by `max` (returns max + 1 when farther), for short strings such as names. */
export function editDistance(a: string, b: string, max = 64): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}
