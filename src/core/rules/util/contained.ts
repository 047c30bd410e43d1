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

/** What stands between two words: a clause may start after it, a clause or phrase may end before it, a colon. */
const CLAUSE_START = 1;
const PHRASE_END = 2;
const COLON = 4;

/** The marks of one character between words (";", ".", ":", "!", "?", line break; ",", "("). */
function gapMark(c: number): number {
  switch (c) {
    case 58: // ":"
      return CLAUSE_START | COLON;
    case 59: // ";"
    case 46: // "."
    case 33: // "!"
    case 63: // "?"
    case 10: // line break
      return CLAUSE_START | PHRASE_END;
    case 44: // ","
    case 40: // "("
      return PHRASE_END;
    default:
      return 0;
  }
}

const LETTER_OR_FIGURE = /^[\p{L}\p{N}]$/u;

/** How many code units the word character at `i` takes (a letter, a figure or "&"), 0 when it is none. */
function wordChar(f: string, i: number, c: number): number {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 38 ? 1 : 0;
  const width = c >= 0xd800 && c <= 0xdbff && i + 1 < f.length ? 2 : 1;
  return LETTER_OR_FIGURE.test(f.slice(i, i + width)) ? width : 0;
}

/**
 * The words of a text through the fold (runs of letters, figures and "&"; figures without leading zeros), with
 * where a clause may start and end. Lines are read one by one, since the fold turns a line break into a space,
 * and each line piece by piece between its spaces: folding a piece gives the same words and marks as folding the
 * whole line, and pieces repeat, so their folds are remembered (`fold`) where a whole line's would not be.
 */
function readWords(text: string, tokenId: (w: string) => number): Words {
  const words = new WordList(tokenId);
  for (let from = 0; ;) {
    const br = text.indexOf("\n", from);
    const lineEnd = br < 0 ? text.length : br > from && text.charCodeAt(br - 1) === 13 ? br - 1 : br;
    for (let p = from; p < lineEnd;) {
      let space = text.indexOf(" ", p);
      if (space < 0 || space > lineEnd) space = lineEnd;
      if (space > p) words.read(fold(text.slice(p, space)));
      p = space + 1;
    }
    if (br < 0) break;
    words.gap |= gapMark(10);
    from = br + 1;
  }
  return words.done();
}

/** Words as they are read, and the marks of what stands between the last word and the next one. */
class WordList {
  private readonly ids: number[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  gap = 0;

  constructor(private readonly tokenId: (w: string) => number) {}

  /** Reads a folded piece of text. */
  read(f: string): void {
    const { ids, starts, ends } = this;
    for (let i = 0; i < f.length;) {
      const c = f.charCodeAt(i);
      let width = wordChar(f, i, c);
      if (width === 0) {
        this.gap |= gapMark(c);
        i++;
        continue;
      }
      let j = i;
      let figures = true;
      do {
        const d = f.charCodeAt(j);
        if (d < 48 || d > 57) figures = false;
        j += width;
        width = j < f.length ? wordChar(f, j, f.charCodeAt(j)) : 0;
      } while (width > 0);
      if (ids.length > 0) ends[ids.length - 1] = this.gap & COLON ? 2 : this.gap & PHRASE_END ? 1 : 0;
      starts.push(ids.length === 0 || this.gap & CLAUSE_START ? 1 : 0);
      let k = i;
      if (figures) while (k < j - 1 && f.charCodeAt(k) === 48) k++;
      ids.push(this.tokenId(f.slice(k, j)));
      this.gap = 0;
      i = j;
    }
  }

  done(): Words {
    const { ids, starts, ends } = this;
    if (ids.length > 0) ends[ids.length - 1] = 1;
    return { ids: Int32Array.from(ids), starts: Uint8Array.from(starts), ends: Uint8Array.from(ends) };
  }
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
