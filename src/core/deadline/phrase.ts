/**
 * The strict phrase grammar: periods strung together with a few allowed words ("trước ngày …", "từ … đến …",
 * "giai đoạn 2026 - 2030", "tháng 6 và tháng 12/2024"). Anything else written makes the phrase not understood.
 */
import type { IsoDate } from "../types";
import { atomAt, endOf, inheritYears, isW, startOf, valid, type Atom } from "./atoms";
import type { Tok } from "./lexer";
import { DEADLINE_WORDS } from "./vocabulary";

/** A period understood: `due` is its last day; `start` is set for spans; `due` is missing for "từ …" alone. */
export interface Item {
  readonly start?: IsoDate;
  readonly due?: IsoDate;
}

/** Words allowed around the periods of a strict phrase ("hoàn thành trước ngày …", "trong quý I/2024"). */
const FILLERS = DEADLINE_WORDS.fillers;
const SKIP_PUNCT = new Set([",", ";", ".", ":", "-", "+", "&", "*", "!", "/"]);
const isRangeWord = (t: Tok | undefined): boolean =>
  t !== undefined && (t.v === "-" || t.v === "~" || isW(t, "den") || isW(t, "toi"));

type Part =
  | { readonly kind: "one"; readonly a: Atom }
  | { readonly kind: "from"; readonly a: Atom }
  | { readonly kind: "span"; readonly a: Atom; readonly b: Atom };

/**
 * The whole token list as periods and allowed words only; null when anything else is written or a period is not
 * valid ("tháng 13/2027", "quý V/2024", "31/2/2026", a year outside 1990–2100, "2024-2023").
 */
export function parsePhrase(toks: readonly Tok[]): Item[] | null {
  const parts: Part[] = [];
  const atoms: Atom[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if ((t.k === "p" && SKIP_PUNCT.has(t.v)) || (t.k === "w" && FILLERS.has(t.v))) {
      i++;
      continue;
    }
    if (isW(t, "bat") && isW(toks[i + 1], "dau")) {
      i += 2;
      continue;
    }
    let from = false;
    let span = false;
    if (isW(t, "tu")) {
      from = true;
      i++;
    } else if (isW(t, "giai") && isW(toks[i + 1], "doan")) {
      span = true;
      i += 2;
    }
    const m = atomAt(toks, i, true);
    if (!m || "invalid" in m) return null;
    i = m.end;
    atoms.push(...m.atoms);
    if (isRangeWord(toks[i])) {
      let j = i + 1;
      while (isW(toks[j], "het") || isW(toks[j], "cuoi")) j++;
      const b = atomAt(toks, j, true);
      if (b && "invalid" in b) return null;
      if (b) {
        if (m.atoms.length !== 1 || b.atoms.length !== 1) return null;
        atoms.push(...b.atoms);
        parts.push({ kind: "span", a: m.atoms[0], b: b.atoms[0] });
        i = b.end;
        // "2024-2025-2026": a span does not chain.
        if (isRangeWord(toks[i]) && atomAt(toks, i + 1, true)) return null;
        continue;
      }
    }
    if (span) return null;
    if (from) {
      if (m.atoms.length !== 1) return null;
      parts.push({ kind: "from", a: m.atoms[0] });
      continue;
    }
    for (const a of m.atoms) parts.push({ kind: "one", a });
  }
  if (parts.length === 0) return null;
  inheritYears(atoms);
  if (!atoms.every(valid)) return null;
  const items: Item[] = [];
  for (const p of parts) {
    const ya = p.a.year ?? 0;
    if (p.kind === "one") items.push({ due: endOf(p.a, ya) });
    else if (p.kind === "from") items.push({ start: startOf(p.a, ya) });
    else {
      const yb = p.b.year ?? 0;
      const start = startOf(p.a, ya);
      if (start > startOf(p.b, yb)) return null;
      items.push({ start, due: endOf(p.b, yb) });
    }
  }
  return items;
}
