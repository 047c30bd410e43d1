/**
 * An in-memory WorkbookPort for pane tests: sheets of literal cells, fills and notes per cell, whole sheets the
 * add-in writes, the selection, and an optional change subscription. Every call is recorded.
 */
import { createGrid, rangeAddress, type CellRange, type Grid, type LiteralCell } from "../../src/core/grid";
import type * as Port from "../../src/workbook/port";

export interface FakeSheet {
  rows: LiteralCell[][];
  merges?: string[];
  bold?: string[];
  hidden?: boolean;
  /** Formats written through the port, in order. */
  formats?: Port.FormattedRange[];
  layout?: Port.SheetLayout;
}

interface CellLook {
  fill: string;
  note: string | null;
}

export interface FakePortOptions {
  /** Sheets with cells (read through readGrid). */
  readonly sheets: Record<string, FakeSheet>;
  readonly active?: string;
  /** Add an `onSheetChanged` method (Excel's onChanged). */
  readonly observable?: boolean;
}

export class FakePort implements Port.WorkbookPort {
  readonly kind = "xlsx" as const;
  readonly sheets: Record<string, FakeSheet>;
  /** Whole sheets written by the add-in (plain values). */
  readonly plainSheets = new Map<string, Port.SheetSpec>();
  readonly looks = new Map<string, CellLook>();
  /** Data validations by cell ("Sheet!row:col"). */
  readonly validations = new Map<string, Port.ValidationWrite["spec"]>();
  readonly calls: Array<{ method: string; args: unknown[] }> = [];
  active: string | undefined;
  selection: { sheet: string; range: CellRange } | undefined;
  private listeners = new Map<string, Set<() => void>>();
  onSheetChanged?: (sheet: string, callback: () => void) => () => void;

  constructor(options: FakePortOptions) {
    this.sheets = options.sheets;
    this.active = options.active ?? Object.keys(options.sheets)[0];
    if (options.observable) {
      this.onSheetChanged = (sheet, callback) => {
        this.record("onSheetChanged", sheet);
        const set = this.listeners.get(sheet) ?? new Set();
        set.add(callback);
        this.listeners.set(sheet, set);
        return () => set.delete(callback);
      };
    }
  }

  /** Simulates the user editing `sheet`. */
  emitChange(sheet: string): void {
    for (const cb of this.listeners.get(sheet) ?? []) cb();
  }

  listenerCount(sheet: string): number {
    return this.listeners.get(sheet)?.size ?? 0;
  }

  callsOf(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  private record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }

  private key(sheet: string, row: number, col: number): string {
    return `${sheet}!${row}:${col}`;
  }

  async listSheets(): Promise<Port.SheetInfo[]> {
    const cells = Object.entries(this.sheets).map(([name, s]) => ({ name, visible: !s.hidden }));
    const plain = [...this.plainSheets.values()]
      .filter((s) => !(s.name in this.sheets))
      .map((s) => ({ name: s.name, visible: !s.hidden }));
    return [...cells, ...plain];
  }

  async activeSheet(): Promise<string | undefined> {
    return this.active;
  }

  async readGrid(sheet: string, range?: CellRange): Promise<Grid> {
    this.record("readGrid", sheet, range);
    const s = this.sheets[sheet];
    if (!s) throw new Error(`no sheet ${sheet}`);
    const grid = createGrid({ sheet, rows: s.rows, merges: s.merges, bold: s.bold });
    if (!range) return grid;
    // A window on the sheet, as the adapters give it: rows and columns outside the range read as empty.
    const rows = grid.rows.map((r, i) =>
      i + 1 < range.top || i + 1 > range.bottom
        ? []
        : r.map((v, j) => (j + 1 < range.left || j + 1 > range.right ? { kind: "empty" as const } : v)),
    );
    return { ...grid, rows };
  }

  async selectedRange(): Promise<{ sheet: string; range: CellRange } | undefined> {
    return this.selection;
  }

  async select(sheet: string, range: CellRange): Promise<void> {
    this.record("select", sheet, range);
    this.active = sheet;
    this.selection = { sheet, range };
  }

  async readCellStates(sheet: string, cells: readonly Port.CellRef[]): Promise<Port.SavedCellState[]> {
    return cells.map((c) => {
      const look = this.looks.get(this.key(sheet, c.row, c.col));
      // The fill is adapter JSON: here the ARGB colour or null.
      return { row: c.row, col: c.col, fill: JSON.stringify(look?.fill ?? null), note: look?.note ?? null };
    });
  }

  async writeMarks(sheet: string, marks: readonly Port.CellMark[]): Promise<void> {
    this.record("writeMarks", sheet, marks);
    for (const m of marks) {
      const k = this.key(sheet, m.row, m.col);
      const own = this.looks.get(k)?.note;
      this.looks.set(k, { fill: m.color, note: own ? `${own}\n\n${m.note}` : m.note });
    }
  }

  async restoreCellStates(sheet: string, states: readonly Port.SavedCellState[]): Promise<void> {
    this.record("restoreCellStates", sheet, states);
    for (const s of states) {
      const k = this.key(sheet, s.row, s.col);
      const fill = JSON.parse(s.fill) as string | null;
      if (fill === null && s.note === null) this.looks.delete(k);
      else this.looks.set(k, { fill: fill ?? "", note: s.note });
    }
  }

  async writeValues(sheet: string, cells: readonly Port.CellWrite[]): Promise<void> {
    this.record("writeValues", sheet, cells);
    const s = this.sheets[sheet];
    if (!s) throw new Error(`no sheet ${sheet}`);
    for (const c of cells) {
      while (s.rows.length < c.row) s.rows.push([]);
      const row = s.rows[c.row - 1];
      while (row.length < c.col) row.push(null);
      row[c.col - 1] = c.value;
    }
  }

  async readSheet(name: string): Promise<Port.PlainValue[][] | undefined> {
    const spec = this.plainSheets.get(name);
    if (spec) return spec.rows.map((r) => [...r]);
    const s = this.sheets[name];
    if (!s) return undefined;
    return s.rows.map((r) =>
      r.map((v) =>
        v === undefined || v === null
          ? null
          : typeof v === "string" || typeof v === "number" || typeof v === "boolean"
            ? v
            : String(v),
      ),
    );
  }

  async writeSheet(spec: Port.SheetSpec): Promise<void> {
    this.record("writeSheet", spec);
    this.plainSheets.set(spec.name, spec);
  }

  async deleteSheet(name: string): Promise<void> {
    this.record("deleteSheet", name);
    this.plainSheets.delete(name);
  }

  async addSheet(name: string): Promise<void> {
    this.record("addSheet", name);
    const taken = (await this.listSheets()).some((s) => s.name.toLowerCase() === name.toLowerCase());
    if (taken) throw new Error(`sheet ${name} exists`);
    this.sheets[name] = { rows: [], merges: [], bold: [], formats: [] };
  }

  async writeRange(sheet: string, top: number, left: number, rows: Port.PlainRows): Promise<void> {
    this.record("writeRange", sheet, top, left, rows);
    await this.writeValues(
      sheet,
      rows.flatMap((r, i) => r.map((value, j) => ({ row: top + i, col: left + j, value }))),
    );
  }

  async formatRanges(sheet: string, formats: readonly Port.FormattedRange[]): Promise<void> {
    this.record("formatRanges", sheet, formats);
    const s = this.sheets[sheet];
    if (!s) throw new Error(`no sheet ${sheet}`);
    (s.formats ??= []).push(...formats);
    const bold = new Set(s.bold ?? []);
    for (const { range, format } of formats) {
      if (format.font?.bold === undefined) continue;
      for (let r = range.top; r <= range.bottom; r++)
        for (let c = range.left; c <= range.right; c++) {
          if (format.font.bold) bold.add(`${r}:${c}`);
          else bold.delete(`${r}:${c}`);
        }
    }
    s.bold = [...bold];
  }

  async mergeRanges(sheet: string, ranges: readonly CellRange[]): Promise<void> {
    this.record("mergeRanges", sheet, ranges);
    const s = this.sheets[sheet];
    if (!s) throw new Error(`no sheet ${sheet}`);
    (s.merges ??= []).push(...ranges.map(rangeAddress));
  }

  async setSheetLayout(sheet: string, layout: Port.SheetLayout): Promise<void> {
    this.record("setSheetLayout", sheet, layout);
    const s = this.sheets[sheet];
    if (!s) throw new Error(`no sheet ${sheet}`);
    s.layout = layout;
  }

  private cellsOf(ranges: readonly CellRange[], f: (row: number, col: number) => void): void {
    for (const r of ranges)
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(row, col);
  }

  async validatedCells(sheet: string, ranges: readonly CellRange[]): Promise<CellRange[]> {
    const out: CellRange[] = [];
    this.cellsOf(ranges, (row, col) => {
      if (this.validations.has(this.key(sheet, row, col))) out.push({ top: row, left: col, bottom: row, right: col });
    });
    return out;
  }

  async readValidations(sheet: string, ranges: readonly CellRange[]): Promise<Port.ValidationState[]> {
    return ranges.map((r) => {
      const seen = new Set<string>();
      this.cellsOf([r], (row, col) =>
        seen.add(JSON.stringify(this.validations.get(this.key(sheet, row, col))?.rule ?? null)),
      );
      if (seen.size > 1) return { kind: "mixed" };
      const rule = JSON.parse([...seen][0] ?? "null") as Port.ValidationWrite["spec"]["rule"] | null;
      return rule ? { kind: "rule", rule } : { kind: "none" };
    });
  }

  async writeValidations(sheet: string, writes: readonly Port.ValidationWrite[]): Promise<void> {
    this.record("writeValidations", sheet, writes);
    for (const w of writes)
      this.cellsOf(w.ranges, (row, col) => this.validations.set(this.key(sheet, row, col), w.spec));
  }

  async clearValidations(sheet: string, ranges: readonly CellRange[]): Promise<void> {
    this.record("clearValidations", sheet, ranges);
    this.cellsOf(ranges, (row, col) => this.validations.delete(this.key(sheet, row, col)));
  }
}
