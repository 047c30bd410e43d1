/**
 * The grid model: what any source (exceljs, Office.js, a literal array in a test) fills, and what the core reads.
 * Coordinates are 1-based sheet coordinates throughout: row 1 is the sheet's first row, column 1 is column A.
 */

export type CellValue =
  | { readonly kind: "empty" }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number; readonly format?: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  /** A real date cell; `iso` is the calendar day, YYYY-MM-DD. */
  | { readonly kind: "date"; readonly iso: string }
  /** An Excel error value such as "#REF!" or "#N/A". */
  | { readonly kind: "error"; readonly code: string };

export const EMPTY: CellValue = Object.freeze({ kind: "empty" });

/** An inclusive rectangle, 1-based. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  readonly sheet: string;
  /** Number of rows held (the last used row); rows beyond read as empty. */
  readonly rowCount: number;
  readonly colCount: number;
  /** rows[r - 1][c - 1]; ragged rows allowed, missing cells are empty. */
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
  readonly merges: ReadonlyArray<CellRange>;
  /** "row:col" keys of cells known to be bold (where the source knows). */
  readonly bold?: ReadonlySet<string>;
  /** "row:col" keys of date cells and the number format each is shown in (where the source knows). */
  readonly dateFormats?: ReadonlyMap<string, string>;
  /** Sheet rows known to be hidden. */
  readonly hiddenRows?: ReadonlySet<number>;
  /** The sheet's first row/col held in `rows` (1 unless the grid is a window on a larger sheet). */
  readonly origin?: { readonly row: number; readonly col: number };
}

/** Values a test or a source may give for a cell. */
export type LiteralCell = string | number | boolean | Date | null | undefined | { readonly error: string } | CellValue;

export interface GridInit {
  readonly sheet?: string;
  readonly rows: ReadonlyArray<ReadonlyArray<LiteralCell>>;
  /** A1-style ranges ("A5:F5") or rectangles. */
  readonly merges?: ReadonlyArray<string | CellRange>;
  /** A1-style cell addresses or "row:col" keys known to be bold. */
  readonly bold?: ReadonlyArray<string>;
  readonly hiddenRows?: ReadonlyArray<number>;
}

function isCellValue(v: unknown): v is CellValue {
  return typeof v === "object" && v !== null && "kind" in v && typeof (v as { kind: unknown }).kind === "string";
}

/** Calendar day of a JS Date as YYYY-MM-DD, read in UTC (how exceljs and Excel serials carry dates). */
export function isoOfDate(d: Date): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function toCellValue(v: LiteralCell): CellValue {
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === "string") return v === "" ? EMPTY : { kind: "text", text: v };
  if (typeof v === "number")
    return Number.isFinite(v) ? { kind: "number", value: v } : { kind: "error", code: "#NUM!" };
  if (typeof v === "boolean") return { kind: "boolean", value: v };
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? EMPTY : { kind: "date", iso: isoOfDate(v) };
  if (isCellValue(v)) return v;
  if ("error" in v) return { kind: "error", code: v.error };
  return EMPTY;
}

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** 1 → "A", 27 → "AA". */
export function columnLetter(col: number): string {
  const n = Math.max(1, Math.floor(col));
  if (n < LETTER_CACHE.length) return (LETTER_CACHE[n] ??= lettersOf(n));
  return lettersOf(n);
}

/** Letters of the first columns, remembered (every finding names its column). */
const LETTER_CACHE: Array<string | undefined> = new Array<string | undefined>(1024);

function lettersOf(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = LETTERS[r] + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 1, "AA" → 27; 0 when not letters. */
export function columnIndex(letters: string): number {
  const s = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(s)) return 0;
  let n = 0;
  for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** "B7" → { row: 7, col: 2 }; undefined when not an address. */
export function parseAddress(a1: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return undefined;
  return { row: Number(m[2]), col: columnIndex(m[1]) };
}

/** "A5:F5" → rectangle; a single address is a 1×1 range. */
export function parseRange(ref: string): CellRange | undefined {
  const [a, b] = ref.split(":");
  const p = parseAddress(a);
  const q = b === undefined ? p : parseAddress(b);
  if (!p || !q) return undefined;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function rangeAddress(r: CellRange): string {
  const a = cellAddress(r.top, r.left);
  const b = cellAddress(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

export function boldKey(row: number, col: number): string {
  return `${row}:${col}`;
}

/** Builds a grid from literal rows (row 1 first). Used by tests and by adapters. */
export function createGrid(init: GridInit): Grid {
  const rows = init.rows.map((r) => r.map(toCellValue));
  const colCount = rows.reduce((m, r) => Math.max(m, r.length), 0);
  const merges: CellRange[] = [];
  for (const m of init.merges ?? []) {
    const r = typeof m === "string" ? parseRange(m) : m;
    if (r) merges.push(r);
  }
  let bold: Set<string> | undefined;
  if (init.bold) {
    bold = new Set();
    for (const b of init.bold) {
      const a = parseAddress(b);
      bold.add(a ? boldKey(a.row, a.col) : b);
    }
  }
  return {
    sheet: init.sheet ?? "Sheet1",
    rowCount: rows.length,
    colCount,
    rows,
    merges,
    bold,
    hiddenRows: init.hiddenRows ? new Set(init.hiddenRows) : undefined,
  };
}

/**
 * Index of merged ranges for fast lookup: the master (top-left) cell of the merge covering (row, col).
 */
export class MergeIndex {
  private readonly byCell = new Map<number, CellRange>();
  private readonly width: number;

  constructor(grid: Grid) {
    this.width = Math.max(grid.colCount, ...grid.merges.map((m) => m.right), 1) + 1;
    for (const m of grid.merges) {
      // Guard against absurd merges (a whole column) so the index stays small.
      const bottom = Math.min(m.bottom, m.top + 5000, Math.max(grid.rowCount, m.top));
      const right = Math.min(m.right, m.left + 200);
      for (let r = m.top; r <= bottom; r++) {
        for (let c = m.left; c <= right; c++) this.byCell.set(r * this.width + c, m);
      }
    }
  }

  rangeAt(row: number, col: number): CellRange | undefined {
    return this.byCell.get(row * this.width + col);
  }
}

/** The raw value stored at (row, col), ignoring merges. */
export function rawCell(grid: Grid, row: number, col: number): CellValue {
  const o = grid.origin ?? { row: 1, col: 1 };
  const r = grid.rows[row - o.row];
  if (!r) return EMPTY;
  return r[col - o.col] ?? EMPTY;
}

/** A cell's value with merges resolved: a cell inside a merged range reads as its master's value. */
export function cellValue(grid: Grid, merges: MergeIndex, row: number, col: number): CellValue {
  const m = merges.rangeAt(row, col);
  if (m && (m.top !== row || m.left !== col)) return rawCell(grid, m.top, m.left);
  return rawCell(grid, row, col);
}
