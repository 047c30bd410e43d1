/**
 * Splitting a cell that names several agencies into one piece per agency.
 *
 * Separators are ",", ";" and new lines, but collective names contain commas ("UBND các huyện, thị xã, thành
 * phố") and names break across lines ("Sở Thông tin và Truyền⏎thông"). So the cell is cut into words, and a
 * dynamic programme chooses the pieces: a known name may span separators (the longest known names win), two
 * known names may follow each other without a separator (a missing comma) or with " và " between them, and
 * text that is no known name stays one piece per separator. Commas inside brackets never separate.
 * A short lower-case remainder after a collective ("các sở, ban," ⏎ "ngành") joins that collective.
 */
import { fold, stripHtml, trimEndOf } from "../text";
import type { AgencyMatchKind, AgencyMention } from "../types";
import { type AgencyIndex, type MatchVia, type TrieNode, trimPiece } from "./matcher";
import { looseTokensOfWords, wordKey } from "./normalize";
import { collectiveEnds, isCommaName, isGenericPhrase, startsRole } from "./phrases";
import { kindList } from "./kind-list";
import { type AgencyVocabulary, defaultAgencyVocabulary } from "./vocabulary";

/** Pieces of a cell, one per agency named, as written (HTML fragments and a trailing "." removed). */
export function splitAgencies(
  cellText: string,
  directory: { mentions(text: string): readonly AgencyMention[] },
): string[] {
  return directory.mentions(cellText).map((m) => m.text);
}

interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokens: readonly string[];
  /** `tokens` without connectives. */
  readonly loose: readonly string[];
  /** A separator (",", ";", new line) stands between this word and the previous one. */
  readonly sepBefore: boolean;
  /** That separator is ";" or a new line. */
  readonly hardSep: boolean;
}

interface Piece {
  readonly start: number; // word index
  readonly end: number; // word index, exclusive
  readonly mention: AgencyMention;
  readonly cost: number;
  /** A role phrase ("chủ trì hướng dẫn"): it names nobody. */
  readonly role?: true;
  /** An unknown name before " và " and a known name ("Thành phố Hồ Chí Minh và UBND các tỉnh"). */
  readonly beforeVa?: true;
  /** A collective phrase read by its form ("các sở, ban, ngành"). */
  readonly phrase?: true;
}

interface RunPiece extends Piece {
  /** Score added by taking this piece. */
  readonly gain: number;
}

const MAX_NAME_WORDS = 40;
/** States of the dynamic programme; see segmentCell. */
const STATES = 4;
const ROLE_COST = 25;
const COLLECTIVE_COST = 14;
const NO_MENTION: AgencyMention = Object.freeze({ text: "", kind: "unknown", collective: false });
/** The programme's mark for a collective phrase: its words are the positions it joins. */
const PHRASE: Piece = Object.freeze({ start: -1, end: -1, mention: NO_MENTION, cost: COLLECTIVE_COST, phrase: true });
/** Score and back-pointer arrays, reused from cell to cell. */
const buffers = { best: new Float64Array(64 * STATES), from: new Int32Array(64 * STATES) };
const MAX_CHUNKS_PER_NAME = 4;
const WORD_SCORE = 100;
const PIECE_COST = 10;
const KIND_COST: Readonly<Record<AgencyMatchKind, number>> = {
  canonical: 0,
  alias: 1,
  "variant-minor": 2,
  variant: 3,
  fuzzy: 30,
  unknown: 0,
};
const VIA_COST: Readonly<Record<MatchVia, number>> = { plain: 0, parenthesis: 0, region: 0, province: 15 };

/**
 * HTML off, line bullets ("- ", "+ ", "(1)", "1.") and labels ("Chủ trì:") off, trailing full stops off; new lines
 * and slashes between names kept as separators.
 */
function prepare(cell: string, vocab: AgencyVocabulary): string {
  const label = vocab.cellLabel;
  return trimEndOf(
    stripHtml(cell)
      .replace(/\r\n?/g, "\n")
      .split("\n")
      .map((line) => {
        const l = line.replace(/^\s*(?:[-+•*–—]|\(\d{1,2}\)|\d{1,2}[.)])\s+/, "");
        return label ? l.replace(label, "") : l;
      })
      .join("\n")
      // "Công an tỉnh/Sở Tư pháp": a slash between two names separates them ("766/QĐ-TTg" is a reference, kept)
      .replace(/(?<=\p{L}|\))\s*\/\s*(?=\p{Lu})/gu, "; "),
    " .,;:/",
  );
}

/** Separators inside balanced brackets are masked so that they do not cut a sub-unit. */
function shadow(s: string): string {
  const open = (s.match(/\(/g) ?? []).length;
  const close = (s.match(/\)/g) ?? []).length;
  if (open === 0 || open !== close) return s;
  let depth = 0;
  let out = "";
  for (const ch of s) {
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    out += depth > 0 && (ch === "," || ch === ";") ? "\u0001" : depth > 0 && ch === "\n" ? " " : ch;
  }
  return out;
}

/** Word keys of single words: the vocabulary of agency cells is small, so each word is folded once. */
const WORD_TOKENS = new Map<string, { readonly tokens: readonly string[]; readonly loose: readonly string[] }>();

function wordTokens(text: string): { readonly tokens: readonly string[]; readonly loose: readonly string[] } {
  let t = WORD_TOKENS.get(text);
  if (!t) {
    const w = wordKey(text);
    const tokens = w === "" ? [] : w.split(" ");
    t = { tokens, loose: looseTokensOfWords(tokens) };
    if (WORD_TOKENS.size > 100_000) WORD_TOKENS.clear();
    WORD_TOKENS.set(text, t);
  }
  return t;
}

/** "điểm d", "khoản 1", "mục III": a word of a legal reference and its number or letter. */
const REFERENCE_MARK = /^(?:\d{1,3}[a-zđ]?|[a-zđ]|[IVXLC]{1,6})[.,;:]?$/iu;

function words(s: string, vocab: AgencyVocabulary): Word[] {
  const masked = shadow(s);
  const out: Word[] = [];
  const re = /[^\s,;]+(?:\s*&\s*[^\s,;]+)*/g;
  let prevEnd = 0;
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    const start = m.index;
    const end = start + m[0].length;
    const gap = masked.slice(prevEnd, start);
    const text = s.slice(start, end);
    const hardSep = /[;\n]/.test(gap);
    out.push({ start, end, text, ...wordTokens(text), sepBefore: hardSep || gap.includes(","), hardSep });
    prevEnd = end;
  }
  // ", khoản 1, mục III": the commas of a legal reference do not separate names.
  for (let i = 1; i + 1 < out.length; i++) {
    const w = out[i];
    if (w.sepBefore && !w.hardSep && w.tokens.length === 1 && vocab.references.has(w.tokens[0])) {
      if (REFERENCE_MARK.test(out[i + 1].text)) out[i] = { ...w, sepBefore: false };
    }
  }
  return out;
}

/** The word end (exclusive) of the bracket opened at word `b`, or −1 (also when not closed before `limit`). */
function bracketEnd(ws: readonly Word[], b: number, limit = ws.length): number {
  let depth = 0;
  for (let k = b; k < Math.min(limit, ws.length); k++) {
    for (const ch of ws[k].text) depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
    if (depth <= 0) return k + 1;
  }
  return -1;
}

/** The agencies named in a cell, in order, each matched against the directory. */
export function segmentCell(
  cellText: string,
  index: AgencyIndex,
  vocab: AgencyVocabulary = defaultAgencyVocabulary(),
): AgencyMention[] {
  const text = prepare(cellText, vocab);
  const listed = kindList(text, index, vocab);
  if (listed) return listed;
  const ws = words(text, vocab);
  const n = ws.length;
  if (n === 0) return [];
  const slice = (a: number, b: number): string => trimPiece(text.slice(ws[a].start, ws[b - 1].end));
  const isSep = (b: number): boolean => b === 0 || b === n || ws[b].sepBefore;

  // Known names starting at each word (strict matches only: exact, alias, variant), found by walking the trie.
  const known: (Piece[] | undefined)[] = new Array<Piece[] | undefined>(n);
  /** Ends of the collective phrases starting at each word (kept as numbers: a list of nouns has many). */
  const phrases: (number[] | undefined)[] = new Array<number[] | undefined>(n);
  const hasKnown = (a: number, b: number): boolean =>
    (known[a]?.some((p) => p.end === b) ?? false) || (phrases[a]?.includes(b) ?? false);
  const addKnown = (a: number, b: number): void => {
    if (hasKnown(a, b)) return;
    const piece = slice(a, b);
    const m = index.strict(piece);
    if (!m) return;
    (known[a] ??= []).push({
      start: a,
      end: b,
      mention: m.suffix
        ? { text: piece, kind: m.kind, agency: m.entry, collective: m.collective, suffix: m.suffix }
        : { text: piece, kind: m.kind, agency: m.entry, collective: m.collective },
      cost: PIECE_COST + KIND_COST[m.kind] + VIA_COST[m.via],
    });
  };
  for (let i = 0; i < n; i++) {
    if (ws[i].tokens.length === 0) continue;
    let node: TrieNode | undefined = index.trie;
    for (let j = i; j < n && j - i < MAX_NAME_WORDS; j++) {
      const w = ws[j];
      for (const t of w.tokens) {
        node = node.next.get(t);
        if (!node) break;
      }
      if (!node) break;
      if (w.tokens.length === 0) continue;
      const e = j + 1;
      if (node.full) addKnown(i, e);
      if (e >= n || ws[e].sepBefore) continue;
      const next = ws[e].text;
      // A sub-unit in brackets, up to the word closing them: the name and it span at most MAX_NAME_WORDS words.
      const close = node.full && next.startsWith("(") ? bracketEnd(ws, e, i + MAX_NAME_WORDS) : -1;
      if (close > 0) addKnown(i, close);
      if (node.full && node.region && /^(\d{1,2}|[IVXL]{1,5})$/.test(next)) addKnown(i, e + 1);
      if ((node.full || node.next.get("tinh")?.full) && /^\p{Lu}/u.test(next)) {
        // The province's name after the agency ("Thuế tỉnh Thái Nguyên"), up to a separator.
        for (let k = e; k < n && k - e < 5; k++) {
          if (k > e && ws[k].sepBefore) break;
          if (!/^(\p{Lu}|[-–]$)/u.test(ws[k].text)) break;
          if (isSep(k + 1)) addKnown(i, k + 1);
        }
      }
    }
  }

  // Collective phrases read by their form ("các bộ, ngành, địa phương khác có liên quan"), where no name covers them;
  // like a name, at most MAX_NAME_WORDS words (a list of nouns runs on from each of its words: the square otherwise).
  for (let i = 0; i < n; i++) {
    const limit = Math.min(n, i + MAX_NAME_WORDS);
    for (const end of collectiveEnds(ws, i, vocab, limit)) {
      // "UBND các tỉnh, thành phố khác (mạng lưới địa phương)": a note in brackets goes with the phrase.
      const bracket = end < n && !ws[end].sepBefore && ws[end].text.startsWith("(");
      const close = bracket ? bracketEnd(ws, end, i + MAX_NAME_WORDS) : -1;
      for (const e of close > 0 ? [end, close] : [end]) {
        if (!hasKnown(i, e)) (phrases[i] ??= []).push(e);
      }
    }
  }

  // Runs of whole chunks (between separators) that no strict name covers: one chunk may be a fuzzy match, a
  // district-level body or unknown; several chunks a fuzzy match of a name with commas, or an unknown unit's name
  // with commas (see isCommaName).
  const startsKnown = (k: number): boolean => known[k] !== undefined || phrases[k] !== undefined;
  const runsMemo = new Map<number, readonly RunPiece[]>();
  const chunkRuns = (b: number): readonly RunPiece[] => {
    const memo = runsMemo.get(b);
    if (memo) return memo;
    const out: RunPiece[] = [];
    const loose: string[] = [];
    let e = b;
    for (let r = 1; r <= MAX_CHUNKS_PER_NAME && e < n; r++) {
      do loose.push(...ws[e].loose);
      while (++e < n && !ws[e].sepBefore);
      if (hasKnown(b, e)) continue;
      // Several chunks: a fuzzy match of a name with commas, or one unit's name with commas read by its form
      // ("Vụ Khoa học công nghệ, Đào tạo và Môi trường").
      const plausible = r === 1 || index.fuzzy.plausible(loose);
      const commaName = r > 1 && isCommaName(ws, b, e, vocab, startsKnown);
      if (!plausible && !commaName) continue;
      const m = index.match(slice(b, e));
      if (m.kind !== "unknown") {
        const cost = PIECE_COST + KIND_COST[m.kind] + (m.kind === "fuzzy" ? 0 : 5);
        out.push({ start: b, end: e, mention: m, cost, gain: (e - b) * WORD_SCORE - cost });
      } else if (commaName) {
        out.push({ start: b, end: e, mention: m, cost: PIECE_COST, gain: -PIECE_COST });
      } else if (r === 1) {
        out.push({ start: b, end: e, mention: m, cost: PIECE_COST, gain: -PIECE_COST });
        // "Thành phố Hồ Chí Minh và UBND các tỉnh": an unknown name may end before a " và " that a known name follows.
        // Matched once chosen (below): matching every candidate would cost the square of the chunk's length.
        for (let v = b + 1; v < e - 1; v++) {
          if (ws[v].tokens.length !== 1 || ws[v].tokens[0] !== "va" || !startsKnown(v + 1)) continue;
          out.push({ start: b, end: v, mention: NO_MENTION, cost: PIECE_COST, gain: -PIECE_COST, beforeVa: true });
        }
      }
    }
    runsMemo.set(b, out);
    return out;
  };

  // A role phrase runs to the next separator ("chủ trì hướng dẫn"); after a comma it may go on ("tổng hợp").
  const chunkEnd = (b: number): number => {
    let e = b + 1;
    while (e < n && !ws[e].sepBefore) e++;
    return e;
  };
  const rolePiece = (b: number): Piece => ({
    start: b,
    end: chunkEnd(b),
    mention: NO_MENTION,
    cost: ROLE_COST,
    role: true,
  });

  // Dynamic programme over word boundaries. State 0: after an unknown piece (or at the start);
  // 1: after a known name; 2: after a known name and a " và " (a known name must follow); 3: after a role phrase.
  const size = (n + 1) * STATES;
  if (buffers.best.length < size) {
    buffers.best = new Float64Array(size * 2);
    buffers.from = new Int32Array(size * 2);
  }
  const { best, from } = buffers;
  best.fill(-Infinity, 0, size);
  from.fill(-1, 0, size);
  const via = new Array<Piece | null>(size);
  best[0] = 0;
  const relax = (pos: number, st: number, score: number, prev: number, piece: Piece | null): void => {
    const at = pos * STATES + st;
    if (score > best[at]) {
      best[at] = score;
      from[at] = prev;
      via[at] = piece ?? null;
    }
  };
  for (let b = 0; b < n; b++) {
    for (let st = 0; st < STATES; st++) {
      const here = b * STATES + st;
      const score = best[here];
      if (score === -Infinity) continue;
      const sep = isSep(b);
      if (sep || st === 1 || st === 2) {
        for (const p of known[b] ?? []) relax(p.end, 1, score + (p.end - p.start) * WORD_SCORE - p.cost, here, p);
        for (const e of phrases[b] ?? []) relax(e, 1, score + (e - b) * WORD_SCORE - COLLECTIVE_COST, here, PHRASE);
      }
      if (st === 1 && ws[b].tokens.length === 1 && ws[b].tokens[0] === "va")
        relax(b + 1, 2, score + WORD_SCORE, here, null);
      const role =
        (st === 1 && !sep && startsRole(ws, b, vocab)) ||
        (st === 3 && sep && !ws[b].hardSep && (startsRole(ws, b, vocab) || /^\p{Ll}/u.test(ws[b].text)));
      if (role) {
        const p = rolePiece(b);
        relax(p.end, 3, score + (p.end - p.start) * WORD_SCORE - p.cost, here, p);
      }
      if (!sep || st === 2) continue;
      for (const p of chunkRuns(b)) {
        relax(p.end, p.mention.kind === "unknown" && !p.beforeVa ? 0 : 1, score + p.gain, here, p);
      }
    }
  }
  let end = n * STATES;
  for (const st of [1, 3]) if (best[n * STATES + st] > best[end]) end = n * STATES + st;
  const pieces: Piece[] = [];
  while (end > 0 && from[end] >= 0) {
    const p = via[end] ?? null;
    if (p === PHRASE) pieces.push({ ...p, start: Math.floor(from[end] / STATES), end: Math.floor(end / STATES) });
    else if (p) pieces.push(p);
    end = from[end];
  }
  pieces.reverse();
  // Phrases and names before " và " are matched only once chosen: the programme needs only their extent.
  const matched = pieces.map((p): Piece => {
    if (!p.beforeVa && !p.phrase) return p;
    const m = index.match(slice(p.start, p.end));
    return { ...p, mention: p.phrase ? { ...m, collective: true } : m };
  });
  return joinTails(matched, text, ws, index, vocab);
}

/** "các sở, ban," ⏎ "ngành": a short lower-case remainder joins the collective before it. */
function joinTails(
  pieces: readonly Piece[],
  text: string,
  ws: readonly Word[],
  index: AgencyIndex,
  vocab: AgencyVocabulary,
): AgencyMention[] {
  const out: { start: number; end: number; mention: AgencyMention }[] = [];
  for (const p of pieces) {
    if (p.role) continue;
    const prev = out[out.length - 1];
    const t = p.mention.text;
    const tail =
      p.mention.kind === "unknown" &&
      t !== "" &&
      !/\p{Lu}/u.test(t) &&
      t.split(" ").length <= 6 &&
      !/^(cac|va)( |$)/.test(fold(t));
    if (prev && tail && prev.mention.collective) {
      const joined = trimPiece(text.slice(ws[prev.start].start, ws[p.end - 1].end));
      const m = index.match(joined);
      out[out.length - 1] = { start: prev.start, end: p.end, mention: { ...m, collective: true } };
    } else if (/\p{L}/u.test(t)) {
      // Pieces without a letter ("-", "…") name nobody and are left out. A generic word alone ("Sở", "Doanh
      // nghiệp") names no body either: it counts as a collective, never as an unknown agency.
      const generic =
        p.mention.kind === "unknown" && !p.mention.collective && isGenericPhrase(ws, p.start, p.end, vocab);
      out.push({ start: p.start, end: p.end, mention: generic ? { ...p.mention, collective: true } : p.mention });
    }
  }
  return out.map((p) => p.mention);
}
