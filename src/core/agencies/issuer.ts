/**
 * The body that issues a document, read from the lines above its table, and the units it has of its own.
 *
 * A ministry's plan assigns its own departments ("Cục Bản quyền tác giả", "Vụ Kế hoạch, Tài chính", "Văn phòng
 * Bộ"); a department's plan its own offices ("Phòng Quản lý …", "Chi cục …"). Those names belong to the issuer's
 * own organisation, which no shared directory lists in full, and a reviewer does not ask to add each of them. The
 * issuer is read, in this order, from "(Kèm theo … của <body>)", from a title line that is a body's name alone (the
 * letterhead "BỘ TÀI CHÍNH"), and from the issuer's code in the document number ("số 6225/BVHTTDL-VP",
 * "số 12/QĐ-BTC"). The kinds of unit each kind of issuer has come from src/data/agency-vocabulary.json (ownUnits).
 */
import { trimEndOf } from "../text";
import type { AgencyEntry } from "../types";
import type { AgencyDirectory } from "./directory";
import { wordKey } from "./normalize";
import { type AgencyVocabulary, defaultAgencyVocabulary, type PhraseTrie } from "./vocabulary";

/** "… của Bộ Văn hóa, Thể thao và Du lịch)": what follows the last "của" of an issuing line. */
const OF_ISSUER = /(?:^|\s)của\s+([^()]+?)\s*\)?\s*$/iu;
/** "số 6225/BVHTTDL-VP", "số 12/QĐ-BTC": the codes after the number. */
const NUMBER_CODES = /số\s*[\p{L}\p{N}.]*\/\s*([\p{L}\p{N}&]+(?:[-–][\p{L}\p{N}&]+)*)/iu;
const MAX_NAME_WORDS = 16;

/** The directory's body named by `text` as written (no fuzzy match, no collective), if any. */
function named(text: string, directory: AgencyDirectory): AgencyEntry | undefined {
  const m = directory.match(text);
  if (!m.agency || m.collective || m.kind === "fuzzy" || m.kind === "unknown") return undefined;
  return m.agency;
}

/** The longest ending of `text`, from a capitalised word on, that names a body ("Bộ trưởng Bộ Tài chính"). */
function namedEnding(text: string, directory: AgencyDirectory): AgencyEntry | undefined {
  const words = text.split(/\s+/).filter((w) => w !== "");
  for (let k = Math.max(0, words.length - MAX_NAME_WORDS); k < words.length; k++) {
    if (!/^\p{Lu}/u.test(words[k])) continue;
    const e = named(words.slice(k).join(" "), directory);
    if (e) return e;
  }
  return undefined;
}

/** The issuing body of a document, from the text of the lines above its table. */
export function documentIssuer(titles: readonly string[], directory: AgencyDirectory): AgencyEntry | undefined {
  for (const line of titles) {
    const of = OF_ISSUER.exec(line.trim());
    const e = of ? namedEnding(trimEndOf(of[1], " .,;:"), directory) : undefined;
    if (e) return e;
  }
  for (const line of titles) {
    const t = line.trim();
    if (t === "" || t.length > 120 || /[()]/.test(t)) continue;
    const e = named(t, directory);
    if (e) return e;
  }
  for (const line of titles) {
    const codes = NUMBER_CODES.exec(line);
    if (!codes) continue;
    for (const code of codes[1].split(/[-–]/)) {
      const e = named(code, directory);
      if (e) return e;
    }
  }
  return undefined;
}

/** The kinds of unit an issuer has of its own: the ownUnits entry whose issuer start is longest in its name. */
function ownKinds(issuer: AgencyEntry, vocab: AgencyVocabulary): PhraseTrie | undefined {
  const name = `${wordKey(issuer.name)} `;
  let best: { length: number; units: PhraseTrie } | undefined;
  for (const o of vocab.ownUnits) {
    for (const i of o.issuers) {
      if (i !== "" && name.startsWith(`${i} `) && (!best || i.length > best.length))
        best = { length: i.length, units: o.units };
    }
  }
  return best?.units;
}

function hasPhrase(trie: PhraseTrie, key: string): boolean {
  let node: PhraseTrie | undefined = trie;
  for (const t of key.split(" ")) {
    node = node.next.get(t);
    if (!node) return false;
  }
  return node.full;
}

/**
 * A test for the names of the issuer's own units: a kind of unit it has ("Cục", "Vụ", "Văn phòng") followed by a
 * capitalised name ("Cục Bản quyền tác giả", "Văn phòng Bộ", "Cục DLQGVN"); not a kind alone, not a title of a
 * person ("Cục trưởng …"). Undefined when the issuer is unknown or has no units listed.
 */
export function ownUnitTest(
  issuer: AgencyEntry | undefined,
  vocab: AgencyVocabulary = defaultAgencyVocabulary(),
): ((name: string) => boolean) | undefined {
  const kinds = issuer && ownKinds(issuer, vocab);
  if (!kinds) return undefined;
  return (name) => {
    const words = name.trim().split(/\s+/);
    for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
      if (!/^\p{Lu}/u.test(words[k])) continue;
      if (hasPhrase(kinds, wordKey(words.slice(0, k).join(" ")))) return true;
    }
    return false;
  };
}
