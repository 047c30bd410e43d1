/**
 * The workbook port on Office.js: the one place in Rõ Việc that calls `Excel.run`. Each method is one `Excel.run`
 * with a small, fixed number of `context.sync()` round trips (see read.ts, marks.ts, sheet-writer.ts).
 */
import { parseRange, rangeAddress, type CellRange, type Grid } from "../../core";
import type * as Port from "../port";
import { addSheet, formatRanges, mergeRanges, setSheetLayout, writeRange } from "./formatted";
import { sheetOf, stripSheet } from "./address";
import type { NoteApi } from "./annotations";
import { readCellStates, restoreCellStates, writeMarks, writeValues } from "./marks";
import { readGrid, readSheetValues } from "./read";
import { deleteSheet, writeSheet } from "./sheet-writer";
import { clearValidations, readValidations, validatedCells, writeValidations } from "./validation";

export interface OfficeWorkbookOptions {
  /**
   * How remarks are written: "note" (ExcelApi 1.18) or "comment" (threaded comments, ExcelApi 1.10).
   * Default: notes where Office reports ExcelApi 1.18, comments elsewhere.
   */
  readonly noteApi?: NoteApi;
}

/** True when the host supports the notes API (ExcelApi 1.18). False outside Office. */
export function notesSupported(): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", "1.18") === true;
  } catch {
    return false;
  }
}

export class OfficeWorkbook implements Port.WorkbookPort {
  readonly kind = "office" as const;
  private readonly noteApiOption?: NoteApi;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.noteApiOption = options.noteApi;
  }

  /** The remark API in use (decided on each call unless fixed in the options). */
  get noteApi(): NoteApi {
    return this.noteApiOption ?? (notesSupported() ? "note" : "comment");
  }

  private run<T>(body: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return Excel.run(body);
  }

  listSheets(): Promise<Port.SheetInfo[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      return sheets.items.map((s) => ({ name: s.name, visible: s.visibility === "Visible" }));
    });
  }

  activeSheet(): Promise<string | undefined> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.load("name");
      await context.sync();
      return ws.name;
    });
  }

  readGrid(sheet: string, range?: CellRange): Promise<Grid> {
    return this.run((context) => readGrid(context, sheet, range));
  }

  selectedRange(): Promise<{ sheet: string; range: CellRange } | undefined> {
    return this.run(async (context) => {
      const selected = context.workbook.getSelectedRange();
      selected.load("address");
      try {
        await context.sync();
      } catch {
        return undefined; // several areas selected, or a chart/shape instead of cells
      }
      const sheet = sheetOf(selected.address);
      const range = parseRange(stripSheet(selected.address).replace(/\$/g, ""));
      return sheet !== undefined && range ? { sheet, range } : undefined;
    });
  }

  select(sheet: string, range: CellRange): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(rangeAddress(range)).select();
      await context.sync();
    });
  }

  readCellStates(sheet: string, cells: readonly Port.CellRef[]): Promise<Port.SavedCellState[]> {
    const api = this.noteApi;
    return this.run((context) => readCellStates(context, sheet, cells, api));
  }

  writeMarks(sheet: string, marks: readonly Port.CellMark[]): Promise<void> {
    const api = this.noteApi;
    return this.run((context) => writeMarks(context, sheet, marks, api));
  }

  restoreCellStates(sheet: string, states: readonly Port.SavedCellState[]): Promise<void> {
    const api = this.noteApi;
    return this.run((context) => restoreCellStates(context, sheet, states, api));
  }

  writeValues(sheet: string, cells: readonly Port.CellWrite[]): Promise<void> {
    return this.run((context) => writeValues(context, sheet, cells));
  }

  readSheet(name: string): Promise<Port.PlainValue[][] | undefined> {
    return this.run((context) => readSheetValues(context, name));
  }

  writeSheet(spec: Port.SheetSpec): Promise<void> {
    return this.run((context) => writeSheet(context, spec));
  }

  deleteSheet(name: string): Promise<void> {
    return this.run((context) => deleteSheet(context, name));
  }

  addSheet(name: string): Promise<void> {
    return this.run((context) => addSheet(context, name));
  }

  writeRange(sheet: string, top: number, left: number, rows: Port.PlainRows): Promise<void> {
    return this.run((context) => writeRange(context, sheet, top, left, rows));
  }

  formatRanges(sheet: string, formats: readonly Port.FormattedRange[]): Promise<void> {
    return this.run((context) => formatRanges(context, sheet, formats));
  }

  mergeRanges(sheet: string, ranges: readonly CellRange[]): Promise<void> {
    return this.run((context) => mergeRanges(context, sheet, ranges));
  }

  setSheetLayout(sheet: string, layout: Port.SheetLayout): Promise<void> {
    return this.run((context) => setSheetLayout(context, sheet, layout));
  }

  validatedCells(sheet: string, ranges: readonly CellRange[]): Promise<CellRange[]> {
    return this.run((context) => validatedCells(context, sheet, ranges));
  }

  readValidations(sheet: string, ranges: readonly CellRange[]): Promise<Port.ValidationState[]> {
    return this.run((context) => readValidations(context, sheet, ranges));
  }

  writeValidations(sheet: string, writes: readonly Port.ValidationWrite[]): Promise<void> {
    return this.run((context) => writeValidations(context, sheet, writes));
  }

  clearValidations(sheet: string, ranges: readonly CellRange[]): Promise<void> {
    return this.run((context) => clearValidations(context, sheet, ranges));
  }

  /**
   * Calls `callback` whenever cells of `sheet` change (Worksheet.onChanged, ExcelApi 1.7); returns the function
   * that stops listening. Where Excel refuses the handler the pane simply does not re-check by itself.
   */
  onSheetChanged(sheet: string, callback: () => void): () => void {
    type Registration = OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
    let registration: Registration | undefined;
    let stopped = false;
    const remove = (r: Registration): Promise<void> =>
      Excel.run(r.context, async (context) => {
        r.remove();
        await context.sync();
      }).catch(() => undefined);
    this.run(async (context) => {
      const r = context.workbook.worksheets.getItem(sheet).onChanged.add(async () => callback());
      await context.sync();
      if (stopped) await remove(r);
      else registration = r;
    }).catch(() => undefined);
    return () => {
      stopped = true;
      if (registration) void remove(registration);
      registration = undefined;
    };
  }
}
