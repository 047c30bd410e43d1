/**
 * The words used to read agency cells, as data (src/data/agency-vocabulary.json), validated once:
 *
 * - genericNouns: the kinds of body ("sở", "ban", "ngành", "cơ quan", "địa phương", "trường") that collective phrases
 *   list ("Các sở, ban, ngành"); a piece made of them alone names no body ("Sở", "Doanh nghiệp");
 * - collectiveHeads: bodies put before "các" in a collective ("UBND các tỉnh, thành phố");
 * - collectiveTails: qualifiers after the list ("… khác có liên quan", "… trực thuộc trung ương");
 * - roleWords: what a body does, written after its name in the cell ("Sở KH&CN chủ trì hướng dẫn, tổng hợp");
 * - cellLabels: a label before the names ("Chủ trì: Sở Y tế");
 * - acceptedAbbreviations: abbreviations a signed appendix may keep ("UBND");
 * - referenceWords: words of a legal reference whose commas do not separate ("điểm d, khoản 1, mục III");
 * - unitKinds: the kinds of body that head a body's name ("Cục", "Vụ", "Sở", "Văn phòng", "Trung tâm");
 * - ownUnits: for kinds of issuing body (by the start of its name: "Bộ", "Sở"), the kinds of unit it has of its
 *   own ("Cục", "Vụ" of a ministry; "Phòng", "Chi cục" of a department).
 */
import { z } from "zod";
import data from "../../data/agency-vocabulary.json";
import { fold, nfc } from "../text";
import { wordKey } from "./normalize";

const words = z.array(z.string().min(1)).default([]);

export const agencyVocabularySchema = z
  .object({
    description: z.string().optional(),
    genericNouns: words,
    collectiveHeads: words,
    collectiveTails: words,
    roleWords: words,
    cellLabels: words,
    acceptedAbbreviations: words,
    referenceWords: words,
    unitKinds: words,
    ownUnits: z
      .array(
        z.object({ issuers: z.array(z.string().min(1)).min(1), units: z.array(z.string().min(1)).min(1) }).strict(),
      )
      .default([]),
  })
  .strict();

export type AgencyVocabularyInput = z.input<typeof agencyVocabularySchema>;

/** A trie of word keys, token by token; `full` marks the end of a phrase. */
export interface PhraseTrie {
  readonly next: Map<string, PhraseTrie>;
  full: boolean;
}

function trieOf(phrases: readonly string[]): PhraseTrie {
  const root: PhraseTrie = { next: new Map(), full: false };
  for (const p of phrases) {
    const key = wordKey(nfc(p));
    if (key === "") continue;
    let node = root;
    for (const t of key.split(" ")) {
      let child = node.next.get(t);
      if (!child) {
        child = { next: new Map(), full: false };
        node.next.set(t, child);
      }
      node = child;
    }
    node.full = true;
  }
  return root;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export interface AgencyVocabulary {
  readonly nouns: PhraseTrie;
  readonly heads: PhraseTrie;
  readonly tails: PhraseTrie;
  readonly roles: PhraseTrie;
  /** "Chủ trì: " at the start of a cell or line. */
  readonly cellLabel: RegExp | undefined;
  /** Folded accepted abbreviations ("ubnd"). */
  readonly accepted: ReadonlySet<string>;
  /** Folded first words of a legal reference. */
  readonly references: ReadonlySet<string>;
  /** Every folded word of the generic nouns ("bo", "nganh", "co", "quan"). */
  readonly genericWords: ReadonlySet<string>;
  /** Kinds of body that head a body's name ("cuc", "van phong"). */
  readonly kinds: PhraseTrie;
  /** Issuers (word keys of the start of their names) and the kinds of unit they have of their own. */
  readonly ownUnits: ReadonlyArray<{ readonly issuers: readonly string[]; readonly units: PhraseTrie }>;
}

/** Compiles a validated vocabulary. */
export function compileVocabulary(input: AgencyVocabularyInput): AgencyVocabulary {
  const v = agencyVocabularySchema.parse(input);
  const labels = v.cellLabels.map((l) => escapeRegExp(nfc(l)).replace(/ /g, "\\s+"));
  return {
    nouns: trieOf(v.genericNouns),
    heads: trieOf(v.collectiveHeads),
    tails: trieOf(v.collectiveTails),
    roles: trieOf(v.roleWords),
    cellLabel: labels.length ? new RegExp(`^\\s*(?:${labels.join("|")})\\s*:\\s*`, "iu") : undefined,
    accepted: new Set(v.acceptedAbbreviations.map(fold)),
    references: new Set(v.referenceWords.map(fold)),
    genericWords: new Set(v.genericNouns.flatMap((n) => wordKey(nfc(n)).split(" "))),
    kinds: trieOf(v.unitKinds),
    ownUnits: v.ownUnits.map((o) => ({ issuers: o.issuers.map((i) => wordKey(nfc(i))), units: trieOf(o.units) })),
  };
}

let cached: AgencyVocabulary | undefined;

/** The vocabulary shipped in src/data/agency-vocabulary.json. */
export function defaultAgencyVocabulary(): AgencyVocabulary {
  cached ??= compileVocabulary(data);
  return cached;
}
