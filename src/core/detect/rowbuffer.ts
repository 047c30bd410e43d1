/**
 * One body row as the analysis reads it, in reusable arrays (no objects per cell): for each column of the table
 * whether it holds a value of its own or one merged down from an earlier row, the value, its original text and
 * its clean text. Merges are resolved as in `SheetReader.own`.
 */
import { rawCell, type CellRange, type CellValue, type Grid } from "../grid";
import { cellText, cleanText, nfc } from "../text";
import type { SheetReader } from "./sheet";

export const NONE = 0;
export const OWN = 1;
export const FROM_ABOVE = 2;

/**
 * Plain text: already NFC, nothing to clean (no markup, no white space but single inner spaces). It holds only
 * printable ASCII but `<` and `&`, Latin-1 and Latin Extended letters (U+00A1–U+02FF), Vietnamese precomposed
 * letters (U+1E00–U+1EFF) and common punctuation (dashes, quotes, ellipsis: U+2010–U+2027, U+2030–U+205E), no
 * double space, and starts and ends with no space. Read code unit by code unit: every cell of the table passes here.
 */
export function isPlain(s: string): boolean {
  const n = s.length;
  if (n === 0 || n >= 4000 || s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return false;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x7f) {
      if (c < 0x20 || c === 0x26 || c === 0x3c || (c === 32 && prev === 32)) return false;
    } else if (!(
      (c >= 0xa1 && c <= 0x2ff) ||
      (c >= 0x1e00 && c <= 0x1eff) ||
      (c >= 0x2010 && c <= 0x2027) ||
      (c >= 0x2030 && c <= 0x205e)
    )) {
      return false;
    }
    prev = c;
  }
  return true;
}

export class RowBuffer {
  readonly width: number;
  readonly kind: Uint8Array;
  readonly value: CellValue[];
  /** Sheet row holding the value (the merge's top row for a value merged down). */
  readonly source: Int32Array;
  readonly merge: Array<CellRange | undefined>;
  readonly original: string[];
  readonly text: string[];
  /** 1 when the cell's text is plain (no markup, nothing cleaned away). */
  readonly plain: Uint8Array;
  /** Offsets (column − left) of the cells with a value of their own, left to right: the first `ownCount`. */
  readonly own: Int32Array;
  ownCount = 0;
  row = 0;

  constructor(
    private readonly grid: Grid,
    private readonly reader: SheetReader,
    readonly left: number,
    right: number,
  ) {
    this.width = Math.max(0, right - left + 1);
    this.kind = new Uint8Array(this.width);
    this.value = new Array<CellValue>(this.width);
    this.source = new Int32Array(this.width);
    this.merge = new Array<CellRange | undefined>(this.width);
    this.original = new Array<string>(this.width).fill("");
    this.text = new Array<string>(this.width).fill("");
    this.plain = new Uint8Array(this.width);
    this.own = new Int32Array(this.width);
  }

  /** Reads sheet row `r`. */
  read(r: number): void {
    this.row = r;
    this.ownCount = 0;
    const grid = this.grid;
    const originRow = grid.origin?.row ?? 1;
    const originCol = grid.origin?.col ?? 1;
    const cells = grid.rows[r - originRow];
    const merged = this.reader.rowHasMerge(r);
    for (let i = 0; i < this.width; i++) {
      const c = this.left + i;
      this.kind[i] = NONE;
      let v: CellValue | undefined;
      let src = r;
      if (merged) {
        const m = this.reader.mergeAt(r, c);
        this.merge[i] = m;
        if (m && m.left !== c) continue;
        src = m ? m.top : r;
        v = rawCell(grid, src, c);
      } else {
        this.merge[i] = undefined;
        v = cells?.[c - originCol];
      }
      if (v === undefined || v.kind === "empty") continue;
      let original: string;
      let text: string;
      let plain = 1;
      if (v.kind !== "text") original = text = cellText(v);
      else if (isPlain(v.text)) original = text = v.text;
      else {
        original = nfc(v.text).trim();
        text = cleanText(v.text);
        plain = 0;
      }
      if (text === "") continue;
      this.plain[i] = plain;
      this.kind[i] = src < r ? FROM_ABOVE : OWN;
      this.value[i] = v;
      this.source[i] = src;
      this.original[i] = original;
      this.text[i] = text;
      if (src === r) this.own[this.ownCount++] = i;
    }
  }

  /** Offset of column `col` when it holds a value (own, or merged down when `fromAbove`), else −1. */
  at(col: number, fromAbove = false): number {
    const i = col - this.left;
    if (i < 0 || i >= this.width) return -1;
    const k = this.kind[i];
    return k === OWN || (fromAbove && k === FROM_ABOVE) ? i : -1;
  }

  has(col: number | undefined): boolean {
    return col !== undefined && this.at(col) >= 0;
  }
}
