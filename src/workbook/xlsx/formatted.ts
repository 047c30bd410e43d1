/**
 * The exceljs side of writing a formatted sheet through the port (addSheet, writeRange, formatRanges,
 * mergeRanges, setSheetLayout): each format sets only the properties it names, cell by cell, over what is there.
 */
import type ExcelJS from "exceljs";
import type { CellRange } from "../../core";
import type { FormattedRange, PlainRows, RangeFormat, SheetLayout } from "../port";

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const VERTICAL = { top: "top", middle: "middle", bottom: "bottom" } as const;

export function writeBlock(ws: ExcelJS.Worksheet, top: number, left: number, rows: PlainRows): void {
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v !== null && v !== "") ws.getCell(top + i, left + j).value = v;
    }),
  );
}

function formatCell(cell: ExcelJS.Cell, f: RangeFormat): void {
  if (f.font) {
    const font: Partial<ExcelJS.Font> = { ...cell.font };
    if (f.font.name !== undefined) font.name = f.font.name;
    if (f.font.size !== undefined) font.size = f.font.size;
    if (f.font.bold !== undefined) font.bold = f.font.bold;
    if (f.font.italic !== undefined) font.italic = f.font.italic;
    cell.font = font;
  }
  if (f.horizontal !== undefined || f.vertical !== undefined || f.wrap !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...cell.alignment };
    if (f.horizontal !== undefined) alignment.horizontal = f.horizontal;
    if (f.vertical !== undefined) alignment.vertical = VERTICAL[f.vertical];
    if (f.wrap !== undefined) alignment.wrapText = f.wrap;
    cell.alignment = alignment;
  }
  if (f.borders) cell.border = BORDER;
  if (f.numberFormat !== undefined) cell.numFmt = f.numberFormat;
}

export function formatBlocks(ws: ExcelJS.Worksheet, formats: readonly FormattedRange[]): void {
  for (const { range, format } of formats) {
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) formatCell(ws.getCell(r, c), format);
    }
  }
}

export function mergeBlocks(ws: ExcelJS.Worksheet, ranges: readonly CellRange[]): void {
  for (const m of ranges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
}

export function applyLayout(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  layout.columnWidths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  if (layout.freezeRows) ws.views = [{ state: "frozen", ySplit: layout.freezeRows }];
  const page = layout.page;
  if (page) {
    Object.assign(ws.pageSetup, {
      paperSize: 9, // A4
      orientation: page.orientation,
      ...(page.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
      margins: { ...page.margins },
      ...(page.titleRows ? { printTitlesRow: `${page.titleRows.first}:${page.titleRows.last}` } : {}),
    });
  }
}
