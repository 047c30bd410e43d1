/**
 * Finds, for each item in order, the earlier items of the same group whose token sets have a Dice similarity at
 * or above a threshold, without comparing every pair: identical token sequences meet in a hash table, similar
 * ones through a prefix-filter index (tokens ranked rarest first; two sets this similar must share a token among
 * the first few of each). Tokens and items live in flat typed arrays, so 100,000 items cost little memory and
 * the work stays close to linear.
 */

export interface SimilarMatch {
  /** Index of the later item. */
  readonly index: number;
  /** Indexes of earlier items it matches, ascending. */
  readonly earlier: readonly number[];
  /** True when it repeats an earlier item token for token. */
  readonly identical: boolean;
}

/** Counts the similarity computations made, so tests can show that not every pair is compared. */
export interface SimilarStats {
  compared: number;
}

export interface SimilarOptions {
  /** Stop looking once an item has this many earlier matches. */
  readonly maxMatches?: number;
  /** Upper bound on index entries looked at per item, so that a pathological table cannot go quadratic. */
  readonly maxCandidates?: number;
  readonly stats?: SimilarStats;
}

/** A growable Int32Array. */
class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/** Whether two ascending runs of `a` share at least `needed` values (gives up once that cannot be reached). */
function overlapAtLeast(a: Float64Array, i: number, iEnd: number, j: number, jEnd: number, needed: number): boolean {
  let c = 0;
  while (i < iEnd && j < jEnd) {
    if (c + Math.min(iEnd - i, jEnd - j) < needed) return false;
    const x = a[i];
    const y = a[j];
    if (x === y) {
      c++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return c >= needed;
}

/** 31-bit hash of a run of token ids, in order. */
function hashRun(ids: Int32Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ ids[k], 0x01000193);
  return h >>> 1;
}

function sameRun(ids: Int32Array, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let k = 0; k < aEnd - a; k++) if (ids[a + k] !== ids[b + k]) return false;
  return true;
}

/**
 * Collects items (a group and the token ids of a text, in order) and then finds the similar pairs. Tokens and
 * groups are interned to small integers; tokens flagged `last` (figures, already part of the group) are ranked
 * after all others in the index.
 */
export class SimilarIndex {
  private readonly tokenIds = new Map<string, number>();
  private readonly last: boolean[] = [];
  private readonly groupIds = new Map<string, number>();
  private readonly ids = new IntList();
  private readonly starts = new IntList();
  private readonly groupOf = new IntList();

  constructor(private readonly rankLast: (token: string) => boolean = () => false) {}

  get size(): number {
    return this.starts.length;
  }

  token(t: string): number {
    let id = this.tokenIds.get(t);
    if (id === undefined) {
      id = this.tokenIds.size;
      this.tokenIds.set(t, id);
      this.last.push(this.rankLast(t));
    }
    return id;
  }

  /** Whether a token is ranked last (a figure). */
  isLast(id: number): boolean {
    return this.last[id] === true;
  }

  group(key: string): number {
    let id = this.groupIds.get(key);
    if (id === undefined) {
      id = this.groupIds.size;
      this.groupIds.set(key, id);
    }
    return id;
  }

  /** Adds an item; returns its index. */
  add(group: number, tokenIds: ArrayLike<number>): number {
    this.starts.push(this.ids.length);
    this.groupOf.push(group);
    for (let k = 0; k < tokenIds.length; k++) this.ids.push(tokenIds[k]);
    return this.starts.length - 1;
  }

  addTokens(group: string, tokens: readonly string[]): number {
    return this.add(
      this.group(group),
      tokens.map((t) => this.token(t)),
    );
  }

  find(threshold: number, options: SimilarOptions = {}): SimilarMatch[] {
    const n = this.size;
    const ids = this.ids.data;
    const starts = new Int32Array(n + 1);
    starts.set(this.starts.data.subarray(0, n));
    starts[n] = this.ids.length;
    const groups = this.groupOf.data;
    const maxMatches = options.maxMatches ?? Number.POSITIVE_INFINITY;
    const maxCandidates = options.maxCandidates ?? 200;
    // Dice ≥ t ⇔ Jaccard ≥ t / (2 − t); the prefix filter is stated for Jaccard.
    const jaccard = threshold / (2 - threshold) - 1e-9;

    // Distinct tokens of each item as ascending keys `rank × V + id`, rarest first, in one flat array.
    const tokenCount = this.tokenIds.size;
    const v = tokenCount + 1;
    const df = new Int32Array(tokenCount);
    const stamp = new Int32Array(tokenCount).fill(-1);
    const keyStart = new Int32Array(n + 1);
    const keys = new Float64Array(this.ids.length);
    let kLen = 0;
    for (let i = 0; i < n; i++) {
      keyStart[i] = kLen;
      for (let k = starts[i]; k < starts[i + 1]; k++) {
        const id = ids[k];
        if (stamp[id] === i) continue;
        stamp[id] = i;
        df[id]++;
        keys[kLen++] = id;
      }
    }
    keyStart[n] = kLen;
    const lastRank = n + 1;
    for (let i = 0; i < n; i++) {
      const from = keyStart[i];
      const to = keyStart[i + 1];
      for (let k = from; k < to; k++) {
        const id = keys[k];
        const key = (this.last[id] ? lastRank : df[id]) * v + id;
        let m = k;
        while (m > from && keys[m - 1] > key) {
          keys[m] = keys[m - 1];
          m--;
        }
        keys[m] = key;
      }
    }

    /** First item of each (group, token sequence) hash; a collision only costs the exact shortcut. */
    const exact = new Map<number, number>();
    /** Per group, token id → newest index entry; entries chain to older ones (newest first). */
    const heads: Array<Map<number, number>> = [];
    const entryItem = new IntList();
    const entryNext = new IntList();
    const seenBy = new Int32Array(n);
    const out: SimilarMatch[] = [];
    for (let i = 0; i < n; i++) {
      const g = groups[i];
      const h = (hashRun(ids, starts[i], starts[i + 1]) ^ Math.imul(g + 1, 0x9e3779b1)) >>> 1;
      const first = exact.get(h);
      if (first === undefined) exact.set(h, i);
      else if (groups[first] === g && sameRun(ids, starts[first], starts[first + 1], starts[i], starts[i + 1])) {
        out.push({ index: i, earlier: [first], identical: true });
        continue; // represented by its first occurrence; not indexed again
      }

      const from = keyStart[i];
      const size = keyStart[i + 1] - from;
      if (size === 0) continue;
      const head = heads[g] ?? (heads[g] = new Map());
      const prefix = Math.max(1, size - Math.ceil(jaccard * size) + 1);
      let matches: number[] | undefined;
      let checked = 0;
      search: for (let p = 0; p < prefix; p++) {
        for (let e = head.get(keys[from + p] % v) ?? -1; e >= 0; e = entryNext.data[e]) {
          if (checked >= maxCandidates || (matches?.length ?? 0) >= maxMatches) break search;
          checked++;
          const j = entryItem.data[e];
          if (seenBy[j] === i + 1) continue;
          seenBy[j] = i + 1;
          const other = keyStart[j + 1] - keyStart[j];
          if (other < jaccard * size || size < jaccard * other) continue;
          if (options.stats) options.stats.compared++;
          const needed = Math.ceil((threshold * (size + other)) / 2 - 1e-9);
          if (overlapAtLeast(keys, from, from + size, keyStart[j], keyStart[j + 1], needed)) (matches ??= []).push(j);
        }
      }
      if (matches) out.push({ index: i, earlier: matches.sort((a, b) => a - b), identical: false });
      for (let p = 0; p < prefix; p++) {
        const id = keys[from + p] % v;
        entryNext.push(head.get(id) ?? -1);
        entryItem.push(i);
        head.set(id, entryItem.length - 1);
      }
    }
    return out;
  }
}

export interface SimilarItem {
  /** Items are compared only within one group (e.g. one lead agency). */
  readonly group: string;
  readonly tokens: readonly string[];
}

/** `SimilarIndex` over plain items. */
export function findSimilar(
  items: readonly SimilarItem[],
  threshold: number,
  options: SimilarOptions & { readonly rankLast?: (token: string) => boolean } = {},
): SimilarMatch[] {
  const index = new SimilarIndex(options.rankLast);
  for (const it of items) index.addTokens(it.group, it.tokens);
  return index.find(threshold, options);
}
