/**
 * Table detection: where the appendix is in a sheet (title rows, header, column numbers, body, footer), which
 * column holds what, and whether it lists tasks or indicator targets. Never throws: a sheet without an appendix
 * gives a failure saying what was looked for.
 */
import { columnIndex, columnLetter, type CellRange, type Grid } from "../grid";
import { cellText } from "../text";
import type {
  ColumnKey,
  ColumnMapping,
  DetectedColumn,
  DetectedTable,
  DetectionFailure,
  DetectionResult,
  TargetColumn,
} from "../types";
import { COLUMN_KEYS } from "../types";
import { findHeader, headerLayout, SCAN_NON_EMPTY_ROWS, type HeaderLayout } from "./header";
import { romanLabel, sectionHeading, taskNumber } from "./patterns";
import { hasContent, intersect, sheetBounds, SheetReader, valueText } from "./sheet";
import { defaultHeaderVocabulary, headerFold, type HeaderVocabulary } from "./vocabulary";

export interface DetectOptions {
  /** Column letters or 1-based indexes per column; overrides detection for those columns. */
  readonly mapping?: ColumnMapping;
  /** Forces the (first) header row. */
  readonly headerRow?: number;
  /** Detect only inside this rectangle ("use the selected range"). */
  readonly range?: CellRange;
  /** Header vocabulary (defaults to src/data/headers.json). */
  readonly vocabulary?: HeaderVocabulary;
}

/** Blank rows after which the table ends, unless what follows still looks like table rows. */
const GAP_ROWS = 3;
/** Title rows kept above the header. */
const MAX_TITLE_ROWS = 10;

function resolveMappedColumn(v: number | string): number | undefined {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1 ? v : undefined;
  if (typeof v !== "string") return undefined;
  const s = v.trim();
  if (/^\d{1,5}$/.test(s)) return Number(s) >= 1 ? Number(s) : undefined;
  const c = columnIndex(s);
  return c >= 1 ? c : undefined;
}

const KNOWN_KEYS: ReadonlySet<string> = new Set<ColumnKey>(COLUMN_KEYS);

function readMapping(
  mapping: ColumnMapping | undefined,
  area: CellRange,
): { ok: true; cols: Map<ColumnKey, number> } | { ok: false; detail: string } {
  const cols = new Map<ColumnKey, number>();
  if (!mapping) return { ok: true, cols };
  for (const [key, v] of Object.entries(mapping) as Array<[string, number | string | undefined]>) {
    if (v === undefined || v === null || v === "") continue;
    if (!KNOWN_KEYS.has(key)) return { ok: false, detail: `${key}: unknown column` };
    const col = resolveMappedColumn(v);
    if (col === undefined) return { ok: false, detail: `${key} → ${String(v)}` };
    if (col < area.left || col > area.right) {
      return {
        ok: false,
        detail: `${key} → ${columnLetter(col)} (${columnLetter(area.left)}:${columnLetter(area.right)})`,
      };
    }
    cols.set(key as ColumnKey, col);
  }
  return { ok: true, cols };
}

function failure(
  grid: Grid,
  vocab: HeaderVocabulary,
  reason: DetectionFailure["reason"],
  extra: { bestRow?: number; detail?: string; searchedRows?: number } = {},
): { ok: false; failure: DetectionFailure } {
  return { ok: false, failure: { sheet: grid.sheet, reason, lookedFor: vocab.lookedFor, ...extra } };
}

function rowHasContent(reader: SheetReader, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (hasContent(reader.ownValue(row, c))) return true;
  return false;
}

function areaHasContent(reader: SheetReader, area: CellRange): boolean {
  for (let r = area.top; r <= area.bottom; r++) if (rowHasContent(reader, r, area.left, area.right)) return true;
  return false;
}

/** A row that still belongs to a table after a gap: a numbered task, a section heading or a header. */
function looksLikeTableRow(reader: SheetReader, row: number, left: number, right: number, numberCol?: number) {
  if (numberCol !== undefined) {
    const o = reader.own(row, numberCol);
    const t = valueText(o.value);
    if (taskNumber(o.value, t) !== "" || romanLabel(t) !== undefined) return true;
  }
  for (let c = left; c <= right; c++) {
    const o = reader.own(row, c);
    if (o.fromAbove || !hasContent(o.value)) continue;
    return o.value.kind === "text" && sectionHeading(valueText(o.value)) !== undefined;
  }
  return false;
}

function isFooterRow(reader: SheetReader, vocab: HeaderVocabulary, row: number, left: number, right: number): boolean {
  // A footer has at most three cells: count them before folding any text.
  let cells = 0;
  for (let c = left; c <= right; c++) if (hasContent(reader.ownValue(row, c)) && ++cells > 3) return false;
  for (let c = left; c <= right; c++) {
    const v = reader.ownValue(row, c);
    if (hasContent(v) && v.kind === "text" && v.text.length <= 200 && vocab.isFooter(headerFold(valueText(v))))
      return true;
  }
  return false;
}

/** Last row of the body: before the signature block or a long gap. */
function findLastRow(
  reader: SheetReader,
  vocab: HeaderVocabulary,
  area: CellRange,
  firstRow: number,
  lastCol: number,
  numberCol?: number,
): number {
  let last = firstRow - 1;
  let gap = 0;
  for (let r = firstRow; r <= area.bottom; r++) {
    if (!rowHasContent(reader, r, area.left, lastCol)) {
      gap++;
      continue;
    }
    let numbered = false;
    if (numberCol !== undefined) {
      const v = reader.ownValue(r, numberCol);
      numbered =
        v.kind === "number"
          ? taskNumber(v, "") !== ""
          : v.kind === "text" && v.text.length < 40 && taskNumber(v, valueText(v)) !== "";
    }
    if (!numbered && isFooterRow(reader, vocab, r, area.left, lastCol)) break;
    if (gap >= GAP_ROWS && !numbered && !looksLikeTableRow(reader, r, area.left, lastCol, numberCol)) break;
    last = r;
    gap = 0;
  }
  return last;
}

function titleRows(reader: SheetReader, area: CellRange, headerRow: number) {
  const out: Array<{ row: number; text: string }> = [];
  for (let r = area.top; r < headerRow; r++) {
    const parts: string[] = [];
    for (let c = area.left; c <= area.right; c++) {
      const o = reader.own(r, c);
      if (o.fromAbove || !hasContent(o.value)) continue;
      const t = cellText(o.value).trim();
      if (t !== "" && !parts.includes(t)) parts.push(t);
    }
    if (parts.length > 0) out.push({ row: r, text: parts.join(" ") });
  }
  return out.slice(-MAX_TITLE_ROWS);
}

function buildTable(
  grid: Grid,
  reader: SheetReader,
  vocab: HeaderVocabulary,
  area: CellRange,
  layout: HeaderLayout,
  mapped: ReadonlyMap<ColumnKey, number>,
): DetectedTable {
  const columns: Partial<Record<ColumnKey, DetectedColumn>> = {};
  const header = (col: number) => layout.cells.get(col)?.text ?? "";
  const mappedCols = new Set(mapped.values());
  for (const a of layout.assigned.values()) {
    if (mapped.has(a.key) || mappedCols.has(a.col)) continue;
    columns[a.key] = { key: a.key, col: a.col, header: header(a.col), source: "detected" };
  }
  const targets: TargetColumn[] = layout.targets.filter((t) => !mappedCols.has(t.col));
  const has = (key: ColumnKey) => columns[key] !== undefined || mapped.has(key);
  const contentCol = mapped.get("content") ?? columns.content?.col;
  const namesIndicators = contentCol !== undefined && vocab.isIndicatorContent(headerFold(header(contentCol)));
  // Indicator targets: a unit with target columns, a unit without deadlines, or rows named as indicators ("Chỉ
  // tiêu") with neither a deadline nor a deliverable.
  const kind: DetectedTable["kind"] =
    (has("unit") && (targets.length > 0 || !has("deadline"))) ||
    (namesIndicators && !has("deadline") && !has("deliverable"))
      ? "indicators"
      : "tasks";
  if (kind === "indicators" && !columns.actual && !mapped.has("actual")) {
    // In an indicator table the results column ("Kết quả thực hiện", "Kết quả đạt được") holds the actuals.
    const results = columns.status ?? columns.progressNote;
    if (results) {
      columns.actual = { ...results, key: "actual" };
      delete columns[results.key];
    }
  }
  for (const [key, col] of mapped) columns[key] = { key, col, header: header(col), source: "mapping" };

  const used = new Set<number>();
  for (const c of Object.values(columns)) if (c) used.add(c.col);
  for (const t of targets) used.add(t.col);
  const extraColumns: Array<{ col: number; header: string }> = [];
  for (const cell of layout.cells.values()) {
    if (!used.has(cell.col)) extraColumns.push({ col: cell.col, header: cell.text });
  }

  let lastCol = layout.lastCol;
  for (const col of mapped.values()) lastCol = Math.max(lastCol, col);
  const lastRow = findLastRow(reader, vocab, area, layout.firstRow, lastCol, columns.number?.col);
  return {
    sheet: grid.sheet,
    kind,
    headerRow: layout.headerRows[0],
    headerRows: layout.headerRows,
    numberRow: layout.numberRow,
    firstRow: layout.firstRow,
    lastRow,
    lastCol,
    columns,
    extraColumns,
    targetColumns: targets,
    titleRows: titleRows(reader, area, layout.headerRows[0]),
  };
}

interface Scored {
  readonly result: DetectionResult;
  readonly score: number;
}

function detect(grid: Grid, options: DetectOptions): Scored {
  const vocab = options.vocabulary ?? defaultHeaderVocabulary();
  const bounds = sheetBounds(grid);
  const area = bounds ? intersect(bounds, options.range) : undefined;
  const reader = new SheetReader(grid);
  if (!area || !areaHasContent(reader, area)) {
    return { result: failure(grid, vocab, "empty-sheet", options.range ? { detail: "range" } : {}), score: 0 };
  }
  const mapping = readMapping(options.mapping, area);
  if (!mapping.ok) return { result: failure(grid, vocab, "bad-mapping", { detail: mapping.detail }), score: 0 };

  let layout: HeaderLayout | undefined;
  let bestRow: number | undefined;
  if (options.headerRow !== undefined) {
    const h = Math.floor(options.headerRow);
    if (!(h >= area.top && h <= area.bottom)) {
      return { result: failure(grid, vocab, "no-header", { bestRow: h, detail: `headerRow ${h}` }), score: 0 };
    }
    layout = headerLayout(reader, vocab, area, h);
    bestRow = h;
  } else {
    const found = findHeader(reader, vocab, area);
    layout = found.best;
    bestRow = found.bestRow;
  }
  if (!layout) {
    const searched = { searchedRows: SCAN_NON_EMPTY_ROWS };
    return { result: failure(grid, vocab, "no-header", bestRow ? { bestRow, ...searched } : searched), score: 0 };
  }
  if (!layout.assigned.has("content") && !mapping.cols.has("content")) {
    return { result: failure(grid, vocab, "no-task-column", { bestRow: layout.headerRows[0] }), score: 0 };
  }
  const table = buildTable(grid, reader, vocab, area, layout, mapping.cols);
  return { result: { ok: true, table }, score: layout.score };
}

/** Finds the appendix table in a sheet (or in `range`). */
export function detectTable(grid: Grid, options: DetectOptions = {}): DetectionResult {
  try {
    return detect(grid, options).result;
  } catch (e) {
    const vocab = options.vocabulary ?? defaultHeaderVocabulary();
    // A defect, not a sheet without an appendix: said as one, with its cause.
    return failure(grid, vocab, "internal-error", { detail: e instanceof Error ? e.message : String(e) });
  }
}

/** The sheet holding an appendix: best header score; a task table wins over an indicator table on equal scores. */
export function findAppendix(grids: readonly Grid[]): { grid: Grid; table: DetectedTable } | undefined {
  let best: { grid: Grid; table: DetectedTable; score: number } | undefined;
  for (const grid of grids) {
    let scored: Scored;
    try {
      scored = detect(grid, {});
    } catch {
      continue;
    }
    if (!scored.result.ok) continue;
    const table = scored.result.table;
    const better =
      !best ||
      scored.score > best.score ||
      (scored.score === best.score && table.kind === "tasks" && best.table.kind === "indicators");
    if (better) best = { grid, table, score: scored.score };
  }
  return best ? { grid: best.grid, table: best.table } : undefined;
}
