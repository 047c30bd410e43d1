/**
 * An exceljs worksheet as a Grid. Walks the rows exceljs already holds (no cells are created), allocating one
 * CellValue per non-empty cell, one array per non-empty row, and a key per bold cell.
 */
import type ExcelJS from "exceljs";
import { boldKey, EMPTY, type CellRange, type CellValue, type Grid } from "../../core";
import { toGridValue } from "./values";

/** exceljs ValueType.Merge: a cell covered by a merge (its `value` would read the master's). */
const MERGE_TYPE = 1;

const NO_CELLS: readonly CellValue[] = Object.freeze([]);

interface MergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Merged ranges of a worksheet. `worksheet.model.merges` would serialise every row of the sheet to build the
 * model, so the merge map exceljs keeps (`_merges`, one Range per merge) is read directly when present.
 */
export function worksheetMerges(ws: ExcelJS.Worksheet): CellRange[] {
  const internal = (ws as unknown as { _merges?: Record<string, MergeRange | undefined> })._merges;
  const out: CellRange[] = [];
  if (internal && typeof internal === "object") {
    for (const key of Object.keys(internal)) {
      const m = internal[key];
      if (m && m.top > 0 && m.left > 0) out.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
    }
    return out;
  }
  for (const ref of ws.model.merges ?? []) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
    if (!m) continue;
    out.push({ top: Number(m[2]), left: colIndex(m[1]), bottom: Number(m[4]), right: colIndex(m[3]) });
  }
  return out;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/**
 * Reads the used range of `ws` (or the part of it inside `range`). Cells covered by a merge read as empty: the
 * grid's MergeIndex resolves them to their master. `rowCount`/`colCount` are the last used sheet row/column
 * (in sheet coordinates, also for a window, whose first cell is `origin`).
 */
export function readWorksheetGrid(ws: ExcelJS.Worksheet, date1904: boolean, range?: CellRange): Grid {
  const top = range ? Math.max(1, range.top) : 1;
  const left = range ? Math.max(1, range.left) : 1;
  const bottom = range ? Math.min(range.bottom, ws.rowCount) : ws.rowCount;
  const right = range ? range.right : Number.MAX_SAFE_INTEGER;

  const rows: (readonly CellValue[])[] = [];
  let bold: Set<string> | undefined;
  let hiddenRows: Set<number> | undefined;
  let dateFormats: Map<string, string> | undefined;
  let lastRow = 0;
  let lastCol = 0;

  for (let r = top; r <= bottom; r++) {
    const row = ws.findRow(r);
    if (!row) {
      rows.push(NO_CELLS);
      continue;
    }
    if (row.hidden) (hiddenRows ??= new Set()).add(r);
    const last = Math.min(row.cellCount, right);
    let cells: CellValue[] | undefined;
    for (let c = left; c <= last; c++) {
      const cell = row.findCell(c);
      if (!cell || cell.type === MERGE_TYPE) continue;
      const v = toGridValue(cell.value, cell.numFmt, date1904);
      if (v === EMPTY) continue;
      if (!cells) {
        cells = [];
        for (let k = left; k < c; k++) cells.push(EMPTY);
      } else {
        for (let k = left + cells.length; k < c; k++) cells.push(EMPTY);
      }
      cells.push(v);
      if (cell.font?.bold) (bold ??= new Set()).add(boldKey(r, c));
      if (v.kind === "date" && cell.numFmt) (dateFormats ??= new Map()).set(boldKey(r, c), cell.numFmt);
      if (c > lastCol) lastCol = c;
    }
    rows.push(cells ?? NO_CELLS);
    if (cells) lastRow = r;
  }

  // Merges are bounded by the cells that hold values: one over a whole column (H1:H1048576) claims a million
  // rows that hold nothing, and the grid stays the size of what the sheet holds.
  const merges: CellRange[] = [];
  const window: CellRange = { top, left, bottom, right };
  const valueRow = lastRow;
  const valueCol = lastCol;
  for (const m of worksheetMerges(ws)) {
    if (range && !intersects(m, window)) continue;
    if (m.top > valueRow || m.left > valueCol) continue;
    const clipped = {
      top: m.top,
      left: m.left,
      bottom: Math.min(m.bottom, valueRow),
      right: Math.min(m.right, valueCol),
    };
    merges.push(clipped.bottom === m.bottom && clipped.right === m.right ? m : clipped);
  }

  rows.length = Math.max(0, lastRow - top + 1);
  return {
    sheet: ws.name,
    rowCount: lastRow,
    colCount: lastCol,
    rows,
    merges,
    bold,
    hiddenRows,
    ...(dateFormats ? { dateFormats } : {}),
    origin: top === 1 && left === 1 ? undefined : { row: top, col: left },
  };
}
