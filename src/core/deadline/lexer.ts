/**
 * Deadline text as the parser reads it: folded (no diacritics, lower case), dashes unified, document references
 * ("Quyết định số 4466/QĐ-UBND ngày 01/12/2023") set aside, brackets split from the main text, then tokens.
 */
import { fold } from "../text";
import { DEADLINE_WORDS } from "./vocabulary";

/** Hyphens, en and em dashes, minus signs: all read as "-". */
export const DASHES = /[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/g;

const DATE_IN_REF = String.raw`(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4})`;

/**
 * A document number has a digit (or "số", or dots left blank) before a slash and letters after it
 * ("4466/qd-ubnd", "104/2022/nd-cp", "02-kh/bcdtw", "5194/ttr-cat(pc06)", "số /qd-ubnd"), and may carry its issuing
 * date. Dates such as "6/2024" never match (a digit follows their slash), nor do "6 tháng/lần" or "và/hoặc".
 */
const DOC_REF = new RegExp(
  String.raw`(?:\bso\s*[a-z0-9&.-]*|[a-z0-9&.-]*\d[a-z0-9&.-]*|\.{2,})\/[a-z][a-z0-9&.\-/]*(?:\([a-z0-9]+\))?` +
    String.raw`(?:\s*,?\s*ngay\s*${DATE_IN_REF})?`,
  "g",
);

/** The word that stands for a removed document reference: no parser understands it. */
export const REF_WORD = "zref";

/** Folded deadline text: the one fold, dashes unified, quotes dropped, document references replaced. */
export function foldDeadline(clean: string): string {
  let f = fold(clean);
  for (const [from, to] of DEADLINE_WORDS.spellings) f = f.replace(from, to);
  f = f
    .replace(DASHES, "-")
    .replace(/\u2026/g, "...")
    .replace(/[\u201c\u201d\u201e\u201f\u2018\u2019\u00ab\u00bb"`]/g, " ")
    // "Từ nay đến hết năm 2026" is "đến hết năm 2026"
    .replace(/^tu (?:nay|bay gio) (?=den\b)/, "");
  return f.includes("/") ? f.replace(DOC_REF, ` ${REF_WORD} `) : f;
}

export interface Split {
  /** Text outside brackets, brackets replaced by spaces. */
  readonly main: string;
  /** Contents of each top-level bracket group, "(…)" or "[…]"; an unclosed group runs to the end. */
  readonly inner: readonly string[];
}

export function splitBrackets(s: string): Split {
  if (!/[([]/.test(s)) return { main: s, inner: [] };
  let main = "";
  let cur = "";
  let depth = 0;
  const inner: string[] = [];
  for (const ch of s) {
    if (ch === "(" || ch === "[") {
      if (depth > 0) cur += " ";
      depth++;
      main += " ";
    } else if (ch === ")" || ch === "]") {
      if (depth === 0) {
        main += " ";
        continue;
      }
      depth--;
      if (depth === 0) {
        inner.push(cur.trim());
        cur = "";
      } else cur += " ";
    } else if (depth > 0) cur += ch;
    else main += ch;
  }
  if (depth > 0 && cur.trim() !== "") inner.push(cur.trim());
  return { main: main.replace(/ +/g, " ").trim(), inner: inner.filter((x) => x !== "") };
}

export interface Tok {
  /** n: digits, w: a word (ascii letters after folding), p: one punctuation character. */
  readonly k: "n" | "w" | "p";
  readonly v: string;
}

const TOKEN = /\d+|[a-z]+|[^\s\da-z]/g;

export function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  for (const m of s.matchAll(TOKEN)) {
    const v = m[0];
    const c = v.charCodeAt(0);
    out.push({ k: c >= 48 && c <= 57 ? "n" : c >= 97 && c <= 122 ? "w" : "p", v });
  }
  return out;
}

/** Index of the first occurrence of the word sequence `words` at or after `from`, or -1. */
export function findWords(toks: readonly Tok[], words: readonly string[], from = 0, to = toks.length): number {
  outer: for (let i = from; i + words.length <= to; i++) {
    for (let j = 0; j < words.length; j++) {
      const t = toks[i + j];
      if (t.k !== "w" || t.v !== words[j]) continue outer;
    }
    return i;
  }
  return -1;
}
