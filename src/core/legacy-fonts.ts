/**
 * Vietnamese typed in the legacy 8-bit encodings that still circulate in provincial documents: TCVN3 (ABC; fonts
 * ".VnTime", ".VnArial", capitals in the "…H" fonts) and VNI (fonts "VNI-Times", …). A Word file stores such text
 * as the Windows characters of the font's bytes ("B¶o" for "Bảo" in TCVN3, "Baûo" in VNI); the font's name says
 * which encoding the run uses. Converted text is NFC.
 */
export type LegacyEncoding = "tcvn3" | "vni";

export interface LegacyFont {
  readonly encoding: LegacyEncoding;
  /** The font draws every letter as a capital (TCVN3 "…H" fonts: ".VnTimeH"). */
  readonly capitals: boolean;
}

/** The legacy encoding a font name implies, if any. */
export function legacyFont(name: string | undefined): LegacyFont | undefined {
  if (!name) return undefined;
  const n = name.trim();
  if (/^\.vn/i.test(n)) return { encoding: "tcvn3", capitals: /h$/i.test(n) };
  if (/^vni[-\s]/i.test(n)) return { encoding: "vni", capitals: false };
  return undefined;
}

/** TCVN3 (ABC): the byte of each letter, written as the Windows character of that byte. */
const TCVN3: Readonly<Record<string, string>> = {
  "\u00b5": "à",
  "\u00b8": "á",
  "\u00b6": "ả",
  "\u00b7": "ã",
  "\u00b9": "ạ",
  "\u00a8": "ă",
  "\u00bb": "ằ",
  "\u00be": "ắ",
  "\u00bc": "ẳ",
  "\u00bd": "ẵ",
  "\u00c6": "ặ",
  "\u00a9": "â",
  "\u00c7": "ầ",
  "\u00ca": "ấ",
  "\u00c8": "ẩ",
  "\u00c9": "ẫ",
  "\u00cb": "ậ",
  "\u00ae": "đ",
  "\u00cc": "è",
  "\u00d0": "é",
  "\u00ce": "ẻ",
  "\u00cf": "ẽ",
  "\u00d1": "ẹ",
  "\u00aa": "ê",
  "\u00d2": "ề",
  "\u00d5": "ế",
  "\u00d3": "ể",
  "\u00d4": "ễ",
  "\u00d6": "ệ",
  "\u00d7": "ì",
  "\u00dd": "í",
  "\u00d8": "ỉ",
  "\u00dc": "ĩ",
  "\u00de": "ị",
  "\u00df": "ò",
  "\u00e3": "ó",
  "\u00e1": "ỏ",
  "\u00e2": "õ",
  "\u00e4": "ọ",
  "\u00ab": "ô",
  "\u00e5": "ồ",
  "\u00e8": "ố",
  "\u00e6": "ổ",
  "\u00e7": "ỗ",
  "\u00e9": "ộ",
  "\u00ac": "ơ",
  "\u00ea": "ờ",
  "\u00ed": "ớ",
  "\u00eb": "ở",
  "\u00ec": "ỡ",
  "\u00ee": "ợ",
  "\u00ef": "ù",
  "\u00f3": "ú",
  "\u00f1": "ủ",
  "\u00f2": "ũ",
  "\u00f4": "ụ",
  "\u00ad": "ư",
  "\u00f5": "ừ",
  "\u00f8": "ứ",
  "\u00f6": "ử",
  "\u00f7": "ữ",
  "\u00f9": "ự",
  "\u00fa": "ỳ",
  "\u00fd": "ý",
  "\u00fb": "ỷ",
  "\u00fc": "ỹ",
  "\u00fe": "ỵ",
  "\u00a1": "Ă",
  "\u00a2": "Â",
  "\u00a3": "Ê",
  "\u00a4": "Ô",
  "\u00a5": "Ơ",
  "\u00a6": "Ư",
  "\u00a7": "Đ",
};

/** VNI: letters standing alone. */
const VNI_LETTERS: Readonly<Record<string, string>> = {
  "\u00f4": "ơ",
  "\u00d4": "Ơ",
  "\u00f6": "ư",
  "\u00d6": "Ư",
  "\u00f1": "đ",
  "\u00d1": "Đ",
  "\u00ed": "í",
  "\u00cd": "Í",
  "\u00ec": "ì",
  "\u00cc": "Ì",
  "\u00e6": "ỉ",
  "\u00c6": "Ỉ",
  "\u00f3": "ĩ",
  "\u00d3": "Ĩ",
  "\u00f2": "ị",
  "\u00d2": "Ị",
  "\u00ee": "ỵ",
  "\u00ce": "Ỵ",
};

const ACUTE = "\u0301";
const GRAVE = "\u0300";
const HOOK = "\u0309";
const TILDE = "\u0303";
const DOT = "\u0323";
const CIRC = "\u0302";
const BREVE = "\u0306";

/** VNI: the marks typed after a vowel, lower and upper case alike. */
const VNI_MARKS: Readonly<Record<string, string>> = {
  ù: ACUTE,
  ø: GRAVE,
  û: HOOK,
  õ: TILDE,
  ï: DOT,
  â: CIRC,
  á: CIRC + ACUTE,
  à: CIRC + GRAVE,
  å: CIRC + HOOK,
  ã: CIRC + TILDE,
  ä: CIRC + DOT,
  ê: BREVE,
  é: BREVE + ACUTE,
  è: BREVE + GRAVE,
  ú: BREVE + HOOK,
  ü: BREVE + TILDE,
  ë: BREVE + DOT,
};

const VOWEL = /[aeiouyơưAEIOUYƠƯ]/u;

function markOf(ch: string): string | undefined {
  return VNI_MARKS[ch] ?? VNI_MARKS[ch.toLowerCase()];
}

/** Text of a run in a legacy font, as Unicode (NFC). */
export function fromLegacy(text: string, font: LegacyFont): string {
  let out = "";
  if (font.encoding === "tcvn3") {
    for (const ch of text) out += TCVN3[ch] ?? ch;
    if (font.capitals) out = out.toUpperCase();
    return out.normalize("NFC");
  }
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const base = VNI_LETTERS[chars[i]] ?? chars[i];
    const mark = i + 1 < chars.length && VOWEL.test(base) ? markOf(chars[i + 1]) : undefined;
    // A circumflex or a breve belongs to a, e, o only; the tone marks go on any vowel.
    if (mark !== undefined && (!/[\u0302\u0306]/.test(mark) || /[aeoAEO]/.test(base))) {
      out += base + mark;
      i++;
    } else out += base;
  }
  return out.normalize("NFC");
}

let unicodeToTcvn3: Map<string, string> | undefined;

/** Unicode text as a TCVN3 font stores it (lower-case letters; for writing test documents and round trips). */
export function toTcvn3(text: string): string {
  unicodeToTcvn3 ??= new Map(Object.entries(TCVN3).map(([k, v]) => [v, k]));
  let out = "";
  for (const ch of text.normalize("NFC")) out += unicodeToTcvn3.get(ch) ?? ch;
  return out;
}
