/**
 * Long strings stored across several cells: Excel holds at most 32,767 characters in a cell. The first piece is
 * stored as is; every further piece starts with "~", so that no piece can read as a number or a formula.
 */
import type { PlainValue } from "../port";

/** Characters per piece, well under Excel's 32,767. */
export const CHUNK = 30000;
const MORE = "~";

export function splitChunks(s: string, size = CHUNK): string[] {
  if (s.length <= size) return [s];
  const out: string[] = [];
  for (let i = 0; i < s.length; i += size) {
    let end = Math.min(s.length, i + size);
    // Never cut a surrogate pair in two.
    const code = s.charCodeAt(end - 1);
    if (end < s.length && code >= 0xd800 && code <= 0xdbff) end--;
    out.push(i === 0 ? s.slice(i, end) : MORE + s.slice(i, end));
    i = end - size;
  }
  return out;
}

/** Joins pieces written by splitChunks (the first piece, then the "~" pieces). */
export function joinChunks(pieces: readonly PlainValue[]): string {
  let s = "";
  pieces.forEach((p, i) => {
    if (p === null || p === undefined) return;
    const t = String(p);
    s += i > 0 && t.startsWith(MORE) ? t.slice(1) : t;
  });
  return s;
}

/** A cell read back as text ("" for empty): Office may hand back numbers and booleans. */
export function asText(v: PlainValue | undefined): string {
  return v === null || v === undefined ? "" : String(v);
}

export function asInt(v: PlainValue | undefined): number | undefined {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}
