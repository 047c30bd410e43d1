/**
 * The words used to read a task list written as prose (src/data/prose-vocabulary.json), validated once: the bullet
 * marks, the words that make a body the lead of a sentence ("Sở Y tế chủ trì", "Giao Sở Y tế chủ trì"). The labels of
 * attribute lines ("+ Sản phẩm: …") are the column names of the header vocabulary, so a clerk extends one list.
 */
import { z } from "zod";
import data from "../../data/prose-vocabulary.json";
import { foldWords } from "../text";

const words = z.array(z.string().min(1).max(60)).default([]);

export const proseVocabularySchema = z
  .object({
    description: z.string().optional(),
    bullets: z.array(z.string().min(1).max(2)).default([]),
    leadMarkers: words,
    assignWords: words,
    endings: words,
  })
  .strict();

export type ProseVocabularyInput = z.input<typeof proseVocabularySchema>;

export interface ProseVocabulary {
  /** Bullet marks, longest first. */
  readonly bullets: readonly string[];
  /** Folded words (foldWords) of the lead markers and the assignment words. */
  readonly leadMarkers: readonly string[];
  readonly assignWords: readonly string[];
  /** Folded words of the lines that end a task list ("Phụ lục", "Nơi nhận"). */
  readonly endings: readonly string[];
}

export function compileProseVocabulary(input: ProseVocabularyInput): ProseVocabulary {
  const d = proseVocabularySchema.parse(input);
  const folded = (list: readonly string[]): string[] =>
    [...new Set(list.map(foldWords).filter((s) => s !== ""))].sort((a, b) => b.length - a.length);
  return {
    bullets: [...new Set(d.bullets)].sort((a, b) => b.length - a.length),
    leadMarkers: folded(d.leadMarkers),
    assignWords: folded(d.assignWords),
    endings: folded(d.endings),
  };
}

let shipped: ProseVocabulary | undefined;

/** The vocabulary shipped in src/data/prose-vocabulary.json. */
export function defaultProseVocabulary(): ProseVocabulary {
  return (shipped ??= compileProseVocabulary(data));
}
