/**
 * Which tasks can take part in a containment (util/contained), picked before any text is folded: a text repeated
 * inside another holds no figure the other lacks, so an item whose figures (hashes of its runs of digits) include
 * one no other item of its group has cannot be the inner text, and an outer text must hold the rarest figure of
 * some inner one (any text of the group, when an inner one has no figures). A table whose tasks each name their
 * own document number is then read almost for free.
 *
 * Every task of a table passes through `add`, so the items are kept in typed arrays: plain arrays of 100,000
 * numbers, grown one push at a time, cost the collector more than the work they hold.
 */
import { MIN_CONTAINED_CHARS } from "./contained";

/** A growable list of 32-bit integers. */
class IntList {
  data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  push(x: number): void {
    if (this.length === this.data.length) {
      const more = new Int32Array(this.length * 2);
      more.set(this.data);
      this.data = more;
    }
    this.data[this.length++] = x;
  }

  /** Appends the values of a sorted list once each. */
  pushDistinct(sorted: Figures): void {
    const values = Array.isArray(sorted) ? sorted : (sorted as FigureRuns).values;
    for (let k = 0; k < sorted.length; k++) if (k === 0 || values[k] !== values[k - 1]) this.push(values[k]);
  }
}

/**
 * The figures of one text (hashes of its runs of digits), sorted as they are added, in a buffer used again for
 * every text: an array emptied and filled for each of 100,000 texts would be allocated anew each time.
 */
export class FigureRuns {
  values = new Int32Array(16);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  /** Adds `h` in order. */
  insert(h: number): void {
    if (this.length === this.values.length) {
      const more = new Int32Array(this.length * 2);
      more.set(this.values);
      this.values = more;
    }
    const values = this.values;
    let k = this.length++;
    for (; k > 0 && values[k - 1] > h; k--) values[k] = values[k - 1];
    values[k] = h;
  }
}

/** Sorted figures: a list, or the figures of a text as read (`FigureRuns`). */
export type Figures = readonly number[] | FigureRuns;

/** The group part of a (group, figure) key. */
function groupMix(group: number): number {
  return Math.imul(group + 1, 0x85ebca6b);
}

export class ContainmentCandidates {
  /** Per item: its group when its text is long enough to be read, -1 otherwise. */
  private readonly groups = new IntList();
  /** Per item i: its figures are figures[figureStart[i] .. figureStart[i + 1]). */
  private readonly figureStart = new IntList();
  private readonly figures = new IntList();
  /** Per item: its closing clause's figures are tailFigures[tailFrom[i] .. tailTo[i]), -1 when it has none. */
  private readonly tailFrom = new IntList();
  private readonly tailTo = new IntList();
  private readonly tailFigures = new IntList();

  constructor() {
    this.figureStart.push(0);
  }

  /**
   * `figures`: the hashes of the item's runs of digits, sorted (repeats allowed); `tailFigures`: those of its
   * closing clause (`closingClause`), when it has one; `group` < 0: never a match.
   */
  add(group: number, text: string, figures: Figures, tailFigures?: Figures): void {
    const long = group >= 0 && text.length >= MIN_CONTAINED_CHARS;
    this.groups.push(long ? group : -1);
    // Only a long text's figures count: the others are never read.
    if (long) this.figures.pushDistinct(figures);
    this.figureStart.push(this.figures.length);
    if (long && tailFigures) {
      this.tailFrom.push(this.tailFigures.length);
      this.tailFigures.pushDistinct(tailFigures);
      this.tailTo.push(this.tailFigures.length);
    } else {
      this.tailFrom.push(-1);
      this.tailTo.push(-1);
    }
  }

  /** Indexes of the items worth reading, ascending. */
  select(): number[] {
    const n = this.groups.length;
    const groups = this.groups.data;
    const start = this.figureStart.data;
    const figures = this.figures.data;
    const tailFrom = this.tailFrom.data;
    const tailTo = this.tailTo.data;
    const tailFigures = this.tailFigures.data;
    // (group, figure) pairs as small integers (a collision only costs work).
    const keys = new Int32Array(this.figures.length);
    for (let i = 0; i < n; i++) {
      if (groups[i] < 0) continue;
      const g = groupMix(groups[i]);
      for (let k = start[i]; k < start[i + 1]; k++) keys[k] = (g ^ figures[k]) & 0x3fffffff;
    }
    // Pairs held by more than one item, first roughly (small bit tables: a collision lets an item through to the
    // exact count), then counted exactly for the items that may be inner ones: most items hold a figure of their
    // own, and counting every pair exactly would cost a table as large as all of them.
    const seen = new SeenTwice(keys.length);
    for (let k = 0; k < keys.length; k++) seen.add(keys[k]);
    const mayBeInner: number[] = [];
    for (let i = 0; i < n; i++) {
      if (groups[i] < 0) continue;
      const g = groupMix(groups[i]);
      if (
        seen.all(g, figures, start[i], start[i + 1]) ||
        (tailFrom[i] >= 0 && seen.all(g, tailFigures, tailFrom[i], tailTo[i]))
      )
        mayBeInner.push(i);
    }
    let registered = 0;
    for (const i of mayBeInner)
      registered += start[i + 1] - start[i] + (tailFrom[i] >= 0 ? tailTo[i] - tailFrom[i] : 0);
    const counts = new CountTable(registered);
    for (const i of mayBeInner) {
      const g = groupMix(groups[i]);
      for (let k = start[i]; k < start[i + 1]; k++) counts.register((g ^ figures[k]) & 0x3fffffff);
      for (let k = tailFrom[i]; k >= 0 && k < tailTo[i]; k++) counts.register((g ^ tailFigures[k]) & 0x3fffffff);
    }
    for (let k = 0; k < keys.length; k++) counts.count(keys[k]);
    const inner = new Uint8Array(n);
    const bareGroups = new Set<number>();
    const needed = new CountTable(mayBeInner.length);
    for (const i of mayBeInner) {
      const g = groupMix(groups[i]);
      let rarest = rarestOf(counts, g, figures, start[i], start[i + 1]);
      if (rarest === NOT_SHARED && tailFrom[i] >= 0) rarest = rarestOf(counts, g, tailFigures, tailFrom[i], tailTo[i]);
      if (rarest === NOT_SHARED) continue;
      inner[i] = 1;
      if (rarest === NO_FIGURES) bareGroups.add(groups[i]);
      else needed.register(rarest);
    }
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      if (groups[i] < 0) continue;
      let take = inner[i] === 1 || bareGroups.has(groups[i]);
      for (let k = start[i]; k < start[i + 1] && !take; k++) take = needed.has(keys[k]);
      if (take) out.push(i);
    }
    return out;
  }
}

const NOT_SHARED = -2;
const NO_FIGURES = -1;

/** The key of the rarest of list[from .. to) in group `g`, NOT_SHARED when one is not shared, NO_FIGURES when none. */
function rarestOf(counts: CountTable, g: number, list: Int32Array, from: number, to: number): number {
  let rarest = NO_FIGURES;
  let least = Infinity;
  for (let k = from; k < to; k++) {
    const x = (g ^ list[k]) & 0x3fffffff;
    const d = counts.get(x);
    if (d < 2) return NOT_SHARED;
    if (d < least) {
      least = d;
      rarest = x;
    }
  }
  return rarest;
}

/**
 * Whether a non-negative integer was added more than once, roughly: two bit tables, "seen" and "seen again",
 * eight bits an entry; a collision answers yes for a key seen once, never no for one seen twice.
 */
class SeenTwice {
  private readonly once: Uint32Array;
  private readonly twice: Uint32Array;
  private readonly shift: number;

  constructor(entries: number) {
    let bits = 10;
    while (1 << bits < entries * 8 && bits < 26) bits++;
    this.once = new Uint32Array(1 << (bits - 5));
    this.twice = new Uint32Array(1 << (bits - 5));
    this.shift = 32 - bits;
  }

  add(x: number): void {
    const h = Math.imul(x, 0x9e3779b1) >>> this.shift;
    const w = h >>> 5;
    const bit = 1 << (h & 31);
    if (this.once[w] & bit) this.twice[w] |= bit;
    else this.once[w] |= bit;
  }

  /** Whether every pair (group `g`, list[from .. to)) may have been seen twice. */
  all(g: number, list: Int32Array, from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const h = Math.imul((g ^ list[k]) & 0x3fffffff, 0x9e3779b1) >>> this.shift;
      if ((this.twice[h >>> 5] & (1 << (h & 31))) === 0) return false;
    }
    return true;
  }
}

/**
 * Counts of the non-negative integers registered first (open addressing, no Map); integers not registered are
 * not counted.
 */
class CountTable {
  private readonly keys: Int32Array;
  private readonly counts: Int32Array;
  private readonly shift: number;

  constructor(entries: number) {
    let bits = 4;
    while (1 << bits < entries * 2) bits++;
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.counts = new Int32Array(1 << bits);
    this.shift = 32 - bits;
  }

  private slot(x: number): number {
    const mask = this.keys.length - 1;
    let i = Math.imul(x, 0x9e3779b1) >>> this.shift;
    while (this.keys[i] !== -1 && this.keys[i] !== x) i = (i + 1) & mask;
    return i;
  }

  register(x: number): void {
    this.keys[this.slot(x)] = x;
  }

  has(x: number): boolean {
    return this.keys[this.slot(x)] === x;
  }

  /** Counts `x` once more when it is registered. */
  count(x: number): void {
    const i = this.slot(x);
    if (this.keys[i] === x) this.counts[i]++;
  }

  get(x: number): number {
    return this.counts[this.slot(x)];
  }
}
