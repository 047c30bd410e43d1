/**
 * Phrases of an agency cell read by their form, with the words of src/data/agency-vocabulary.json:
 *
 * - a collective phrase: [head "các" | head number | "các"] noun {("," | "và" | "hoặc" | "/" | ":") noun} {tail}
 *   ("và các" too: ", các …" starts another phrase)
 *   e.g. "Các sở, ban, ngành có liên quan", "UBND các tỉnh/thành phố trực thuộc trung ương", "Cơ quan, địa
 *   phương liên quan", "Các trường: Đại học, Cao đẳng, Trung cấp trên địa bàn tỉnh". Its commas are not cuts. A phrase
 *   with no "các", no head and one noun is a collective only with a tail ("Cơ quan liên quan");
 * - a generic piece: the same form with one noun and nothing else ("Sở", "Doanh nghiệp"): it names no body;
 * - a role phrase: what the body before it does ("chủ trì hướng dẫn", "thúc đẩy, theo dõi, báo cáo chỉ tiêu").
 */
import type { AgencyVocabulary, PhraseTrie } from "./vocabulary";

/** What the phrase readers need of a word of the cell. */
export interface PhraseWord {
  readonly text: string;
  readonly tokens: readonly string[];
  /** A separator (",", ";", new line) stands before this word. */
  readonly sepBefore: boolean;
  /** The separator before this word is ";" or a new line (a list never runs across it). */
  readonly hardSep: boolean;
}

/** Word ends (exclusive) of the phrases of `trie` starting at word `i`; only the first word may follow a separator. */
function ends(trie: PhraseTrie, ws: readonly PhraseWord[], i: number, limit = ws.length): number[] {
  const out: number[] = [];
  let node: PhraseTrie | undefined = trie;
  for (let j = i; j < limit; j++) {
    const w = ws[j];
    if (j > i && w.sepBefore) break;
    if (w.tokens.length === 0) {
      if (j === i) return out;
      continue;
    }
    for (const t of w.tokens) {
      node = node.next.get(t);
      if (!node) return out;
    }
    if (node.full) out.push(j + 1);
  }
  return out;
}

function longest(trie: PhraseTrie, ws: readonly PhraseWord[], i: number, limit: number): number {
  const e = ends(trie, ws, i, limit);
  return e.length ? e[e.length - 1] : -1;
}

function isWord(w: PhraseWord | undefined, token: string): boolean {
  return w !== undefined && w.tokens.length === 1 && w.tokens[0] === token;
}

const CONNECTIVES = new Set(["va", "hoac"]);

/** Collective phrases starting at word `i`: their word ends, shortest first. `generic`: a lone noun counts too. */
export function collectiveEnds(
  ws: readonly PhraseWord[],
  i: number,
  vocab: AgencyVocabulary,
  limit = ws.length,
  generic = false,
): number[] {
  let j = i;
  let marked = false; // "các", or a head and "các" / a number
  const head = longest(vocab.heads, ws, j, limit);
  if (head > 0 && head < limit && !ws[head].sepBefore) {
    if (isWord(ws[head], "cac") || /^\d+$/.test(ws[head].text)) {
      j = head + 1;
      marked = true;
    }
  }
  if (!marked && isWord(ws[j], "cac")) {
    j++;
    marked = true;
  }
  if (j >= limit || (marked && ws[j].sepBefore)) return [];
  const out: number[] = [];
  let nouns = 0;
  for (;;) {
    const e = longest(vocab.nouns, ws, j, limit);
    if (e < 0) break;
    nouns++;
    j = e;
    let tails = 0;
    for (let t = j < limit && !ws[j].sepBefore ? longest(vocab.tails, ws, j, limit) : -1; t > 0;) {
      j = t;
      tails++;
      t = j < limit && !ws[j].sepBefore ? longest(vocab.tails, ws, j, limit) : -1;
    }
    if (marked || nouns >= 2 || tails > 0 || generic) out.push(j);
    // The list goes on after ",", "/", ":" or "và" (not after ";" or a new line), "các" allowed before a noun.
    let k = j;
    if (k >= limit || ws[k].hardSep) break;
    const colon = /:$/.test(ws[k - 1].text);
    if (!ws[k].sepBefore && !colon) {
      if (!ws[k].tokens.every((t) => CONNECTIVES.has(t)) || ws[k].tokens.length === 0) break;
      k++;
    }
    // ", các …" starts another phrase; "và các …" goes on with this one.
    if (k > j && isWord(ws[k], "cac") && k + 1 < limit && !ws[k + 1].sepBefore) k++;
    if (k >= limit || longest(vocab.nouns, ws, k, limit) < 0) break;
    j = k;
  }
  return out;
}

/** Whether words [a, b) are only a generic noun phrase ("Sở", "ban", "Doanh nghiệp", "Cơ quan"). */
export function isGenericPhrase(ws: readonly PhraseWord[], a: number, b: number, vocab: AgencyVocabulary): boolean {
  return collectiveEnds(ws, a, vocab, b, true).includes(b);
}

/** Whether a role phrase starts at word `i` ("chủ trì", "thúc đẩy", "với"). */
export function startsRole(ws: readonly PhraseWord[], i: number, vocab: AgencyVocabulary): boolean {
  return ends(vocab.roles, ws, i).length > 0;
}

/** Where the kind of body heading a name at word `i` ends ("Cục", "Văn phòng", "Ban Quản lý"), −1 when none. */
export function kindEnd(ws: readonly PhraseWord[], i: number, vocab: AgencyVocabulary): number {
  return longest(vocab.kinds, ws, i, ws.length);
}

/**
 * Whether words [a, b) read as one unit's name with commas in it: a kind and a capitalised name ("Vụ Khoa học công
 * nghệ"), then, after commas only, capitalised parts that start no other body and end with "và" and a capitalised
 * word ("…, Đào tạo và Môi trường"; "Cục Xuất bản, In và Phát hành"). "Sở A, Sở B và Sở C" is three bodies: a
 * part that starts with a kind starts another body. `startsKnown(k)`: a known name or phrase starts at word k.
 */
export function isCommaName(
  ws: readonly PhraseWord[],
  a: number,
  b: number,
  vocab: AgencyVocabulary,
  startsKnown: (k: number) => boolean,
): boolean {
  const head = kindEnd(ws, a, vocab);
  if (head < 0 || head >= b || ws[head].sepBefore || !CAPITAL.test(ws[head].text)) return false;
  let parts = 0;
  let lastAnd = false;
  for (let k = head + 1; k < b; k++) {
    const w = ws[k];
    if (w.sepBefore) {
      if (w.hardSep || !CAPITAL.test(w.text) || kindEnd(ws, k, vocab) > 0 || startsKnown(k)) return false;
      parts++;
      lastAnd = false;
    } else if (parts > 0 && isWord(w, "va")) {
      lastAnd = k + 1 < b && !ws[k + 1].sepBefore && CAPITAL.test(ws[k + 1].text);
    }
  }
  return parts > 0 && lastAnd;
}

const CAPITAL = /^\p{Lu}/u;
