/** Rectangles of cells: counting, walking, and cutting cells out of them (shared by the marking layer and adapters). */
import type { CellRange } from "../core";

/** Number of cells of the ranges. */
export function cellCount(ranges: readonly CellRange[]): number {
  let n = 0;
  for (const r of ranges) n += (r.bottom - r.top + 1) * (r.right - r.left + 1);
  return n;
}

/** Calls `f` on every cell of the ranges, row by row. */
export function eachCell(ranges: readonly CellRange[], f: (row: number, col: number) => void): void {
  for (const r of ranges)
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(row, col);
}

/** The runs of consecutive rows of `rows` (sorted or not) in column `col`, as one-column ranges. */
export function columnRuns(col: number, rows: readonly number[]): CellRange[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: CellRange[] = [];
  for (const row of sorted) {
    const last = out[out.length - 1];
    if (last && last.bottom === row - 1) out[out.length - 1] = { ...last, bottom: row };
    else out.push({ top: row, left: col, bottom: row, right: col });
  }
  return out;
}

/** Every cell of the ranges as a one-cell range. */
export function singleCells(ranges: readonly CellRange[]): CellRange[] {
  const out: CellRange[] = [];
  eachCell(ranges, (row, col) => out.push({ top: row, left: col, bottom: row, right: col }));
  return out;
}

/** More than Excel's 16,384 columns: a cell's numeric key. */
const WIDTH = 20000;

const intersects = (a: CellRange, b: CellRange): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/**
 * The cells of `ranges` outside `holes`, as column runs; and how many cells of `ranges` the holes covered. Cells are
 * walked column by column, so a one-column range stays one range when no hole touches it.
 */
export function subtract(
  ranges: readonly CellRange[],
  holes: readonly CellRange[],
): { readonly ranges: CellRange[]; readonly removed: number } {
  const out: CellRange[] = [];
  let removed = 0;
  for (const r of ranges) {
    const touching = holes.filter((h) => intersects(h, r));
    if (touching.length === 0) {
      out.push(r);
      continue;
    }
    const hit = new Set<number>();
    for (const h of touching) {
      for (let row = Math.max(h.top, r.top); row <= Math.min(h.bottom, r.bottom); row++)
        for (let col = Math.max(h.left, r.left); col <= Math.min(h.right, r.right); col++) hit.add(row * WIDTH + col);
    }
    removed += hit.size;
    for (let col = r.left; col <= r.right; col++) {
      const kept: number[] = [];
      for (let row = r.top; row <= r.bottom; row++) if (!hit.has(row * WIDTH + col)) kept.push(row);
      out.push(...columnRuns(col, kept));
    }
  }
  return { ranges: out, removed };
}
