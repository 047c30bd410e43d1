/**
 * The lines of a prose task list, each classified by its shape: a heading ("IV. NHIỆM VỤ …", "1. Công an tỉnh",
 * "2.1. …", "a) …"), a bullet ("- …", "+ …"), an attribute line ("+ Sản phẩm: …", whose label is a column name of
 * the header vocabulary) or a plain paragraph. Nothing here knows any document's wording.
 */
import { romanLabel } from "../detect/patterns";
import type { HeaderVocabulary } from "../detect/vocabulary";
import { headerFold } from "../detect/vocabulary";
import { foldWords, nfc } from "../text";
import type { ColumnKey } from "../types";
import type { ProseVocabulary } from "./vocabulary";

/** The columns an attribute line can fill. */
export const ATTRIBUTE_KEYS = ["lead", "coLead", "deliverable", "deadline"] as const;
export type AttributeKey = (typeof ATTRIBUTE_KEYS)[number];

export type HeadingLevel = "roman" | "number" | "subnumber" | "letter";

export type ProseLine =
  | {
      readonly kind: "heading";
      readonly line: number;
      readonly level: HeadingLevel;
      readonly label: string;
      readonly text: string;
    }
  | {
      readonly kind: "attribute";
      readonly line: number;
      readonly key: AttributeKey;
      readonly label: string;
      readonly text: string;
    }
  | { readonly kind: "bullet"; readonly line: number; readonly text: string }
  | { readonly kind: "paragraph"; readonly line: number; readonly text: string }
  /** A line that ends the task list: a table row (cells separated by tabs), an appendix title, a signature line. */
  | { readonly kind: "end"; readonly line: number; readonly text: string }
  /** A line starting in lower case: the previous line broken inside a sentence. */
  | { readonly kind: "continuation"; readonly line: number; readonly text: string };

/** Longest heading title read as a heading; a longer numbered line is a numbered paragraph. */
const MAX_HEADING_WORDS = 40;
/** Longest label of an attribute line ("Đơn vị phối hợp", "Thời gian hoàn thành dự kiến"). */
const MAX_LABEL_LENGTH = 60;

const HEADING = /^((?:\d{1,3}\.){1,4}|\d{1,3}\)|[IVXLC]{1,7}[.:]|[a-zđ][).])\s*(\S.*)$/u;

function heading(text: string): { level: HeadingLevel; label: string; title: string } | undefined {
  const m = HEADING.exec(text);
  if (!m) return undefined;
  const label = m[1];
  const title = m[2].trim();
  if (title.split(/\s+/).length > MAX_HEADING_WORDS) return undefined;
  const bare = label.replace(/[.:)]+$/, "");
  if (/^[IVXLC]+$/.test(bare)) return romanLabel(bare) ? { level: "roman", label: bare, title } : undefined;
  if (/^[a-zđ]$/u.test(bare)) return { level: "letter", label: bare, title };
  return { level: bare.includes(".") ? "subnumber" : "number", label: bare, title };
}

/** The column named by an attribute label ("Đơn vị phối hợp" → coLead, "Tiến độ" → deadline). */
function attributeKey(label: string, headers: HeaderVocabulary): AttributeKey | undefined {
  const folded = headerFold(label);
  if (folded === "") return undefined;
  let best: { key: AttributeKey; length: number } | undefined;
  for (const c of headers.candidates(folded)) {
    if (c.quality !== 3) continue;
    const key: ColumnKey = c.ambiguous ?? c.key;
    const k = (ATTRIBUTE_KEYS as readonly string[]).includes(key) ? (key as AttributeKey) : undefined;
    if (k && (!best || (c.length ?? 0) > best.length)) best = { key: k, length: c.length ?? 0 };
  }
  return best?.key;
}

function attribute(
  body: string,
  headers: HeaderVocabulary,
): { key: AttributeKey; label: string; text: string } | undefined {
  const colon = body.indexOf(":");
  if (colon <= 0 || colon > MAX_LABEL_LENGTH) return undefined;
  const label = body.slice(0, colon).trim();
  const key = attributeKey(label, headers);
  return key ? { key, label, text: body.slice(colon + 1).trim() } : undefined;
}

/** The text after the bullet marks ("- …", "+ …", and "- + …" where two were typed), or undefined. */
function stripBullet(text: string, vocab: ProseVocabulary): string | undefined {
  let body = stripOne(text, vocab);
  for (let next = body; next !== undefined; next = stripOne(next, vocab)) body = next;
  return body;
}

function stripOne(text: string, vocab: ProseVocabulary): string | undefined {
  for (const b of vocab.bullets) {
    if (!text.startsWith(b)) continue;
    const rest = text.slice(b.length);
    // "-Tổ chức …" and "- Tổ chức …" are bullets; "-5%" and "+84" are not.
    if (rest === "" || /^\d/.test(rest)) continue;
    if (/^[\p{L}\p{N}]/u.test(b) && !/^\s/.test(rest)) continue;
    return rest.trim();
  }
  return undefined;
}

/**
 * A line as read: spaces collapsed, and the marks of text pasted from a converted document set aside — heading
 * marks ("## 2. Công an tỉnh") and bold or italic pairs ("**I. MỤC TIÊU**").
 */
function plain(line: string): string {
  return line
    .replace(/[\s\u00a0\u200b]+/g, " ")
    .trim()
    .replace(/^#{1,6} /, "")
    .replace(/\*{2,3}|__/g, "")
    .trim();
}

/** Longest line that can end a task list ("Phụ lục", "Phụ lục II", "Nơi nhận:", "KT. CHỦ TỊCH"). */
const MAX_ENDING_WORDS = 6;

function ends(t: string, vocab: ProseVocabulary, headers: HeaderVocabulary): boolean {
  if (t.split(" ").length > MAX_ENDING_WORDS) return false;
  const f = foldWords(t);
  return headers.isFooter(f) || vocab.endings.some((e) => f === e || f.startsWith(e + " "));
}

/** Splits text into its non-blank lines (1-based line numbers kept) and classifies each. */
export function proseLines(text: string, vocab: ProseVocabulary, headers: HeaderVocabulary): ProseLine[] {
  const out: ProseLine[] = [];
  const raw = nfc(text).split(/\r\n|\r|\n|\u2028|\u2029/);
  for (let i = 0; i < raw.length; i++) {
    const t = plain(raw[i]);
    if (t === "") continue;
    const line = i + 1;
    if (raw[i].includes("\t") || ends(t, vocab, headers)) {
      out.push({ kind: "end", line, text: t });
      continue;
    }
    const body = stripBullet(t, vocab);
    if (body !== undefined) {
      const a = attribute(body, headers);
      out.push(a ? { kind: "attribute", line, ...a } : { kind: "bullet", line, text: body });
      continue;
    }
    const a = attribute(t, headers);
    if (a) {
      out.push({ kind: "attribute", line, ...a });
      continue;
    }
    const h = heading(t);
    if (h) out.push({ kind: "heading", line, level: h.level, label: h.label, text: h.title });
    else out.push({ kind: /^\p{Ll}/u.test(t) ? "continuation" : "paragraph", line, text: t });
  }
  return out;
}
