/**
 * The status vocabulary: the words staff write in a progress column, sorted into done, in progress and not
 * started. Data in src/data/status-vocabulary.json; users extend it with the same shape.
 *
 * Entries are compared through the fold. A plain entry matches the whole status or its first words ("Đã hoàn
 * thành (Quyết định số 12/QĐ-UBND)" starts with "Đã hoàn thành"); the longest matching entry wins, so
 * "Chưa hoàn thành" is not read as "Hoàn thành" and "Đã hoàn thành một phần" is not read as "Đã hoàn thành".
 * An entry `{ "text": "x", "match": "exact" }` matches only the whole status (ticks, single letters).
 *
 * `dropdown` (optional): the words the status column's dropdown list offers ("Tạo danh sách chọn",
 * docs/dropdowns.md), in that order; each must be read by the vocabulary itself. A user's list replaces the default.
 */
import { z } from "zod";
import defaults from "../../data/status-vocabulary.json";
import { fold, foldWords } from "../text";

export type StatusClass = "done" | "in-progress" | "not-started";

const entrySchema = z.union([
  z.string().trim().min(1),
  z
    .object({
      text: z.string().trim().min(1),
      match: z.enum(["prefix", "exact"]).default("prefix"),
    })
    .strict(),
]);

/** The JSON shape of a vocabulary (the default file, or a user's extension: every list optional). */
export const statusVocabularySchema = z
  .object({
    done: z.array(entrySchema).default([]),
    inProgress: z.array(entrySchema).default([]),
    notStarted: z.array(entrySchema).default([]),
    dropdown: z.array(z.string().trim().min(1)).optional(),
  })
  .strict();

export type StatusVocabularyData = z.output<typeof statusVocabularySchema>;
export type StatusVocabularyInput = z.input<typeof statusVocabularySchema>;
export type StatusVocabularyEntry = z.output<typeof entrySchema>;

export type ParsedVocabulary = { ok: true; data: StatusVocabularyData } | { ok: false; errors: string[] };

/** Validates a user's vocabulary file (already parsed JSON); errors name the path of each bad value. */
export function parseStatusVocabulary(json: unknown): ParsedVocabulary {
  const r = statusVocabularySchema.safeParse(json);
  if (r.success) return { ok: true, data: r.data };
  return { ok: false, errors: r.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`) };
}

export interface StatusVocabulary {
  /** The entries in force (defaults then the user's). */
  readonly data: StatusVocabularyData;
  /** The class of a status text by the vocabulary alone (no percentages), undefined when unknown. */
  lookup(text: string): StatusClass | undefined;
}

const GROUPS: ReadonlyArray<readonly ["done" | "inProgress" | "notStarted", StatusClass]> = [
  ["done", "done"],
  ["inProgress", "in-progress"],
  ["notStarted", "not-started"],
];

const WORD_CHAR = /[\p{L}\p{N}&]/u;
const CACHE_LIMIT = 20000;

class CompiledVocabulary implements StatusVocabulary {
  private readonly exact = new Map<string, StatusClass>();
  private readonly prefix = new Map<string, StatusClass>();
  private readonly maxPrefix: number;
  private readonly cache = new Map<string, StatusClass | null>();

  constructor(readonly data: StatusVocabularyData) {
    let max = 0;
    for (const [key, cls] of GROUPS) {
      for (const e of data[key]) {
        const text = typeof e === "string" ? e : e.text;
        const match = typeof e === "string" ? "prefix" : e.match;
        const words = foldWords(text);
        if (match === "exact" || words === "") {
          this.exact.set(fold(text), cls);
        } else {
          this.prefix.set(words, cls);
          max = Math.max(max, words.length);
        }
      }
    }
    this.maxPrefix = max;
  }

  lookup(text: string): StatusClass | undefined {
    const hit = this.cache.get(text);
    if (hit !== undefined) return hit ?? undefined;
    const cls = this.classify(text);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(text, cls ?? null);
    return cls;
  }

  private classify(text: string): StatusClass | undefined {
    const exact = this.exact.get(fold(text));
    if (exact) return exact;
    const w = foldWords(text);
    if (w === "") return undefined;
    // Longest entry first: try each word boundary from the end of the (bounded) prefix back to the start.
    for (let i = Math.min(w.length, this.maxPrefix); i > 0; i--) {
      if (i < w.length && WORD_CHAR.test(w[i])) continue;
      const cls = this.prefix.get(w.slice(0, i));
      if (cls) return cls;
    }
    return undefined;
  }
}

function merge(base: StatusVocabularyData, extra: StatusVocabularyData): StatusVocabularyData {
  // The user's entries come last so that they override a default entry with the same words.
  return {
    done: [...base.done, ...extra.done],
    inProgress: [...base.inProgress, ...extra.inProgress],
    notStarted: [...base.notStarted, ...extra.notStarted],
    dropdown: extra.dropdown && extra.dropdown.length > 0 ? extra.dropdown : base.dropdown,
  };
}

let defaultVocabulary: StatusVocabulary | undefined;

/**
 * The vocabulary in force: the shipped defaults, extended by `extra` (a user's entries, same JSON shape, every
 * list optional). Throws a ZodError when `extra` is not valid; use parseStatusVocabulary first to report errors.
 */
export function statusVocabulary(extra?: StatusVocabularyInput): StatusVocabulary {
  if (extra === undefined) {
    defaultVocabulary ??= new CompiledVocabulary(statusVocabularySchema.parse(defaults));
    return defaultVocabulary;
  }
  const base = statusVocabularySchema.parse(defaults);
  return new CompiledVocabulary(merge(base, statusVocabularySchema.parse(extra)));
}

const PERCENT = /(\d{1,3}(?:[.,]\d+)?)\s*%/;

/** The first percentage written in a text ("Đạt 60%" → 60), if any. */
export function percentIn(text: string): number | undefined {
  const m = PERCENT.exec(text);
  return m ? Number(m[1].replace(",", ".")) : undefined;
}

/**
 * The class of a status text: the vocabulary, corrected by a percentage written in it. A percentage alone
 * decides (100% or more done, below 100 in progress, 0 not started); a done word with a percentage below 100
 * ("Hoàn thành 80%") is in progress.
 */
export function classifyStatus(text: string, vocabulary: StatusVocabulary): StatusClass | undefined {
  const cls = vocabulary.lookup(text);
  if (cls !== undefined && cls !== "done") return cls;
  const p = percentIn(text);
  if (p === undefined) return cls;
  if (p >= 100) return "done";
  if (cls === "done") return "in-progress";
  return p > 0 ? "in-progress" : "not-started";
}

/** Options of the progress rules (`overdue`, `status-unknown`): the user's extra status words. */
export interface ProgressRuleOptions {
  readonly vocabulary?: StatusVocabularyData;
}

export const progressRuleOptionsSchema: z.ZodType<ProgressRuleOptions, z.ZodTypeDef, unknown> = z
  .object({ vocabulary: statusVocabularySchema.optional() })
  .strict()
  .default({});
