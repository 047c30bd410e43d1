/** Cells that write one kind of body once for several bodies: "Các sở: Y tế, Giáo dục và Đào tạo". */
import { nfc, trimEndOf } from "../text";
import type { AgencyMention } from "../types";
import type { AgencyIndex } from "./matcher";
import { wordKey } from "./normalize";
import type { AgencyVocabulary, PhraseTrie } from "./vocabulary";

/**
 * "Các sở: Y tế, Giáo dục và Đào tạo", "Các Cục: Di sản văn hóa; Bản quyền tác giả": one kind of body (a generic
 * noun of the vocabulary) written once for several bodies. Each part is read as "<Kind> <part>"; "… . Vụ Kế hoạch,
 * Tài chính" after a full stop starts a body of another kind.
 */
const KIND_LIST = /^\s*(?:các\s+)?(\p{L}+(?:\s+\p{L}+)?)\s*:\s*(.+)$/isu;
/** A full stop followed by a capitalised word: the next sentence names another body. */
const SENTENCE_BREAK = /\.\s+(?=\p{Lu})/u;

/** Ends of the phrases of `trie` that start at word `i`. */
function phraseEnds(trie: PhraseTrie, words: readonly string[], i: number): number[] {
  const out: number[] = [];
  let node: PhraseTrie | undefined = trie;
  for (let j = i; j < words.length && node; j++) {
    node = node.next.get(words[j]);
    if (node?.full) out.push(j + 1);
  }
  return out;
}

/** "Đại học", "Trung cấp trên địa bàn tỉnh": a generic noun, and at most a collective tail after it. */
function isKindPhrase(words: readonly string[], vocab: AgencyVocabulary): boolean {
  return phraseEnds(vocab.nouns, words, 0).some(
    (e) => e === words.length || phraseEnds(vocab.tails, words, e).includes(words.length),
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

/**
 * The bodies of a "Các <kind>: X, Y" cell, shown as written. Parts separated by semicolons are each one name (a
 * name may hold commas: "Xuất bản, In và Phát hành"); with commas only, up to three parts are joined to find a known
 * name ("Văn hóa, Thể thao và Du lịch"); when they are not all known, each part is a body of that kind the
 * directory does not hold. A list of kinds ("Các trường: Đại học, Cao đẳng") is a collective, left to the general
 * reading. Undefined when the cell is not such a list.
 */
export function kindList(text: string, index: AgencyIndex, vocab: AgencyVocabulary): AgencyMention[] | undefined {
  const m = KIND_LIST.exec(text);
  if (!m || !m[1].split(/\s+/).every((w) => vocab.genericWords.has(wordKey(nfc(w))))) return undefined;
  const kind = capitalise(m[1]);
  const named = (piece: string): AgencyMention | undefined => {
    const strict = index.strict(`${kind} ${piece}`) ?? index.strict(piece);
    return strict && !strict.collective
      ? { text: piece, kind: "alias", agency: strict.entry, collective: false }
      : undefined;
  };
  const firstWordGeneric = (part: string): boolean => isKindPhrase(wordKey(nfc(part)).split(" "), vocab);
  /** The known bodies of a comma list (up to three parts joined per name); undefined unless all are known. */
  const allKnown = (parts: readonly string[]): AgencyMention[] | undefined => {
    const found: AgencyMention[] = [];
    for (let i = 0; i < parts.length;) {
      let hit: { end: number; mention: AgencyMention } | undefined;
      for (let j = Math.min(parts.length, i + 3); j > i && !hit; j--) {
        const mention = named(parts.slice(i, j).join(", "));
        if (mention) hit = { end: j, mention };
      }
      if (!hit) return undefined;
      found.push(hit.mention);
      i = hit.end;
    }
    return found;
  };
  const commaParts = (s: string): string[] => s.split(/\s*,\s*/).filter((p) => p.trim() !== "");
  const out: AgencyMention[] = [];
  if (/[;\n]/.test(m[2])) {
    for (const part of m[2].split(/\s*[;\n]\s*/)) {
      const [first, ...rest] = part.split(SENTENCE_BREAK).map((p) => trimEndOf(p.trim(), ".,:"));
      if (!first) continue;
      // "Các trường: Đại học; Cao đẳng": kinds of bodies, a collective, read by the general reading
      if (firstWordGeneric(first)) return undefined;
      out.push(
        ...(allKnown(commaParts(first)) ?? [
          named(first) ?? { text: `${kind} ${first}`, kind: "unknown", collective: false },
        ]),
      );
      for (const other of rest) out.push(named(other) ?? { text: other, kind: "unknown", collective: false });
    }
    return out.length > 0 ? out : undefined;
  }
  const parts = commaParts(m[2]);
  if (parts.some(firstWordGeneric)) return undefined;
  const known = allKnown(parts);
  if (known) return known;
  // parts the directory does not hold: each is a body of that kind, named as the cell names it
  return parts.map((p) => named(p) ?? { text: `${kind} ${p.trim()}`, kind: "unknown", collective: false });
}
