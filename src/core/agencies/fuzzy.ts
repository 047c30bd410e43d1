/**
 * Fuzzy matching of a piece that no exact, alias or variant key matched.
 *
 * Two kinds of closeness are accepted, and nothing else:
 *  1. a dropped or added connective ("Sở Kế hoạch đầu tư" for "Sở Kế hoạch và Đầu tư"): score DROPPED_CONNECTIVE;
 *  2. a small typo: the same number of words (connectives aside), the first word (the kind of body: "Sở", "Bộ",
 *     "Ban", "Báo" …) identical, at most two other words differing, each by one letter, in words of three
 *     letters or more, and an overall similarity (1 − edits / length of the longer key) of at least
 *     FUZZY_THRESHOLD.
 * A piece close to forms of two different agencies is ambiguous and matches neither.
 *
 * Candidates come from a token index (forms sharing all but two words), never from a scan of the directory.
 */
import { editDistance } from "../text";
import type { AgencyEntry } from "../types";

/** Score given to a match that differs only by a dropped connective. */
export const DROPPED_CONNECTIVE = 0.9;
/** Lowest similarity accepted for a typo match. */
export const FUZZY_THRESHOLD = 0.85;
/** Shortest word in which a one-letter typo is accepted. */
const MIN_TYPO_WORD = 3;
const MAX_WORDS_DIFFERING = 2;

export interface FuzzyForm {
  readonly entry: AgencyEntry;
  readonly tokens: readonly string[];
  readonly key: string;
}

export interface FuzzyHit {
  readonly entry: AgencyEntry;
  readonly score: number;
}

export class FuzzyIndex {
  private readonly byLoose = new Map<string, AgencyEntry | null>(); // null: two entries share the key
  private readonly byToken = new Map<string, FuzzyForm[]>();
  /** "first token/number of tokens" of every form: a typo match needs both equal. */
  private readonly shapes = new Set<string>();

  constructor(forms: Iterable<FuzzyForm>) {
    for (const f of forms) {
      if (f.tokens.length === 0) continue;
      this.shapes.add(`${f.tokens[0]}/${f.tokens.length}`);
      const prev = this.byLoose.get(f.key);
      if (prev === undefined) this.byLoose.set(f.key, f.entry);
      else if (prev !== null && prev.id !== f.entry.id) this.byLoose.set(f.key, null);
      for (const t of new Set(f.tokens)) {
        const list = this.byToken.get(t);
        if (list) list.push(f);
        else this.byToken.set(t, [f]);
      }
    }
  }

  /** Cheap test: could a piece with these (loose) tokens match anything? */
  plausible(tokens: readonly string[]): boolean {
    return tokens.length > 0 && this.shapes.has(`${tokens[0]}/${tokens.length}`);
  }

  /**
   * Best fuzzy hit for a piece given by its loose key and tokens, or undefined. `exclude` leaves one entry
   * out (to test that no form of an entry is close to another entry).
   */
  find(key: string, tokens: readonly string[], exclude?: AgencyEntry): FuzzyHit | undefined {
    if (tokens.length === 0) return undefined;
    const loose = this.byLoose.get(key);
    if (loose && loose.id !== exclude?.id) return { entry: loose, score: DROPPED_CONNECTIVE };
    return this.typo(key, tokens, exclude);
  }

  private typo(key: string, tokens: readonly string[], exclude?: AgencyEntry): FuzzyHit | undefined {
    const n = tokens.length;
    if (n < 2 || !this.shapes.has(`${tokens[0]}/${n}`)) return undefined;
    const shared = new Map<FuzzyForm, number>();
    for (const t of new Set(tokens)) {
      for (const f of this.byToken.get(t) ?? []) {
        if (f.tokens.length === n) shared.set(f, (shared.get(f) ?? 0) + 1);
      }
    }
    let best: FuzzyHit | undefined;
    let ambiguous = false;
    for (const [f, count] of shared) {
      if (count < n - MAX_WORDS_DIFFERING || f.entry.id === exclude?.id) continue;
      const edits = alignedEdits(tokens, f.tokens);
      if (edits === undefined) continue;
      const score = 1 - edits / Math.max(key.length, f.key.length);
      if (score < FUZZY_THRESHOLD) continue;
      if (!best || score > best.score) {
        best = { entry: f.entry, score };
        ambiguous = false;
      } else if (score === best.score && f.entry.id !== best.entry.id) {
        ambiguous = true;
      }
    }
    return ambiguous ? undefined : best;
  }
}

/** Total letter edits when word i of one matches word i of the other, or undefined when not a small typo. */
function alignedEdits(a: readonly string[], b: readonly string[]): number | undefined {
  if (a[0] !== b[0]) return undefined;
  let differing = 0;
  let edits = 0;
  for (let i = 1; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (a[i].length < MIN_TYPO_WORD || b[i].length < MIN_TYPO_WORD) return undefined;
    if (/\d/.test(a[i]) || /\d/.test(b[i])) return undefined; // "Đề án 06" is not "Đề án 08"
    const d = editDistance(a[i], b[i], 1);
    if (d > 1) return undefined;
    differing++;
    edits += d;
    if (differing > MAX_WORDS_DIFFERING) return undefined;
  }
  return differing === 0 ? undefined : edits;
}
