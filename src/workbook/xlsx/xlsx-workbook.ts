/**
 * The WorkbookPort over an exceljs Workbook: the command line and the browser page read, mark and write .xlsx
 * files through it. Everything happens in memory; `toBuffer()` gives the new file.
 */
import ExcelJS from "exceljs";
import { cellAddress, type CellRange, type Grid } from "../../core";
import type * as Port from "../port";
import { applyLayout, formatBlocks, mergeBlocks, writeBlock } from "./formatted";
import { clipClaims } from "./clip";
import { readCellState, restoreCellState, writeMark } from "./cell-state";
import { addCharts, chartRequest, type ChartRequest } from "./chart";
import { asBytes, assertXlsxBytes, namesWorkbookParts, WorkbookReadError } from "./errors";
import { readWorksheetGrid } from "./read-grid";
import { clearValidations, readValidations, validatedCells, writeValidations } from "./validation";
import { toPlainValue } from "./values";
import { writeSheetSpec } from "./write-sheet";

async function writeBuffer(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const out: unknown = await workbook.xlsx.writeBuffer();
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}

function isVisible(ws: ExcelJS.Worksheet): boolean {
  return ws.state === undefined || ws.state === "visible";
}

type SheetViewWithTab = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };

export class XlsxWorkbook implements Port.WorkbookPort {
  readonly kind = "xlsx" as const;
  private active: string | undefined;
  private selected: { sheet: string; range: CellRange } | undefined;
  /** True once the caller chose the active sheet or a selection: written to the file's workbook view. */
  private viewChanged = false;
  /** Charts asked for by `writeSheet`, by sheet name: added to the file by `toBuffer()` (exceljs writes none). */
  private readonly charts = new Map<string, ChartRequest>();

  constructor(readonly workbook: ExcelJS.Workbook) {}

  /** Reads an .xlsx file. Throws WorkbookReadError for an empty, encrypted, damaged or non-xlsx file. */
  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const bytes = asBytes(data);
    assertXlsxBytes(bytes);
    const wb = new ExcelJS.Workbook();
    try {
      // exceljs declares a Node Buffer; JSZip underneath takes any Uint8Array (also in the browser).
      const bounded = await clipClaims(bytes);
      await wb.xlsx.load(bounded as unknown as Parameters<typeof wb.xlsx.load>[0]);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      throw new WorkbookReadError(namesWorkbookParts(bytes) ? "damaged" : "not-a-workbook", detail);
    }
    if (wb.worksheets.length === 0) throw new WorkbookReadError(namesWorkbookParts(bytes) ? "empty" : "not-a-workbook");
    return new XlsxWorkbook(wb);
  }

  /** A new, empty workbook. */
  static create(): XlsxWorkbook {
    return new XlsxWorkbook(new ExcelJS.Workbook());
  }

  /**
   * The .xlsx file. `write` makes exceljs's part of it (by default its `writeBuffer()`); the command line passes
   * one that spends less memory and empties the workbook (lean-write.ts), for a workbook written once and dropped.
   */
  async toBuffer(write: (workbook: ExcelJS.Workbook) => Promise<Uint8Array> = writeBuffer): Promise<Uint8Array> {
    this.fixActiveTab();
    const bytes = await write(this.workbook);
    const charts = [...this.charts.values()].filter((c) => this.workbook.getWorksheet(c.sheet));
    return addCharts(bytes, charts);
  }

  /** Chooses the sheet `activeSheet()` returns (the sheet holding the appendix); it opens first in the file. */
  setActiveSheet(name: string): void {
    this.sheet(name);
    this.active = name;
    this.viewChanged = true;
  }

  /** The range last passed to `select()`, for the browser page to scroll to. */
  get selection(): { sheet: string; range: CellRange } | undefined {
    return this.selected;
  }

  async listSheets(): Promise<Port.SheetInfo[]> {
    return this.workbook.worksheets.map((ws) => ({ name: ws.name, visible: isVisible(ws) }));
  }

  async activeSheet(): Promise<string | undefined> {
    if (this.active && this.workbook.getWorksheet(this.active)) return this.active;
    const sheets = this.workbook.worksheets;
    const tab = this.workbook.views?.[0]?.activeTab;
    if (tab !== undefined && sheets[tab] && isVisible(sheets[tab])) return sheets[tab].name;
    return sheets.find(isVisible)?.name;
  }

  async readGrid(sheet: string, range?: CellRange): Promise<Grid> {
    return readWorksheetGrid(this.sheet(sheet), this.date1904(), range);
  }

  async selectedRange(): Promise<{ sheet: string; range: CellRange } | undefined> {
    return this.selected;
  }

  async select(sheet: string, range: CellRange): Promise<void> {
    const ws = this.sheet(sheet);
    this.selected = { sheet, range };
    this.active = sheet;
    this.viewChanged = true;
    const view: SheetViewWithTab = { ...(ws.views?.[0] ?? { state: "normal" }) };
    view.activeCell = cellAddress(range.top, range.left);
    ws.views = [view as ExcelJS.WorksheetView, ...(ws.views ?? []).slice(1)];
  }

  async readCellStates(sheet: string, cells: readonly Port.CellRef[]): Promise<Port.SavedCellState[]> {
    const ws = this.sheet(sheet);
    return cells.map(({ row, col }) => {
      const cell = ws.findCell(row, col);
      return cell ? readCellState(cell, row, col) : { row, col, fill: "null", note: null };
    });
  }

  async writeMarks(sheet: string, marks: readonly Port.CellMark[]): Promise<void> {
    const ws = this.sheet(sheet);
    for (const m of marks) writeMark(ws.getCell(m.row, m.col), m);
  }

  async restoreCellStates(sheet: string, states: readonly Port.SavedCellState[]): Promise<void> {
    const ws = this.sheet(sheet);
    for (const s of states) restoreCellState(ws.getCell(s.row, s.col), s);
  }

  async writeValues(sheet: string, cells: readonly Port.CellWrite[]): Promise<void> {
    const ws = this.sheet(sheet);
    for (const c of cells) ws.getCell(c.row, c.col).value = c.value;
  }

  async readSheet(name: string): Promise<Port.PlainValue[][] | undefined> {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) return undefined;
    const date1904 = this.date1904();
    const rows: Port.PlainValue[][] = [];
    let width = 0;
    let lastRow = 0;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.findRow(r);
      const values: Port.PlainValue[] = [];
      if (row) {
        for (let c = 1; c <= row.cellCount; c++) {
          const cell = row.findCell(c);
          const v = cell ? toPlainValue(cell, date1904) : null;
          values.push(v);
          if (v !== null) {
            width = Math.max(width, c);
            lastRow = r;
          }
        }
      }
      rows.push(values);
    }
    rows.length = lastRow;
    for (const r of rows) {
      r.length = Math.min(r.length, width);
      while (r.length < width) r.push(null);
    }
    return rows;
  }

  async writeSheet(spec: Port.SheetSpec): Promise<void> {
    writeSheetSpec(this.workbook, spec);
    const chart = chartRequest(spec);
    if (chart) this.charts.set(spec.name, chart);
    else this.charts.delete(spec.name);
  }

  async deleteSheet(name: string): Promise<void> {
    const ws = this.workbook.getWorksheet(name);
    if (ws) this.workbook.removeWorksheet(ws.id);
    this.charts.delete(name);
  }

  async addSheet(name: string): Promise<void> {
    const key = (s: string) => s.normalize("NFC").toLocaleLowerCase("vi");
    if (this.workbook.worksheets.some((ws) => key(ws.name) === key(name))) {
      throw new Error(`Trang tính “${name}” đã có / A sheet “${name}” already exists`);
    }
    this.workbook.addWorksheet(name);
  }

  async writeRange(sheet: string, top: number, left: number, rows: Port.PlainRows): Promise<void> {
    writeBlock(this.sheet(sheet), top, left, rows);
  }

  async formatRanges(sheet: string, formats: readonly Port.FormattedRange[]): Promise<void> {
    formatBlocks(this.sheet(sheet), formats);
  }

  async mergeRanges(sheet: string, ranges: readonly CellRange[]): Promise<void> {
    mergeBlocks(this.sheet(sheet), ranges);
  }

  async setSheetLayout(sheet: string, layout: Port.SheetLayout): Promise<void> {
    applyLayout(this.sheet(sheet), layout);
  }

  async validatedCells(sheet: string, ranges: readonly CellRange[]): Promise<CellRange[]> {
    return validatedCells(this.sheet(sheet), ranges);
  }

  async readValidations(sheet: string, ranges: readonly CellRange[]): Promise<Port.ValidationState[]> {
    return readValidations(this.sheet(sheet), ranges);
  }

  async writeValidations(sheet: string, writes: readonly Port.ValidationWrite[]): Promise<void> {
    writeValidations(this.sheet(sheet), writes);
  }

  async clearValidations(sheet: string, ranges: readonly CellRange[]): Promise<void> {
    clearValidations(this.sheet(sheet), ranges);
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new Error(`Không có trang tính “${name}” / No sheet “${name}”`);
    return ws;
  }

  private date1904(): boolean {
    return !!(this.workbook.properties as { date1904?: boolean } | undefined)?.date1904;
  }

  /**
   * Keeps the file's active tab on a visible sheet (the chosen one, when the caller chose), with only that tab
   * selected — a hidden or removed active sheet makes Excel repair the file.
   */
  private fixActiveTab(): void {
    const sheets = this.workbook.worksheets;
    if (sheets.length === 0) return;
    const views = this.workbook.views ?? [];
    const current = views[0]?.activeTab;
    let target = current ?? 0;
    if (this.viewChanged && this.active) {
      const i = sheets.findIndex((s) => s.name === this.active);
      if (i >= 0) target = i;
    }
    if (!sheets[target] || !isVisible(sheets[target])) target = Math.max(0, sheets.findIndex(isVisible));
    if (target === current && !this.viewChanged) return;
    const base = views[0] ?? { x: 0, y: 0, width: 12000, height: 24000, visibility: "visible" as const };
    this.workbook.views = [{ ...base, activeTab: target, firstSheet: 0 }, ...views.slice(1)];
    sheets.forEach((ws, i) => {
      const first: SheetViewWithTab = { ...(ws.views?.[0] ?? { state: "normal" }) };
      first.tabSelected = i === target;
      ws.views = [first as ExcelJS.WorksheetView, ...(ws.views ?? []).slice(1)];
    });
  }
}
