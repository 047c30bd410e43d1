/**
 * The words used to compare task texts (src/data/task-vocabulary.json), validated once:
 *
 * - assignedIn: phrases citing the document that assigned the task ("theo nhiệm vụ được giao tại Thông báo số …"):
 *   a closing reference of that kind says where the task comes from, not what it is;
 * - abbreviations: short forms written for the same words ("TP." = "thành phố").
 *
 * `comparableText` reads a task text with those set aside, and without a leading restatement of the task's own
 * lead ("Bộ Tài chính chủ trì, phối hợp …" = "Chủ trì, phối hợp …"), so that the same task worded in these two ways
 * is found as a repeat.
 */
import { z } from "zod";
import data from "../../../data/task-vocabulary.json";
import { fold, nfc } from "../../text";

export const taskVocabularySchema = z
  .object({
    description: z.string().optional(),
    assignedIn: z.array(z.string().trim().min(1)).default([]),
    abbreviations: z
      .array(z.object({ short: z.string().trim().min(1), full: z.string().trim().min(1) }).strict())
      .default([]),
  })
  .strict();

export type TaskVocabularyInput = z.input<typeof taskVocabularySchema>;

export interface TaskVocabulary {
  /** A closing citation of the assigning document: the phrase, then text naming a numbered act ("số …"). */
  readonly citation: RegExp | undefined;
  /** Short forms, each with its full form. */
  readonly abbreviation: RegExp | undefined;
  readonly full: ReadonlyMap<string, string>;
  /** Plain strings one of which a text must hold for the patterns to be tried (cheap to look for). */
  readonly citationHints: readonly string[];
  /** Any of `citationHints` (one search instead of one per hint). */
  readonly citationHint: RegExp | undefined;
  readonly shortForms: readonly string[];
  /** The short forms as written, longest first (the order they are tried in at one place). */
  readonly shortsByLength: readonly string[];
  /** No full form holds a figure or a clause end (";", ".", "!", "?", a line break), and no short form a figure. */
  readonly fullFormsPlain: boolean;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function compileTaskVocabulary(input: TaskVocabularyInput): TaskVocabulary {
  const v = taskVocabularySchema.parse(input);
  const phrases = v.assignedIn.map((p) => escapeRegExp(nfc(p)).replace(/ /g, "\\s+"));
  const hints = [...new Set(v.assignedIn.map((p) => nfc(p).split(" ").slice(-2).join(" ")))];
  const shorts = [...v.abbreviations].sort((a, b) => b.short.length - a.short.length);
  return {
    citation: phrases.length
      ? new RegExp(`[\\s,;]*(?:${phrases.join("|")})\\s[^;.!?\\n]*?\\bsố\\s*\\d[^;!?\\n]*$`, "iu")
      : undefined,
    abbreviation: shorts.length
      ? new RegExp(`(?:${shorts.map((a) => escapeRegExp(nfc(a.short))).join("|")})(?![\\p{L}\\p{N}])\\s*`, "gu")
      : undefined,
    full: new Map(shorts.map((a) => [nfc(a.short), `${nfc(a.full)} `])),
    citationHints: hints,
    citationHint: hints.length ? new RegExp(hints.map(escapeRegExp).join("|")) : undefined,
    shortForms: [...new Set(shorts.map((a) => nfc(a.short).replace(/\.$/, "")))],
    shortsByLength: shorts.map((a) => nfc(a.short)),
    fullFormsPlain: shorts.every((a) => !/[\d;.!?\n]/.test(a.full) && !/\d/.test(a.short)),
  };
}

let cached: TaskVocabulary | undefined;

export function defaultTaskVocabulary(): TaskVocabulary {
  cached ??= compileTaskVocabulary(data);
  return cached;
}

/**
 * A task text as compared with others: without a closing citation of the assigning document, with abbreviations
 * written out, and without the task's own lead restated at its start (`leads`: the lead names as written).
 */
export function comparableText(
  text: string,
  leads: readonly string[],
  vocab: TaskVocabulary = defaultTaskVocabulary(),
): string {
  return expandShortForms(strippedText(text, leads, vocab), vocab);
}

/**
 * The first steps of `comparableText`: the restated lead and the closing citation set aside, short forms not yet
 * written out. Returns `text` itself when nothing is set aside. Writing out short forms changes no figure and no
 * clause end unless a full form holds one (`TaskVocabulary.fullFormsPlain`), so a caller that reads only figures
 * and clause ends may stop here.
 */
export function strippedText(
  text: string,
  leads: readonly { readonly text: string }[] | readonly string[],
  vocab: TaskVocabulary = defaultTaskVocabulary(),
): string {
  let t = text;
  for (const l of leads) {
    const lead = typeof l === "string" ? l : l.text;
    if (lead === "" || !t.startsWith(lead)) continue;
    const rest = t.slice(lead.length).trimStart();
    if (fold(rest.slice(0, 8)).startsWith("chu tri")) t = rest;
    break;
  }
  if (vocab.citation && t.includes("số") && vocab.citationHint?.test(t)) t = t.replace(vocab.citation, "");
  return t;
}

const LETTER_OR_FIGURE = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/**
 * `text` with its short forms written out: what `text.replace(vocab.abbreviation, …)` gives (a short form standing
 * as a word of its own — no letter or figure just before or after it — becomes its full form, the spaces after it
 * included), read in one pass from the places where a short form occurs, with no new string when there is none.
 */
export function expandShortForms(text: string, vocab: TaskVocabulary = defaultTaskVocabulary()): string {
  if (!vocab.abbreviation) return text;
  let at = -1;
  for (const h of vocab.shortForms) {
    const i = text.indexOf(h);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return text;
  let out = "";
  let done = 0;
  let p = at;
  while (p >= 0 && p < text.length) {
    const short = vocab.shortsByLength.find(
      (s) => text.startsWith(s, p) && !LETTER_OR_FIGURE.test(text.charAt(p + s.length)),
    );
    if (short === undefined) {
      p = nextShortForm(text, vocab, p + 1);
      continue;
    }
    let end = p + short.length;
    while (end < text.length && SPACE.test(text[end])) end++;
    if (p === 0 || !LETTER_OR_FIGURE.test(text[p - 1])) {
      out += text.slice(done, p) + (vocab.full.get(short) ?? text.slice(p, end));
      done = end;
    }
    p = nextShortForm(text, vocab, end);
  }
  return done === 0 ? text : out + text.slice(done);
}

/** Where the next short form may start at or after `from`, -1 when none. */
function nextShortForm(text: string, vocab: TaskVocabulary, from: number): number {
  let at = -1;
  for (const h of vocab.shortForms) {
    const i = text.indexOf(h, from);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  return at;
}
