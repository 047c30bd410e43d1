/**
 * The one interface between Rõ Việc and a workbook. Adapters: `office/` (Excel, via Office.js) and `xlsx/`
 * (exceljs, for the command line and the browser page). Marking, fixing and summary logic lives above the port
 * (src/workbook/marking), so both adapters behave the same.
 */
import type { CellRange, CellValue, Grid } from "../core";

export interface SheetInfo {
  readonly name: string;
  readonly visible: boolean;
}

export interface CellRef {
  readonly row: number;
  readonly col: number;
}

/** What the add-in saves before marking a cell, so it can restore it exactly. `fill` is adapter-specific JSON. */
export interface SavedCellState extends CellRef {
  readonly fill: string;
  readonly note: string | null;
}

export interface CellMark extends CellRef {
  /** ARGB fill colour, e.g. "FFFFC7CE". */
  readonly color: string;
  /** Note text to put on the cell (appended after the user's own note, if any). */
  readonly note: string;
}

export type PlainValue = string | number | boolean | null;

/** A block of values, row by row (a sheet written whole, a range written at once). */
export type PlainRows = ReadonlyArray<ReadonlyArray<PlainValue>>;

/** A cell's value as a plain value: text, number, boolean or null (dates as YYYY-MM-DD, errors as their code). */
export function plainValue(v: CellValue): PlainValue {
  switch (v.kind) {
    case "empty":
      return null;
    case "text":
      return v.text;
    case "number":
    case "boolean":
      return v.value;
    case "date":
      return v.iso;
    case "error":
      return v.code;
  }
}

export interface CellWrite extends CellRef {
  readonly value: PlainValue;
}

/** A sheet the add-in writes whole (findings list, change log, summary, hidden state). */
export interface SheetSpec {
  readonly name: string;
  readonly rows: PlainRows;
  readonly hidden?: boolean;
  /** Header row bold, frozen. */
  readonly header?: boolean;
  readonly columnWidths?: readonly number[];
  /** Hyperlinks to cells of other sheets: at (row, col) of this sheet, link to `target` ("'Sheet 1'!E14"). */
  readonly links?: ReadonlyArray<CellRef & { readonly target: string; readonly text: string }>;
  /** Write the data as an Excel table with this name. */
  readonly table?: { readonly name: string };
  /** Column (1-based) of a 0..1 rate shown as a percentage with data bars. */
  readonly rateColumn?: number;
  /**
   * Add a bar chart of `valueColumn` by `labelColumn` (summary sheets, where the adapter can). `totalRow`: the
   * last row is a total, left out of the chart.
   */
  readonly chart?: {
    readonly title: string;
    readonly labelColumn: number;
    readonly valueColumn: number;
    readonly totalRow?: boolean;
  };
}

/** How a range of cells looks; a property left out is left as it is. */
export interface RangeFormat {
  readonly font?: {
    readonly name?: string;
    readonly size?: number;
    readonly bold?: boolean;
    readonly italic?: boolean;
  };
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
  /** Thin black borders around and between every cell of the range. */
  readonly borders?: boolean;
  readonly numberFormat?: string;
}

export interface FormattedRange {
  readonly range: CellRange;
  readonly format: RangeFormat;
}

/** Page setup for printing. Margins in inches. */
export interface PageSetup {
  readonly orientation: "portrait" | "landscape";
  readonly paper: "A4";
  /** All the columns on one page's width, as many pages tall as needed. */
  readonly fitToWidth: boolean;
  readonly margins: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
    readonly header: number;
    readonly footer: number;
  };
  /** Rows repeated at the top of every printed page. */
  readonly titleRows?: { readonly first: number; readonly last: number };
}

/** Column widths (in characters of the default font), frozen rows and page setup of a sheet. */
export interface SheetLayout {
  readonly columnWidths?: readonly number[];
  readonly freezeRows?: number;
  readonly page?: PageSetup;
}

/**
 * A data validation rule Rõ Việc writes ("Tạo danh sách chọn", src/workbook/marking/dropdowns.ts) and reads back to
 * tell its own from the user's. A list takes its entries from a range (`source`, "'_RoViec_Lists'!$A$1:$A$120",
 * no "="): an inline list is capped at 255 characters, a range is not. A date rule accepts dates between two ISO
 * dates, inclusive.
 */
export type ValidationRule =
  | { readonly type: "list"; readonly source: string }
  | { readonly type: "date"; readonly from: string; readonly to: string };

/**
 * How a rule is written: `alert` "stop" refuses any other entry, "warning" and "information" let the user keep it
 * after a question or a note, "none" offers the list and never objects. `title` at most 32 characters and
 * `message` at most 255 (Excel's limits).
 */
export interface ValidationSpec {
  readonly rule: ValidationRule;
  readonly alert: "stop" | "warning" | "information" | "none";
  readonly title: string;
  readonly message: string;
}

/** What a range holds: no validation, one rule of Rõ Việc's kinds on every cell, another rule, or several. */
export type ValidationState =
  | { readonly kind: "none" }
  | { readonly kind: "rule"; readonly rule: ValidationRule }
  | { readonly kind: "other" }
  | { readonly kind: "mixed" };

export interface ValidationWrite {
  readonly ranges: readonly CellRange[];
  readonly spec: ValidationSpec;
}

export interface WorkbookPort {
  readonly kind: "office" | "xlsx";
  listSheets(): Promise<SheetInfo[]>;
  /** The active sheet (Excel) or the sheet holding the appendix chosen by the caller (xlsx). */
  activeSheet(): Promise<string | undefined>;
  /** Values (with dates and errors typed), merged areas, hidden rows and bold cells of the used range. */
  readGrid(sheet: string, range?: CellRange): Promise<Grid>;
  selectedRange(): Promise<{ sheet: string; range: CellRange } | undefined>;
  select(sheet: string, range: CellRange): Promise<void>;
  readCellStates(sheet: string, cells: readonly CellRef[]): Promise<SavedCellState[]>;
  writeMarks(sheet: string, marks: readonly CellMark[]): Promise<void>;
  restoreCellStates(sheet: string, states: readonly SavedCellState[]): Promise<void>;
  writeValues(sheet: string, cells: readonly CellWrite[]): Promise<void>;
  readSheet(name: string): Promise<PlainValue[][] | undefined>;
  writeSheet(spec: SheetSpec): Promise<void>;
  deleteSheet(name: string): Promise<void>;
  /**
   * Adds an empty visible sheet (at the end). Refuses a name a sheet already has (Excel compares without regard to
   * case): the caller chooses a free one. Used, with the four below, to write a formatted sheet cell by cell
   * (`src/workbook/appendix-sheet.ts`); each is a fixed number of round trips in Excel whatever the size.
   */
  addSheet(name: string): Promise<void>;
  /** Writes a block of values with its top-left cell at (top, left); null leaves a cell empty. */
  writeRange(sheet: string, top: number, left: number, rows: PlainRows): Promise<void>;
  /** Formats ranges, in order (a later range's properties win where ranges overlap). */
  formatRanges(sheet: string, formats: readonly FormattedRange[]): Promise<void>;
  /** Merges each range into one cell (the top-left cell's value and format are kept). */
  mergeRanges(sheet: string, ranges: readonly CellRange[]): Promise<void>;
  setSheetLayout(sheet: string, layout: SheetLayout): Promise<void>;
  /** The cells of `ranges` that hold a data validation of any kind, as rectangles. */
  validatedCells(sheet: string, ranges: readonly CellRange[]): Promise<CellRange[]>;
  /** The validation each of `ranges` holds, one answer per range. */
  readValidations(sheet: string, ranges: readonly CellRange[]): Promise<ValidationState[]>;
  /** Puts each spec on every cell of its ranges. */
  writeValidations(sheet: string, writes: readonly ValidationWrite[]): Promise<void>;
  /** Removes the data validation of every cell of `ranges`. */
  clearValidations(sheet: string, ranges: readonly CellRange[]): Promise<void>;
}
