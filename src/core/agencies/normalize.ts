/**
 * Comparison keys for agency names. Every key starts from the one fold of `text.ts`; the keys only add what
 * agency names need on top of it: abbreviations expanded, punctuation dropped, connectives dropped, and the
 * old/new tone-mark placement made equal (for telling "minor" variants from real misspellings).
 */
import { fold, nfc } from "../text";

/**
 * Abbreviations used in plans, folded (diacritics off, lower case), with their folded expansion.
 * "CA" and "VP" are only expanded when written in capitals: folded, they are ordinary words ("cả", "vợ").
 */
const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ["ubmttqvn", "uy ban mat tran to quoc viet nam"],
  ["ubmttq", "uy ban mat tran to quoc"],
  ["ubnd", "uy ban nhan dan"],
  ["hdnd", "hoi dong nhan dan"],
  ["bhxh", "bao hiem xa hoi"],
  ["nhnn", "ngan hang nha nuoc"],
  ["mttq", "mat tran to quoc"],
  ["bch", "bo chi huy"],
  ["chqs", "chi huy quan su"],
  ["kh&cn", "khoa hoc va cong nghe"],
  ["khcn", "khoa hoc va cong nghe"],
  ["kh&dt", "ke hoach va dau tu"],
  ["khdt", "ke hoach va dau tu"],
  ["tt&tt", "thong tin va truyen thong"],
  ["tttt", "thong tin va truyen thong"],
  ["ld-tb&xh", "lao dong thuong binh va xa hoi"],
  ["ldtb&xh", "lao dong thuong binh va xa hoi"],
  ["ldtbxh", "lao dong thuong binh va xa hoi"],
  ["tn&mt", "tai nguyen va moi truong"],
  ["tnmt", "tai nguyen va moi truong"],
  ["gd&dt", "giao duc va dao tao"],
  ["gddt", "giao duc va dao tao"],
  ["vhtt&dl", "van hoa the thao va du lich"],
  ["vhttdl", "van hoa the thao va du lich"],
  ["nn&ptnt", "nong nghiep va phat trien nong thon"],
  ["nnptnt", "nong nghiep va phat trien nong thon"],
  ["nn&mt", "nong nghiep va moi truong"],
  ["gtvt", "giao thong van tai"],
  ["dt&tg", "dan toc va ton giao"],
  ["pt&th", "phat thanh va truyen hinh"],
  ["ptth", "phat thanh va truyen hinh"],
  ["lhpn", "lien hiep phu nu"],
  ["tand", "toa an nhan dan"],
  ["vksnd", "vien kiem sat nhan dan"],
];

const CAPITAL_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![\p{L}\p{N}&])CA(?![\p{L}\p{N}&])/gu, "Công an"],
  [/(?<![\p{L}\p{N}&])VP(?![\p{L}\p{N}&])/gu, "Văn phòng"],
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const ABBREVIATION_RE = new RegExp(
  `(?<![\\p{L}\\p{N}&-])(${ABBREVIATIONS.map(([a]) => escapeRegExp(a)).join("|")})(?![\\p{L}\\p{N}&-])`,
  "gu",
);
const EXPANSION = new Map(ABBREVIATIONS);

/** The abbreviations known to the matcher (folded form → folded expansion), for documentation and tests. */
export function abbreviations(): ReadonlyArray<readonly [string, string]> {
  return ABBREVIATIONS;
}

/** NFC, white space collapsed and trimmed: the form compared with the canonical name. */
export function exactKey(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, " ").trim();
}

/** The comparison keys of one text, computed with a single fold. */
export interface AgencyKeys {
  /** `fold` of the text. */
  readonly fold: string;
  /** Fold with abbreviations expanded, punctuation kept ("Sở KH&ĐT" → "so ke hoach va dau tu"). */
  readonly abbr: string;
  /** Abbreviations expanded, punctuation and dashes dropped: "Sở Lao động, Thương binh …" = "Sở LĐTB&XH". */
  readonly word: string;
}

const PUNCT = /[^\p{L}\p{N}&]+/gu;
const CAPITALS = /(?<![\p{L}\p{N}&])(?:CA|VP)(?![\p{L}\p{N}&])/u;

/** Abbreviations expanded; any "&" left over means "và" ("Khoa học & Công nghệ"). */
function expand(folded: string): string {
  return folded
    .replace(ABBREVIATION_RE, (m: string) => EXPANSION.get(m) ?? m)
    .replace(/\s*&\s*/g, " va ")
    .trim();
}

function words(folded: string): string {
  return folded.replace(PUNCT, " ").replace(/ +/g, " ").trim();
}

export function agencyKeys(s: string): AgencyKeys {
  const f = fold(s);
  let abbr: string;
  if (s.includes("&") || CAPITALS.test(s)) {
    let t = nfc(s).replace(/\s*&\s*/g, "&");
    for (const [re, full] of CAPITAL_ABBREVIATIONS) t = t.replace(re, full);
    abbr = expand(fold(t));
  } else {
    abbr = expand(f);
  }
  return { fold: f, abbr, word: words(abbr) };
}

/** Fold with abbreviations expanded, punctuation kept ("Sở KH&ĐT" → "so ke hoach va dau tu"). */
export function abbrKey(s: string): string {
  return agencyKeys(s).abbr;
}

/** Abbreviations expanded, punctuation and dashes dropped: "Sở Lao động, Thương binh …" = "Sở LĐTB&XH". */
export function wordKey(s: string): string {
  return agencyKeys(s).word;
}

/** Words that plans drop without changing the agency meant ("Sở Kế hoạch đầu tư"). */
const CONNECTIVES = new Set(["va", "cua", "&"]);

/** Tokens of a word key without connectives, for the fuzzy index. */
export function looseTokensOfWords(tokens: readonly string[]): string[] {
  return tokens.filter((t) => t !== "" && !CONNECTIVES.has(t));
}

/** `wordKey` without connectives: equal keys differ by a dropped "và" only. */
export function looseKey(s: string): string {
  return looseTokens(s).join(" ");
}

/** Tokens of `looseKey`, for the fuzzy index. */
export function looseTokens(s: string): string[] {
  return looseTokensOfWords(wordKey(s).split(" "));
}

const TONES = "\u0300\u0301\u0303\u0309\u0323";
/** "hoá" → "hóa", "khoẻ" → "khỏe": tone on the second vowel of an open "oa"/"oe" moved to the first. */
const OA_OE = new RegExp(`([oO])([aAeE])([${TONES}])(?![\\p{L}\\p{M}])`, "gu");
/** "Uỷ" → "Ủy", "thuỷ" → "thủy" (not after "q": "quý" keeps its tone on the y). */
const UY = new RegExp(`(?<![qQ])([uU])([yY])([${TONES}])(?![\\p{L}\\p{M}])`, "gu");

/** One tone-mark placement for "oa", "oe", "uy" (the placement used in current official names). */
export function modernTones(s: string): string {
  return s.normalize("NFD").replace(OA_OE, "$1$3$2").replace(UY, "$1$3$2").normalize("NFC");
}

/** Case, tone placement and Unicode form removed; diacritics kept. Equal keys differ only in a "minor" way. */
export function minorKey(s: string): string {
  return modernTones(exactKey(s)).toLowerCase();
}

/** Entry id: slug of the fold ("Sở Kế hoạch và Đầu tư" → "so-ke-hoach-va-dau-tu"). */
export function slugId(name: string): string {
  return fold(name)
    .replace(/&/g, " ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Collective names recognised by their form, when the directory does not know them. */
const COLLECTIVE_PATTERNS: readonly RegExp[] = [
  /^cac /, // "các đơn vị …", "các địa phương"
  /^(uy ban nhan dan|hoi dong nhan dan|cong an|phong|to cong tac) cac /, // "UBND các xã …"
  /(^| )(co )?lien quan$/, // "… có liên quan", "… liên quan"
  /(^| )cac dia phuong( |$)/,
  /(^| )cap (huyen|xa)( |$)/, // "UBND cấp huyện", "Tổ công tác … cấp xã"
  /(^| )cac cap( |$)/,
];

/** Whether a piece names a collective by its form ("các …", "… có liên quan", "UBND cấp xã"). */
export function isCollectiveByPattern(piece: string): boolean {
  return isCollectiveWordKey(wordKey(piece));
}

/** `isCollectiveByPattern` on a word key already computed. */
export function isCollectiveWordKey(k: string): boolean {
  return COLLECTIVE_PATTERNS.some((re) => re.test(k));
}

/** District-level bodies, which ended with the two-level local government ("Phòng Tư pháp huyện", "cấp huyện"). */
const DISTRICT_PATTERNS: readonly RegExp[] = [
  /(^| )cap huyen( |$)/,
  /^phong .+ (huyen|thi xa)( |$)/,
  /^(uy ban nhan dan|hoi dong nhan dan|cong an) (huyen|thi xa) [a-z]/,
  /^cong an (cac )?(huyen|thi xa)( |$)/,
];

/** Whether a piece names a district-level body by its form. */
export function isDistrictLevel(piece: string): boolean {
  return isDistrictWordKey(wordKey(piece));
}

/** `isDistrictLevel` on a word key already computed. */
export function isDistrictWordKey(k: string): boolean {
  return DISTRICT_PATTERNS.some((re) => re.test(k));
}
