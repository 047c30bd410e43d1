/**
 * Fill and note of one exceljs cell: saved before marking, marked, and restored exactly.
 *
 * exceljs shares one style object between every cell read with the same style id, so a fill is never assigned
 * through `cell.fill` (that would colour every cell sharing the style): each change gives the cell its own
 * shallow copy of the style.
 */
import type ExcelJS from "exceljs";
import type { CellMark, SavedCellState } from "../port";

type NoteRun = ExcelJS.RichText;

/** The plain text of a note (string or rich text); null when the cell has none. */
export function noteText(note: ExcelJS.Cell["note"] | undefined): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === "string") return note;
  let s = "";
  for (const t of note.texts ?? []) s += t.text ?? "";
  return s;
}

export function readCellState(cell: ExcelJS.Cell, row: number, col: number): SavedCellState {
  const fill = cell.style?.fill;
  return { row, col, fill: fill ? JSON.stringify(fill) : "null", note: noteText(cell.note) };
}

function setFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill | undefined): void {
  const style: Partial<ExcelJS.Style> = { ...(cell.style ?? {}) };
  if (fill) style.fill = fill;
  else delete style.fill;
  cell.style = style;
}

/**
 * Removes a cell's note. exceljs has no API for it: assigning `undefined` writes an empty, broken comment, and a
 * note read from a file also stays in the value's model, from which the writer takes it.
 */
function removeNote(cell: ExcelJS.Cell): void {
  const internal = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  internal._comment = undefined;
  const model = internal._value?.model;
  if (model && typeof model === "object") delete model.comment;
}

/** Separates the user's own note from the marks appended after it. */
export const NOTE_SEPARATOR = "\n\n";

/** Solid fill in `mark.color`; the note becomes the user's note (kept first, formatting intact), then ours. */
export function writeMark(cell: ExcelJS.Cell, mark: CellMark): void {
  setFill(cell, { type: "pattern", pattern: "solid", fgColor: { argb: mark.color } });
  const existing = cell.note;
  if (existing === undefined || existing === null || noteText(existing) === "") {
    cell.note = mark.note;
  } else if (typeof existing === "string") {
    cell.note = existing + NOTE_SEPARATOR + mark.note;
  } else {
    cell.note = { ...existing, texts: [...(existing.texts ?? []), { text: NOTE_SEPARATOR + mark.note }] };
  }
}

/**
 * The rich-text runs of the current note that spell exactly `text` (the user's note as saved), when the marks
 * were appended as separate runs; undefined when they cannot be told apart.
 */
function userRuns(runs: readonly NoteRun[], text: string): NoteRun[] | undefined {
  let acc = "";
  const kept: NoteRun[] = [];
  for (const run of runs) {
    if (acc === text) break;
    acc += run.text ?? "";
    kept.push(run);
  }
  return acc === text ? kept : undefined;
}

export function restoreCellState(cell: ExcelJS.Cell, state: SavedCellState): void {
  const fill = JSON.parse(state.fill) as ExcelJS.Fill | null;
  setFill(cell, fill ?? undefined);
  if (state.note === null) {
    removeNote(cell);
    return;
  }
  const current = cell.note;
  if (current && typeof current === "object") {
    const runs = userRuns(current.texts ?? [], state.note);
    // Keep the user's formatting (a bold author line, colours) when their runs are still there.
    if (runs && (runs.length > 1 || (runs.length === 1 && runs[0].font))) {
      cell.note = { ...current, texts: runs };
      return;
    }
  }
  cell.note = state.note;
}
