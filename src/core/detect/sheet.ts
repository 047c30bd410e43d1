/**
 * Reading a grid the way the detector needs it: the used area, and each cell's own value with merges taken into
 * account (a vertically merged value belongs to every row it covers; a horizontally merged value belongs to its
 * leftmost column only).
 */
import { boldKey, EMPTY, MergeIndex, rawCell, type CellRange, type CellValue, type Grid } from "../grid";
import { cellText, cleanText, nfc } from "../text";

/** The used rectangle of the grid in sheet coordinates, or undefined for an empty grid. */
export function sheetBounds(grid: Grid): CellRange | undefined {
  const o = grid.origin ?? { row: 1, col: 1 };
  let width = 0;
  const rows = grid.rows;
  for (let i = 0; i < rows.length; i++) if (rows[i].length > width) width = rows[i].length;
  const bottom = o.row + grid.rows.length - 1;
  const right = Math.max(o.col + width - 1, Number.isFinite(grid.colCount) ? Math.min(grid.colCount, 16384) : 0);
  if (bottom < o.row || right < o.col) return undefined;
  return { top: o.row, left: o.col, bottom, right };
}

/** The part of the sheet inside `range` (the selection), or undefined when they do not meet. */
export function intersect(a: CellRange, b: CellRange | undefined): CellRange | undefined {
  if (!b) return a;
  const top = Math.max(a.top, Math.floor(b.top));
  const left = Math.max(a.left, Math.floor(b.left));
  const bottom = Math.min(a.bottom, Math.floor(b.bottom));
  const right = Math.min(a.right, Math.floor(b.right));
  if (!(top <= bottom && left <= right)) return undefined;
  return { top, left, bottom, right };
}

export interface OwnCell {
  readonly value: CellValue;
  /** Sheet row holding the value (the merge's top row for a value merged down from above). */
  readonly row: number;
  /** The value comes from a merge that started on an earlier row. */
  readonly fromAbove: boolean;
  readonly merge?: CellRange;
}

const NONE: OwnCell = Object.freeze({ value: EMPTY, row: 0, fromAbove: false });

export class SheetReader {
  readonly merges: MergeIndex;
  private readonly hasMerges: boolean;
  /** Rows touched by a merge (1 per row), so that most rows skip the merge lookups. */
  private readonly mergedRows: Uint8Array;

  constructor(readonly grid: Grid) {
    this.merges = new MergeIndex(grid);
    this.hasMerges = grid.merges.length > 0;
    const size = (grid.origin?.row ?? 1) + grid.rows.length + 1;
    this.mergedRows = new Uint8Array(this.hasMerges ? size : 0);
    for (const m of grid.merges) {
      const bottom = Math.min(m.bottom, m.top + 5000, size - 1);
      for (let r = Math.max(0, m.top); r <= bottom; r++) this.mergedRows[r] = 1;
    }
  }

  /** Whether any merge touches sheet row `row`. */
  rowHasMerge(row: number): boolean {
    return this.hasMerges && (row >= this.mergedRows.length || this.mergedRows[row] === 1);
  }

  /** The merged range covering (row, col), if any. */
  mergeAt(row: number, col: number): CellRange | undefined {
    return this.rowHasMerge(row) ? this.merges.rangeAt(row, col) : undefined;
  }

  /** The value that belongs to (row, col): see the module comment. */
  own(row: number, col: number): OwnCell {
    const m = this.mergeAt(row, col);
    if (!m) {
      const value = rawCell(this.grid, row, col);
      return value.kind === "empty" ? NONE : { value, row, fromAbove: false };
    }
    if (m.left !== col) return NONE;
    if (m.top === row) return { value: rawCell(this.grid, row, col), row, fromAbove: false, merge: m };
    return { value: rawCell(this.grid, m.top, col), row: m.top, fromAbove: true, merge: m };
  }

  /** The value of (row, col) when the cell holds it itself (not merged down or across into it), else EMPTY. */
  ownValue(row: number, col: number): CellValue {
    const m = this.mergeAt(row, col);
    if (m && (m.left !== col || m.top !== row)) return EMPTY;
    return rawCell(this.grid, row, col);
  }

  /** The value shown at (row, col): a merged cell shows its master's value. */
  shown(row: number, col: number): CellValue {
    const m = this.mergeAt(row, col);
    return m ? rawCell(this.grid, m.top, m.left) : rawCell(this.grid, row, col);
  }

  isBold(row: number, col: number): boolean {
    return this.grid.bold?.has(boldKey(row, col)) ?? false;
  }
}

/**
 * Characters that are stable under NFC (Latin, Vietnamese precomposed letters, common punctuation and symbols):
 * a string made of these alone is already NFC. Anything else (combining marks included) goes through `nfc`.
 */
const NFC_STABLE = /^[\u0020-\u02ff\u1e00-\u1eff\u2002-\u206f\u20a0-\u20bf\u2190-\u22ff\u2460-\u24ff\u2500-\u27bf]*$/;

/** `nfc`, without its cost for text that is NFC already. */
export function fastNfc(s: string): string {
  return s.length < 2000 && NFC_STABLE.test(s) ? s : nfc(s);
}

/** Text that `cleanText` would leave as it is: no markup, no white space but single inner spaces. */
const NOT_PLAIN = /[<&\u200b]|[^\S ]| {2}|^ | $/;

/** `cleanText` of an NFC string, without its cost for the usual plain cell. */
export function cleanNfc(s: string): string {
  return NOT_PLAIN.test(s) ? cleanText(s) : s;
}

/** Clean text of a value (NFC, HTML removed, spaces collapsed); "" for empty cells. */
export function valueText(v: CellValue): string {
  if (v.kind === "empty") return "";
  if (v.kind === "text") return cleanNfc(fastNfc(v.text));
  return cellText(v);
}

/** A cell holding something (HTML-only and space-only cells count as empty). */
export function hasContent(v: CellValue): boolean {
  if (v.kind === "empty") return false;
  if (v.kind !== "text") return true;
  if (!/\S/.test(v.text)) return false;
  return v.text.includes("<") || v.text.includes("&") ? valueText(v) !== "" : true;
}
