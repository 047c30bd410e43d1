/**
 * An appendix grid (imported from a Word table or from a task list written as prose) written as a sheet a clerk
 * can print and sign: title lines merged and centred, the header bold and centred, the cells bordered and wrapped,
 * section rows merged and bold as the grid has them, column widths from the text they hold, A4 landscape, one page
 * wide, the header repeated on every page and frozen on screen.
 */
import type ExcelJS from "exceljs";
import { cellText, detectTable, type CellValue, type Grid } from "../../core";
import { XlsxWorkbook } from "./xlsx-workbook";

export interface AppendixSheetLayout {
  /** The header row of the table (rows above it are title lines). */
  readonly headerRow: number;
  /** The row numbering the columns under the header, if any. */
  readonly numberRow?: number;
}

const FONT = "Times New Roman";
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Characters across an A4 landscape page in 12-point Times, about. */
const PAGE_WIDTH = 150;
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

function plain(v: CellValue): string | number | boolean | Date | null {
  switch (v.kind) {
    case "number":
      return v.value;
    case "boolean":
      return v.value;
    case "date":
      return new Date(`${v.iso.slice(0, 10)}T00:00:00Z`);
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

/** Adds the appendix sheet (named as the grid) to a workbook. */
export function writeAppendixSheet(book: XlsxWorkbook, grid: Grid, layout: AppendixSheetLayout): void {
  const ws = book.workbook.addWorksheet(grid.sheet, {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      printTitlesRow: `${layout.headerRow}:${layout.numberRow ?? layout.headerRow}`,
    },
    views: [{ state: "frozen", ySplit: layout.numberRow ?? layout.headerRow }],
  });
  appendixWidths(grid, layout.headerRow).forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const bold = grid.bold ?? new Set<string>();
  for (let r = 1; r <= grid.rowCount; r++) {
    const title = r < layout.headerRow;
    const header = r === layout.headerRow || r === layout.numberRow;
    for (let c = 1; c <= grid.colCount; c++) {
      const cell = ws.getCell(r, c);
      const v = plain(grid.rows[r - 1]?.[c - 1] ?? { kind: "empty" });
      if (v !== null) cell.value = v;
      cell.font = {
        name: FONT,
        size: title ? 13 : 12,
        bold: bold.has(`${r}:${c}`) || r === layout.headerRow,
        italic: r === layout.numberRow,
      };
      cell.alignment = {
        horizontal: title || header || c === 1 ? "center" : "left",
        vertical: title || header ? "middle" : "top",
        wrapText: true,
      };
      if (!title) cell.border = BORDER;
    }
  }
  for (const m of grid.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
}

/**
 * A new workbook holding each appendix grid as a formatted sheet (its header found by the core's detection; a grid
 * without one is written with its first row as the header).
 */
export function appendixWorkbook(grids: readonly Grid[]): XlsxWorkbook {
  const book = XlsxWorkbook.create();
  for (const grid of grids) {
    const detected = detectTable(grid);
    const numberRow = detected.ok ? detected.table.numberRow : undefined;
    writeAppendixSheet(book, grid, {
      headerRow: detected.ok ? detected.table.headerRow : 1,
      ...(numberRow !== undefined ? { numberRow } : {}),
    });
  }
  return book;
}
