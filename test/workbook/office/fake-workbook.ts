/**
 * The in-memory workbook behind the fake Office.js proxies (fake-excel.ts): cells with value, type, number format,
 * bold and fill; merges, hidden rows, notes, threaded comments, tables, charts, conditional formats.
 */

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeCell {
  value: string | number | boolean;
  type: "String" | "Double" | "Boolean" | "Error";
  format?: string;
  bold?: boolean;
  italic?: boolean;
  font?: string;
  size?: number;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  fill?: { color: string; pattern: string; tintAndShade?: number };
  hyperlink?: { documentReference?: string; textToDisplay?: string };
}

/** A cell's data validation as Office.js sets it (rule, error alert, blanks ignored). */
export interface FakeValidation {
  rule: { list?: { inCellDropDown: boolean; source: string }; date?: Record<string, unknown>; [k: string]: unknown };
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks?: boolean;
}

export interface FakeComment {
  id: string;
  row: number;
  col: number;
  content: string;
  replies: string[];
}

export interface FakeChart {
  name: string;
  type: string;
  source: string;
  title?: string;
  xValues?: string;
  position?: [string, string];
}

export type Literal =
  string | number | boolean | null | undefined | { error: string } | { serial: number; format: string };

const W = 20000;
/** Numeric key of a cell (notes are keyed the same way). */
export const key = (r: number, c: number) => r * W + c;
const unkey = (k: number) => [Math.floor(k / W), k % W];

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function colLetters(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const MAX_ROW = 1048576;
const MAX_COL = 16384;

/** "A1", "B2:C9", "A:C", "3:5", with or without "'Sheet'!" and "$". */
export function parseRect(address: string): Rect {
  const a = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [p, q = p] = a.split(":");
  const part = (s: string) => {
    const m = /^([A-Z]*)(\d*)$/i.exec(s)!;
    return { col: m[1] ? colIndex(m[1]) : 0, row: m[2] ? Number(m[2]) : 0 };
  };
  const x = part(p);
  const y = part(q);
  return {
    top: x.row || 1,
    left: x.col || 1,
    bottom: y.row || MAX_ROW,
    right: y.col || MAX_COL,
  };
}

export function a1(r: Rect): string {
  const s = `${colLetters(r.left)}${r.top}`;
  const e = `${colLetters(r.right)}${r.bottom}`;
  return s === e ? s : `${s}:${e}`;
}

export const intersects = (a: Rect, b: Rect) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

export class FakeSheet {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  readonly cells = new Map<number, FakeCell>();
  merges: Rect[] = [];
  readonly hiddenRows = new Set<number>();
  readonly notes = new Map<number, string>();
  comments: FakeComment[] = [];
  charts: FakeChart[] = [];
  frozenRows = 0;
  readonly columnWidths = new Map<number, number>();
  conditionalFormats: { address: string; type: string; lower?: unknown; upper?: unknown }[] = [];
  /** Border edges set on ranges ("EdgeTop", "InsideHorizontal", …), in order. */
  borders: { address: string; edge: string; style: string }[] = [];
  /** Page layout properties written (orientation, paperSize, zoom, margins in points, printTitleRows). */
  readonly page: Record<string, unknown> = {};
  /** Data validations by cell key. */
  readonly validations = new Map<number, FakeValidation>();

  constructor(public name: string) {}

  set(row: number, col: number, v: Literal): void {
    const prev = this.cells.get(key(row, col));
    const keep = { bold: prev?.bold, fill: prev?.fill };
    if (v === null || v === undefined || v === "") {
      if (prev?.bold || prev?.fill) this.cells.set(key(row, col), { value: "", type: "String", ...keep });
      else this.cells.delete(key(row, col));
      return;
    }
    let cell: FakeCell;
    if (typeof v === "string") cell = { value: v.startsWith("'") ? v.slice(1) : v, type: "String" };
    else if (typeof v === "number") cell = { value: v, type: "Double" };
    else if (typeof v === "boolean") cell = { value: v, type: "Boolean" };
    else if ("error" in v) cell = { value: v.error, type: "Error" };
    else cell = { value: v.serial, type: "Double", format: v.format };
    this.cells.set(key(row, col), { ...cell, ...keep, format: cell.format ?? prev?.format });
  }

  setRows(rows: Literal[][], top = 1): void {
    rows.forEach((r, i) => r.forEach((v, j) => this.set(top + i, j + 1, v)));
  }

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(key(row, col));
  }

  /** Cell values as Range.values gives them. */
  value(row: number, col: number): string | number | boolean {
    const c = this.cell(row, col);
    return c && c.value !== "" ? c.value : "";
  }

  /** The values-only used range. */
  used(): Rect | undefined {
    let r: Rect | undefined;
    for (const [k, c] of this.cells) {
      if (c.value === "") continue;
      const [row, col] = unkey(k);
      r = r
        ? {
            top: Math.min(r.top, row),
            left: Math.min(r.left, col),
            bottom: Math.max(r.bottom, row),
            right: Math.max(r.right, col),
          }
        : { top: row, left: col, bottom: row, right: col };
    }
    return r;
  }

  clear(rect: Rect): void {
    for (const k of [...this.cells.keys()]) {
      const [row, col] = unkey(k);
      if (row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right) this.cells.delete(k);
    }
  }

  update(row: number, col: number, change: Partial<FakeCell>): void {
    const c = this.cells.get(key(row, col)) ?? { value: "", type: "String" as const };
    this.cells.set(key(row, col), { ...c, ...change });
  }
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  tables: { name: string; address: string; sheet: string }[] = [];
  active = "";
  selection?: { sheet: string; address: string };
  /** Committed writes, in order: "values 'Sheet'!A1:B2", "fill #FFC7CE 'Sheet'!A1,B2", … */
  readonly log: string[] = [];
  /** When set, a sync whose loaded cell values exceed this many cells fails as Excel on the web does. */
  maxResponseCells?: number;

  add(name: string): FakeSheet {
    const s = new FakeSheet(name);
    this.sheets.push(s);
    if (!this.active) this.active = name;
    return s;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
}
