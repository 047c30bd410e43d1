/**
 * The header vocabulary: the names people give each column of an appendix, the words that announce target
 * columns ("Mục tiêu" over "Năm 2026"), headers known to map to nothing ("Ghi chú"), and the signature lines
 * that end a table ("Nơi nhận:", "KT. CHỦ TỊCH"). Data in src/data/headers.json; users extend it with the same
 * shape. Every name is compared through `foldWords` (no diacritics, no case, punctuation as spaces).
 */
import { z } from "zod";
import defaults from "../../data/headers.json";
import { foldWords } from "../text";
import { COLUMN_KEYS, type ColumnKey } from "../types";

const ALL_KEYS: readonly ColumnKey[] = COLUMN_KEYS;

const name = z.string().trim().min(1).max(120);
const columnKey = z.enum(ALL_KEYS as [ColumnKey, ...ColumnKey[]]);
const names = z.array(name).default([]);

const columnsSchema = z
  .object(Object.fromEntries(ALL_KEYS.map((k) => [k, names])) as Record<ColumnKey, typeof names>)
  .partial()
  .strict();

/** The JSON shape of a header vocabulary (the default file, or a user's extension: every list optional). */
export const headerVocabularySchema = z
  .object({
    columns: columnsSchema.default({}),
    /**
     * Headers whose meaning depends on the cells below ("Tiến độ": a deadline in a plan, progress in a report;
     * "Kết quả thực hiện": the expected deliverable in a plan, progress in a report). `keys` lists the meanings the
     * cells choose from (default: the deadline and the status); `default` is taken when the cells do not decide.
     */
    ambiguous: z
      .array(z.object({ name, default: columnKey, keys: z.array(columnKey).min(1).optional() }).strict())
      .default([]),
    /** Task headers that name indicators ("Chỉ tiêu"): without deadline or deliverable, the table lists targets. */
    indicatorContent: names,
    /** Headers spanning one target column per year ("Mục tiêu" over "Năm 2026", "Năm 2030"). */
    targetGroups: names,
    /** Headers of columns that exist in real appendices but map to nothing ("Ghi chú", "Kinh phí"). */
    others: names,
    /** Signature lines under the table: `prefix` entries start a cell, `exact` entries are the whole cell. */
    footers: z.object({ prefix: names, exact: names }).strict().default({}),
  })
  .strict();

export type HeaderVocabularyData = z.output<typeof headerVocabularySchema>;
export type HeaderVocabularyInput = z.input<typeof headerVocabularySchema>;

export type ParsedHeaderVocabulary = { ok: true; data: HeaderVocabularyData } | { ok: false; errors: string[] };

/** Validates a user's header vocabulary (already parsed JSON); errors name the path of each bad value. */
export function parseHeaderVocabulary(json: unknown): ParsedHeaderVocabulary {
  const r = headerVocabularySchema.safeParse(json);
  if (r.success) return { ok: true, data: r.data };
  return { ok: false, errors: r.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`) };
}

/** How well a header cell matches a vocabulary name: 3 the whole cell, 2 the cell starts with it, 1 contains it. */
export type MatchQuality = 0 | 1 | 2 | 3;

export interface HeaderCandidate {
  readonly key: ColumnKey;
  readonly quality: MatchQuality;
  /** Position of the matched name in the key's list (earlier names are the more usual ones). */
  readonly index: number;
  /** Length of the matched name, folded: on equal quality the longer name says more. */
  readonly length?: number;
  /** Set when the matched name is ambiguous: the key to use when the cells below do not decide. */
  readonly ambiguous?: ColumnKey;
  /** For an ambiguous name: the keys the cells below choose from, the default first. */
  readonly choices?: readonly ColumnKey[];
}

interface AmbiguousName {
  readonly default: ColumnKey;
  readonly keys: readonly ColumnKey[];
}

export interface HeaderVocabulary {
  readonly data: HeaderVocabularyData;
  /** Best candidate per column key for a header text (already folded with `headerFold`). */
  candidates(folded: string): HeaderCandidate[];
  isTargetGroup(folded: string): boolean;
  isOther(folded: string): boolean;
  /** Match quality of the best "others" name for a header (0 when none). */
  otherQuality(folded: string): MatchQuality;
  /** A task header naming indicators ("Chỉ tiêu"). */
  isIndicatorContent(folded: string): boolean;
  /** A footer line ("Nơi nhận:", "KT. CHỦ TỊCH"), given the cell's folded words. */
  isFooter(folded: string): boolean;
  /** The header names looked for, per column, as written in the vocabulary. */
  readonly lookedFor: Partial<Record<ColumnKey, readonly string[]>>;
}

/** Longest header text considered; longer cells are prose, not headers. */
export const MAX_HEADER_LENGTH = 90;

/** Folds a header cell: column numbers "(1)" and marks "(*)" dropped, punctuation as spaces. */
export function headerFold(text: string): string {
  if (text.length > MAX_HEADER_LENGTH * 3) return "";
  if (text.length > HEADER_CACHE_MAX_LENGTH) return computeHeaderFold(text);
  let f = headerFolds.get(text);
  if (f === undefined) {
    if (headerFolds.size >= HEADER_CACHE_SIZE) headerFolds.clear();
    f = computeHeaderFold(text);
    headerFolds.set(text, f);
  }
  return f;
}

/** Short cells (numbers, names, statuses) repeat on every row: their header folds are remembered, boundedly. */
const HEADER_CACHE_MAX_LENGTH = 80;
const HEADER_CACHE_SIZE = 20_000;
const headerFolds = new Map<string, string>();

function computeHeaderFold(text: string): string {
  // Column numbers "(1)", marks "(*)" and footnote markers "[1]", "¹" are not part of the name.
  return foldWords(
    text.replace(/\(\s*(\d{1,2}|\*+)\s*\)|\[\s*(?:\d{1,2}|\*+)\s*\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+/g, " "),
  );
}

function quality(cell: string, entry: string): MatchQuality {
  if (cell === entry) return 3;
  const n = entry.length;
  if (cell.length <= n) return 0;
  if (cell.startsWith(entry) && cell.charCodeAt(n) === 32) return 2;
  if (n < 5) return 0;
  for (let i = cell.indexOf(entry, 1); i > 0; i = cell.indexOf(entry, i + 1)) {
    const end = i + n;
    if (cell.charCodeAt(i - 1) === 32 && (end === cell.length || cell.charCodeAt(end) === 32)) return 1;
  }
  return 0;
}

function mergeLists(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const s of [...(a ?? []), ...(b ?? [])]) {
    const f = foldWords(s);
    if (f === "" || seen.has(f)) continue;
    seen.add(f);
    out.push(s);
  }
  return out;
}

/** Defaults merged with a user's additions (the additions come after the defaults in each list). */
export function mergeHeaderVocabulary(base: HeaderVocabularyData, extra: HeaderVocabularyData): HeaderVocabularyData {
  const columns: Partial<Record<ColumnKey, string[]>> = {};
  for (const k of ALL_KEYS) columns[k] = mergeLists(base.columns[k], extra.columns[k]);
  const ambiguous: HeaderVocabularyData["ambiguous"] = [...base.ambiguous];
  for (const a of extra.ambiguous) {
    const i = ambiguous.findIndex((b) => foldWords(b.name) === foldWords(a.name));
    if (i >= 0) ambiguous[i] = a;
    else ambiguous.push(a);
  }
  return {
    columns,
    ambiguous,
    indicatorContent: mergeLists(base.indicatorContent, extra.indicatorContent),
    targetGroups: mergeLists(base.targetGroups, extra.targetGroups),
    others: mergeLists(base.others, extra.others),
    footers: {
      prefix: mergeLists(base.footers.prefix, extra.footers.prefix),
      exact: mergeLists(base.footers.exact, extra.footers.exact),
    },
  };
}

/** Builds the matcher over a validated vocabulary. */
export function createHeaderVocabulary(data: HeaderVocabularyData): HeaderVocabulary {
  const entries: Array<{ key: ColumnKey; folded: string; index: number }> = [];
  const lookedFor: Partial<Record<ColumnKey, readonly string[]>> = {};
  for (const key of ALL_KEYS) {
    const list = data.columns[key] ?? [];
    if (list.length > 0) lookedFor[key] = list;
    list.forEach((n, index) => {
      const folded = foldWords(n);
      if (folded !== "") entries.push({ key, folded, index });
    });
  }
  const ambiguous = new Map<string, AmbiguousName>(
    data.ambiguous.map((a) => [foldWords(a.name), { default: a.default, keys: ambiguousKeys(a.default, a.keys) }]),
  );
  const indicatorContent = new Set(data.indicatorContent.map(foldWords).filter((s) => s !== ""));
  const targetGroups = data.targetGroups.map(foldWords).filter((s) => s !== "");
  const others = data.others.map(foldWords).filter((s) => s !== "");
  const footerPrefix = data.footers.prefix.map(foldWords).filter((s) => s !== "");
  const footerExact = new Set(data.footers.exact.map(foldWords).filter((s) => s !== ""));

  return {
    data,
    lookedFor,
    candidates(folded) {
      if (folded === "" || folded.length > MAX_HEADER_LENGTH) return [];
      const best = new Map<
        ColumnKey,
        { key: ColumnKey; quality: MatchQuality; index: number; length: number; ambiguous?: AmbiguousName }
      >();
      for (const e of entries) {
        const q = quality(folded, e.folded);
        if (q === 0) continue;
        const prev = best.get(e.key);
        if (prev && (prev.quality > q || (prev.quality === q && prev.length >= e.folded.length))) continue;
        const amb = q >= 2 ? ambiguous.get(e.folded) : undefined;
        best.set(e.key, { key: e.key, quality: q, index: e.index, length: e.folded.length, ambiguous: amb });
      }
      // A header matching an ambiguous name is that name's, whatever other keys it also touches.
      return [...best.values()].map(({ key, quality: q, index, length, ambiguous: a }) =>
        a
          ? { key, quality: q, index, length, ambiguous: a.default, choices: a.keys }
          : { key, quality: q, index, length },
      );
    },
    isTargetGroup(folded) {
      return targetGroups.some((t) => folded === t || folded.startsWith(t + " "));
    },
    isOther(folded) {
      return folded !== "" && others.some((t) => quality(folded, t) >= 2);
    },
    otherQuality(folded) {
      let best: MatchQuality = 0;
      if (folded === "") return best;
      for (const t of others) {
        const q = quality(folded, t);
        if (q > best) best = q;
      }
      return best;
    },
    isIndicatorContent(folded) {
      return indicatorContent.has(folded);
    },
    isFooter(folded) {
      if (folded === "" || folded.length > 80) return false;
      if (footerExact.has(folded)) return true;
      return footerPrefix.some((p) => folded === p || folded.startsWith(p + " "));
    },
  };
}

/** The keys an ambiguous header's cells choose from: as listed, else the deadline and the status. */
function ambiguousKeys(fallback: ColumnKey, keys: readonly ColumnKey[] | undefined): ColumnKey[] {
  const out: ColumnKey[] = [fallback];
  for (const k of keys ?? ["deadline", "status"]) if (!out.includes(k)) out.push(k);
  return out;
}

let defaultVocabulary: HeaderVocabulary | undefined;

/** The vocabulary shipped in src/data/headers.json (validated once). */
export function defaultHeaderVocabulary(): HeaderVocabulary {
  if (!defaultVocabulary) {
    const parsed = headerVocabularySchema.parse(defaults);
    defaultVocabulary = createHeaderVocabulary(parsed);
  }
  return defaultVocabulary;
}

/** The default vocabulary extended with a user's (validated) additions. */
export function extendHeaderVocabulary(extra: HeaderVocabularyData): HeaderVocabulary {
  return createHeaderVocabulary(mergeHeaderVocabulary(defaultHeaderVocabulary().data, extra));
}
