/**
 * Texts that repeat another text's clause word for word: the whole of one text (`inner`, at least
 * `MIN_CONTAINED_WORDS` words) is a run of another's words (`outer`) that starts where a clause starts (the start
 * of the text, after ";", ".", ":", "!", "?" or a line break) and ends where a clause or phrase ends (the end, or
 * before ",", ";", ".", "!", "?", "(", a line break). A run followed by ":" is the introduction of a list, not a
 * repeat ("Hoàn thiện … các cơ sở dữ liệu: (1) …"). Words are compared through the fold, figures without leading
 * zeros. Found through a hash table of whole texts, so the work is the number of clause starts times the words
 * after them, not pairs of texts.
 *
 * Also a closing clause: the last clause of a text (after its last ";", ".", "!", "?" or line break, its first
 * one or two words aside: "đề nghị bố trí …" is "bố trí …"), at least `MIN_TAIL_WORDS` words, repeated word for word
 * inside another text and ending there at a clause or phrase end (BCĐ 174/2025: item 36 repeats the closing
 * request of item 2). A shared opening clause is not enough ("Hoàn thiện …;" before different objects).
 */
import { fold } from "../../text";

/** Fewer words than this are a phrase, not a clause worth calling a repeat ("Báo cáo sơ kết"). */
export const MIN_CONTAINED_WORDS = 8;
/** A closing clause repeated alone must be this long to say the same thing (a shared ending of 10 words may not). */
export const MIN_TAIL_WORDS = 15;
/** Texts and closing clauses longer than this are not looked for inside others (keeps any cell linear). */
const MAX_INNER_WORDS = 400;
/** Leading words of a closing clause that may differ (the verb that opens it: "đề nghị", "tích hợp"). */
const TAIL_SLACK = 2;

export interface ContainedItem {
  /** Texts are compared only within one group (one lead agency). */
  readonly group: number;
  readonly text: string;
}

export interface Containment {
  /** Index of the later item. */
  readonly index: number;
  /** Earlier items it repeats a clause of, or that repeat a clause of it, ascending. */
  readonly earlier: readonly number[];
}

interface Words {
  readonly ids: Int32Array;
  /** starts[k]: a clause may start at word k. */
  readonly starts: Uint8Array;
  /** ends[k]: a clause may end after word k; 2 when a colon follows (a list's introduction). */
  readonly ends: Uint8Array;
}

const WORD = /[\p{L}\p{N}&]+/gu;
const STRONG = /[;.:!?\n]/;
const SOFT_END = /[,;.!?(\n]/;

function readWords(text: string, tokenId: (w: string) => number): Words {
  const ids: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // The text between the last word and the next one; lines are folded one by one, since the fold turns a line
  // break into a space.
  let gap = "";
  for (const line of text.split(/\r?\n/)) {
    const f = fold(line);
    let last = 0;
    for (const m of f.matchAll(WORD)) {
      const at = m.index ?? 0;
      gap += f.slice(last, at);
      if (ids.length > 0) ends[ids.length - 1] = gap.includes(":") ? 2 : SOFT_END.test(gap) ? 1 : 0;
      starts.push(ids.length === 0 || STRONG.test(gap) ? 1 : 0);
      ids.push(tokenId(/^\d+$/.test(m[0]) ? m[0].replace(/^0+(?=\d)/, "") : m[0]));
      last = at + m[0].length;
      gap = "";
    }
    gap += `${f.slice(last)}\n`;
  }
  if (ids.length > 0) ends[ids.length - 1] = 1;
  return { ids: Int32Array.from(ids), starts: Uint8Array.from(starts), ends: Uint8Array.from(ends) };
}

const mix = (h: number, id: number): number => Math.imul(h ^ id, 0x01000193);

function sameRun(a: Int32Array, b: Int32Array, from: number): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[from + k]) return false;
  return true;
}

/**
 * For each item that repeats, or is repeated by, an earlier item of its group, the earlier ones (at most
 * `maxMatches`). Identical texts are left to the similarity index: a pair is found here only when one text is
 * longer than the other.
 */
export function findContained(items: readonly ContainedItem[], maxMatches = 3): Containment[] {
  const tokenIds = new Map<string, number>();
  const tokenId = (w: string): number => {
    let id = tokenIds.get(w);
    if (id === undefined) tokenIds.set(w, (id = tokenIds.size));
    return id;
  };
  const words = items.map((it) => readWords(it.text, tokenId));
  // Whole texts long enough to be a clause, by a hash of their group and words.
  const whole = new Map<number, number[]>();
  words.forEach((w, i) => {
    if (w.ids.length < MIN_CONTAINED_WORDS || w.ids.length > MAX_INNER_WORDS) return;
    let h = mix(0x811c9dc5, items[i].group);
    for (const id of w.ids) h = mix(h, id);
    const list = whole.get(h);
    if (list) list.push(i);
    else whole.set(h, [i]);
  });
  // Closing clauses, by a hash of their group and words: [item, first word].
  const tails = new Map<number, Array<[number, number]>>();
  const tailGroups = new Set<number>();
  words.forEach((w, i) => {
    const n = w.ids.length;
    let last = n - 1;
    while (last > 0 && !w.starts[last]) last--;
    if (last === 0) return;
    if (n - last > MAX_INNER_WORDS) return;
    for (let from = last; from <= last + TAIL_SLACK && n - from >= MIN_TAIL_WORDS; from++) {
      let h = mix(0x811c9dc5, items[i].group);
      for (let k = from; k < n; k++) h = mix(h, w.ids[k]);
      const list = tails.get(h);
      if (list) list.push([i, from]);
      else tails.set(h, [[i, from]]);
      tailGroups.add(items[i].group);
    }
  });
  const pairs = new Map<number, Set<number>>();
  const pair = (a: number, b: number): void => {
    const later = Math.max(a, b);
    const set = pairs.get(later) ?? new Set<number>();
    set.add(Math.min(a, b));
    pairs.set(later, set);
  };
  words.forEach((outer, o) => {
    const n = outer.ids.length;
    if (n <= MIN_CONTAINED_WORDS) return;
    for (let s = 0; s < n; s++) {
      if (!outer.starts[s]) continue;
      let h = mix(0x811c9dc5, items[o].group);
      for (let e = s; e < n && e - s < MAX_INNER_WORDS; e++) {
        h = mix(h, outer.ids[e]);
        const len = e - s + 1;
        if (len < MIN_CONTAINED_WORDS || len === n || outer.ends[e] !== 1) continue;
        for (const i of whole.get(h) ?? []) {
          if (i !== o && items[i].group === items[o].group && words[i].ids.length === len) {
            if (sameRun(words[i].ids, outer.ids, s)) pair(i, o);
          }
        }
      }
    }
  });
  words.forEach((outer, o) => {
    const n = outer.ids.length;
    if (n < MIN_TAIL_WORDS || !tailGroups.has(items[o].group)) return;
    for (let s = 0; s + MIN_TAIL_WORDS <= n; s++) {
      let h = mix(0x811c9dc5, items[o].group);
      for (let e = s; e < n && e - s < MAX_INNER_WORDS; e++) {
        h = mix(h, outer.ids[e]);
        const len = e - s + 1;
        if (len < MIN_TAIL_WORDS || outer.ends[e] !== 1) continue;
        for (const [i, from] of tails.get(h) ?? []) {
          const inner = words[i].ids;
          if (i === o || items[i].group !== items[o].group || inner.length - from !== len) continue;
          if (sameRun(inner.subarray(from), outer.ids, s)) pair(i, o);
        }
      }
    }
  });
  const out: Containment[] = [];
  for (const [index, set] of [...pairs].sort((a, b) => a[0] - b[0])) {
    out.push({ index, earlier: [...set].sort((a, b) => a - b).slice(0, maxMatches) });
  }
  return out;
}

/** A text shorter than this cannot hold `MIN_CONTAINED_WORDS` words; it is never read as a repeated clause. */
export const MIN_CONTAINED_CHARS = MIN_CONTAINED_WORDS * 2;

/**
 * Picks, before any text is folded, the items that can take part in a containment: a text repeated inside
 * another holds no figure the other lacks, so an item whose figures (hashes of its runs of digits) include one
 * no other item of its group has cannot be the inner text, and an outer text must hold the rarest figure of some
 * inner one (any text of the group, when an inner one has no figures). A table whose tasks each name their own
 * document number is then read almost for free.
 */
export class ContainmentCandidates {
  private readonly groups: number[] = [];
  private readonly long: boolean[] = [];
  private readonly figureStart: number[] = [0];
  private readonly figures: number[] = [];
  /** Items with a closing clause: item → [from, to) in `tailFigures`. */
  private readonly tails = new Map<number, [number, number]>();
  private readonly tailFigures: number[] = [];
  private readonly tailStart: number[] = [];

  /**
   * `figures`: the hashes of the item's runs of digits, sorted (repeats allowed); `tailFigures`: those of its
   * closing clause (`closingClause`), when it has one; `group` < 0: never a match.
   */
  add(group: number, text: string, figures: readonly number[], tailFigures?: readonly number[]): void {
    const long = group >= 0 && text.length >= MIN_CONTAINED_CHARS;
    this.groups.push(group);
    this.long.push(long);
    // Only a long text's figures count: the others are never read.
    if (long) {
      for (let k = 0; k < figures.length; k++) {
        if (k === 0 || figures[k] !== figures[k - 1]) this.figures.push(figures[k]);
      }
    }
    this.figureStart.push(this.figures.length);
    if (long && tailFigures) {
      const at = this.tailStart.length;
      for (let k = 0; k < tailFigures.length; k++) {
        if (k === 0 || tailFigures[k] !== tailFigures[k - 1]) this.tailFigures.push(tailFigures[k]);
      }
      this.tails.set(this.groups.length - 1, [at === 0 ? 0 : this.tailStart[at - 1], this.tailFigures.length]);
      this.tailStart.push(this.tailFigures.length);
    }
  }

  /** Indexes of the items worth reading, ascending. */
  select(): number[] {
    const n = this.groups.length;
    const start = this.figureStart;
    // (group, figure) pairs as small integers (fast to sort; a collision only costs work), counted by sorting.
    const keys = new Int32Array(this.figures.length);
    for (let i = 0; i < n; i++) {
      const g = Math.imul(this.groups[i] + 1, 0x85ebca6b);
      for (let k = start[i]; k < start[i + 1]; k++) keys[k] = (g ^ this.figures[k]) & 0x3fffffff;
    }
    const df = new CountTable(keys.length);
    for (let k = 0; k < keys.length; k++) df.add(keys[k]);
    const count = (x: number): number => df.get(x);
    const inner = new Uint8Array(n);
    const bareGroups = new Set<number>();
    const needed = new CountTable(n);
    const g = (i: number): number => Math.imul(this.groups[i] + 1, 0x85ebca6b);
    /** The rarest of some figures of item i, -2 when one is not shared, -1 when there are none. */
    const rarestOf = (i: number, list: readonly number[], from: number, to: number): number => {
      let rarest = -1;
      let least = Infinity;
      for (let k = from; k < to; k++) {
        const x = (g(i) ^ list[k]) & 0x3fffffff;
        const d = count(x);
        if (d < 2) return -2;
        if (d < least) [least, rarest] = [d, x];
      }
      return rarest;
    };
    for (let i = 0; i < n; i++) {
      if (!this.long[i]) continue;
      let rarest = rarestOf(i, this.figures, start[i], start[i + 1]);
      const tail = this.tails.get(i);
      if (rarest === -2 && tail) rarest = rarestOf(i, this.tailFigures, tail[0], tail[1]);
      if (rarest === -2) continue;
      inner[i] = 1;
      if (rarest === -1) bareGroups.add(this.groups[i]);
      else needed.add(rarest);
    }
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      if (!this.long[i]) continue;
      let take = inner[i] === 1 || bareGroups.has(this.groups[i]);
      for (let k = start[i]; k < start[i + 1] && !take; k++) take = needed.get(keys[k]) > 0;
      if (take) out.push(i);
    }
    return out;
  }
}

/** Where the closing clause of a text starts (after its last ";", ".", "!", "?" or line break), -1 when none. */
export function closingClause(text: string): number {
  // Most task texts hold no stop at all: one search of the engine's says so without reading them here.
  if (!ANY_STOP.test(text)) return -1;
  let end = text.length;
  while (end > 0 && (isStop(text.charCodeAt(end - 1)) || isSpace(text.charCodeAt(end - 1)))) end--;
  for (let k = end - 1; k > 0; k--) {
    const c = text.charCodeAt(k);
    // A dot between figures is part of a date or a number ("30.6.2026", "1.000").
    if (c === DOT && isDigit(text.charCodeAt(k - 1)) && isDigit(text.charCodeAt(k + 1))) continue;
    if (isStop(c) || c === 10) return k + 1;
  }
  return -1;
}

const ANY_STOP = /[;.!?\n]/;
const DOT = 46;

/** ";", ".", "!", "?" */
function isStop(c: number): boolean {
  return c === 59 || c === DOT || c === 33 || c === 63;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** White space as `\s` reads it. */
function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Counts of non-negative integers in an open-addressing table (no Map: 100,000 figures cost a few ms). */
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

  add(x: number): void {
    const i = this.slot(x);
    this.keys[i] = x;
    this.counts[i]++;
  }

  get(x: number): number {
    return this.counts[this.slot(x)];
  }
}
