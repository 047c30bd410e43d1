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
  readonly shortForms: readonly string[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function compileTaskVocabulary(input: TaskVocabularyInput): TaskVocabulary {
  const v = taskVocabularySchema.parse(input);
  const phrases = v.assignedIn.map((p) => escapeRegExp(nfc(p)).replace(/ /g, "\\s+"));
  const shorts = [...v.abbreviations].sort((a, b) => b.short.length - a.short.length);
  return {
    citation: phrases.length
      ? new RegExp(`[\\s,;]*(?:${phrases.join("|")})\\s[^;.!?\\n]*?\\bsố\\s*\\d[^;!?\\n]*$`, "iu")
      : undefined,
    abbreviation: shorts.length
      ? new RegExp(`(?:${shorts.map((a) => escapeRegExp(nfc(a.short))).join("|")})(?![\\p{L}\\p{N}])\\s*`, "gu")
      : undefined,
    full: new Map(shorts.map((a) => [nfc(a.short), `${nfc(a.full)} `])),
    citationHints: [...new Set(v.assignedIn.map((p) => nfc(p).split(" ").slice(-2).join(" ")))],
    shortForms: [...new Set(shorts.map((a) => nfc(a.short).replace(/\.$/, "")))],
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
  let t = text;
  for (const lead of leads) {
    if (lead === "" || !t.startsWith(lead)) continue;
    const rest = t.slice(lead.length).trimStart();
    if (fold(rest.slice(0, 8)).startsWith("chu tri")) t = rest;
    break;
  }
  if (vocab.citation && t.includes("số") && vocab.citationHints.some((h) => t.includes(h)))
    t = t.replace(vocab.citation, "");
  if (vocab.abbreviation && vocab.shortForms.some((h) => t.includes(h))) {
    const re = vocab.abbreviation;
    re.lastIndex = 0;
    if (re.test(t)) {
      re.lastIndex = 0;
      // a short form is a word of its own: not preceded by a letter or a figure
      t = t.replace(re, (m: string, at: number, all: string) =>
        at > 0 && /[\p{L}\p{N}]/u.test(all[at - 1]) ? m : (vocab.full.get(m.trim()) ?? m),
      );
    }
  }
  return t;
}
