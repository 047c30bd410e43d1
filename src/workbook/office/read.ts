/**
 * Reading a sheet into a Grid in two round trips whatever its size: (1) the extent, (2) values, value types,
 * number formats, bold cells and hidden rows of every row block plus the merged areas, all queued before one sync.
 * If Excel answers that the batch is too large (Excel on the web limits one response to 5 MB), the blocks are
 * read again with a sync whenever the queued estimate reaches about 4 MB.
 */
import { boldKey, EMPTY, rangeAddress, type CellRange, type CellValue, type Grid } from "../../core";
import { parseAreas } from "./address";
import { isPayloadTooLarge, MAX_BLOCK_ROWS, READ_BYTES_PER_CELL, SYNC_BYTES, SyncBatcher } from "./batch";
import { cellFromExcel, plainFromExcel } from "./cells";
import type { PlainValue } from "../port";

interface BlockRead {
  readonly range: CellRange;
  readonly data: Excel.Range;
  readonly bold: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  readonly rows: OfficeExtension.ClientResult<Excel.RowProperties[]>;
}

/** Splits a rectangle into row blocks whose estimated response stays under the sync budget. */
export function rowBlocks(rect: CellRange, bytesPerCell = READ_BYTES_PER_CELL, budget = SYNC_BYTES): CellRange[] {
  const width = rect.right - rect.left + 1;
  const height = Math.max(1, Math.min(MAX_BLOCK_ROWS, Math.floor(budget / bytesPerCell / width)));
  const out: CellRange[] = [];
  for (let top = rect.top; top <= rect.bottom; top += height) {
    out.push({ top, left: rect.left, bottom: Math.min(rect.bottom, top + height - 1), right: rect.right });
  }
  return out;
}

function queueBlock(ws: Excel.Worksheet, range: CellRange): BlockRead {
  const data = ws.getRange(rangeAddress(range));
  data.load("values,valueTypes,numberFormat");
  const bold = data.getCellProperties({ format: { font: { bold: true } } });
  const rows = data.getRowProperties({ rowHidden: true });
  return { range, data, bold, rows };
}

/** The rectangle to read: the given range, or A1 to the last used cell of the sheet. */
async function extent(context: Excel.RequestContext, ws: Excel.Worksheet, range?: CellRange): Promise<CellRange> {
  if (range) return range;
  const used = ws.getUsedRange(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  return { top: 1, left: 1, bottom: used.rowIndex + used.rowCount, right: used.columnIndex + used.columnCount };
}

/** Reads the grid of `sheet` (the used range from A1, or `range`) in at most 2 syncs in the usual case. */
export async function readGrid(context: Excel.RequestContext, sheet: string, range?: CellRange): Promise<Grid> {
  const ws = context.workbook.worksheets.getItem(sheet);
  const rect = await extent(context, ws, range);
  const blocks = rowBlocks(rect);
  const queueAll = async (batcher?: SyncBatcher) => {
    const merged = ws.getRange(rangeAddress(rect)).getMergedAreasOrNullObject();
    merged.load("address");
    const reads: BlockRead[] = [];
    for (const b of blocks) {
      if (batcher) await batcher.add((b.bottom - b.top + 1) * (b.right - b.left + 1) * READ_BYTES_PER_CELL);
      reads.push(queueBlock(ws, b));
    }
    if (batcher) await batcher.flush();
    else await context.sync();
    return { merged, reads };
  };
  let read: Awaited<ReturnType<typeof queueAll>>;
  try {
    read = await queueAll();
  } catch (e) {
    if (!isPayloadTooLarge(e)) throw e;
    read = await queueAll(new SyncBatcher(context));
  }
  return assemble(sheet, rect, read.reads, read.merged.isNullObject ? "" : read.merged.address, range !== undefined);
}

function assemble(sheet: string, rect: CellRange, reads: BlockRead[], mergedAddress: string, windowed: boolean): Grid {
  const rows: CellValue[][] = [];
  const bold = new Set<string>();
  const hiddenRows = new Set<number>();
  for (const { range, data, bold: boldResult, rows: rowResult } of reads) {
    const values = data.values;
    const types = data.valueTypes as string[][];
    const formats = data.numberFormat as unknown[][];
    const cellProps = boldResult.value;
    for (let i = 0; i < values.length; i++) {
      const row: CellValue[] = [];
      for (let j = 0; j < values[i].length; j++) {
        const f = formats[i]?.[j];
        row.push(cellFromExcel(values[i][j], types[i]?.[j] ?? "String", typeof f === "string" ? f : undefined));
        if (cellProps[i]?.[j]?.format?.font?.bold === true) bold.add(boldKey(range.top + i, range.left + j));
      }
      rows.push(row);
    }
    rowResult.value.forEach((p, i) => {
      if (p.rowHidden) hiddenRows.add(typeof p.rowIndex === "number" ? p.rowIndex + 1 : range.top + i);
    });
  }
  trimTrailing(rows);
  const colCount = rows.reduce((m, r) => Math.max(m, r.length), 0);
  const origin = windowed ? { row: rect.top, col: rect.left } : undefined;
  return {
    sheet,
    rowCount: rows.length === 0 ? 0 : rect.top + rows.length - 1,
    colCount: colCount === 0 ? 0 : rect.left + colCount - 1,
    rows,
    merges: mergedAddress ? parseAreas(mergedAddress) : [],
    bold,
    hiddenRows,
    ...(origin ? { origin } : {}),
  };
}

/** Drops empty cells at the end of each row and empty rows at the end (an empty sheet reads as no rows). */
function trimTrailing(rows: CellValue[][]): void {
  for (const r of rows) while (r.length && r[r.length - 1] === EMPTY) r.pop();
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
}

/** The used range values of a sheet as plain values, or undefined when there is no such sheet. Two syncs. */
export async function readSheetValues(
  context: Excel.RequestContext,
  name: string,
): Promise<PlainValue[][] | undefined> {
  const ws = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (ws.isNullObject) return undefined;
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,columnIndex");
  await context.sync();
  if (used.isNullObject) return [];
  // Rows from A1, so that rows[r - 1][c - 1] is the cell (r, c) whatever the first used cell.
  const pad = Array.from({ length: used.columnIndex }, (): PlainValue => null);
  const rows: PlainValue[][] = Array.from({ length: used.rowIndex }, () => []);
  for (const r of used.values as unknown[][]) rows.push([...pad, ...r.map(plainFromExcel)]);
  for (const r of rows) while (r.length && r[r.length - 1] === null) r.pop();
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}
