/**
 * Marking cells (fill + remark), saving what was there first, restoring it, and writing values. Every operation
 * is queued and synced once (more only when the queued estimate passes about 4 MB): fills go out as multi-area
 * ranges per colour, values as one write per rectangle of adjacent cells.
 */
import { cellAddress, rangeAddress } from "../../core";
import type { CellMark, CellRef, CellWrite, SavedCellState } from "../port";
import { groupBlocks, joinAddresses, sheetAddress } from "./address";
import {
  cellKey,
  queueAnnotations,
  resolveAnnotations,
  userText,
  viaFor,
  type Annotations,
  type NoteApi,
} from "./annotations";
import { OP_BYTES, SyncBatcher } from "./batch";
import { excelWriteValue, hexColor } from "./cells";

/** What `SavedCellState.fill` holds for this adapter (JSON). */
export interface SavedFill {
  readonly v: 1;
  /** The cell's own fill (getCellProperties format.fill); null when unknown. */
  readonly fill: Excel.CellPropertiesFill | null;
  /** Where the add-in's remark went: a note (ExcelApi 1.18) or a threaded comment. */
  readonly via: NoteApi;
  /** Present when the cell already had a threaded comment: its reply count before marking. */
  readonly replies?: number;
}

const FILL_LOAD = { format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true } } };
const FILL_BYTES_PER_CELL = 160;
const SEPARATOR = "\n\n";

export function parseSavedFill(json: string): SavedFill | undefined {
  try {
    const v = JSON.parse(json) as Partial<SavedFill>;
    if (v && v.v === 1 && (v.via === "note" || v.via === "comment")) return v as SavedFill;
  } catch {
    // Not this adapter's state (e.g. saved by the xlsx adapter): nothing to restore from.
  }
  return undefined;
}

/** Saves fill and remark state of the cells: one sync, two when the sheet has threaded comments. */
export async function readCellStates(
  context: Excel.RequestContext,
  sheet: string,
  cells: readonly CellRef[],
  api: NoteApi,
): Promise<SavedCellState[]> {
  const ws = context.workbook.worksheets.getItem(sheet);
  const batcher = new SyncBatcher(context);
  const fills = new Map<string, Excel.CellPropertiesFill>();
  const results: {
    block: ReturnType<typeof groupBlocks<CellRef>>[number];
    props: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  }[] = [];
  for (const block of groupBlocks(cells)) {
    await batcher.add(block.cells.length * block.cells[0].length * FILL_BYTES_PER_CELL);
    results.push({ block, props: ws.getRange(rangeAddress(block.range)).getCellProperties(FILL_LOAD) });
  }
  await batcher.add(cells.length * OP_BYTES);
  const pending = queueAnnotations(ws, cells, api);
  await batcher.flush();
  const ann = await resolveAnnotations(context, pending);
  for (const { block, props } of results) {
    block.cells.forEach((row, i) =>
      row.forEach((c, j) => fills.set(cellKey(c), props.value[i]?.[j]?.format?.fill ?? {})),
    );
  }
  return cells.map((c) => {
    const key = cellKey(c);
    const via = viaFor(key, ann, api);
    const comment = ann.comments.get(key);
    const saved: SavedFill = {
      v: 1,
      fill: fills.get(key) ?? null,
      via,
      ...(via === "comment" && comment ? { replies: comment.replies } : {}),
    };
    return { row: c.row, col: c.col, fill: JSON.stringify(saved), note: userText(key, ann, via) };
  });
}

/** Queues the fills of the marks: one multi-area range per colour (and per ~2000 characters of address). */
async function queueMarkFills(ws: Excel.Worksheet, marks: readonly CellMark[], batcher: SyncBatcher): Promise<void> {
  const byColor = new Map<string, CellMark[]>();
  for (const m of marks) {
    const hex = hexColor(m.color);
    const list = byColor.get(hex) ?? [];
    list.push(m);
    byColor.set(hex, list);
  }
  for (const [hex, list] of byColor) {
    for (const address of joinAddresses(groupBlocks(list).map((b) => b.range))) {
      await batcher.add(OP_BYTES + address.length);
      ws.getRanges(address).format.fill.color = hex;
    }
  }
}

/** One mark per cell: the last colour wins, remarks on the same cell are joined. */
function mergeMarks(marks: readonly CellMark[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const m of marks) {
    const prev = byCell.get(cellKey(m));
    byCell.set(cellKey(m), prev ? { ...m, note: [prev.note, m.note].filter(Boolean).join("\n") } : m);
  }
  return [...byCell.values()];
}

/** Fills the cells and appends the remarks after the user's own note or comment. Usually two syncs. */
export async function writeMarks(
  context: Excel.RequestContext,
  sheet: string,
  input: readonly CellMark[],
  api: NoteApi,
): Promise<void> {
  const marks = mergeMarks(input);
  if (marks.length === 0) return;
  const ws = context.workbook.worksheets.getItem(sheet);
  const withNotes = marks.filter((m) => m.note);
  const pending = queueAnnotations(ws, withNotes, api);
  await context.sync();
  const ann = await resolveAnnotations(context, pending);
  const batcher = new SyncBatcher(context);
  await queueMarkFills(ws, marks, batcher);
  const newComments: CellMark[] = [];
  for (const m of withNotes) {
    await batcher.add(OP_BYTES + m.note.length * 3);
    if (queueRemark(ws, sheet, m, ann, api)) newComments.push(m);
  }
  try {
    await batcher.flush();
  } catch (e) {
    if (newComments.length === 0) throw e;
    // A threaded comment cannot go on a cell that holds a note the comments API cannot see; add the comments one by
    // one and leave those cells with their fill only.
    await addCommentsOneByOne(context, ws, sheet, marks, newComments);
  }
}

/** Queues one remark; returns true when it adds a new threaded comment (the only kind that can be refused). */
function queueRemark(ws: Excel.Worksheet, sheet: string, m: CellMark, ann: Annotations, api: NoteApi): boolean {
  const key = cellKey(m);
  const via = viaFor(key, ann, api);
  if (via === "comment") {
    const existing = ann.comments.get(key);
    if (existing) {
      existing.comment.replies.add(m.note);
      return false;
    }
    ws.comments.add(sheetAddress(sheet, { top: m.row, left: m.col, bottom: m.row, right: m.col }), m.note);
    return true;
  }
  const note = ann.notes.get(key);
  if (note && !note.isNullObject) note.content = `${note.content}${SEPARATOR}${m.note}`;
  else ws.notes.add(cellAddress(m.row, m.col), m.note);
  return false;
}

async function addCommentsOneByOne(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  sheet: string,
  marks: readonly CellMark[],
  comments: readonly CellMark[],
): Promise<void> {
  const batcher = new SyncBatcher(context);
  await queueMarkFills(ws, marks, batcher);
  const pending = queueAnnotations(ws, [], "comment");
  await batcher.flush();
  const now = await resolveAnnotations(context, pending);
  for (const m of comments) {
    if (now.comments.has(cellKey(m))) continue;
    try {
      ws.comments.add(sheetAddress(sheet, { top: m.row, left: m.col, bottom: m.row, right: m.col }), m.note);
      await context.sync();
    } catch {
      // The cell keeps its fill; its remark stays listed in the findings sheet.
    }
  }
}

/** Puts back fills and remarks saved by readCellStates. Usually one or two syncs. */
export async function restoreCellStates(
  context: Excel.RequestContext,
  sheet: string,
  states: readonly SavedCellState[],
  api: NoteApi,
): Promise<void> {
  if (states.length === 0) return;
  const ws = context.workbook.worksheets.getItem(sheet);
  const parsed = states.map((s) => ({ s, saved: parseSavedFill(s.fill) }));
  const noteCells = parsed.filter((p) => p.saved?.via === "note" && api === "note").map((p) => p.s);
  const pending = queueAnnotations(ws, noteCells, noteCells.length ? "note" : "comment");
  await context.sync();
  const ann = await resolveAnnotations(context, pending);
  const batcher = new SyncBatcher(context);

  // Fills, grouped by identical saved fill.
  const byFill = new Map<string, { fill: Excel.CellPropertiesFill; cells: CellRef[] }>();
  for (const { s, saved } of parsed) {
    if (!saved?.fill) continue;
    const k = JSON.stringify(saved.fill);
    const g = byFill.get(k) ?? { fill: saved.fill, cells: [] };
    g.cells.push(s);
    byFill.set(k, g);
  }
  for (const { fill, cells } of byFill.values()) {
    const ranges = groupBlocks(cells).map((b) => b.range);
    const none = !fill.pattern || fill.pattern === "None";
    const plainSolid = fill.pattern === "Solid" && !fill.tintAndShade && typeof fill.color === "string";
    if (none || plainSolid) {
      for (const address of joinAddresses(ranges)) {
        await batcher.add(OP_BYTES + address.length);
        const format = ws.getRanges(address).format;
        if (none) format.fill.clear();
        else format.fill.color = fill.color!;
      }
    } else {
      for (const r of ranges) {
        await batcher.add(OP_BYTES * 2);
        const rows = Array.from({ length: r.bottom - r.top + 1 }, () =>
          Array.from({ length: r.right - r.left + 1 }, () => ({ format: { fill } })),
        );
        ws.getRange(rangeAddress(r)).setCellProperties(rows);
      }
    }
  }

  // Remarks.
  for (const { s, saved } of parsed) {
    if (!saved) continue;
    const key = cellKey(s);
    await batcher.add(OP_BYTES);
    if (saved.via === "note") {
      if (api !== "note") continue; // Notes API absent here: the note cannot be reached.
      const note = ann.notes.get(key);
      const exists = !!note && !note.isNullObject;
      if (s.note === null) {
        if (exists) note!.delete();
      } else if (exists) note!.content = s.note;
      else ws.notes.add(cellAddress(s.row, s.col), s.note);
    } else {
      const c = ann.comments.get(key);
      if (!c) continue;
      if (saved.replies === undefined) c.comment.delete();
      else for (let i = c.replies - 1; i >= saved.replies; i--) c.comment.replies.getItemAt(i).delete();
    }
  }
  await batcher.flush();
}

/** Writes values, one write per rectangle of adjacent cells. One sync per ~4 MB. */
export async function writeValues(
  context: Excel.RequestContext,
  sheet: string,
  cells: readonly CellWrite[],
): Promise<void> {
  if (cells.length === 0) return;
  const ws = context.workbook.worksheets.getItem(sheet);
  const batcher = new SyncBatcher(context);
  for (const block of groupBlocks(cells)) {
    const values = block.cells.map((row) => row.map((c) => excelWriteValue(c.value)));
    const bytes = values.reduce<number>(
      (n, row) => n + row.reduce<number>((m, v) => m + String(v).length * 2 + 8, 0),
      OP_BYTES,
    );
    await batcher.add(bytes);
    ws.getRange(rangeAddress(block.range)).values = values;
  }
  await batcher.flush();
}
