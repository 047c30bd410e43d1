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
    /** Older or variant spellings read as the usual one before anything else ("Quí IV-2025" is "Quý IV-2025"). */
    spellings: z.array(z.object({ from: phrase, to: phrase }).strict()).default([]),
    deadline: z
      .object({
        /** Words allowed around the periods of a plain deadline ("Hoàn thành trước ngày …", "Ban hành trong năm …"). */
        fillers: phrases,
        /** A task done again and again: "Hằng tháng", "Định kỳ", "06 tháng/lần". */
        recurring: phrases,
        /** Ongoing work: "Thường xuyên", "Liên tục", "… và các năm tiếp theo". */
        continuous: phrases,
        /** A deadline that waits on an event anywhere in the text: "Sau khi …", "Theo lộ trình …". */
        conditions: phrases,
        /** Words that start a condition: "theo …", "khi …", "căn cứ …". */
        triggers: phrases,
        /** Words that may stand before a condition without changing it ("Thực hiện theo kế hoạch …"). */
        leadWords: phrases,
        /** Words before a period where work starts and goes on: "từ năm 2027", "sau năm 2028". */
        openStart: phrases,
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
        .split(/ *\/ */)
        .map((part) => part.replace(/ +/g, "\\s+"))
        .join("\\s*/\\s*"),
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

/** The deadline words of a vocabulary, compiled for the parser (folded words and regular expressions). */
export interface DeadlineWords {
  readonly spellings: ReadonlyArray<readonly [RegExp, string]>;
  readonly fillers: ReadonlySet<string>;
  readonly recurring: RegExp;
  readonly continuous: RegExp;
  readonly conditions: RegExp;
  readonly triggers: ReadonlyArray<readonly string[]>;
  readonly leadWords: ReadonlySet<string>;
  readonly openStart: ReadonlyArray<readonly string[]>;
}

const words = (list: readonly string[]): string[] =>
  list.flatMap((p) => fold(p).split(/[^a-z0-9]+/)).filter((w) => w !== "");
const sequences = (list: readonly string[]): string[][] =>
  list
    .map((p) =>
      fold(p)
        .split(/[^a-z0-9]+/)
        .filter((w) => w !== ""),
    )
    .sort((a, b) => b.length - a.length);
const anywhere = (list: readonly string[]): RegExp => new RegExp(`(?<![a-z0-9])(?:${alternation(list)})(?![a-z0-9])`);

export function compileDeadlineWords(v: DeadlineVocabularyData): DeadlineWords {
  const d = v.deadline;
  return {
    spellings: v.spellings.map(
      (s) => [new RegExp(`(?<![a-z0-9])(?:${alternation([s.from])})(?![a-z0-9])`, "g"), fold(s.to)] as const,
    ),
    fillers: new Set(words(d.fillers)),
    recurring: anywhere(d.recurring),
    continuous: anywhere(d.continuous),
    conditions: anywhere(d.conditions),
    triggers: sequences(d.triggers),
    leadWords: new Set(words(d.leadWords)),
    openStart: sequences(d.openStart),
  };
}

/** The default vocabulary's deadline words. */
export const DEADLINE_WORDS: DeadlineWords = compileDeadlineWords(DEFAULT_DEADLINE_VOCABULARY);
