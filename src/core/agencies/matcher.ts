/**
 * Matching one piece of text (one agency) against the directory, through precomputed maps:
 *
 * - "canonical": the text (spaces collapsed) is the canonical name, character for character (a collective name
 *   may start in lower case: "Văn phòng UBND tỉnh, các sở, ban, ngành");
 * - "alias": the fold equals an alias; or the canonical name/an alias written with abbreviations ("Sở KH&ĐT",
 *   "VP UBND tỉnh"); or a canonical name/alias followed by a parenthesised sub-unit ("Văn phòng UBND tỉnh (Trung
 *   tâm Phục vụ hành chính công)"), a region number ("Ngân hàng Nhà nước khu vực 5") or the province's name
 *   ("Thuế tỉnh Thái Nguyên"); or a district-level body recognised by its form ("Phòng Tư pháp huyện");
 * - "variant-minor": the fold equals the canonical name and the text differs only by case, old/new tone-mark
 *   placement (hoá/hóa, Uỷ/Ủy, thuỷ/thủy) or Unicode form (decomposed characters);
 * - "variant": a listed variant; the fold equals the canonical name with other diacritics wrong; or equal after
 *   punctuation, dashes and abbreviations are normalised ("Sở Lao động, Thương binh và Xã hội");
 * - "fuzzy": see fuzzy.ts; "unknown" otherwise.
 */
import { stripHtml, trimEndOf } from "../text";
import type { AgencyEntry, AgencyMatchKind, AgencyMention } from "../types";
import { FuzzyIndex, type FuzzyForm } from "./fuzzy";
import {
  agencyKeys,
  exactKey,
  isCollectiveWordKey,
  isDistrictWordKey,
  looseTokensOfWords,
  minorKey,
  type AgencyKeys,
} from "./normalize";

type Role = "name" | "alias" | "variant";

/** A name ending in "tỉnh", and what comes before it. */
const PROVINCIAL_TAIL = /^(.+?)\s+tỉnh$/iu;

interface Form {
  readonly entry: AgencyEntry;
  readonly role: Role;
}

/** How a strict match was reached; the splitter prefers plain matches over reconstructed ones. */
export type MatchVia = "plain" | "parenthesis" | "region" | "province";

export interface StrictMatch {
  readonly kind: Exclude<AgencyMatchKind, "fuzzy" | "unknown">;
  readonly entry: AgencyEntry;
  readonly via: MatchVia;
  /** What follows the name in a structural match, as written (" (Trung tâm …)", " XII", " tỉnh Sơn La"). */
  readonly suffix?: string;
  /** The entry is a collective, or the text names one by its form. */
  readonly collective: boolean;
}

/** A node of the token trie: `full` when the tokens up to here are a whole word key. */
export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  full: boolean;
  /** The tokens up to here end with "khu vực" (a region number may follow). */
  region: boolean;
}

function addToTrie(root: TrieNode, tokens: readonly string[]): void {
  let node = root;
  tokens.forEach((t, i) => {
    let child = node.next.get(t);
    if (!child) {
      child = { next: new Map(), full: false, region: t === "vuc" && tokens[i - 1] === "khu" };
      node.next.set(t, child);
    }
    node = child;
  });
  if (node !== root) node.full = true;
}

/** Id of the directory entry standing for every district-level body ("Phòng … huyện", "… cấp huyện"). */
export const DISTRICT_LEVEL_ID = "co-quan-don-vi-cap-huyen";

const MEMO_LIMIT = 50_000;

function putFirst<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (!map.has(key)) map.set(key, value);
}

/** Trailing punctuation and bullets a cell may carry around one name. */
export function trimPiece(s: string): string {
  return trimEndOf(exactKey(s).replace(/^[-+•*–—]\s+/, ""), " .,;:").trim();
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const PAREN_TAIL = /^(.*\S)\s*\(([^()]*)\)$/s;
const REGION_TAIL = /^(.*\bkhu vực)\s+(\d{1,2}|[IVXL]{1,5})$/iu;
const CAPITALISED = /^[\p{Lu}][\p{L}\p{M}]*$/u;

export class AgencyIndex {
  private readonly exact = new Map<string, AgencyEntry>();
  private readonly byFold = new Map<string, Form>();
  private readonly byAbbr = new Map<string, Form>();
  private readonly byWord = new Map<string, Form>();
  /** Trie of the word keys of every name, alias and variant, by token, for the splitter's candidate search. */
  readonly trie: TrieNode = { next: new Map(), full: false, region: false };
  readonly fuzzy: FuzzyIndex;
  private readonly strictMemo = new Map<string, StrictMatch | null>();
  private readonly fullMemo = new Map<string, AgencyMention>();
  private readonly district?: AgencyEntry;

  /** `entries` in priority order: on a shared key, the earlier entry wins. */
  constructor(entries: readonly AgencyEntry[]) {
    const fuzzyForms: FuzzyForm[] = [];
    for (const entry of entries) putFirst(this.exact, entry.name, entry);
    const roles: ReadonlyArray<readonly [Role, (e: AgencyEntry) => readonly string[]]> = [
      ["name", (e) => [e.name]],
      ["alias", (e) => e.aliases],
      ["variant", (e) => e.variants],
    ];
    // Names first, then aliases, then variants: a canonical name is never shadowed by another entry's alias.
    for (const [role, formsOf] of roles) {
      for (const entry of entries) {
        for (const text of formsOf(entry)) {
          const form: Form = { entry, role };
          const keys = agencyKeys(text);
          putFirst(this.byFold, keys.fold, form);
          putFirst(this.byAbbr, keys.abbr, form);
          putFirst(this.byWord, keys.word, form);
          const toks = keys.word.split(" ");
          addToTrie(this.trie, toks);
          const loose = looseTokensOfWords(toks);
          fuzzyForms.push({ entry, tokens: loose, key: loose.join(" ") });
        }
      }
    }
    this.fuzzy = new FuzzyIndex(fuzzyForms);
    this.district = entries.find((e) => e.id === DISTRICT_LEVEL_ID);
  }

  /** Exact, alias and variant matching (no fuzzy), on a trimmed piece. */
  strict(text: string): StrictMatch | undefined {
    const memo = this.strictMemo.get(text);
    if (memo !== undefined) return memo ?? undefined;
    const keys = agencyKeys(text);
    const found = this.strictPlain(text, keys) ?? this.strictStructural(text);
    const m = found && {
      ...found,
      collective: found.entry.collective || isCollectiveWordKey(keys.word),
    };
    if (this.strictMemo.size > MEMO_LIMIT) this.strictMemo.clear();
    this.strictMemo.set(text, m ?? null);
    return m;
  }

  private strictPlain(text: string, keys: AgencyKeys = agencyKeys(text)): Omit<StrictMatch, "collective"> | undefined {
    const exact = exactKey(text);
    const byName = this.exact.get(exact) ?? this.exact.get(upperFirst(exact));
    // "…, các sở, ban, ngành": a collective name starting a clause in lower case is written correctly.
    if (byName && (byName.name === exact || byName.collective))
      return { kind: "canonical", entry: byName, via: "plain" };
    const byFold = this.byFold.get(keys.fold);
    if (byFold) {
      if (byFold.role === "alias") return { kind: "alias", entry: byFold.entry, via: "plain" };
      if (byFold.role === "variant") return { kind: "variant", entry: byFold.entry, via: "plain" };
      const minor = minorKey(text) === minorKey(byFold.entry.name);
      return { kind: minor ? "variant-minor" : "variant", entry: byFold.entry, via: "plain" };
    }
    // Equal once abbreviations are expanded on both sides: one of them is written with abbreviations. A text
    // written out in full that only an abbreviated alias matches differs from the full name in its punctuation
    // ("Sở Văn hóa Thể thao và Du lịch" = "Sở VHTTDL"): a variant, not an alias.
    const byAbbr = this.byAbbr.get(keys.abbr);
    if (byAbbr) {
      const alias = byAbbr.role !== "variant" && (keys.abbr !== keys.fold || byAbbr.role === "name");
      return { kind: alias ? "alias" : "variant", entry: byAbbr.entry, via: "plain" };
    }
    const byWord = this.byWord.get(keys.word);
    if (byWord) return { kind: "variant", entry: byWord.entry, via: "plain" };
    return undefined;
  }

  /** A known name followed by a sub-unit in brackets, a region number or the province's name. */
  private strictStructural(text: string): Omit<StrictMatch, "collective"> | undefined {
    // The base keeps its spelling kind ("Ngân hàng nhà nước khu vực XII": case only); a canonical base is an alias.
    const accepted = (
      m: Omit<StrictMatch, "collective"> | undefined,
      via: MatchVia,
      base: string,
    ): Omit<StrictMatch, "collective"> | undefined => {
      if (!m) return undefined;
      const kind = m.kind === "canonical" ? "alias" : m.kind;
      return { kind, entry: m.entry, via, suffix: (m.suffix ?? "") + text.slice(base.length) };
    };
    const paren = PAREN_TAIL.exec(text);
    if (paren) return accepted(this.strict(paren[1]), "parenthesis", paren[1]);
    const region = REGION_TAIL.exec(text);
    if (region) return accepted(this.strictPlain(region[1]), "region", region[1]);
    // "Sở Y tế tỉnh": a department's name says "tỉnh" only to place it.
    const provincial = PROVINCIAL_TAIL.exec(text);
    if (provincial) {
      const m = this.strictPlain(provincial[1]);
      if (m) return accepted(m, "province", provincial[1]);
    }
    const words = text.split(" ");
    for (let k = 1; k <= Math.min(4, words.length - 1); k++) {
      const tail = words.slice(words.length - k).filter((w) => w !== "-" && w !== "–");
      if (!tail.every((w) => CAPITALISED.test(w))) break;
      const base = words.slice(0, words.length - k).join(" ");
      if (/[,;]$/.test(base)) break; // "Ban Quản lý Khu kinh tế, Sở Công Thương": two names, not one and a place
      const inProvince = /(?:^|\s)(?:tỉnh|thành phố)$/iu.test(base);
      // "Thuế tỉnh Thái Nguyên" (the name holds "tỉnh"), "UBND thành phố Hà Nội", "Sở Y tế tỉnh Sơn La" (the name
      // does not), "Viettel Sơn La"
      if (inProvince) {
        const m = this.strictPlain(base);
        if (m) return accepted(m, "province", base);
        const bare = base.replace(/\s+tỉnh$/iu, "");
        const b = this.strictPlain(bare);
        if (b) return accepted(b, "province", bare);
      } else {
        const m = this.strictPlain(`${base} tỉnh`);
        if (m) return accepted(m, "province", base);
      }
    }
    return undefined;
  }

  /** Full matching of one piece: strict, district-level form, fuzzy, else unknown. */
  match(piece: string): AgencyMention {
    const memo = this.fullMemo.get(piece);
    if (memo) return memo;
    const text = trimPiece(stripHtml(piece));
    const mention = this.matchTrimmed(text);
    if (this.fullMemo.size > MEMO_LIMIT) this.fullMemo.clear();
    this.fullMemo.set(piece, mention);
    return mention;
  }

  private matchTrimmed(text: string): AgencyMention {
    if (text === "") return { text, kind: "unknown", collective: false };
    const strict = this.strict(text);
    if (strict) {
      const m: AgencyMention = { text, kind: strict.kind, agency: strict.entry, collective: strict.collective };
      return strict.suffix ? { ...m, suffix: strict.suffix } : m;
    }
    const word = agencyKeys(text).word;
    const pattern = isCollectiveWordKey(word);
    if (this.district && isDistrictWordKey(word)) {
      return { text, kind: "alias", agency: this.district, collective: pattern };
    }
    const loose = looseTokensOfWords(word.split(" "));
    const hit = this.fuzzy.find(loose.join(" "), loose);
    if (hit) {
      return { text, kind: "fuzzy", agency: hit.entry, score: hit.score, collective: hit.entry.collective || pattern };
    }
    return { text, kind: "unknown", collective: pattern };
  }
}
