/** A1 addresses for Office.js: quoting sheet names, parsing multi-area addresses, grouping cells into rectangles. */
import { parseRange, rangeAddress, type CellRange } from "../../core";
import type { CellRef } from "../port";

/** A sheet name for a reference, always quoted (Excel accepts quotes on any name), quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "'Phụ lục 1'!B7:F9". */
export function sheetAddress(sheet: string, range: CellRange): string {
  return `${quoteSheet(sheet)}!${rangeAddress(range)}`;
}

/** Drops the "Sheet!" part of an address; "'It''s'!A1:B2" → "A1:B2". */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}

/** The sheet part of a full address, unquoted; undefined when there is none. */
export function sheetOf(address: string): string | undefined {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return undefined;
  const s = address.slice(0, bang);
  return s.startsWith("'") && s.endsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
}

/**
 * Splits a RangeAreas address ("Sheet1!A1:F1, 'Kế hoạch, 2024'!A5:F5") into rectangles. Commas inside quoted sheet
 * names do not split. Whole-row/column parts ("3:3", "A:A") are skipped.
 */
export function parseAreas(address: string): CellRange[] {
  const parts: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  parts.push(cur);
  const out: CellRange[] = [];
  for (const p of parts) {
    const r = parseRange(stripSheet(p.trim()).replace(/\$/g, ""));
    if (r) out.push(r);
  }
  return out;
}

/** A rectangle of cells with a payload per cell (row-major). */
export interface Block<T> {
  readonly range: CellRange;
  readonly cells: T[][];
}

/**
 * Groups cells into as few rectangles as a simple sweep finds: runs of adjacent columns in a row, then runs that
 * cover the same columns in consecutive rows stack into one block. Duplicate cells keep the last payload.
 */
export function groupBlocks<T extends CellRef>(cells: readonly T[]): Block<T>[] {
  const byRow = new Map<number, Map<number, T>>();
  for (const c of cells) {
    let row = byRow.get(c.row);
    if (!row) byRow.set(c.row, (row = new Map()));
    row.set(c.col, c);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const open = new Map<string, { top: number; bottom: number; left: number; right: number; cells: T[][] }>();
  const done: Block<T>[] = [];
  let prevRow = -1;
  for (const r of rows) {
    const rowCells = byRow.get(r)!;
    const cols = [...rowCells.keys()].sort((a, b) => a - b);
    const runs: { left: number; right: number; cells: T[] }[] = [];
    for (const c of cols) {
      const last = runs[runs.length - 1];
      if (last && last.right === c - 1) {
        last.right = c;
        last.cells.push(rowCells.get(c)!);
      } else runs.push({ left: c, right: c, cells: [rowCells.get(c)!] });
    }
    const next = new Map<string, { top: number; bottom: number; left: number; right: number; cells: T[][] }>();
    for (const run of runs) {
      const key = `${run.left}:${run.right}`;
      const b = prevRow === r - 1 ? open.get(key) : undefined;
      if (b) {
        b.bottom = r;
        b.cells.push(run.cells);
        open.delete(key);
        next.set(key, b);
      } else next.set(key, { top: r, bottom: r, left: run.left, right: run.right, cells: [run.cells] });
    }
    for (const b of open.values()) done.push(toBlock(b));
    open.clear();
    for (const [k, b] of next) open.set(k, b);
    prevRow = r;
  }
  for (const b of open.values()) done.push(toBlock(b));
  return done;
}

function toBlock<T>(b: { top: number; bottom: number; left: number; right: number; cells: T[][] }): Block<T> {
  return { range: { top: b.top, left: b.left, bottom: b.bottom, right: b.right }, cells: b.cells };
}

/** Joins addresses with "," into strings no longer than `maxChars` (RangeAreas addresses have a length limit). */
export function joinAddresses(ranges: readonly CellRange[], maxChars = 2000): string[] {
  const out: string[] = [];
  let cur = "";
  for (const r of ranges) {
    const a = rangeAddress(r);
    if (cur && cur.length + 1 + a.length > maxChars) {
      out.push(cur);
      cur = "";
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}
