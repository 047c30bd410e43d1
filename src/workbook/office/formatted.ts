/**
 * Writing a formatted sheet on Office.js (addSheet, writeRange, formatRanges, mergeRanges, setSheetLayout): each
 * is one Excel.run that queues all its operations and syncs once, and again only when the queued work passes the
 * payload budget (batch.ts) — so an appendix of any length is written in a handful of round trips.
 */
import { columnLetter, rangeAddress, type CellRange } from "../../core";
import type { FormattedRange, PlainRows, RangeFormat, SheetLayout } from "../port";
import { OP_BYTES, SyncBatcher } from "./batch";
import { columnPoints, excelWriteValue } from "./cells";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;
/** Points per inch, for page margins. */
const POINTS = 72;
/** Bytes of values per range write at most (several of them per sync, under the payload budget). */
const BLOCK_BYTES = 1024 * 1024;

/** Adds a sheet; Excel itself refuses a name already taken. One sync. */
export async function addSheet(context: Excel.RequestContext, name: string): Promise<void> {
  const ws = context.workbook.worksheets.add(name);
  ws.visibility = "Visible";
  await context.sync();
}

/** Writes values in row blocks of about 1 MB; one sync per ~4 MB. */
export async function writeRange(
  context: Excel.RequestContext,
  sheet: string,
  top: number,
  left: number,
  rows: PlainRows,
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
  if (width === 0) return;
  const batcher = new SyncBatcher(context);
  let block: (string | number | boolean)[][] = [];
  let at = top;
  let bytes = 0;
  const put = async () => {
    if (block.length === 0) return;
    await batcher.add(bytes + OP_BYTES);
    const range: CellRange = { top: at, left, bottom: at + block.length - 1, right: left + width - 1 };
    ws.getRange(rangeAddress(range)).values = block;
    at += block.length;
    block = [];
    bytes = 0;
  };
  for (const r of rows) {
    const row = Array.from({ length: width }, (_, j) => excelWriteValue(r[j] ?? null));
    const b = row.reduce<number>((n, v) => n + String(v).length * 2 + 8, 16);
    if (bytes + b > BLOCK_BYTES) await put();
    block.push(row);
    bytes += b;
  }
  await put();
  await batcher.flush();
}

function applyFormat(range: Excel.Range, f: RangeFormat, at: CellRange): void {
  const format = range.format;
  if (f.font?.name !== undefined) format.font.name = f.font.name;
  if (f.font?.size !== undefined) format.font.size = f.font.size;
  if (f.font?.bold !== undefined) format.font.bold = f.font.bold;
  if (f.font?.italic !== undefined) format.font.italic = f.font.italic;
  if (f.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[f.horizontal];
  if (f.vertical !== undefined) format.verticalAlignment = VERTICAL[f.vertical];
  if (f.wrap !== undefined) format.wrapText = f.wrap;
  if (f.borders) {
    for (const edge of EDGES) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = "#000000";
    }
  }
  if (f.numberFormat !== undefined) {
    const code = f.numberFormat;
    const width = at.right - at.left + 1;
    range.numberFormat = Array.from({ length: at.bottom - at.top + 1 }, () => Array<string>(width).fill(code));
  }
}

/** Formats ranges in order, one sync per ~4 MB of queued operations. */
export async function formatRanges(
  context: Excel.RequestContext,
  sheet: string,
  formats: readonly FormattedRange[],
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  const batcher = new SyncBatcher(context);
  for (const { range, format } of formats) {
    const cells = format.numberFormat ? (range.bottom - range.top + 1) * (range.right - range.left + 1) : 0;
    await batcher.add(OP_BYTES * (format.borders ? 4 : 2) + cells * (format.numberFormat?.length ?? 0) * 2);
    applyFormat(ws.getRange(rangeAddress(range)), format, range);
  }
  await batcher.add(OP_BYTES);
  await batcher.flush();
}

/** Merges ranges (across rows and columns), one sync per ~4 MB of queued operations. */
export async function mergeRanges(
  context: Excel.RequestContext,
  sheet: string,
  ranges: readonly CellRange[],
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  const batcher = new SyncBatcher(context);
  for (const r of ranges) {
    await batcher.add(OP_BYTES);
    ws.getRange(rangeAddress(r)).merge(false);
  }
  await batcher.add(OP_BYTES);
  await batcher.flush();
}

/** Column widths, frozen rows and page setup (ExcelApi 1.9). One sync. */
export async function setSheetLayout(context: Excel.RequestContext, sheet: string, layout: SheetLayout): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  layout.columnWidths?.forEach((w, i) => {
    const letter = columnLetter(i + 1);
    ws.getRange(`${letter}:${letter}`).format.columnWidth = columnPoints(w);
  });
  if (layout.freezeRows) ws.freezePanes.freezeRows(layout.freezeRows);
  const page = layout.page;
  if (page) {
    const pl = ws.pageLayout;
    pl.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
    pl.paperSize = "A4";
    if (page.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    pl.leftMargin = page.margins.left * POINTS;
    pl.rightMargin = page.margins.right * POINTS;
    pl.topMargin = page.margins.top * POINTS;
    pl.bottomMargin = page.margins.bottom * POINTS;
    pl.headerMargin = page.margins.header * POINTS;
    pl.footerMargin = page.margins.footer * POINTS;
    if (page.titleRows) pl.setPrintTitleRows(`$${page.titleRows.first}:$${page.titleRows.last}`);
  }
  await context.sync();
}
