/**
 * The deadline vocabulary: the words plans use around periods, in the title ("giai đoạn", "đến năm", "tầm nhìn",
 * "kèm theo") and in deadline cells. Data in src/data/deadline-vocabulary.json; users extend it with the same
 * shape. Every phrase is compared through the fold (no diacritics, lower case); a space in a phrase stands for any
 * run of white space, a slash may have spaces around it.
 */
import { z } from "zod";
import defaults from "../../data/deadline-vocabulary.json";
import { fold } from "../text";

const phrase = z.string().trim().min(1).max(60);
const phrases = z.array(phrase).default([]);

/** The JSON shape of a deadline vocabulary (the default file, or a user's extension: every list optional). */
export const deadlineVocabularySchema = z
  .object({
    title: z
      .object({
        /** Opens the line naming the act an appendix goes with: "(Kèm theo Quyết định số … ngày … năm 2025)". */
        issuing: phrases,
        /** Opens a horizon beyond the plan: "tầm nhìn đến năm 2045", "định hướng đến năm 2030". */
        vision: phrases,
        /** The word before a year: "năm 2025". */
        year: phrases,
        /** Joins the two years of a span besides a dash: "từ năm 2026 đến năm 2030". */
        rangeJoin: phrases,
        /** An end without a start: "đến năm 2030". */
        openEnd: phrases,
      })
      .strict()
      .default({}),
  })
  .strict();

export type DeadlineVocabularyData = z.output<typeof deadlineVocabularySchema>;
export type DeadlineVocabularyInput = z.input<typeof deadlineVocabularySchema>;

export type ParsedDeadlineVocabulary = { ok: true; data: DeadlineVocabularyData } | { ok: false; errors: string[] };

/** Validates a user's deadline vocabulary (already parsed JSON); errors name the path of each bad value. */
export function parseDeadlineVocabulary(json: unknown): ParsedDeadlineVocabulary {
  const r = deadlineVocabularySchema.safeParse(json);
  if (r.success) return { ok: true, data: r.data };
  return { ok: false, errors: r.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`) };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A regular-expression alternation of folded phrases, longest first ("đến hết năm" before "đến"): a space stands
 * for white space, a slash may have spaces around it.
 */
export function alternation(list: readonly string[]): string {
  const folded = [...new Set(list.map((p) => fold(p)).filter((p) => p !== ""))].sort((a, b) => b.length - a.length);
  if (folded.length === 0) return "(?!)";
  return folded
    .map((p) =>
      escape(p)
        .replace(/ *\/ */g, " ?/ ?")
        .replace(/ +/g, "\\s+"),
    )
    .join("|");
}

function validated(json: unknown): DeadlineVocabularyData {
  const r = parseDeadlineVocabulary(json);
  if (!r.ok) throw new Error(`src/data/deadline-vocabulary.json: ${r.errors.join("; ")}`);
  return r.data;
}

/** The default vocabulary, validated once. */
export const DEFAULT_DEADLINE_VOCABULARY: DeadlineVocabularyData = validated(defaults);
