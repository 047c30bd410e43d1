/**
 * An appendix grid (imported from a Word table or from a task list written as prose) written as a sheet a clerk
 * can print and sign: title lines merged and centred, the header bold and centred, the column numbers in italics,
 * the cells bordered and wrapped, section rows merged and bold as the grid has them, column widths from the text
 * they hold, A4 landscape, one page wide, the header repeated on every page and frozen on screen.
 *
 * The layout is described once (`appendixSheetPlan`) and written through the WorkbookPort, so the command line's
 * `import` (exceljs) and the task pane's "Nhập từ Word" (Office.js) write the same sheet.
 */
import { cellText, detectTable, serialFromIso, type CellRange, type CellValue, type Grid } from "../core";
import { freeName } from "./marking/own-sheets";
import type { FormattedRange, PlainValue, SheetLayout, WorkbookPort } from "./port";

export interface AppendixSheetLayout {
  /** The header row of the table (rows above it are title lines). */
  readonly headerRow: number;
  /** The row numbering the columns under the header, if any. */
  readonly numberRow?: number;
}

/** Everything the sheet holds: values, formats in order, merges and the sheet's layout. */
export interface AppendixSheetPlan {
  readonly rows: PlainValue[][];
  readonly formats: readonly FormattedRange[];
  readonly merges: readonly CellRange[];
  readonly layout: SheetLayout;
}

const FONT = "Times New Roman";
const DATE_FORMAT = "dd/mm/yyyy";
/** Characters across an A4 landscape page in 12-point Times, about. */
const PAGE_WIDTH = 150;
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

function plain(v: CellValue): PlainValue {
  switch (v.kind) {
    case "number":
      return v.value;
    case "boolean":
      return v.value;
    case "date":
      return serialFromIso(v.iso.slice(0, 10));
    case "empty":
      return null;
    default: {
      const t = cellText(v);
      return t === "" ? null : t;
    }
  }
}

/** Column widths in characters: each column's longest line (up to a cap), scaled to fill one page's width. */
export function appendixWidths(grid: Grid, from: number): number[] {
  const want = Array<number>(grid.colCount).fill(MIN_WIDTH);
  const merged = new Set<number>();
  for (const m of grid.merges) if (m.right > m.left && m.top === m.bottom) merged.add(m.top);
  for (let r = from; r <= grid.rowCount; r++) {
    if (merged.has(r)) continue;
    grid.rows[r - 1]?.forEach((v, c) => {
      const longest = cellText(v)
        .split("\n")
        .reduce((m, l) => Math.max(m, l.length), 0);
      want[c] = Math.max(want[c], Math.min(MAX_WIDTH, longest));
    });
  }
  const total = want.reduce((a, b) => a + b, 0);
  return want.map((w) => Math.max(MIN_WIDTH, Math.round((w * PAGE_WIDTH) / Math.max(total, PAGE_WIDTH))));
}

/** The header and number rows the core's detection finds (the first row when it finds no header). */
export function appendixLayout(grid: Grid): AppendixSheetLayout {
  const detected = detectTable(grid);
  if (!detected.ok) return { headerRow: 1 };
  const { headerRow, numberRow } = detected.table;
  return numberRow !== undefined ? { headerRow, numberRow } : { headerRow };
}

/** Runs of consecutive bold cells in each row, as ranges. */
function boldRuns(grid: Grid): CellRange[] {
  const bold = grid.bold ?? new Set<string>();
  const runs: CellRange[] = [];
  for (let r = 1; r <= grid.rowCount; r++) {
    let start = 0;
    for (let c = 1; c <= grid.colCount + 1; c++) {
      const on = c <= grid.colCount && bold.has(`${r}:${c}`);
      if (on && start === 0) start = c;
      if (!on && start > 0) {
        runs.push({ top: r, left: start, bottom: r, right: c - 1 });
        start = 0;
      }
    }
  }
  return runs;
}

/** The appendix sheet of a grid: what to write, with no workbook at hand. */
export function appendixSheetPlan(grid: Grid, layout: AppendixSheetLayout = appendixLayout(grid)): AppendixSheetPlan {
  const width = Math.max(grid.colCount, 1);
  const height = Math.max(grid.rowCount, 1);
  const { headerRow, numberRow } = layout;
  const lastHeader = numberRow ?? headerRow;
  const rows = Array.from({ length: height }, (_, i) =>
    Array.from({ length: width }, (_, j) => plain(grid.rows[i]?.[j] ?? { kind: "empty" })),
  );
  const span = (top: number, bottom: number, left = 1, right = width): CellRange => ({ top, left, bottom, right });
  const formats: FormattedRange[] = [
    {
      range: span(1, height),
      format: { font: { name: FONT, size: 12 }, horizontal: "left", vertical: "top", wrap: true },
    },
  ];
  if (headerRow > 1) {
    formats.push({
      range: span(1, headerRow - 1),
      format: { font: { size: 13 }, horizontal: "center", vertical: "middle" },
    });
  }
  if (headerRow <= height) {
    formats.push(
      { range: span(headerRow, height), format: { borders: true } },
      { range: span(headerRow, height, 1, 1), format: { horizontal: "center" } },
      { range: span(headerRow, lastHeader), format: { horizontal: "center", vertical: "middle" } },
      { range: span(headerRow, headerRow), format: { font: { bold: true } } },
    );
    if (numberRow !== undefined)
      formats.push({ range: span(numberRow, numberRow), format: { font: { italic: true } } });
  }
  for (const range of boldRuns(grid)) formats.push({ range, format: { font: { bold: true } } });
  rows.forEach((r, i) =>
    r.forEach((_, j) => {
      if (grid.rows[i]?.[j]?.kind === "date") {
        formats.push({ range: span(i + 1, i + 1, j + 1, j + 1), format: { numberFormat: DATE_FORMAT } });
      }
    }),
  );
  return {
    rows,
    formats,
    merges: grid.merges,
    layout: {
      columnWidths: appendixWidths(grid, headerRow),
      freezeRows: lastHeader,
      page: {
        orientation: "landscape",
        paper: "A4",
        fitToWidth: true,
        margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
        titleRows: { first: headerRow, last: lastHeader },
      },
    },
  };
}

/**
 * Adds the appendix sheet of `grid` to the workbook under `name` (by default the grid's sheet name), or under the
 * next free name when a sheet already has it ("Phụ lục (2)"); never touches another sheet. Returns the name used.
 */
export async function writeAppendixSheet(
  port: WorkbookPort,
  grid: Grid,
  layout: AppendixSheetLayout = appendixLayout(grid),
  name: string = grid.sheet,
): Promise<string> {
  const plan = appendixSheetPlan(grid, layout);
  const taken = new Set((await port.listSheets()).map((s) => s.name.normalize("NFC").toLocaleLowerCase("vi")));
  const sheet = freeName(name, taken);
  await port.addSheet(sheet);
  await port.writeRange(sheet, 1, 1, plan.rows);
  await port.formatRanges(sheet, plan.formats);
  if (plan.merges.length > 0) await port.mergeRanges(sheet, plan.merges);
  await port.setSheetLayout(sheet, plan.layout);
  return sheet;
}
